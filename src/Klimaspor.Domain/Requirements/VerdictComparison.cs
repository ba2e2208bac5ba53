namespace Klimaspor.Domain.Requirements;

/// <summary>One requirement's verdict for one period with a report version counted and without it.</summary>
/// <param name="With">The verdict with the version counted; null when the requirement has no window for the period.</param>
/// <param name="Without">The verdict without it.</param>
public sealed record ComparedVerdict(RequirementRule Requirement, WindowVerdict? With, WindowVerdict? Without)
{
    /// <summary>Whether counting the version changes the status.</summary>
    public bool StatusChanged => With?.Status != Without?.Status;

    /// <summary>Whether counting the version changes the status or the measured value.</summary>
    public bool Changed => StatusChanged || With?.Measured != Without?.Measured;
}

/// <summary>
/// What a report version does to a contract's requirements, for the buyer deciding whether to approve it: the same
/// evaluation run on two sets of facts, nothing stored.
/// </summary>
public static class VerdictComparison
{
    /// <summary>The window name of a whole-contract verdict.</summary>
    public const string WholeContract = "contract";

    /// <summary>
    /// Each requirement's verdict in the window that covers <paramref name="periodKey"/>: the period's own for
    /// each-period requirements, the running total up to it for cumulative ones, and the contract's for whole-contract
    /// ones.
    /// </summary>
    public static IReadOnlyList<ComparedVerdict> Compare(ContractFacts with, ContractFacts without, IReadOnlyList<RequirementRule> requirements,
        string periodKey, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        var counted = ComplianceEvaluation.Evaluate(with, requirements, today);
        var uncounted = ComplianceEvaluation.Evaluate(without, requirements, today);
        return [.. requirements.Select((rule, i) => new ComparedVerdict(rule, Window(counted[i], periodKey), Window(uncounted[i], periodKey)))];
    }

    private static WindowVerdict? Window(RequirementCompliance compliance, string periodKey) =>
        compliance.Verdicts.FirstOrDefault(v => v.Window == (compliance.Requirement.Window == RequirementWindow.WholeContract ? WholeContract : periodKey));
}
