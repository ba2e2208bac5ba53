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
        var tally = new WindowTally();
        var results = new RequirementCompliance[requirements.Count];
        for (var i = 0; i < requirements.Count; i++)
        {
            results[i] = Evaluate(contract, new CompiledRequirement(requirements[i]), tally);
        }

        return results;
    }

    private static RequirementCompliance Evaluate(ContractView contract, CompiledRequirement requirement, WindowTally tally)
    {
        var rule = requirement.Rule;
        var periods = contract.Facts.Periods;
        var verdicts = new List<WindowVerdict>(rule.Window == RequirementWindow.WholeContract ? 1 : periods.Count);
        tally.Clear();
        for (var i = 0; i < periods.Count; i++)
        {
            if (rule.Window == RequirementWindow.EachPeriod)
            {
                tally.Clear();
            }

            AddPeriod(contract, requirement, i, tally);
            if (rule.Window == RequirementWindow.EachPeriod)
            {
                verdicts.Add(Verdict(contract, requirement, tally, i, i));
            }
            else if (rule.Window == RequirementWindow.Cumulative)
            {
                verdicts.Add(Verdict(contract, requirement, tally, 0, i));
            }
        }

        if (rule.Window == RequirementWindow.WholeContract)
        {
            verdicts.Add(Verdict(contract, requirement, tally, 0, periods.Count - 1));
        }

        WindowVerdict? current = null;
        for (var i = verdicts.Count - 1; i >= 0 && current is null; i--)
        {
            if (verdicts[i].Status != ComplianceStatus.NotYetDue)
            {
                current = verdicts[i];
            }
        }

        return new RequirementCompliance
        {
            Requirement = rule,
            Verdicts = verdicts,
            Forecast = rule.Window == RequirementWindow.EachPeriod ? null : ComplianceForecast.Project(rule, contract.Facts, contract.Today),
            Current = current ?? (verdicts.Count > 0 ? verdicts[^1] : null),
        };
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
                tally.Numerator++;
                tally.Offend(period.Key, null, 1);
                tally.LateReports.Add(state.Status == PeriodStatus.Overdue
                    ? new Explanation(Keys.ReportOverdue, period.Key, period.DueDate)
                    : new Explanation(Keys.ReportLate, period.Key, period.DueDate, state.SubmittedOn));
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
        var lines = period.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            AddLine(contract, requirement, period.Key, lines[i], threshold, tally);
        }

        if (requirement.Relieved)
        {
            var weight = requirement.Aggregate is MetricAggregate.Share or MetricAggregate.Ratio ? tally.Denominator - denominatorBefore : 1;
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

    private static void AddLine(ContractView contract, CompiledRequirement requirement, string periodKey, FactLine line, decimal threshold, WindowTally tally)
    {
        if (!requirement.InScope(line) || !Waived(contract, requirement, periodKey, line, tally))
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
    private static bool Waived(ContractView contract, CompiledRequirement requirement, string periodKey, FactLine line, WindowTally tally)
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

        var waiver = contract.Waiver(periodKey, line.Id);
        if (waiver is null)
        {
            if (line.WaiverRef is { } claimed)
            {
                tally.Claim(line.Id, claimed, periodKey);
            }

            return requirement.Waivers == WaiverFilter.ExceptWaived;
        }

        tally.UseWaiver(waiver);
        return requirement.Waivers == WaiverFilter.OnlyWaived;
    }

    private static void SumOrShare(CompiledRequirement requirement, FactLine line, WindowTally tally)
    {
        if (CompiledRequirement.Value(line, requirement.Quantity) is not { } quantity)
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
                tally.Offend(line.Id, requirement.DetailOf(line), 1);
                break;
            case LineMatch.Unknown:
                tally.Unknowable(line.Id, requirement.DetailOf(line));
                break;
        }
    }

    private static void Ratio(CompiledRequirement requirement, FactLine line, decimal threshold, WindowTally tally)
    {
        var numerator = CompiledRequirement.Value(line, requirement.Quantity);
        if (numerator is not null)
        {
            tally.NumeratorSeen = true;
        }

        if (numerator is not { } value || CompiledRequirement.Value(line, requirement.Denominator) is not { } denominator)
        {
            return;
        }

        tally.Numerator += value;
        tally.Denominator += denominator;
        // A line is behind a failure when its own ratio is on the wrong side; its weight is how far it is.
        var allowed = threshold * denominator;
        var excess = requirement.Comparison == Comparison.AtMost ? value - allowed : allowed - value;
        if (excess > 0)
        {
            tally.Offend(line.Id, requirement.DetailOf(line), excess);
        }
    }

    private static WindowVerdict Verdict(ContractView contract, CompiledRequirement requirement, WindowTally tally, int first, int last)
    {
        var rule = requirement.Rule;
        var periods = contract.Facts.Periods;
        var wholeContract = rule.Window == RequirementWindow.WholeContract;
        var windowName = first == last ? periods[last].Key : periods[first].Key + "–" + periods[last].Key;
        var notYetDue = wholeContract ? !contract.ContractDecided : contract.States[last].Status == PeriodStatus.NotYetDue;
        var effective = EffectiveThreshold(requirement, tally);
        var reasons = new List<Explanation>(4);
        var verdict = new WindowVerdict
        {
            Window = wholeContract ? "contract" : periods[last].Key,
            Threshold = rule.Threshold,
            EffectiveThreshold = effective,
            Reasons = reasons,
        };

        if (requirement.Aggregate == MetricAggregate.LatePeriods)
        {
            return LateVerdict(contract, requirement, tally, verdict, notYetDue, last, reasons);
        }

        if (notYetDue)
        {
            decimal? soFar = null;
            if (rule.Window != RequirementWindow.EachPeriod && tally.MissingPeriods.Count == 0 && tally.PeriodsSubmitted > 0)
            {
                soFar = Measure(requirement, tally, out var upper) is { } lower && requirement.Meets(lower, effective) == requirement.Meets(upper, effective)
                    ? lower
                    : null;
            }

            if (wholeContract)
            {
                reasons.Add(new Explanation(Keys.ContractNotEnded, periods[^1].DueDate, tally.PeriodsSubmitted, periods.Count));
            }
            else
            {
                reasons.Add(new Explanation(Keys.ReportNotYetDue, periods[last].Key, periods[last].DueDate));
            }

            if (soFar is { } value)
            {
                reasons.Add(new Explanation(Keys.Result(requirement.Unit, requirement.Comparison), value, effective));
            }

            return Finish(contract, rule, verdict with { Status = ComplianceStatus.NotYetDue, Measured = soFar }, tally, reasons);
        }

        if (tally.MissingPeriods.Count > 0)
        {
            reasons.Add(ListReason(Keys.ReportMissing, tally.MissingPeriods.Select(p => (p, (string?)null)), tally.MissingPeriods.Count));
            return Finish(contract, rule, verdict with { Status = ComplianceStatus.CannotAssess }, tally, reasons);
        }

        if (requirement.Aggregate is MetricAggregate.Share or MetricAggregate.Ratio && tally.Denominator == 0)
        {
            if (requirement.Waivers == WaiverFilter.OnlyWaived && tally.LinesInScope == 0)
            {
                reasons.Add(new Explanation(Keys.NoWaivedLines, windowName));
                return Finish(contract, rule, verdict with { Status = ComplianceStatus.Met }, tally, reasons);
            }

            var missing = requirement.Aggregate == MetricAggregate.Ratio && tally.NumeratorSeen ? requirement.Denominator : requirement.Quantity;
            reasons.Add(new Explanation(Keys.NothingInScope(missing), windowName));
            return Finish(contract, rule, verdict with { Status = ComplianceStatus.CannotAssess }, tally, reasons);
        }

        var measured = Measure(requirement, tally, out var highest)!.Value;
        var meetsLow = requirement.Meets(measured, effective);
        if (meetsLow != requirement.Meets(highest, effective))
        {
            var unknown = WindowTally.Sorted(tally.UnknownLines);
            reasons.Add(ListReason(requirement.ChecksEmissionClass ? Keys.UnknownEmissionClassBlocks : Keys.UnknownFeedstockBlocks,
                unknown.Select(o => (o.Id, o.Detail)), unknown.Length));
            return Finish(contract, rule, verdict with { Status = ComplianceStatus.CannotAssess, Offenders = [.. unknown.Select(o => o.Id)] }, tally, reasons);
        }

        reasons.Add(new Explanation(Keys.Result(requirement.Unit, requirement.Comparison), measured, effective));
        if (requirement.Waivers == WaiverFilter.OnlyWaived && tally.LinesInScope == 0)
        {
            reasons.Add(new Explanation(Keys.NoWaivedLines, windowName));
        }

        IReadOnlyList<string> offenders = [];
        if (!meetsLow && tally.Offenders.Count > 0)
        {
            var sorted = WindowTally.Sorted(tally.Offenders);
            reasons.Add(ListReason(Keys.Offenders, sorted.Select(o => (o.Id, o.Detail)), sorted.Length));
            offenders = [.. sorted.Select(o => o.Id)];
        }

        if (tally.UnknownLines.Count > 0)
        {
            var unknown = WindowTally.Sorted(tally.UnknownLines);
            reasons.Add(ListReason(requirement.ChecksEmissionClass ? Keys.UnknownEmissionClass : Keys.UnknownFeedstock,
                unknown.Select(o => (o.Id, o.Detail)), unknown.Length));
        }

        var status = meetsLow ? ComplianceStatus.Met : ComplianceStatus.NotMet;
        return Finish(contract, rule, verdict with { Status = status, Measured = measured, Offenders = offenders }, tally, reasons);
    }

    private static WindowVerdict LateVerdict(ContractView contract, CompiledRequirement requirement, WindowTally tally, WindowVerdict verdict,
        bool notYetDue, int last, List<Explanation> reasons)
    {
        var rule = requirement.Rule;
        var periods = contract.Facts.Periods;
        var measured = tally.Numerator;
        if (notYetDue)
        {
            reasons.Add(rule.Window == RequirementWindow.WholeContract
                ? new Explanation(Keys.ContractNotEnded, periods[^1].DueDate, tally.PeriodsSubmitted, periods.Count)
                : new Explanation(Keys.ReportNotYetDue, periods[last].Key, periods[last].DueDate));
            return Finish(contract, rule, verdict with
            {
                Status = ComplianceStatus.NotYetDue,
                Measured = rule.Window == RequirementWindow.EachPeriod ? null : measured,
            }, tally, reasons);
        }

        var met = requirement.Meets(measured, verdict.EffectiveThreshold);
        reasons.Add(new Explanation(Keys.Result(requirement.Unit, requirement.Comparison), measured, verdict.EffectiveThreshold));
        reasons.AddRange(tally.LateReports.Take(NamedInReason));
        return Finish(contract, rule, verdict with
        {
            Status = met ? ComplianceStatus.Met : ComplianceStatus.NotMet,
            Measured = measured,
            Offenders = met ? [] : [.. tally.Offenders.Select(o => o.Id)],
        }, tally, reasons);
    }

    /// <summary>Adds what every verdict shows (relief, waivers, references not approved) and the sanction proposal.</summary>
    private static WindowVerdict Finish(ContractView contract, RequirementRule rule, WindowVerdict verdict, WindowTally tally, List<Explanation> reasons)
    {
        if (tally.ReliefPeriods > 0)
        {
            reasons.Add(tally.CountedPeriods == 1 && tally.LastRelief is { } relief
                ? relief
                : new Explanation(Keys.GridReliefWeighted, tally.ReliefPeriods, tally.CountedPeriods, verdict.Threshold, verdict.EffectiveThreshold));
        }

        if (tally.WaiversUsed.Count > 0)
        {
            reasons.Add(ListReason(Keys.WaiversUsed, tally.WaiversUsed.Select(w => (w.Reference, (string?)(w.MachineId + ", " + w.Period))), tally.WaiversUsed.Count));
            verdict = verdict with { WaiversUsed = [.. tally.WaiversUsed.Select(w => w.Reference)] };
        }

        foreach (var (id, reference, period) in tally.Claims.Take(NamedInReason))
        {
            reasons.Add(new Explanation(Keys.WaiverNotApproved, id, reference, period));
        }

        if (rule.Sanction is { } sanction && verdict.Status is ComplianceStatus.Met or ComplianceStatus.NotMet)
        {
            verdict = verdict with { Sanction = SanctionArithmetic.Propose(sanction, rule, verdict, contract.Facts) };
        }

        return verdict;
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

                upper = (tally.Numerator + tally.Unknown) / tally.Denominator;
                return tally.Numerator / tally.Denominator;
            default:
                upper = tally.Numerator + tally.Unknown;
                return tally.Numerator;
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

    private static Explanation ListReason(string key, IEnumerable<(string Id, string? Detail)> items, int count)
    {
        var named = string.Join(", ", items.Take(NamedInReason).Select(i => i.Detail is null ? i.Id : i.Id + " (" + i.Detail + ")"));
        return count > NamedInReason
            ? new Explanation(key + Keys.MoreSuffix, named, count - NamedInReason)
            : new Explanation(key, named);
    }
}

internal enum PeriodStatus
{
    Submitted,
    NotYetDue,
    Overdue,
}

internal readonly record struct PeriodState(PeriodStatus Status, bool Late, DateOnly? SubmittedOn);

/// <summary>What every requirement of a contract shares: the periods' status, the waivers and the grid statements by period.</summary>
internal sealed class ContractView
{
    private readonly Dictionary<(string Period, string Id), ApprovedWaiver>? _waivers;
    private readonly Dictionary<string, GridCapacity>? _grid;

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
                // Submitted by the end of the due day, Norwegian time.
                var on = OsloTime.DateOf(submittedAt);
                States[i] = new PeriodState(PeriodStatus.Submitted, on > period.DueDate, on);
            }
            else
            {
                allSubmitted = false;
                var overdue = today > period.DueDate;
                States[i] = new PeriodState(overdue ? PeriodStatus.Overdue : PeriodStatus.NotYetDue, overdue, null);
            }
        }

        ContractDecided = periods.Count > 0 && (allSubmitted || today > periods[^1].DueDate);

        if (facts.Waivers.Count > 0)
        {
            _waivers = [];
            foreach (var waiver in facts.Waivers)
            {
                _waivers.TryAdd((waiver.Period, waiver.MachineId), waiver);
            }
        }

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

    public ApprovedWaiver? Waiver(string period, string id) => _waivers?.GetValueOrDefault((period, id));

    public GridCapacity? Grid(string period) => _grid?.GetValueOrDefault(period);
}
