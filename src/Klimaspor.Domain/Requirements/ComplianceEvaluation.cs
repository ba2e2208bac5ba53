using Klimaspor.Domain.Calendar;
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;

namespace Klimaspor.Domain.Requirements;

/// <summary>
/// Decides, for every requirement of a contract and every window, whether it is met, with the measured value, the
/// threshold applied and reasons that name what is behind the result. The engine here walks the periods and adds the
/// lines up into each window's figures; <see cref="WindowDecision.Decide"/> turns a window's figures into its verdict.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A period counts once complete: every reporter the contract names has reported (<see cref="PeriodFacts.IsComplete"/>).
/// A period not complete is not yet due until the end of its due day, and then missing: a requirement over it cannot
/// be assessed (and a late report, for the count of late reports), unless what was reported already breaks an
/// at-most limit on a figure that cannot fall, which is not met whatever the missing reports say.</item>
/// <item>Each period: one verdict per period. Cumulative: one verdict per period, over every period from the first;
/// sums add up and sets of offenders unite. Whole contract: one verdict, <c>contract</c>, not yet due until every
/// period has been submitted or the last due date has passed; meanwhile it shows the figure so far.</item>
/// <item>A share or ratio with nothing to divide by cannot be assessed: "no machine hours" is not "0 %". Only a
/// requirement on machines under waivers with no machine under a waiver is met, as there is nothing it governs.</item>
/// <item>Lines whose emission class or feedstock is unknown are counted both ways: when the result is the same
/// either way it stands (and the reason names them), otherwise the requirement cannot be assessed until they are
/// given.</item>
/// <item>Waivers: only approved waivers (machine or vehicle, and days) remove or select lines; a waiver reference
/// the supplier wrote on a line is not a waiver, and the reason says so. A rule about each item leaves a machine out
/// only where its waivers cover every day it was on site; a share or sum leaves out the covered days' part
/// (<see cref="WaiverCoverage"/>). A line on another fuel than the approved replacement is not covered.</item>
/// <item>Grid relief: an at-least threshold with relief is multiplied by available ÷ needed power in each period
/// with a grid owner's statement. Over several periods the threshold applied is the mean of the periods' reduced
/// thresholds weighted by each period's denominator (the machine hours of a share of machine hours): a site that
/// exactly meets each period's reduced threshold then exactly meets the window's, which a plain mean would not
/// promise when busy and quiet months differ. Metrics without a denominator take the plain mean. Statements are per
/// contract site: a period's factor is its sites' factors weighted the same way, line by line. Where a line's threshold
/// is relieved, a waiver does not also leave it out: one shortfall is relieved once.</item>
/// </list>
/// </remarks>
public static class ComplianceEvaluation
{
    /// <summary>What a per-week metric multiplies its trips per day by (its denominator is days).</summary>
    public const int DaysPerWeek = 7;

    /// <summary>Evaluates every requirement over its windows as of <paramref name="today"/>.</summary>
    public static IReadOnlyList<RequirementCompliance> Evaluate(ContractFacts facts, IReadOnlyList<RequirementRule> requirements, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(requirements);
        return new EvaluationEngine(facts, today).Evaluate(requirements);
    }
}

internal enum PeriodStatus
{
    Submitted,
    NotYetDue,
    Overdue,
}

internal readonly record struct PeriodState(PeriodStatus Status, bool Late);

/// <summary>
/// The loops of an evaluation: periods × requirements, each line added to the tallies of the requirements that look
/// at it, and a window's figures handed to <see cref="WindowDecision"/>. Speed tricks, where a benchmark needs one,
/// live here and nowhere else (docs/performance.md, issue 13).
/// </summary>
internal sealed class EvaluationEngine
{
    private readonly ContractFacts _facts;
    private readonly DateOnly _today;
    private readonly PeriodState[] _states;
    private readonly bool _contractDecided;
    private readonly Dictionary<string, List<ApprovedWaiver>> _waivers = new(StringComparer.Ordinal);
    // Keyed by period and site; a statement without a site (a contract with one site) is under "".
    private readonly Dictionary<(string Period, string Site), GridCapacity> _grid = [];

    public EvaluationEngine(ContractFacts facts, DateOnly today)
    {
        _facts = facts;
        _today = today;
        var periods = facts.Periods;
        _states = new PeriodState[periods.Count];
        var allSubmitted = true;
        for (var i = 0; i < periods.Count; i++)
        {
            var period = periods[i];
            if (period.IsComplete)
            {
                _states[i] = new PeriodState(PeriodStatus.Submitted, NorwegianTime.IsAfter(period.SubmittedAt!.Value, period.DueDate));
            }
            else
            {
                allSubmitted = false;
                var overdue = period.IsOverdue(today);
                _states[i] = new PeriodState(overdue ? PeriodStatus.Overdue : PeriodStatus.NotYetDue, overdue);
            }
        }

        // A whole-contract requirement is decided once every period is submitted or the last due date has passed.
        _contractDecided = periods.Count > 0 && (allSubmitted || today > periods[^1].DueDate);
        foreach (var waiver in facts.Waivers)
        {
            if (!_waivers.TryGetValue(waiver.MachineId, out var list))
            {
                _waivers[waiver.MachineId] = list = [];
            }

            list.Add(waiver);
        }

        foreach (var capacity in facts.GridCapacity)
        {
            _grid.TryAdd((capacity.Period, capacity.Site ?? ""), capacity);
        }
    }

    public IReadOnlyList<RequirementCompliance> Evaluate(IReadOnlyList<RequirementRule> requirements)
    {
        var results = new RequirementCompliance[requirements.Count];
        for (var r = 0; r < requirements.Count; r++)
        {
            results[r] = Evaluate(new CompiledRequirement(EveryItem.AsEvaluated(requirements[r])));
        }

        return results;
    }

    private RequirementCompliance Evaluate(CompiledRequirement requirement)
    {
        var rule = requirement.Rule;
        var periods = _facts.Periods;
        var verdicts = new List<WindowVerdict>();
        var measures = rule.Window == RequirementWindow.EachPeriod ? null : new List<PeriodMeasure>();
        var tally = new WindowTally();
        for (var p = 0; p < periods.Count; p++)
        {
            if (rule.Window == RequirementWindow.EachPeriod)
            {
                // The engine's one reused buffer: a new tally per period allocated 596 kB a contract instead of 412 and
                // took 7.5–13.5 s of CPU for the 10 000-contract batch instead of 6.0–6.7 (docs/performance.md).
                tally.Clear();
            }

            var (numeratorBefore, denominatorBefore) = (tally.Numerator, tally.Denominator);
            AddPeriod(requirement, p, tally);
            if (measures is not null && _states[p].Status == PeriodStatus.Submitted)
            {
                // The forecast projects what this period added to the window's sums: the engine's own measure, scopes, waivers and all.
                measures.Add(new PeriodMeasure(periods[p].Key, Micro.ToDecimal(tally.Numerator - numeratorBefore), Micro.ToDecimal(tally.Denominator - denominatorBefore)));
            }

            if (rule.Window != RequirementWindow.WholeContract)
            {
                verdicts.Add(Decide(rule, tally, rule.Window == RequirementWindow.EachPeriod ? p : 0, p));
            }
        }

        if (rule.Window == RequirementWindow.WholeContract && periods.Count > 0)
        {
            verdicts.Add(Decide(rule, tally, 0, periods.Count - 1));
        }

        return new RequirementCompliance
        {
            Requirement = rule,
            Verdicts = verdicts,
            Forecast = measures is null ? null
                : ComplianceForecast.Project(rule, measures, _facts, _today, verdicts.Count > 0 ? verdicts[^1].EffectiveThreshold : rule.Threshold),
            Current = verdicts.LastOrDefault(v => v.Status != ComplianceStatus.NotYetDue) ?? verdicts.LastOrDefault(),
        };
    }

    private WindowVerdict Decide(RequirementRule rule, WindowTally tally, int first, int last)
    {
        var periods = _facts.Periods;
        var wholeContract = rule.Window == RequirementWindow.WholeContract;
        return WindowDecision.Decide(rule, tally.Figures(
            wholeContract ? "contract" : periods[last].Key,
            periods[first].Key,
            periods[last],
            wholeContract ? _contractDecided : _states[last].Status != PeriodStatus.NotYetDue,
            last - first + 1) with
        { DueDatePassed = _today > periods[last].DueDate }, _facts);
    }

    private void AddPeriod(CompiledRequirement requirement, int index, WindowTally tally)
    {
        var period = _facts.Periods[index];
        var state = _states[index];
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
                tally.LatePeriods.Add(new LatePeriod(period.Key, period.DueDate,
                    state.Status == PeriodStatus.Overdue ? null : NorwegianTime.DateOf(period.SubmittedAt!.Value)));
            }

            return;
        }

        if (state.Status == PeriodStatus.Overdue)
        {
            if (period.SubmittedAt is null)
            {
                tally.MissingPeriods.Add(period.Key);
            }
            else
            {
                tally.MissingReporters.AddRange(period.MissingReporters.Select(r => r + " – " + period.Key));
            }
        }

        if (state.Status == PeriodStatus.Submitted)
        {
            tally.PeriodsSubmitted++;
            if (requirement.Aggregate == MetricAggregate.PerWeek)
            {
                // A submitted period counts its days whether or not it reported trips: a month without trips is 0 a week.
                tally.Denominator += Days(period.Period);
            }
        }
        else if (period.Lines.Count == 0)
        {
            return;
        }

        // The lines of a period not complete are added too: they cannot decide a share, but a sum that cannot fall
        // may already break its limit on them (WindowDecision, "decided is decided").
        var denominatorBefore = tally.Denominator;
        var relief = new PeriodRelief();
        // Machines, then vehicles, energy and deliveries: the order offenders are met in, which orders ties in reasons.
        for (var kind = LineKind.Machine; kind <= LineKind.FuelDelivery; kind++)
        {
            if (!requirement.Includes(kind))
            {
                continue;
            }

            foreach (var line in period.Lines)
            {
                if (line.Kind == kind)
                {
                    AddLine(requirement, period, line, tally, ref relief);
                }
            }
        }

        if (requirement.NeedsFeedstockEvidence)
        {
            BiofuelWithoutEvidence(period, tally);
        }

        if (requirement.Relieved)
        {
            // The period's factor is its sites' factors weighted by what each line added (its machine hours in a share of
            // machine hours); a contract with one site has one statement, and the factor is that statement's.
            var grid = relief.Statement ?? _grid.GetValueOrDefault((period.Key, ""));
            var factor = relief.Weight > 0 ? relief.Weighted / relief.Weight : grid is null ? 1m : WindowDecision.ReliefFactor(grid);
            var weight = requirement.Aggregate is MetricAggregate.Share or MetricAggregate.Ratio ? Micro.ToDecimal(tally.Denominator - denominatorBefore) : 1;
            tally.CountedPeriods++;
            tally.ReliefWeighted += factor * weight;
            tally.ReliefWeight += weight;
            tally.ReliefSum += factor;
            tally.ReliefMixed |= relief.Mixed;
            if (factor != 1)
            {
                tally.ReliefPeriods++;
                tally.LastRelief = grid;
            }
        }
    }

    /// <summary>
    /// A period's days in millionths: a per-week metric divides by days and multiplies by <see cref="ComplianceEvaluation.DaysPerWeek"/> when
    /// it is measured, so that 62 trips in a 31-day month are 14 a week exactly, not 14.000002 over a rounded 4.428571 weeks.
    /// </summary>
    internal static long Days(Reporting.Template.ReportingPeriod period) => (period.LastDay.DayNumber - period.FirstDay.DayNumber + 1) * Micro.PerUnit;

    /// <summary>
    /// The grid owner's statement that relieves a line: its site's in the period, else the period's statement without a
    /// site (a contract with one site). A line without a site on a contract whose statements name sites gets none.
    /// </summary>
    private GridCapacity? StatementFor(string period, FactLine line) =>
        line.Site is { } site && _grid.TryGetValue((period, site), out var atSite) ? atSite : _grid.GetValueOrDefault((period, ""));

    /// <summary>
    /// Liquid biofuel used in the period with no delivery of that product documenting its feedstock: a feedstock rule is
    /// not met by silence, so each such line is unknown and, where it could decide, the rule cannot be assessed.
    /// </summary>
    private static void BiofuelWithoutEvidence(PeriodFacts period, WindowTally tally)
    {
        HashSet<string>? documented = null;
        foreach (var line in period.Lines)
        {
            if (line.Kind == LineKind.FuelDelivery && line.Feedstock is { } feedstock && feedstock != Feedstocks.Ukjent)
            {
                (documented ??= new HashSet<string>(StringComparer.Ordinal)).Add(line.Carrier);
            }
        }

        foreach (var line in period.Lines)
        {
            if (line.Kind == LineKind.FuelDelivery || line.EnergyClass != EnergyClass.LiquidBiofuel)
            {
                continue;
            }

            // A plug-in hybrid on HVO burns the product delivered as hvo100.
            var product = EnergyCarrier.TryFind(line.Carrier, out var carrier) ? carrier.FuelFactorCarrier : line.Carrier;
            if (documented?.Contains(product) != true)
            {
                tally.Unknowable(line.Id, line.Carrier);
            }
        }
    }

    private void AddLine(CompiledRequirement requirement, PeriodFacts period, FactLine line, WindowTally tally, ref PeriodRelief relief)
    {
        if (!requirement.InScope(line))
        {
            return;
        }

        var grid = requirement.Relieved ? StatementFor(period.Key, line) : null;
        var factor = grid is null ? 1m : WindowDecision.ReliefFactor(grid);
        var (keep, of) = Waived(requirement, period, line, factor < 1, tally);
        if (keep == 0)
        {
            return;
        }

        if (requirement.PowerUnknown(line))
        {
            // Named as the line the buyer must ask for: its id and "kW ?" for the engine power it lacks.
            tally.PowerUnknown++;
            tally.Unknowable(line.Id, requirement.DetailOf(line) is { } detail ? detail + ", kW ?" : "kW ?");
            return;
        }

        tally.LinesInScope++;
        if (line.DistanceBased)
        {
            tally.EstimatedLines++;
        }

        var denominatorBefore = tally.Denominator;
        switch (requirement.Aggregate)
        {
            case MetricAggregate.CountDistinct:
                Count(requirement, line, tally);
                break;
            case MetricAggregate.Ratio:
                Ratio(requirement, line, requirement.Threshold * factor, keep, of, tally);
                break;
            default:
                SumOrShare(requirement, line, keep, of, tally);
                break;
        }

        if (requirement.Relieved)
        {
            var weight = requirement.Aggregate is MetricAggregate.Share or MetricAggregate.Ratio ? Micro.ToDecimal(tally.Denominator - denominatorBefore) : 1;
            relief.Add(grid, factor, weight);
        }
    }

    /// <summary>A period's grid relief as its lines add up: the factors weighted by what each line added.</summary>
    private struct PeriodRelief
    {
        public decimal Weighted;
        public decimal Weight;
        public GridCapacity? Statement;
        public bool Mixed;
        private decimal? _first;

        public void Add(GridCapacity? grid, decimal factor, decimal weight)
        {
            Weighted += factor * weight;
            Weight += weight;
            if (factor != 1)
            {
                Mixed |= Statement is not null && !ReferenceEquals(Statement, grid);
                Statement = grid;
            }

            Mixed |= _first is { } first && first != factor;
            _first ??= factor;
        }
    }

    /// <summary>
    /// How much of the line counts after waivers, as days kept of days on site: all (1 of 1), none (0), or for a share or
    /// sum the uncovered days' part (<see cref="WaiverCoverage"/>; the covered part where only waived machines count).
    /// Records the waivers used, the references not approved and how a waiver acted in part.
    /// </summary>
    /// <param name="relieved">
    /// The rule's threshold is relieved for the grid's shortfall where the line was. A rule cannot both relieve its threshold
    /// and leave waived machines out for the same shortfall: there the waiver does not leave the line out.
    /// </param>
    private (long Keep, long Of) Waived(CompiledRequirement requirement, PeriodFacts period, FactLine line, bool relieved, WindowTally tally)
    {
        const long All = 1;
        var except = requirement.Waivers == WaiverFilter.ExceptWaived;
        if (requirement.Waivers == WaiverFilter.AllLines)
        {
            return (All, All);
        }

        if (line.Kind is not (LineKind.Machine or LineKind.Vehicle))
        {
            // Waivers are granted per machine or vehicle; site energy is never under one.
            return (except ? All : 0, All);
        }

        var cover = _waivers.TryGetValue(line.Id, out var waivers) ? WaiverCoverage.Of(line, period.Period, waivers) : default;
        if (cover.WrongFuel is { } wrong)
        {
            tally.Note(new WaiverNote(WaiverNoteKind.WrongFuel, line.Id, wrong.Reference, period.Key, Reported: line.Carrier, Approved: wrong.ReplacementFuel));
        }

        if (cover.Covered == 0)
        {
            if (line.WaiverRef is { } claimed && cover.WrongFuel is null)
            {
                tally.Claim(line.Id, claimed, period.Key);
            }

            return (except ? All : 0, All);
        }

        if (relieved && except)
        {
            tally.Note(new WaiverNote(WaiverNoteKind.NotWithRelief, line.Id, cover.Used[0].Reference, period.Key));
            return (All, All);
        }

        foreach (var waiver in cover.Used)
        {
            tally.UseWaiver(waiver);
        }

        if (requirement.Aggregate == MetricAggregate.CountDistinct)
        {
            // About each item: exempt only for every day on site.
            if (!cover.Whole)
            {
                tally.Note(new WaiverNote(WaiverNoteKind.PartlyCovered, line.Id, cover.Used[0].Reference, period.Key, cover.DaysOnSite, cover.Covered));
            }

            return (except == !cover.Whole ? All : 0, All);
        }

        if (!cover.Whole)
        {
            tally.Note(new WaiverNote(WaiverNoteKind.ProRated, line.Id, cover.Used[0].Reference, period.Key, cover.DaysOnSite, cover.Covered));
        }

        return (except ? cover.DaysOnSite - cover.Covered : cover.Covered, cover.DaysOnSite);
    }

    /// <summary>A quantity's part for the days kept, in millionths.</summary>
    private static long Part(long quantity, long keep, long of) => keep == of ? quantity : (long)((Int128)quantity * keep / of);

    private static void SumOrShare(CompiledRequirement requirement, FactLine line, long keep, long of, WindowTally tally)
    {
        if (!line.TryGet(requirement.Quantity, out var full))
        {
            return;
        }

        var quantity = Part(full, keep, of);

        var share = requirement.Aggregate == MetricAggregate.Share;
        if (share)
        {
            tally.Denominator += quantity;
        }

        var gate = requirement.Gate(line);
        // The class part of the whole line, then its share of the days kept: a hybrid's charged kWh split with it.
        var part = gate == LineMatch.No ? 0 : Part(requirement.ClassPart(line, full), keep, of);
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
                tally.Offend(line.Id, requirement.DetailOf(line), Micro.PerUnit);
                break;
            case LineMatch.Unknown:
                tally.Unknowable(line.Id, requirement.DetailOf(line));
                break;
        }
    }

    private static void Ratio(CompiledRequirement requirement, FactLine line, decimal threshold, long keep, long of, WindowTally tally)
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

        value = Part(value, keep, of);
        denominator = Part(denominator, keep, of);
        tally.Numerator += value;
        tally.Denominator += denominator;
        // A line is behind a failure when its own ratio is on the wrong side; its weight is how far it is.
        var allowed = threshold * denominator;
        var excess = requirement.Comparison == Comparison.AtMost ? value - allowed : allowed - value;
        if (excess > 0)
        {
            tally.Offend(line.Id, requirement.DetailOf(line), (long)Math.Min(excess, long.MaxValue));
        }
    }
}
