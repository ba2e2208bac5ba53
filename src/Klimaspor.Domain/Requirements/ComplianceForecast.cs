using Klimaspor.Domain.Reporting;

namespace Klimaspor.Domain.Requirements;

/// <summary>
/// One reported period's figures for a requirement's metric. For sums and late periods the numerator is the period's
/// total and the denominator is not used; for shares and ratios the value is numerator ÷ denominator over the periods
/// taken together.
/// </summary>
public sealed record PeriodMeasure(string Period, decimal Numerator, decimal Denominator);

/// <summary>
/// Forecast at completion (issue 5, item 8): from the periods reported so far and the periods left, where a cumulative
/// or whole-contract figure ends up, and an early warning when that misses the threshold, while the figure to date
/// still keeps it (a 100 t cap with 30 t after 3 of 12 months is on course for 120 t).
/// </summary>
/// <remarks>
/// The projection is linear on the average per reported period: every period not yet reported is counted at the
/// average of those reported. A contract names no plan of its phases, so the rate so far is the estimate that needs no
/// assumptions and that a buyer can check by hand (30 t ÷ 3 × 12 = 120 t); a trend fitted to a few monthly figures
/// would swing with every report and could not be explained in one sentence. Periods are counted whole, because
/// suppliers report by period and a partial first or last month is small against a contract's length.
/// </remarks>
public static class ComplianceForecast
{
    /// <summary>
    /// Projects a cumulative or whole-contract requirement to the contract's end from the periods reported so far;
    /// null for each-period requirements, which do not look ahead. The evaluation engine measures each submitted
    /// period (<see cref="ComplianceEvaluation.Evaluate"/>), so the forecast counts exactly what the verdicts count:
    /// the same scopes, conditions, waivers and grid relief. Every period not submitted, overdue or still to come, is
    /// counted at the average.
    /// </summary>
    public static Forecast? Project(RequirementRule requirement, ContractFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        ArgumentNullException.ThrowIfNull(facts);
        return requirement.Window == RequirementWindow.EachPeriod ? null : ComplianceEvaluation.Evaluate(facts, [requirement], today)[0].Forecast;
    }

    /// <summary>
    /// The forecast from the engine's per-period measures of the submitted periods (<paramref name="reported"/>),
    /// judged against <paramref name="threshold"/>, the threshold the latest verdict applied (after grid relief).
    /// </summary>
    internal static Forecast Project(RequirementRule requirement, IReadOnlyList<PeriodMeasure> reported, ContractFacts facts, DateOnly today, decimal threshold)
    {
        var forecast = Project(requirement, reported, facts.Periods.Count - reported.Count, threshold);
        var overdue = facts.Periods.Count(p => p.SubmittedAt is null && p.DueDate < today);
        if (overdue == 0 || reported.Count == 0)
        {
            return forecast;
        }

        // Said right after "n of m periods reported", so a reader sees the gap before the figures built on it.
        var reasons = forecast.Reasons.ToList();
        reasons.Insert(1, new Explanation(MessageKeys.ForecastOverdueCounted, overdue));
        return forecast with { Reasons = reasons };
    }

    /// <summary>
    /// The projection itself, from each reported period's figures and the number of periods left. The threshold is
    /// the requirement's unless the caller passes the one it applies (after grid relief).
    /// </summary>
    public static Forecast Project(RequirementRule requirement, IReadOnlyList<PeriodMeasure> reported, int periodsRemaining, decimal? threshold = null)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        ArgumentNullException.ThrowIfNull(reported);
        ArgumentOutOfRangeException.ThrowIfNegative(periodsRemaining);

        var forecast = new Forecast { PeriodsReported = reported.Count, PeriodsRemaining = periodsRemaining };
        if (reported.Count == 0)
        {
            return forecast with { Reasons = [new(MessageKeys.ForecastNothingReported)] };
        }

        var reasons = new List<Explanation>
        {
            new(MessageKeys.ForecastReported, reported.Count, reported.Count + periodsRemaining, periodsRemaining),
        };
        // A count of distinct machines, vehicles or deliveries does not grow by the period: the same diesel dumper in
        // every month is one machine, not twelve. A count of late reports is counted as the due dates pass. Neither is
        // projected; the reason says why.
        if (requirement.Metric.Aggregate is MetricAggregate.CountDistinct or MetricAggregate.LatePeriods)
        {
            reasons.Add(new(requirement.Metric.Aggregate == MetricAggregate.LatePeriods ? MessageKeys.ForecastLateNotProjected : MessageKeys.ForecastCountNotProjected));
            return forecast with { Reasons = reasons };
        }

        if (periodsRemaining == 0)
        {
            reasons.Add(new(MessageKeys.ForecastFinal));
        }

        var limit = threshold ?? requirement.Threshold;
        var projection = requirement.Metric.Aggregate is MetricAggregate.Share or MetricAggregate.Ratio or MetricAggregate.PerWeek
            ? ProjectQuotient(requirement, requirement.Metric.Aggregate == MetricAggregate.PerWeek
                // A per-week metric's denominator is days (ComplianceEvaluation.Days): a week's worth per day.
                ? [.. reported.Select(m => m with { Numerator = m.Numerator * ComplianceEvaluation.DaysPerWeek })]
                : reported, periodsRemaining, limit, reasons)
            : ProjectSum(requirement, reported, periodsRemaining, limit, reasons);
        if (projection.Projected is { } projected)
        {
            var misses = requirement.Comparison == Comparison.AtMost ? projected > limit : projected < limit;
            if (misses && periodsRemaining > 0)
            {
                reasons.Add(new(MessageKeys.ForecastHeadingForFailure));
            }
            else if (!misses)
            {
                reasons.Add(new(MessageKeys.ForecastOnCourse));
            }

            forecast = forecast with { HeadingForFailure = misses };
        }

        return forecast with { Projected = projection.Projected, NeededInRemainingPeriods = projection.Needed, Reasons = reasons };
    }

    private readonly record struct Projection(decimal? Projected, decimal? Needed);

    /// <summary>A total: what is reported so far plus the average per period for each period left.</summary>
    private static Projection ProjectSum(RequirementRule requirement, IReadOnlyList<PeriodMeasure> reported, int remaining, decimal threshold, List<Explanation> reasons)
    {
        var suffix = MetricUnitText.ValueSuffix(requirement.Metric);
        var sum = reported.Sum(m => m.Numerator);
        var average = sum / reported.Count;
        var projected = sum + (average * remaining);
        var atMost = requirement.Comparison == Comparison.AtMost;
        reasons.Add(new(MessageKeys.ForecastSumRate, sum, average, suffix));
        reasons.Add(new(atMost ? MessageKeys.ForecastSumProjectedAtMost : MessageKeys.ForecastSumProjectedAtLeast, projected, threshold, suffix));
        if (remaining == 0)
        {
            return new(projected, null);
        }

        // What the periods left may still add (at most) or must still add (at least), in total.
        var left = threshold - sum;
        if (atMost && left < 0m)
        {
            reasons.Add(new(MessageKeys.ForecastOutOfReachAtMost, 0m, suffix));
            return new(projected, null);
        }

        if (!atMost && left <= 0m)
        {
            reasons.Add(new(MessageKeys.ForecastAlreadySecured));
            return new(projected, 0m);
        }

        reasons.Add(new(atMost ? MessageKeys.ForecastNeededSumAtMost : MessageKeys.ForecastNeededSumAtLeast, remaining, left, left / remaining, suffix));
        return new(projected, left);
    }

    /// <summary>
    /// A share or ratio over the whole contract is the sum of its numerators over the sum of its denominators, not the
    /// average of the periods' shares: a month with 10 machine hours weighs less than one with 1 000. Both sums are
    /// projected at their average per period, so the projected share is the share to date; what the forecast adds is
    /// the share the periods left need, assuming they bring the average denominator each.
    /// </summary>
    private static Projection ProjectQuotient(RequirementRule requirement, IReadOnlyList<PeriodMeasure> reported, int remaining, decimal threshold, List<Explanation> reasons)
    {
        var numerator = reported.Sum(m => m.Numerator);
        var denominator = reported.Sum(m => m.Denominator);
        if (denominator == 0m)
        {
            reasons.Add(new(MessageKeys.ForecastNoBase));
            return new(null, null);
        }

        var fraction = MetricUnitText.IsFraction(requirement.Metric);
        var scale = fraction ? 100m : 1m;
        var suffix = fraction ? MetricUnitText.Percent : string.Empty;
        var atMost = requirement.Comparison == Comparison.AtMost;

        var remainingDenominator = denominator / reported.Count * remaining;
        var projected = (numerator + (numerator / reported.Count * remaining)) / (denominator + remainingDenominator);
        reasons.Add(new(MessageKeys.ForecastShareSoFar, numerator / denominator * scale, numerator, denominator,
            MetricUnitText.QuantitySuffix(requirement.Metric.Quantity), suffix));
        reasons.Add(new(atMost ? MessageKeys.ForecastShareProjectedAtMost : MessageKeys.ForecastShareProjectedAtLeast,
            projected * scale, threshold * scale, suffix));
        if (remaining == 0)
        {
            return new(projected, null);
        }

        var needed = ((threshold * (denominator + remainingDenominator)) - numerator) / remainingDenominator;
        if (atMost)
        {
            if (needed < 0m)
            {
                reasons.Add(new(MessageKeys.ForecastOutOfReachAtMost, 0m, suffix));
                return new(projected, null);
            }

            if (fraction && needed >= 1m)
            {
                reasons.Add(new(MessageKeys.ForecastAlreadySecured));
                return new(projected, 1m);
            }

            reasons.Add(new(MessageKeys.ForecastNeededShareAtMost, remaining, needed * scale, suffix));
            return new(projected, needed);
        }

        if (needed <= 0m)
        {
            reasons.Add(new(MessageKeys.ForecastAlreadySecured));
            return new(projected, 0m);
        }

        if (fraction && needed > 1m)
        {
            reasons.Add(new(MessageKeys.ForecastOutOfReachAtLeast, 100m, suffix));
            return new(projected, null);
        }

        reasons.Add(new(MessageKeys.ForecastNeededShareAtLeast, remaining, needed * scale, suffix));
        return new(projected, needed);
    }
}
