namespace Klimaspor.Domain.Requirements;

/// <summary>A deviation of one requirement as reconciliation needs to know it: its status and the windows it holds.</summary>
public sealed record KnownDeviation(Guid Id, DeviationStatus Status, IReadOnlyList<DeviationWindow> Windows);

/// <param name="Cleared">A later evaluation found the window met again; it proposes no sanction.</param>
public readonly record struct DeviationWindow(string Window, bool Cleared);

/// <summary>A bonus of one requirement as reconciliation needs to know it.</summary>
/// <param name="Confirmed">The buyer confirmed it: it is never withdrawn or changed by a later evaluation.</param>
public sealed record KnownBonus(Guid Id, string Window, bool Confirmed);

/// <summary>What an evaluation asks to be done with a requirement's deviations and bonuses.</summary>
public abstract record ReconciliationDecision;

/// <summary>Open a deviation for these failing windows (in window order); the latest names it.</summary>
public sealed record OpenDeviation(RequirementRule Rule, IReadOnlyList<WindowVerdict> Failing) : ReconciliationDecision
{
    public string Window => Failing[^1].Window;
}

/// <summary>
/// Bring the open (or answered) deviation in line: windows failing again take the new figures, new failing windows are
/// added and windows met again are cleared. The store compares what it would write with what it holds, so a
/// re-evaluation that changes no figure leaves the deviation (and its history) as it was.
/// </summary>
public sealed record UpdateDeviation(Guid DeviationId, RequirementRule Rule, IReadOnlyList<WindowVerdict> Refreshed, IReadOnlyList<WindowVerdict> Added,
    IReadOnlyList<string> Cleared) : ReconciliationDecision;

/// <summary>Propose a bonus the evaluation earned.</summary>
public sealed record ProposeBonus(RequirementRule Rule, WindowVerdict Verdict) : ReconciliationDecision;

/// <summary>A proposed bonus follows the evaluation: its window, amount and arithmetic become the verdict's.</summary>
public sealed record FollowBonus(Guid BonusId, RequirementRule Rule, WindowVerdict Verdict) : ReconciliationDecision;

/// <summary>A proposed bonus no longer earned is withdrawn.</summary>
public sealed record WithdrawBonus(Guid BonusId) : ReconciliationDecision;

/// <summary>
/// Deviations and bonuses follow evaluations. Per requirement: windows not met and not already covered by a closed
/// deviation go into the one deviation still open (or answered), or open a new one; windows a later evaluation finds
/// met again are cleared, so they propose no sanction; "cannot be assessed" leaves a window as it was, except where
/// documentation is missing (biofuel used without its feedstock documented), which is a deviation of its own. Each-period
/// bonuses are one per window; a cumulative or whole-contract bonus is one per requirement, following the latest window
/// until the buyer confirms it; a proposal no longer earned is withdrawn, a confirmed one stays.
/// </summary>
public static class DeviationReconciliation
{
    public static IReadOnlyList<ReconciliationDecision> Decide(RequirementCompliance result, IReadOnlyList<KnownDeviation> deviations, IReadOnlyList<KnownBonus> bonuses)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(deviations);
        ArgumentNullException.ThrowIfNull(bonuses);
        var decisions = new List<ReconciliationDecision>();
        if (Deviation(result, deviations) is { } deviation)
        {
            decisions.Add(deviation);
        }

        decisions.AddRange(Bonuses(result, bonuses));
        return decisions;
    }

    private static ReconciliationDecision? Deviation(RequirementCompliance result, IReadOnlyList<KnownDeviation> deviations)
    {
        var rule = result.Requirement;

        // The last verdict of a window wins, should the evaluation name a window twice.
        var verdicts = new Dictionary<string, WindowVerdict>(StringComparer.Ordinal);
        foreach (var verdict in result.Verdicts)
        {
            verdicts[verdict.Window] = verdict;
        }

        var closed = deviations.Where(d => d.Status == DeviationStatus.Closed).SelectMany(d => d.Windows.Select(w => w.Window)).ToHashSet(StringComparer.Ordinal);
        // Documentation missing (biofuel used without its feedstock documented) is a deviation too, once the window is due.
        var failing = verdicts.Values.Where(v => (v.Status == ComplianceStatus.NotMet || v.DocumentationMissing) && !closed.Contains(v.Window))
            .OrderBy(v => v.Window, StringComparer.Ordinal).ToList();
        var active = deviations.FirstOrDefault(d => d.Status != DeviationStatus.Closed);
        if (active is null)
        {
            return failing.Count == 0 ? null : new OpenDeviation(rule, failing);
        }

        var refreshed = new List<WindowVerdict>();
        var cleared = new List<string>();
        foreach (var held in active.Windows)
        {
            if (!verdicts.TryGetValue(held.Window, out var verdict))
            {
                continue;
            }

            if (verdict.Status == ComplianceStatus.NotMet || verdict.DocumentationMissing)
            {
                refreshed.Add(verdict);
            }
            else if (verdict.Status == ComplianceStatus.Met && !held.Cleared)
            {
                cleared.Add(held.Window);
            }
        }

        var added = failing.Where(f => active.Windows.All(w => w.Window != f.Window)).ToList();
        return new UpdateDeviation(active.Id, rule, refreshed, added, cleared);
    }

    private static IEnumerable<ReconciliationDecision> Bonuses(RequirementCompliance result, IReadOnlyList<KnownBonus> bonuses)
    {
        var rule = result.Requirement;
        var verdicts = result.Verdicts;
        IReadOnlyList<WindowVerdict> earned = rule.Window == RequirementWindow.EachPeriod
            ? [.. verdicts.Where(v => v.Sanction is { IsBonus: true })]
            : verdicts.Count > 0 && verdicts[^1].Sanction is { IsBonus: true } ? [verdicts[^1]] : [];
        bool Matches(KnownBonus bonus, WindowVerdict verdict) => rule.Window != RequirementWindow.EachPeriod || bonus.Window == verdict.Window;

        foreach (var stale in bonuses.Where(b => !b.Confirmed && !earned.Any(v => Matches(b, v))))
        {
            yield return new WithdrawBonus(stale.Id);
        }

        foreach (var verdict in earned)
        {
            if (bonuses.Any(b => b.Confirmed && b.Window == verdict.Window))
            {
                continue;
            }

            yield return bonuses.FirstOrDefault(b => !b.Confirmed && Matches(b, verdict)) is { } proposed
                ? new FollowBonus(proposed.Id, rule, verdict)
                : new ProposeBonus(rule, verdict);
        }
    }
}
