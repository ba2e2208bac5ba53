using Klimaspor.Domain.Calendar;
using Klimaspor.Domain.Requirements;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Deviations;

/// <summary>An overdue deviation for a list of what needs attention.</summary>
internal sealed record OverdueDeviation(Guid Id, Guid ContractId, string ContractReference, string ContractTitle, string RequirementKey, string ClauseText,
    string Window, DeviationStatus Status, DateTime OpenedAt, DateTime AnswerDeadline, DateOnly? CorrectiveDueDate, string? CorrectiveAction)
{
    /// <summary>Overdue because the supplier has not answered by the deadline (rather than because its corrective action is late).</summary>
    public bool Unanswered(DateTime now) => DeviationRules.IsOverdue(Status, AnswerDeadline, now);
}

/// <summary>What is overdue among the deviations, for the attention list and a contract's page.</summary>
internal static class ListOverdueDeviations
{
    /// <summary>
    /// Overdue deviations on the contracts the tenant may see, oldest date first: still waiting for the supplier's answer
    /// after the deadline, or answered with a corrective action now past its date and not closed (<see cref="DeviationRules"/>).
    /// </summary>
    /// <param name="contractId">One contract's only, or null for all the tenant may see.</param>
    public static async Task<IReadOnlyList<OverdueDeviation>> Handle(AppServices services, DateTime now, Guid? contractId = null,
        CancellationToken cancellationToken = default)
    {
        var (db, tenant, _) = services;
        var scope = await tenant.ScopeAsync(cancellationToken);
        var today = NorwegianTime.DateOf(now);
        var visible = db.Deviations.AsNoTracking().VisibleTo(db, scope);
        if (contractId is { } id)
        {
            visible = visible.Where(d => d.ContractId == id);
        }

        // The database narrows to open deviations past one of their dates; which of them are overdue is the domain's rule.
        var candidates = await visible
            .Where(d => d.Status != DeviationStatus.Closed && (d.AnswerDeadline < now || d.CorrectiveDueDate < today))
            .Select(d => new OverdueDeviation(d.Id, d.ContractId, d.Contract!.Reference, d.Contract.Title, d.RequirementKey, d.ClauseText, d.Window, d.Status,
                d.OpenedAt, d.AnswerDeadline, d.CorrectiveDueDate, d.CorrectiveAction))
            .ToListAsync(cancellationToken);
        return [.. candidates
            .Where(d => d.Unanswered(now) || DeviationRules.IsCorrectiveActionOverdue(d.Status, d.CorrectiveDueDate, today))
            .OrderBy(d => d.CorrectiveDueDate?.ToDateTime(TimeOnly.MinValue) ?? d.AnswerDeadline)];
    }
}
