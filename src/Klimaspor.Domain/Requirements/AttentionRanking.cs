namespace Klimaspor.Domain.Requirements;

/// <summary>What needs a buyer's attention, most severe first: the order of this enum is the order of the list.</summary>
public enum AttentionKind
{
    NotMet,

    /// <summary>A deviation still waiting for the supplier's answer after the deadline, or whose corrective action is past its date and not closed.</summary>
    DeviationOverdue,
    ReportOverdue,

    /// <summary>A waiver application waiting for the follow-up officer's assessment.</summary>
    WaiverAwaitingAssessment,

    /// <summary>An assessed waiver waiting for the buyer administrator's decision.</summary>
    WaiverAwaitingDecision,
    HeadingForFailure,
    CannotAssess,
}

/// <summary>Where an item stands in the attention list.</summary>
/// <param name="Position">
/// The order within one kind and contract: a requirement's position on the contract, or -1 for items that come in
/// their own order (deviations oldest date first), which the ranking keeps.
/// </param>
public readonly record struct AttentionRank(AttentionKind Kind, string ContractReference, int Position);

/// <summary>The attention list's decisions: what a requirement's evaluation asks of the buyer, which reports are overdue, and the order.</summary>
public static class AttentionRanking
{
    /// <summary>
    /// What a requirement's latest evaluation asks of the buyer, or null for nothing. A window not met stays a failure
    /// after later windows are met or go unreported: it needs following up, so it outranks a forecast and a window
    /// that cannot be assessed.
    /// </summary>
    public static AttentionKind? ForRequirement(bool anyWindowNotMet, bool headingForFailure, ComplianceStatus? current) =>
        anyWindowNotMet ? AttentionKind.NotMet
        : headingForFailure ? AttentionKind.HeadingForFailure
        : current == ComplianceStatus.CannotAssess ? AttentionKind.CannotAssess
        : null;

    /// <summary>
    /// The periods whose report is overdue, in schedule order, by the rule the evaluation of late reports uses
    /// (<see cref="PeriodFacts.IsOverdue"/>): a list that says "reports overdue" must name the same periods as a
    /// "reports on time" requirement not met.
    /// </summary>
    public static IReadOnlyList<string> OverdueReports(IEnumerable<PeriodFacts> periods, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(periods);
        return [.. periods.Where(p => p.IsOverdue(today)).Select(p => p.Key)];
    }

    /// <summary>Most severe kind first, then by contract reference, then by position; items that rank alike keep their order.</summary>
    public static IReadOnlyList<T> Rank<T>(IEnumerable<T> items, Func<T, AttentionRank> rank)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(rank);
        return [.. items.Select(i => (Item: i, Rank: rank(i)))
            .OrderBy(x => x.Rank.Kind)
            .ThenBy(x => x.Rank.ContractReference, StringComparer.Ordinal)
            .ThenBy(x => x.Rank.Position)
            .Select(x => x.Item)];
    }
}
