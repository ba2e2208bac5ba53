using Klimaspor.Data;
using Klimaspor.Domain.Calendar;
using Klimaspor.Domain.Requirements;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Deviations;

/// <summary>
/// The supplier answers a deviation with a corrective action and a date; the buyer closes it as resolved, accepted
/// or sanctioned. Only the contract's main supplier answers (it answers for its subcontractors too); buyer follow-up
/// officers and administrators close, as they review reports.
/// </summary>
internal static class HandleDeviation
{
    public static Task<Outcome<DeviationView>> Answer(Guid contractId, Guid deviationId, string? correctiveAction, DateOnly? doneBy, AppServices services, CancellationToken cancellationToken) =>
        Change(contractId, deviationId, (scope, t) => scope.IsSupplier && t.IsInRole(Roles.SupplierReporter), services, (deviation, actor, now) =>
        {
            if (!DeviationRules.CanAnswer(deviation.Status))
            {
                return Outcome<DeviationView>.Locked("Deviations.AlreadyClosed");
            }

            var (action, date, errors) = DeviationRules.ValidateAnswer(correctiveAction, doneBy, NorwegianTime.DateOf(deviation.OpenedAt));
            if (errors.Count > 0)
            {
                return Outcome<DeviationView>.Invalid(errors);
            }

            var revised = deviation.Status == DeviationStatus.Answered;
            deviation.CorrectiveAction = action;
            deviation.CorrectiveDueDate = date;
            deviation.AnsweredBy = actor;
            deviation.AnsweredAt = now;
            deviation.Status = DeviationStatus.Answered;
            services.Db.DeviationHistory.Add(new DeviationHistoryEntry
            {
                DeviationId = deviation.Id,
                At = now,
                Actor = actor,
                Action = revised ? "reanswered" : "answered",
                Detail = $"{date:yyyy-MM-dd}: {action}",
            });
            return null;
        }, cancellationToken);

    public static async Task<Outcome<DeviationView>> Close(Guid contractId, Guid deviationId, string? resolution, string? comment, decimal? confirmedAmountNok,
        string? amountReason, AppServices services, CancellationToken cancellationToken)
    {
        // What the contract's other confirmed sanctions leave of its cap; read before the change, which is synchronous.
        // Nothing of it is shown unless the deviation below turns out visible and closable by the caller.
        var confirmedElsewhere = DeviationRules.ConfirmedSanctions(await services.Db.Deviations
            .Where(d => d.ContractId == contractId && d.Id != deviationId && d.Status == DeviationStatus.Closed)
            .Select(d => new ClosedCharge(d.Resolution, d.ProposedAmountNok, d.ConfirmedAmountNok)).ToListAsync(cancellationToken));
        return await Change(contractId, deviationId, (scope, t) => scope.IsBuyer && t.CanEditContracts, services, (deviation, actor, now) =>
        {
            if (!DeviationRules.CanClose(deviation.Status))
            {
                return Outcome<DeviationView>.Locked("Deviations.AlreadyClosed");
            }

            var capLeft = deviation.Contract!.SanctionCapNok is { } cap ? Math.Max(0m, cap - confirmedElsewhere) : (decimal?)null;
            var (parsed, errors) = DeviationRules.ValidateClose(resolution, comment, confirmedAmountNok, amountReason, deviation.ProposedAmountNok, capLeft);
            if (errors.Count > 0)
            {
                return Outcome<DeviationView>.Invalid(errors);
            }

            var sanctioned = parsed == DeviationResolution.Sanctioned;
            deviation.Status = DeviationStatus.Closed;
            deviation.Resolution = parsed;
            deviation.CloseComment = comment!.Trim();
            deviation.ClosedBy = actor;
            deviation.ClosedAt = now;
            deviation.ConfirmedAmountNok = sanctioned ? confirmedAmountNok : null;
            deviation.AmountReason = sanctioned && !string.IsNullOrWhiteSpace(amountReason) ? amountReason.Trim() : null;
            services.Db.DeviationHistory.Add(new DeviationHistoryEntry
            {
                DeviationId = deviation.Id,
                At = now,
                Actor = actor,
                Action = "closed-" + parsed!.Value.Code(),
                Detail = sanctioned ? $"{confirmedAmountNok:0.##} NOK: {deviation.CloseComment}" : deviation.CloseComment,
            });
            return null;
        }, cancellationToken);
    }

    private static async Task<Outcome<DeviationView>> Change(Guid contractId, Guid deviationId, Func<TenantScope, Tenant, bool> may, AppServices services, Func<Deviation, string, DateTime, Outcome<DeviationView>?> change, CancellationToken cancellationToken)
    {
        var (db, tenant, clock) = services;
        var scope = await tenant.ScopeAsync(cancellationToken);
        var deviation = await db.Deviations.Include(d => d.Contract).VisibleTo(db, scope)
            .SingleOrDefaultAsync(d => d.Id == deviationId && d.ContractId == contractId, cancellationToken);
        if (deviation is null)
        {
            return Outcome<DeviationView>.NotFound;
        }

        if (!may(scope, tenant))
        {
            return Outcome<DeviationView>.Forbidden;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (change(deviation, tenant.ActorName, now) is { } refused)
        {
            return refused;
        }

        deviation.UpdatedAt = now;
        deviation.RowVersion = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<DeviationView>.Conflict("Deviations.ChangedMeanwhile");
        }

        return Outcome<DeviationView>.Ok(await GetDeviations.View(deviation, db, now, cancellationToken));
    }
}
