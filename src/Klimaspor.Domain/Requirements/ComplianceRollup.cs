namespace Klimaspor.Domain.Requirements;

/// <summary>
/// How a contract stands on all its requirements at once, worst first: the order of this enum is the order of
/// severity, so lists sort on it.
/// </summary>
public enum RollupStatus
{
    /// <summary>At least one requirement is not met in its current window.</summary>
    NotMet,

    /// <summary>None is failing, but at least one cannot be assessed: a report is missing or data it needs is.</summary>
    CannotAssess,

    /// <summary>Every requirement that is due is met (some may not be due yet).</summary>
    Met,

    /// <summary>The contract has requirements, but none of them is due yet: there is nothing to judge, which is neither good nor bad.</summary>
    NothingDue,

    /// <summary>The contract has no requirements (or has never been evaluated).</summary>
    NoRequirements,
}

/// <summary>A contract's requirements rolled up: the worst current status and how many requirements stand in each.</summary>
/// <remarks>
/// The order is decided here, once, for every list that rolls a contract up (the contracts list, the portfolio):
/// not met is worse than cannot be assessed, because a failure is known while a missing figure may still turn out
/// well; cannot be assessed is worse than met, because an unknown may hide a failure and needs someone to act (chase
/// the report, ask for the data); met outranks "nothing due", because a requirement met so far says more than one
/// not yet due, so a contract with one requirement met and three not yet due reads "met". Only when every
/// requirement is not yet due is the contract "nothing due" — its own state, so that a contract that has not started
/// reporting never reads as compliant.
/// </remarks>
public sealed record ComplianceRollup(RollupStatus Status, int Met, int NotMet, int CannotAssess, int NotYetDue)
{
    public int Requirements => Met + NotMet + CannotAssess + NotYetDue;

    /// <summary>
    /// Rolls up each requirement's status in its current window (<see cref="RequirementCompliance.Current"/>: the
    /// latest window that is due, or the first not yet due). A requirement without any verdict (a contract without
    /// periods) counts as not yet due.
    /// </summary>
    public static ComplianceRollup Of(IEnumerable<ComplianceStatus?> current)
    {
        ArgumentNullException.ThrowIfNull(current);
        int met = 0, notMet = 0, cannotAssess = 0, notYetDue = 0;
        foreach (var status in current)
        {
            switch (status)
            {
                case ComplianceStatus.Met:
                    met++;
                    break;
                case ComplianceStatus.NotMet:
                    notMet++;
                    break;
                case ComplianceStatus.CannotAssess:
                    cannotAssess++;
                    break;
                default:
                    notYetDue++;
                    break;
            }
        }

        var worst = notMet > 0 ? RollupStatus.NotMet
            : cannotAssess > 0 ? RollupStatus.CannotAssess
            : met > 0 ? RollupStatus.Met
            : notYetDue > 0 ? RollupStatus.NothingDue
            : RollupStatus.NoRequirements;
        return new ComplianceRollup(worst, met, notMet, cannotAssess, notYetDue);
    }

    /// <summary>The roll-up of an evaluation's results, as <see cref="ComplianceEvaluation.Evaluate"/> gives them.</summary>
    public static ComplianceRollup Of(IEnumerable<RequirementCompliance> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return Of(results.Select(r => r.Current?.Status));
    }
}
