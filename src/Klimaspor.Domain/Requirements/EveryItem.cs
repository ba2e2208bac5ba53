using Klimaspor.Domain.Emissions;

namespace Klimaspor.Domain.Requirements;

/// <summary>
/// "Every machine shall be zero-emission", "no fossil fuel on the site": a rule about each machine, vehicle or energy
/// source, not a share (issue 14 item 1). Written as a share of all (at least 100 %) or of none (at most 0 %), as
/// contracts were given before the catalogue had counts, it is evaluated as the count of items in scope that break it
/// (approved waivers already left out by the scope), of which none is allowed. Three things follow that a share got
/// wrong: a diesel machine that used fuel but reported no hours breaks it; a report with nothing in scope meets it,
/// where a share had nothing to divide by; and the verdict names the items rather than a percentage.
/// </summary>
/// <remarks>
/// A correction of how a rule is evaluated, so it applies to every contract's stored rules alike. Shares that really
/// are shares stay shares: a promise (the bid's 90 % or even 100 %, measured as the bid was), a threshold the grid
/// relieves (Oslo 2019), any threshold between, and a rule whose sanction is priced in percentage points.
/// </remarks>
public static class EveryItem
{
    /// <summary>The rule as the evaluation applies it: the count of breaking items for an all-or-none share, else the rule itself.</summary>
    public static RequirementRule AsEvaluated(RequirementRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var metric = rule.Metric;
        if (metric?.Aggregate != MetricAggregate.Share || metric.Condition is not { } condition || rule.GridRelief
            || rule.Kind == RequirementKind.Promise || rule.Sanction?.Kind is { } kind && kind != SanctionKind.FixedPerPeriodNotMet)
        {
            return rule;
        }

        LineCondition breaking;
        if (rule.Comparison == Comparison.AtMost && rule.Threshold <= 0)
        {
            // None may be in the condition: the items in it break the rule.
            breaking = condition;
        }
        else if (rule.Comparison == Comparison.AtLeast && rule.Threshold >= 1 && OnlyClasses(condition))
        {
            // All must be in the condition's classes: the items in any other class break the rule.
            breaking = new LineCondition { EnergyClasses = [.. Enum.GetValues<EnergyClass>().Where(c => !condition.EnergyClasses.Contains(c))] };
        }
        else
        {
            return rule;
        }

        var count = new MetricDefinition
        {
            Code = metric.Code,
            LineKind = metric.LineKind,
            AlsoLineKinds = metric.AlsoLineKinds,
            Aggregate = MetricAggregate.CountDistinct,
            Quantity = FactQuantity.Lines,
            Condition = breaking,
        };
        // Named as the catalogue's count of the same items where there is one ("Machines not zero-emission").
        var known = MetricCatalogue.All.FirstOrDefault(m => SameItems(m.Definition, count));
        return rule with { Metric = known?.Definition ?? count, Comparison = Comparison.AtMost, Threshold = 0 };
    }

    /// <summary>Whether a rule is evaluated as a count of breaking items (a count, or an all-or-none share).</summary>
    public static bool IsPerItem(RequirementRule rule) => AsEvaluated(rule).Metric.Aggregate == MetricAggregate.CountDistinct;

    private static bool OnlyClasses(LineCondition condition) =>
        condition.EnergyClasses.Count > 0 && condition.Carriers.Count == 0 && condition.EmissionClassBelow is null
        && condition.Feedstocks.Count == 0 && condition.Purposes.Count == 0 && condition.ChargeableHybridOn.Count == 0;

    private static bool SameItems(MetricDefinition a, MetricDefinition b) =>
        a.Aggregate == b.Aggregate && a.LineKind == b.LineKind && a.AlsoLineKinds.SequenceEqual(b.AlsoLineKinds)
        && a.Condition is { } x && b.Condition is { } y && OnlyClasses(x) && OnlyClasses(y)
        && x.EnergyClasses.Order().SequenceEqual(y.EnergyClasses.Order());
}
