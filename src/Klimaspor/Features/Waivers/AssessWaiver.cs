using System.Globalization;
using Klimaspor.Data;
using Klimaspor.Domain.Requirements;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Waivers;

/// <summary>The buyer's advisor assesses a waiver, and the buyer administrator decides on it.</summary>
internal static class AssessWaiver
{
    /// <summary>The buyer's decision as typed: the decision code, the comment, and for a partial approval the days approved.</summary>
    public sealed record DecisionInput(string? Decision, string? Comment, string? ApprovedFrom = null, string? ApprovedTo = null);

    /// <summary>The advisor's assessment with a recommendation; it may be revised until the buyer has decided.</summary>
    public static Task<Outcome<WaiverView>> Assess(Guid contractId, Guid waiverId, string? assessment, string? recommendation, AppServices services, CancellationToken cancellationToken) =>
        Change(contractId, waiverId, WaiverAccess.MayAssess, services, (waiver, actor) =>
        {
            if (!WaiverRules.CanAssess(waiver.Status))
            {
                return Outcome<WaiverView>.Locked("Waivers.AlreadyDecided");
            }

            var (text, parsed, errors) = WaiverRules.ValidateAssessment(assessment, recommendation);
            if (errors.Count > 0)
            {
                return Outcome<WaiverView>.Invalid(errors);
            }

            var now = services.Clock.GetUtcNow().UtcDateTime;
            var revised = waiver.Status == WaiverStatus.Assessed;
            waiver.Assessment = text;
            waiver.Recommendation = parsed;
            waiver.AssessedBy = actor;
            waiver.AssessedAt = now;
            waiver.Status = WaiverStatus.Assessed;
            waiver.UpdatedAt = now;
            services.Db.WaiverHistory.Add(new WaiverHistoryEntry
            {
                WaiverId = waiver.Id,
                At = now,
                Actor = actor,
                Action = (revised ? "reassessed-" : "assessed-") + parsed!.Value.Code(),
                Detail = text,
            });
            return null;
        }, cancellationToken);

    /// <summary>
    /// The decision, once the advisor has assessed: approved, partly approved (fewer days), rejected, or more
    /// documentation needed (back to the supplier with the comment as its message). Approved waivers act on the
    /// evaluation from then on.
    /// </summary>
    public static async Task<Outcome<WaiverView>> Decide(Guid contractId, Guid waiverId, DecisionInput input, AppServices services, CancellationToken cancellationToken)
    {
        var (db, _, clock) = services;
        string? approvedReference = null;
        var outcome = await Change(contractId, waiverId, WaiverAccess.MayDecide, services, (waiver, actor) =>
        {
            if (!WaiverRules.CanDecide(waiver.Status))
            {
                return waiver.Status is WaiverStatus.Applied or WaiverStatus.MoreDocumentationNeeded
                    ? Outcome<WaiverView>.OutOfOrder("Waivers.NotAssessedYet")
                    : Outcome<WaiverView>.Locked("Waivers.AlreadyDecided");
            }

            var (decision, errors) = WaiverRules.ValidateDecision(input.Decision, input.Comment, input.ApprovedFrom, input.ApprovedTo, waiver.FromDate, waiver.ToDate);
            if (decision is null)
            {
                return Outcome<WaiverView>.Invalid(errors);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            waiver.Status = WaiverRules.StatusAfter(decision.Kind);
            var approved = waiver.Status == WaiverStatus.Approved;
            waiver.ApprovedFromDate = approved ? decision.ApprovedFrom ?? waiver.FromDate : null;
            waiver.ApprovedToDate = approved ? decision.ApprovedTo ?? waiver.ToDate : null;
            waiver.DecisionComment = decision.Comment;
            waiver.DecidedBy = actor;
            waiver.DecidedAt = now;
            waiver.UpdatedAt = now;
            db.WaiverHistory.Add(new WaiverHistoryEntry
            {
                WaiverId = waiver.Id,
                At = now,
                Actor = actor,
                Action = decision.Kind.Code(),
                Detail = decision.Kind == WaiverDecisionKind.PartlyApproved
                    ? string.Create(CultureInfo.InvariantCulture, $"{waiver.ApprovedFromDate:yyyy-MM-dd}–{waiver.ApprovedToDate:yyyy-MM-dd}: {decision.Comment}")
                    : decision.Comment,
            });
            approvedReference = approved ? waiver.Reference : null;
            return null;
        }, cancellationToken);

        // An approved waiver changes which machines count, so the contract is evaluated again at once; the waiver is
        // saved first because the evaluation reads approved waivers from the database. Should this second save fail,
        // the next submission or "evaluate now" gives the same verdicts.
        if (outcome.Kind == OutcomeKind.Ok && approvedReference is not null)
        {
            await Compliance.EvaluateCompliance.Add(new(contractId, Compliance.ComplianceTriggers.WaiverApproved(approvedReference), clock.GetUtcNow().UtcDateTime),
                db, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        return outcome;
    }

    /// <summary>
    /// The supplier sends the waiver again with the documentation the buyer asked for: it is added to the evidence, and the
    /// waiver is back with the buyer, assessed as before (the advisor may revise the assessment).
    /// </summary>
    public static Task<Outcome<WaiverView>> Resubmit(Guid contractId, Guid waiverId, string? documentation, AppServices services, CancellationToken cancellationToken) =>
        Change(contractId, waiverId, WaiverAccess.MayResubmit, services, (waiver, actor) =>
        {
            if (!WaiverRules.CanResubmit(waiver.Status))
            {
                return waiver.Status is WaiverStatus.Approved or WaiverStatus.Rejected
                    ? Outcome<WaiverView>.Locked("Waivers.AlreadyDecided")
                    : Outcome<WaiverView>.OutOfOrder("Waivers.NoDocumentationAsked");
            }

            var (evidence, errors) = WaiverRules.ValidateResubmission(documentation, waiver.Evidence);
            if (evidence is null)
            {
                return Outcome<WaiverView>.Invalid(errors);
            }

            var now = services.Clock.GetUtcNow().UtcDateTime;
            waiver.Evidence = evidence;
            waiver.Status = WaiverStatus.Assessed;
            waiver.UpdatedAt = now;
            services.Db.WaiverHistory.Add(new WaiverHistoryEntry { WaiverId = waiver.Id, At = now, Actor = actor, Action = "resubmitted", Detail = documentation?.Trim() });
            return null;
        }, cancellationToken);

    private static async Task<Outcome<WaiverView>> Change(Guid contractId, Guid waiverId, Func<TenantScope, Tenant, bool> may, AppServices services,
        Func<Waiver, string, Outcome<WaiverView>?> change, CancellationToken cancellationToken)
    {
        var (db, tenant, _) = services;
        var contract = await ContractAccess.Load(contractId, services, cancellationToken);
        if (contract is null)
        {
            return Outcome<WaiverView>.NotFound;
        }

        var scope = await tenant.ScopeAsync(cancellationToken);
        var waiver = await db.Waivers.Include(w => w.Supplier).VisibleTo(contractId, scope).SingleOrDefaultAsync(w => w.Id == waiverId, cancellationToken);
        if (waiver is null)
        {
            return Outcome<WaiverView>.NotFound;
        }

        if (!may(scope, tenant))
        {
            return Outcome<WaiverView>.Forbidden;
        }

        var refused = change(waiver, tenant.ActorName);
        if (refused is not null)
        {
            return refused;
        }

        waiver.RowVersion = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else assessed or decided in between: their step stands, and this one is told so.
            return Outcome<WaiverView>.Conflict("Waivers.ChangedMeanwhile");
        }

        return Outcome<WaiverView>.Ok(await GetWaivers.View(waiver, contract.Reference, db, cancellationToken));
    }
}
