using System.Runtime.InteropServices;
using Klimaspor.Domain.Calendar;
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using Keys = Klimaspor.Domain.Requirements.RequirementMessageKeys;

namespace Klimaspor.Domain.Requirements;

/// <summary>
/// Decides, for every requirement of a contract and every window, whether it is met, with the measured value, the
/// threshold applied and reasons that name what is behind the result.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A period's report counts once submitted. A period not submitted is not yet due until the end of its due
/// day, and then a missing report: a requirement over it cannot be assessed (and a late report, for the count of
/// late reports).</item>
/// <item>Each period: one verdict per period. Cumulative: one verdict per period, over every period from the first;
/// sums add up and sets of offenders unite. Whole contract: one verdict, <c>contract</c>, not yet due until every
/// period has been submitted or the last due date has passed; meanwhile it shows the figure so far.</item>
/// <item>A share or ratio with nothing to divide by cannot be assessed: "no machine hours" is not "0 %". Only a
/// requirement on machines under waivers with no machine under a waiver is met, as there is nothing it governs.</item>
/// <item>Lines whose emission class or feedstock is unknown are counted both ways: when the result is the same
/// either way it stands (and the reason names them), otherwise the requirement cannot be assessed until they are
/// given.</item>
/// <item>Waivers: only approved waivers (machine or vehicle and period) remove or select lines; a waiver reference
/// the supplier wrote on a line is not a waiver, and the reason says so.</item>
/// <item>Grid relief: an at-least threshold with relief is multiplied by available ÷ needed power in each period
/// with a grid owner's statement. Over several periods the threshold applied is the mean of the periods' reduced
/// thresholds weighted by each period's denominator (the machine hours of a share of machine hours): a site that
/// exactly meets each period's reduced threshold then exactly meets the window's, which a plain mean would not
/// promise when busy and quiet months differ. Metrics without a denominator take the plain mean.</item>
/// </list>
/// </remarks>
public static class ComplianceEvaluation
{
    /// <summary>How many machines, vehicles or lines a reason names before it counts the rest.</summary>
    public const int NamedInReason = 10;

    /// <summary>Evaluates every requirement over its windows as of <paramref name="today"/>.</summary>
    public static IReadOnlyList<RequirementCompliance> Evaluate(ContractFacts facts, IReadOnlyList<RequirementRule> requirements, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(requirements);
        var contract = new ContractView(facts, today);
        var periods = facts.Periods;
        var count = requirements.Count;
        var compiled = new CompiledRequirement[count];
        var tallies = new WindowTally[count];
        var verdicts = new List<WindowVerdict>[count];
        var measures = new List<PeriodMeasure>?[count];
        for (var r = 0; r < count; r++)
        {
            var requirement = compiled[r] = new CompiledRequirement(requirements[r]);
            var window = requirement.Rule.Window;
            tallies[r] = new WindowTally
            {
                CollectOffenders = window == RequirementWindow.Cumulative || requirement.Aggregate is MetricAggregate.CountDistinct or MetricAggregate.LatePeriods,
            };
            verdicts[r] = new List<WindowVerdict>(window == RequirementWindow.WholeContract ? 1 : periods.Count);
            if (window != RequirementWindow.EachPeriod)
            {
                measures[r] = new List<PeriodMeasure>(periods.Count);
            }
        }

        // Period by period, every requirement in turn: a period's lines are sorted by kind once and stay in the cache
        // while each requirement reads only the kinds it looks at.
        for (var p = 0; p < periods.Count; p++)
        {
            for (var r = 0; r < count; r++)
            {
                var requirement = compiled[r];
                var tally = tallies[r];
                var window = requirement.Rule.Window;
                if (window == RequirementWindow.EachPeriod)
                {
                    tally.Clear();
                }

                var (numeratorBefore, denominatorBefore) = (tally.Numerator, tally.Denominator);
                AddPeriod(contract, requirement, p, tally);
                if (measures[r] is { } measured && contract.States[p].Status == PeriodStatus.Submitted)
                {
                    // The forecast projects what this period added to the window's sums: the engine's own measure, scopes, waivers and all.
                    measured.Add(new PeriodMeasure(periods[p].Key, Micro.ToDecimal(tally.Numerator - numeratorBefore),
                        Micro.ToDecimal(tally.Denominator - denominatorBefore)));
                }

                if (window == RequirementWindow.EachPeriod)
                {
                    verdicts[r].Add(Verdict(contract, requirement, tally, p, p));
                }
                else if (window == RequirementWindow.Cumulative)
                {
                    verdicts[r].Add(Verdict(contract, requirement, tally, 0, p));
                }
            }
        }

        var results = new RequirementCompliance[count];
        for (var r = 0; r < count; r++)
        {
            var rule = compiled[r].Rule;
            if (rule.Window == RequirementWindow.WholeContract && periods.Count > 0)
            {
                verdicts[r].Add(Verdict(contract, compiled[r], tallies[r], 0, periods.Count - 1));
            }

            results[r] = new RequirementCompliance
            {
                Requirement = rule,
                Verdicts = verdicts[r],
                Forecast = measures[r] is { } reported
                    ? ComplianceForecast.Project(rule, reported, facts, today, verdicts[r].Count > 0 ? verdicts[r][^1].EffectiveThreshold : rule.Threshold)
                    : null,
                Current = Current(verdicts[r]),
            };
        }

        return results;
    }

    /// <summary>The latest verdict that is not "not yet due", or the last one.</summary>
    private static WindowVerdict? Current(List<WindowVerdict> verdicts)
    {
        for (var i = verdicts.Count - 1; i >= 0; i--)
        {
            if (verdicts[i].Status != ComplianceStatus.NotYetDue)
            {
                return verdicts[i];
            }
        }

        return verdicts.Count > 0 ? verdicts[^1] : null;
    }

    private static void AddPeriod(ContractView contract, CompiledRequirement requirement, int index, WindowTally tally)
    {
        var period = contract.Facts.Periods[index];
        var state = contract.States[index];
        if (requirement.Aggregate == MetricAggregate.LatePeriods)
        {
            if (state.Status == PeriodStatus.Submitted)
            {
                tally.PeriodsSubmitted++;
            }

            if (state.Late)
            {
                tally.Numerator += Micro.PerUnit;
                tally.Offend(period.Key, null, Micro.PerUnit);
                tally.LateReports.Add(state.Status == PeriodStatus.Overdue
                    ? new Explanation(Keys.ReportOverdue, period.Key, period.DueDate)
                    : new Explanation(Keys.ReportLate, period.Key, period.DueDate, NorwegianTime.DateOf(period.SubmittedAt!.Value)));
            }

            return;
        }

        if (state.Status == PeriodStatus.Overdue)
        {
            tally.MissingPeriods.Add(period.Key);
        }

        if (state.Status != PeriodStatus.Submitted)
        {
            return;
        }

        tally.PeriodsSubmitted++;
        var factor = 1m;
        GridCapacity? grid = null;
        if (requirement.Relieved && contract.Grid(period.Key) is { } capacity && capacity.NeededKw > 0 && capacity.AvailableKw < capacity.NeededKw)
        {
            grid = capacity;
            factor = Math.Max(0, capacity.AvailableKw) / capacity.NeededKw;
        }

        var threshold = requirement.Threshold * factor;
        var denominatorBefore = tally.Denominator;
        var byKind = contract.LinesByKind(index);
        for (var kind = 0; kind < byKind.Length; kind++)
        {
            if (!requirement.Includes((LineKind)kind))
            {
                continue;
            }

            foreach (var line in byKind[kind])
            {
                AddLine(contract, requirement, index, line, threshold, tally);
            }
        }

        if (requirement.Relieved)
        {
            var weight = requirement.Aggregate is MetricAggregate.Share or MetricAggregate.Ratio ? Micro.ToDecimal(tally.Denominator - denominatorBefore) : 1;
            tally.CountedPeriods++;
            tally.ReliefWeighted += factor * weight;
            tally.ReliefWeight += weight;
            tally.ReliefSum += factor;
            if (grid is not null)
            {
                tally.ReliefPeriods++;
                tally.LastRelief = new Explanation(Keys.GridRelief, period.Key, grid.AvailableKw, grid.NeededKw, requirement.Threshold, threshold);
            }
        }
    }

    private static void AddLine(ContractView contract, CompiledRequirement requirement, int period, FactLine line, decimal threshold, WindowTally tally)
    {
        if (!requirement.InScope(line) || !Waived(contract, requirement, period, line, tally))
        {
            return;
        }

        tally.LinesInScope++;
        switch (requirement.Aggregate)
        {
            case MetricAggregate.CountDistinct:
                Count(requirement, line, tally);
                break;
            case MetricAggregate.Ratio:
                Ratio(requirement, line, threshold, tally);
                break;
            default:
                SumOrShare(requirement, line, tally);
                break;
        }
    }

    /// <summary>Whether the line counts after waivers; records the waivers used and the references not approved.</summary>
    private static bool Waived(ContractView contract, CompiledRequirement requirement, int period, FactLine line, WindowTally tally)
    {
        if (requirement.Waivers == WaiverFilter.AllLines)
        {
            return true;
        }

        if (line.Kind is not (LineKind.Machine or LineKind.Vehicle))
        {
            // Waivers are granted per machine or vehicle; site energy is never under one.
            return requirement.Waivers == WaiverFilter.ExceptWaived;
        }

        var waiver = contract.Waiver(period, line.Id);
        if (waiver is null)
        {
            if (line.WaiverRef is { } claimed)
            {
                tally.Claim(line.Id, claimed, contract.Facts.Periods[period].Key);
            }

            return requirement.Waivers == WaiverFilter.ExceptWaived;
        }

        tally.UseWaiver(waiver);
        return requirement.Waivers == WaiverFilter.OnlyWaived;
    }

    private static void SumOrShare(CompiledRequirement requirement, FactLine line, WindowTally tally)
    {
        if (!line.TryGet(requirement.Quantity, out var quantity))
        {
            return;
        }

        var share = requirement.Aggregate == MetricAggregate.Share;
        if (share)
        {
            tally.Denominator += quantity;
        }

        var gate = requirement.Gate(line);
        var part = gate == LineMatch.No ? 0 : requirement.ClassPart(line, quantity);
        if (gate == LineMatch.Unknown)
        {
            if (part != 0 || !share)
            {
                tally.Unknown += part;
                tally.Unknowable(line.Id, requirement.DetailOf(line));
            }

            part = 0;
        }

        tally.Numerator += part;
        if (!tally.CollectOffenders)
        {
            return;
        }

        if (requirement.Comparison == Comparison.AtMost)
        {
            if (part > 0)
            {
                tally.Offend(line.Id, requirement.DetailOf(line), part);
            }
        }
        else if (requirement.HasCondition && gate != LineMatch.Unknown && quantity - part > 0)
        {
            // At least: the lines that fell short are the ones that did not count (the fossil machines of a zero-emission share).
            tally.Offend(line.Id, requirement.DetailOf(line), quantity - part);
        }
    }

    private static void Count(CompiledRequirement requirement, FactLine line, WindowTally tally)
    {
        if (!requirement.ClassMatches(line))
        {
            return;
        }

        switch (requirement.Gate(line))
        {
            case LineMatch.Yes:
                tally.Offend(line.Id, requirement.DetailOf(line), Micro.PerUnit);
                break;
            case LineMatch.Unknown:
                tally.Unknowable(line.Id, requirement.DetailOf(line));
                break;
        }
    }

    private static void Ratio(CompiledRequirement requirement, FactLine line, decimal threshold, WindowTally tally)
    {
        if (!line.TryGet(requirement.Quantity, out var value))
        {
            return;
        }

        tally.NumeratorSeen = true;
        if (!line.TryGet(requirement.Denominator, out var denominator))
        {
            return;
        }

        tally.Numerator += value;
        tally.Denominator += denominator;
        if (!tally.CollectOffenders)
        {
            return;
        }

        // A line is behind a failure when its own ratio is on the wrong side; its weight is how far it is.
        var allowed = threshold * denominator;
        var excess = requirement.Comparison == Comparison.AtMost ? value - allowed : allowed - value;
        if (excess > 0)
        {
            tally.Offend(line.Id, requirement.DetailOf(line), (long)Math.Min(excess, long.MaxValue));
        }
    }

    private static WindowVerdict Verdict(ContractView contract, CompiledRequirement requirement, WindowTally tally, int first, int last)
    {
        var rule = requirement.Rule;
        var periods = contract.Facts.Periods;
        var wholeContract = rule.Window == RequirementWindow.WholeContract;
        var notYetDue = wholeContract ? !contract.ContractDecided : contract.States[last].Status == PeriodStatus.NotYetDue;
        var outcome = new Outcome
        {
            Window = wholeContract ? "contract" : periods[last].Key,
            Effective = EffectiveThreshold(requirement, tally),
            Reasons = contract.ReasonBuilder(),
        };

        if (requirement.Aggregate == MetricAggregate.LatePeriods)
        {
            LateOutcome(contract, requirement, tally, notYetDue, last, ref outcome);
        }
        else if (notYetDue)
        {
            NotYetDueOutcome(contract, requirement, tally, last, ref outcome);
        }
        else
        {
            AssessedOutcome(contract, requirement, tally, first, last, ref outcome);
        }

        return Finish(contract, requirement, tally, outcome);
    }

    /// <summary>A verdict while it is being decided; built into a <see cref="WindowVerdict"/> once, at the end.</summary>
    private struct Outcome
    {
        public string Window;
        public ComplianceStatus Status;
        public decimal? Measured;
        public decimal Effective;
        public List<Explanation> Reasons;
        public IReadOnlyList<string>? Offenders;
    }

    private static void NotYetDueOutcome(ContractView contract, CompiledRequirement requirement, WindowTally tally, int last, ref Outcome outcome)
    {
        var periods = contract.Facts.Periods;
        var window = requirement.Rule.Window;
        outcome.Status = ComplianceStatus.NotYetDue;
        if (window != RequirementWindow.EachPeriod && tally.MissingPeriods.Count == 0 && tally.PeriodsSubmitted > 0
            && Measure(requirement, tally, out var upper) is { } lower && requirement.Meets(lower, outcome.Effective) == requirement.Meets(upper, outcome.Effective))
        {
            outcome.Measured = lower;
        }

        outcome.Reasons.Add(window == RequirementWindow.WholeContract
            ? new Explanation(Keys.ContractNotEnded, periods[^1].DueDate, tally.PeriodsSubmitted, periods.Count)
            : new Explanation(Keys.ReportNotYetDue, periods[last].Key, periods[last].DueDate));
        if (outcome.Measured is { } soFar)
        {
            outcome.Reasons.Add(Result(requirement, soFar, outcome.Effective));
        }
    }

    private static void AssessedOutcome(ContractView contract, CompiledRequirement requirement, WindowTally tally, int first, int last, ref Outcome outcome)
    {
        var periods = contract.Facts.Periods;
        string WindowName() => first == last ? periods[last].Key : periods[first].Key + "–" + periods[last].Key;

        var reasons = outcome.Reasons;
        if (tally.MissingPeriods.Count > 0)
        {
            outcome.Status = ComplianceStatus.CannotAssess;
            reasons.Add(ListReason(Keys.ReportMissing, CollectionsMarshal.AsSpan(tally.MissingPeriods), tally.MissingPeriods.Count));
            return;
        }

        if (requirement.Aggregate is MetricAggregate.Share or MetricAggregate.Ratio && tally.Denominator == 0)
        {
            if (requirement.Waivers == WaiverFilter.OnlyWaived && tally.LinesInScope == 0)
            {
                outcome.Status = ComplianceStatus.Met;
                reasons.Add(new Explanation(Keys.NoWaivedLines, WindowName()));
                return;
            }

            outcome.Status = ComplianceStatus.CannotAssess;
            var missing = requirement.Aggregate == MetricAggregate.Ratio && tally.NumeratorSeen ? requirement.Denominator : requirement.Quantity;
            reasons.Add(new Explanation(Keys.NothingInScope(missing), WindowName()));
            return;
        }

        var measured = Measure(requirement, tally, out var highest)!.Value;
        var meetsLow = requirement.Meets(measured, outcome.Effective);
        if (meetsLow != requirement.Meets(highest, outcome.Effective))
        {
            var unknown = contract.Sorted(tally.UnknownLines);
            outcome.Status = ComplianceStatus.CannotAssess;
            outcome.Offenders = Ids(unknown);
            reasons.Add(ListReason(contract, requirement.Detail, requirement.ChecksEmissionClass ? Keys.UnknownEmissionClassBlocks : Keys.UnknownFeedstockBlocks, unknown,
                tally.Reasons));
            return;
        }

        outcome.Status = meetsLow ? ComplianceStatus.Met : ComplianceStatus.NotMet;
        outcome.Measured = measured;
        reasons.Add(Result(requirement, measured, outcome.Effective));
        if (requirement.Waivers == WaiverFilter.OnlyWaived && tally.LinesInScope == 0)
        {
            reasons.Add(new Explanation(Keys.NoWaivedLines, WindowName()));
        }

        var offenders = tally.Offenders;
        if (!meetsLow && !tally.CollectOffenders)
        {
            offenders = OffendersOf(contract, requirement, first, last);
        }

        if (!meetsLow && offenders.Count > 0)
        {
            var sorted = contract.Sorted(offenders);
            reasons.Add(ListReason(contract, requirement.Detail, Keys.Offenders, sorted, tally.Reasons));
            outcome.Offenders = Ids(sorted);
        }

        if (tally.UnknownLines.Count > 0)
        {
            reasons.Add(ListReason(contract, requirement.Detail, requirement.ChecksEmissionClass ? Keys.UnknownEmissionClass : Keys.UnknownFeedstock,
                contract.Sorted(tally.UnknownLines), tally.Reasons));
        }
    }

    /// <summary>The second pass over a failed window's periods, recording the lines behind the failure.</summary>
    private static List<Offender> OffendersOf(ContractView contract, CompiledRequirement requirement, int first, int last)
    {
        var scratch = contract.Scratch;
        scratch.Clear();
        scratch.CollectOffenders = true;
        for (var i = first; i <= last; i++)
        {
            AddPeriod(contract, requirement, i, scratch);
        }

        return scratch.Offenders;
    }

    private static void LateOutcome(ContractView contract, CompiledRequirement requirement, WindowTally tally, bool notYetDue, int last, ref Outcome outcome)
    {
        var window = requirement.Rule.Window;
        var periods = contract.Facts.Periods;
        var measured = Micro.ToDecimal(tally.Numerator);
        if (notYetDue)
        {
            outcome.Status = ComplianceStatus.NotYetDue;
            outcome.Measured = window == RequirementWindow.EachPeriod ? null : measured;
            outcome.Reasons.Add(window == RequirementWindow.WholeContract
                ? new Explanation(Keys.ContractNotEnded, periods[^1].DueDate, tally.PeriodsSubmitted, periods.Count)
                : new Explanation(Keys.ReportNotYetDue, periods[last].Key, periods[last].DueDate));
            return;
        }

        var met = requirement.Meets(measured, outcome.Effective);
        outcome.Status = met ? ComplianceStatus.Met : ComplianceStatus.NotMet;
        outcome.Measured = measured;
        outcome.Reasons.Add(Result(requirement, measured, outcome.Effective));
        for (var i = 0; i < tally.LateReports.Count && i < NamedInReason; i++)
        {
            outcome.Reasons.Add(tally.LateReports[i]);
        }

        if (!met)
        {
            outcome.Offenders = Ids(CollectionsMarshal.AsSpan(tally.Offenders));
        }
    }

    /// <summary>Adds what every verdict shows (relief, waivers, references not approved), builds it and asks for a sanction proposal.</summary>
    private static WindowVerdict Finish(ContractView contract, CompiledRequirement requirement, WindowTally tally, Outcome outcome)
    {
        var rule = requirement.Rule;
        var reasons = outcome.Reasons;
        if (tally.ReliefPeriods > 0)
        {
            reasons.Add(tally.CountedPeriods == 1 && tally.LastRelief is { } relief
                ? relief
                : new Explanation(Keys.GridReliefWeighted, tally.ReliefPeriods, tally.CountedPeriods, rule.Threshold, outcome.Effective));
        }

        string[] waiversUsed = [];
        if (tally.WaiversUsed.Count > 0)
        {
            waiversUsed = new string[tally.WaiversUsed.Count];
            var names = contract.NameBuffer;
            for (var i = 0; i < waiversUsed.Length; i++)
            {
                var waiver = tally.WaiversUsed[i];
                waiversUsed[i] = waiver.Waiver.Reference;
                if (i < names.Length)
                {
                    names[i] = waiver.Name;
                }
            }

            reasons.Add(ListReason(Keys.WaiversUsed, names.AsSpan(0, Math.Min(names.Length, waiversUsed.Length)), waiversUsed.Length, contract.WaiverReasons));
        }

        for (var i = 0; i < tally.Claims.Count && i < NamedInReason; i++)
        {
            var (id, reference, period) = tally.Claims[i];
            reasons.Add(new Explanation(Keys.WaiverNotApproved, id, reference, period));
        }

        var verdict = new WindowVerdict
        {
            Window = outcome.Window,
            Status = outcome.Status,
            Measured = outcome.Measured,
            Threshold = rule.Threshold,
            EffectiveThreshold = outcome.Effective,
            Reasons = reasons.ToArray(),
            Offenders = outcome.Offenders ?? [],
            WaiversUsed = waiversUsed,
        };

        if (rule.Sanction is { } sanction && verdict.Status is ComplianceStatus.Met or ComplianceStatus.NotMet)
        {
            verdict = verdict with { Sanction = SanctionArithmetic.Propose(sanction, rule, verdict, contract.Facts) };
        }

        return verdict;
    }

    // The threshold is boxed once per requirement rather than once per verdict.
    // A requirement met at 100 % month after month says the same thing each time: the last sentence is reused.
    private static Explanation Result(CompiledRequirement requirement, decimal measured, decimal threshold)
    {
        if (requirement.LastResult is { } last && last.Measured == measured && last.Threshold == threshold)
        {
            return last.Reason;
        }

        var reason = new Explanation(requirement.ResultKey, measured, threshold == requirement.Threshold ? requirement.BoxedThreshold : threshold);
        requirement.LastResult = (measured, threshold, reason);
        return reason;
    }

    /// <summary>The measured value (lower bound) and, through <paramref name="upper"/>, what it would be if every unknown line counted.</summary>
    private static decimal? Measure(CompiledRequirement requirement, WindowTally tally, out decimal upper)
    {
        switch (requirement.Aggregate)
        {
            case MetricAggregate.CountDistinct:
                upper = tally.OffenderCount + tally.UnknownNotOffending();
                return tally.OffenderCount;
            case MetricAggregate.Share or MetricAggregate.Ratio:
                if (tally.Denominator == 0)
                {
                    upper = 0;
                    return null;
                }

                // Both in millionths: the units cancel, and the quotient is taken in decimal as every published figure is.
                upper = (decimal)(tally.Numerator + tally.Unknown) / (decimal)tally.Denominator;
                return (decimal)tally.Numerator / (decimal)tally.Denominator;
            default:
                upper = Micro.ToDecimal(tally.Numerator + tally.Unknown);
                return Micro.ToDecimal(tally.Numerator);
        }
    }

    private static decimal EffectiveThreshold(CompiledRequirement requirement, WindowTally tally)
    {
        if (!requirement.Relieved || tally.ReliefPeriods == 0)
        {
            return requirement.Threshold;
        }

        var factor = tally.ReliefWeight > 0 ? tally.ReliefWeighted / tally.ReliefWeight : tally.ReliefSum / tally.CountedPeriods;
        return requirement.Threshold * factor;
    }

    /// <summary>A reason naming the first few of a list and counting the rest ("…, PIN-9 (diesel) and 4 more").</summary>
    private static Explanation ListReason(string key, ReadOnlySpan<string> names, int count, ReasonCache? cache = null)
    {
        names = names.Length > NamedInReason ? names[..NamedInReason] : names;
        if (cache?.Find(key, names, count) is { } same)
        {
            return same;
        }

        var named = string.Join(", ", names);
        var reason = count > NamedInReason
            ? new Explanation(Keys.More(key), named, count - NamedInReason)
            : new Explanation(key, named);
        cache?.Keep(key, names, count, reason);
        return reason;
    }

    private static Explanation ListReason(ContractView contract, OffenderDetail detailKind, string key, ReadOnlySpan<Offender> offenders, ReasonCache cache)
    {
        var names = contract.NameBuffer;
        var named = Math.Min(NamedInReason, offenders.Length);
        for (var i = 0; i < named; i++)
        {
            names[i] = contract.Name(detailKind, offenders[i].Id, offenders[i].Detail);
        }

        return ListReason(key, names.AsSpan(0, named), offenders.Length, cache);
    }

    private static string[] Ids(ReadOnlySpan<Offender> offenders)
    {
        var ids = new string[offenders.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = offenders[i].Id;
        }

        return ids;
    }
}

/// <summary>
/// The last list reason made, reused when the next one names the same things (an offender list that does not change
/// from one cumulative period to the next): explanations are immutable, so sharing one is safe.
/// </summary>
internal sealed class ReasonCache
{
    private readonly string[] _names = new string[ComplianceEvaluation.NamedInReason];
    private int _named = -1;
    private int _count;
    private string? _key;
    private Explanation? _reason;

    public Explanation? Find(string key, ReadOnlySpan<string> names, int count)
    {
        if (_reason is null || count != _count || names.Length != _named || !ReferenceEquals(key, _key))
        {
            return null;
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (!string.Equals(names[i], _names[i], StringComparison.Ordinal))
            {
                return null;
            }
        }

        return _reason;
    }

    public void Keep(string key, ReadOnlySpan<string> names, int count, Explanation reason)
    {
        names.CopyTo(_names);
        (_named, _count, _key, _reason) = (names.Length, count, key, reason);
    }
}

/// <summary>An approved waiver with its name for reasons, made when first shown.</summary>
internal sealed class KnownWaiver(ApprovedWaiver waiver)
{
    public ApprovedWaiver Waiver { get; } = waiver;

    public string Name => field ??= Waiver.Reference + " (" + Waiver.MachineId + ", " + Waiver.Period + ")";
}

internal enum PeriodStatus
{
    Submitted,
    NotYetDue,
    Overdue,
}

internal readonly record struct PeriodState(PeriodStatus Status, bool Late);

/// <summary>What every requirement of a contract shares: the periods' status, the waivers and the grid statements by period.</summary>
internal sealed class ContractView
{
    private Dictionary<(string Id, int Period), KnownWaiver>? _waivers;
    private bool[]? _periodsWithWaivers;
    private readonly List<Explanation> _reasons = new(8);
    private Offender[] _sortBuffer = new Offender[32];
    private readonly Dictionary<string, GridCapacity>? _grid;
    private readonly Dictionary<string, (string Detail, string Name)>?[] _names = new Dictionary<string, (string Detail, string Name)>?[4];
    private WindowTally? _scratch;
    private readonly List<FactLine>[] _byKind = [[], [], [], []];
    private int _sortedPeriod = -1;

    public ContractView(ContractFacts facts, DateOnly today)
    {
        Facts = facts;
        Today = today;
        var periods = facts.Periods;
        States = new PeriodState[periods.Count];
        var allSubmitted = true;
        for (var i = 0; i < periods.Count; i++)
        {
            var period = periods[i];
            if (period.SubmittedAt is { } submittedAt)
            {
                States[i] = new PeriodState(PeriodStatus.Submitted, NorwegianTime.IsAfter(submittedAt, period.DueDate));
            }
            else
            {
                allSubmitted = false;
                var overdue = period.IsOverdue(today);
                States[i] = new PeriodState(overdue ? PeriodStatus.Overdue : PeriodStatus.NotYetDue, overdue);
            }
        }

        ContractDecided = periods.Count > 0 && (allSubmitted || today > periods[^1].DueDate);

        if (facts.GridCapacity.Count > 0)
        {
            _grid = new Dictionary<string, GridCapacity>(StringComparer.Ordinal);
            foreach (var capacity in facts.GridCapacity)
            {
                _grid.TryAdd(capacity.Period, capacity);
            }
        }
    }

    public ContractFacts Facts { get; }

    public DateOnly Today { get; }

    public PeriodState[] States { get; }

    /// <summary>A whole-contract requirement is decided once every period is submitted or the last due date has passed.</summary>
    public bool ContractDecided { get; }

    public KnownWaiver? Waiver(int period, string id)
    {
        if (Facts.Waivers.Count == 0)
        {
            return null;
        }

        _periodsWithWaivers ??= IndexWaivers();
        return _periodsWithWaivers[period] && _waivers!.TryGetValue((id, period), out var waiver) ? waiver : null;
    }

    // By machine and period index, with a flag per period so that a period without waivers costs no lookup. Built on
    // the first question, as most requirements never ask.
    private bool[] IndexWaivers()
    {
        var periods = Facts.Periods;
        var index = new Dictionary<string, int>(periods.Count, StringComparer.Ordinal);
        for (var i = 0; i < periods.Count; i++)
        {
            index.TryAdd(periods[i].Key, i);
        }

        var withWaivers = new bool[periods.Count];
        _waivers = new Dictionary<(string Id, int Period), KnownWaiver>(Facts.Waivers.Count);
        foreach (var waiver in Facts.Waivers)
        {
            if (index.TryGetValue(waiver.Period, out var at))
            {
                withWaivers[at] = true;
                _waivers.TryAdd((waiver.MachineId, at), new KnownWaiver(waiver));
            }
        }

        return withWaivers;
    }

    /// <summary>The last list of waivers shown: the requirements of a period mostly show the same.</summary>
    public ReasonCache WaiverReasons { get; } = new();

    /// <summary>A reason under construction; every verdict starts it empty and copies it out.</summary>
    public List<Explanation> ReasonBuilder()
    {
        _reasons.Clear();
        return _reasons;
    }

    /// <summary>Room for the names a reason lists.</summary>
    public string[] NameBuffer { get; } = new string[ComplianceEvaluation.NamedInReason];

    private const int InsertionSortLimit = 64;

    /// <summary>Offenders heaviest first (ties in the order met), in a buffer valid until the next call.</summary>
    public ReadOnlySpan<Offender> Sorted(List<Offender> offenders)
    {
        if (_sortBuffer.Length < offenders.Count)
        {
            _sortBuffer = new Offender[Math.Max(offenders.Count, _sortBuffer.Length * 2)];
        }

        var sorted = _sortBuffer.AsSpan(0, offenders.Count);
        if (offenders.Count > InsertionSortLimit)
        {
            // A report of thousands of machines: insertion sort would be quadratic (minutes for 100 000 lines). LINQ's
            // ordering is stable too, and its allocation only matters for the few-dozen case below.
            var index = 0;
            foreach (var offender in offenders.OrderByDescending(o => o.Weight))
            {
                sorted[index++] = offender;
            }

            return sorted;
        }

        CollectionsMarshal.AsSpan(offenders).CopyTo(sorted);
        // Insertion sort: a window's offenders are usually a site's fleet, a few dozen, and the sort is stable, so ties
        // keep the order they were met in.
        for (var i = 1; i < sorted.Length; i++)
        {
            var current = sorted[i];
            var j = i - 1;
            while (j >= 0 && sorted[j].Weight < current.Weight)
            {
                sorted[j + 1] = sorted[j];
                j--;
            }

            sorted[j + 1] = current;
        }

        return sorted;
    }

    /// <summary>"PIN-7 (diesel)": made once per contract, as the same machine fails period after period.</summary>
    public string Name(OffenderDetail kind, string id, string? detail)
    {
        if (detail is null)
        {
            return id;
        }

        // One table per kind of detail (carrier, emission class, feedstock): a machine keeps its carrier and its class, so
        // requirements naming it by either do not overwrite each other's names.
        var names = _names[(int)kind] ??= new Dictionary<string, (string Detail, string Name)>(StringComparer.Ordinal);
        if (names.TryGetValue(id, out var known) && string.Equals(known.Detail, detail, StringComparison.Ordinal))
        {
            return known.Name;
        }

        var name = id + " (" + detail + ")";
        names[id] = (detail, name);
        return name;
    }

    /// <summary>
    /// A submitted period's lines by kind (machines, vehicles, energy, deliveries), sorted into buffers reused from
    /// period to period: only the period last asked for is held.
    /// </summary>
    public List<FactLine>[] LinesByKind(int period)
    {
        if (_sortedPeriod == period)
        {
            return _byKind;
        }

        foreach (var list in _byKind)
        {
            list.Clear();
        }

        var lines = Facts.Periods[period].Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if ((uint)line.Kind < (uint)_byKind.Length)
            {
                _byKind[(int)line.Kind].Add(line);
            }
        }

        _sortedPeriod = period;
        return _byKind;
    }

    /// <summary>A second tally for collecting the offenders of a failed window.</summary>
    public WindowTally Scratch => _scratch ??= new WindowTally();

    public GridCapacity? Grid(string period) => _grid?.GetValueOrDefault(period);
}
