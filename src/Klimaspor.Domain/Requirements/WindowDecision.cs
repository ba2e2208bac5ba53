using System.Globalization;
using Keys = Klimaspor.Domain.Requirements.RequirementMessageKeys;

namespace Klimaspor.Domain.Requirements;

/// <summary>
/// The verdict on one requirement in one window, decided from the window's tallied figures alone: pure, no buffers,
/// no caches. The rules it applies are <see cref="ComplianceEvaluation"/>'s; the engine there only adds the lines up.
/// </summary>
public static class WindowDecision
{
    /// <summary>How many machines, vehicles, lines or periods a reason names before it counts the rest.</summary>
    public const int NamedInReason = 10;

    /// <param name="contract">The contract, for a sanction proposal's arithmetic (a bonus is a share of its value).</param>
    public static WindowVerdict Decide(RequirementRule rule, WindowFigures window, ContractFacts contract)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(contract);
        var effective = EffectiveThreshold(rule, window);
        var reasons = new List<Explanation>();
        var documentationMissing = false;
        var (status, measured, offenders) = rule.Metric.Aggregate == MetricAggregate.LatePeriods ? Late(rule, window, effective, reasons)
            : !window.IsDue ? NotYetDue(rule, window, effective, reasons)
            : Assessed(rule, window, effective, reasons, out documentationMissing);

        // What every verdict shows: the relief applied, the waivers used, the waiver references not approved.
        if (window.ReliefPeriods > 0)
        {
            reasons.Add(window.CountedPeriods == 1 && !window.ReliefMixed && window.LastRelief is { } grid
                ? grid.Site is { } site
                    ? new Explanation(Keys.GridReliefAtSite, site, grid.AvailableKw, grid.NeededKw, rule.Threshold, rule.Threshold * ReliefFactor(grid))
                    : new Explanation(Keys.GridRelief, grid.Period, grid.AvailableKw, grid.NeededKw, rule.Threshold, rule.Threshold * ReliefFactor(grid))
                : new Explanation(Keys.GridReliefWeighted, window.ReliefPeriods, window.CountedPeriods, rule.Threshold, effective));
        }

        if (window.WaiversUsed.Count > 0)
        {
            reasons.Add(ListReason(Keys.WaiversUsed, window.WaiversUsed.Select(w => w.Reference + " (" + w.MachineId + ", " + Days(w) + ")"), window.WaiversUsed.Count));
        }

        if (window.EstimatedLines > 0)
        {
            reasons.Add(new Explanation(Keys.RestsOnDistanceEstimates, window.EstimatedLines, window.LinesInScope));
        }

        reasons.AddRange(window.UnapprovedWaivers.Take(NamedInReason).Select(c => new Explanation(Keys.WaiverNotApproved, c.Id, c.Reference, c.Period)));
        reasons.AddRange(window.WaiverNotes.Take(NamedInReason).Select(Note));
        var verdict = new WindowVerdict
        {
            Window = window.Window,
            Status = status,
            Measured = measured,
            Threshold = rule.Threshold,
            EffectiveThreshold = effective,
            Reasons = reasons,
            Offenders = offenders,
            WaiversUsed = window.WaiversUsed.Count == 0 ? [] : [.. window.WaiversUsed.Select(w => w.Reference)],
            DocumentationMissing = documentationMissing,
        };
        return rule.Sanction is { } sanction && status is ComplianceStatus.Met or ComplianceStatus.NotMet
            ? verdict with { Sanction = SanctionArithmetic.Propose(sanction, rule, verdict, contract) }
            : verdict;
    }

    private static string Days(ApprovedWaiver waiver) =>
        waiver.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "–" + waiver.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Explanation Note(WaiverNote note) => note.Kind switch
    {
        WaiverNoteKind.PartlyCovered => new Explanation(Keys.WaiverPartlyCovers, note.Id, note.Reference, note.Period, note.DaysOnSite, note.Covered),
        WaiverNoteKind.ProRated => new Explanation(Keys.WaiverProRated, note.Id, note.Reference, note.Period, note.DaysOnSite, note.Covered),
        WaiverNoteKind.WrongFuel => new Explanation(Keys.WaiverWrongFuel, note.Id, note.Reference, note.Period, note.Reported ?? "", note.Approved ?? ""),
        _ => new Explanation(Keys.WaiverNotWithRelief, note.Id, note.Reference, note.Period),
    };

    /// <summary>
    /// Where the grid owner states less power than the site needs, an at-least threshold shrinks by available ÷ needed: the
    /// one place the relief is computed from a statement (Oslo 2019, domain README: "the zero-emission requirement is
    /// reduced pro rata if the grid owner cannot deliver enough power to the site").
    /// </summary>
    public static decimal ReliefFactor(GridCapacity grid)
    {
        ArgumentNullException.ThrowIfNull(grid);
        return grid.NeededKw > 0 && grid.AvailableKw < grid.NeededKw ? Math.Max(0, grid.AvailableKw) / grid.NeededKw : 1;
    }

    private static (ComplianceStatus, decimal?, IReadOnlyList<string>) Late(RequirementRule rule, WindowFigures window, decimal effective, List<Explanation> reasons)
    {
        var late = window.Numerator;
        if (!window.IsDue && (rule.Comparison == Comparison.AtLeast || late <= effective))
        {
            reasons.Add(NotYetDueReason(rule, window));
            return (ComplianceStatus.NotYetDue, rule.Window == RequirementWindow.EachPeriod ? null : late, []);
        }

        var met = Meets(rule, late, effective);
        reasons.Add(Result(rule, late, effective));
        if (!met && !window.IsDue)
        {
            // A late report stays late: a count already over its limit is decided before the window ends.
            reasons.Add(new Explanation(Keys.DecidedBeforeDue, window.DueDate));
        }

        reasons.AddRange(window.LatePeriods.Take(NamedInReason).Select(p => p.SubmittedOn is { } on
            ? new Explanation(Keys.ReportLate, p.Period, p.DueDate, on)
            : new Explanation(Keys.ReportOverdue, p.Period, p.DueDate)));
        return (met ? ComplianceStatus.Met : ComplianceStatus.NotMet, late, met ? [] : [.. window.Offenders.Select(o => o.Id)]);
    }

    private static (ComplianceStatus, decimal?, IReadOnlyList<string>) NotYetDue(RequirementRule rule, WindowFigures window, decimal effective, List<Explanation> reasons)
    {
        if (Decided(rule, window, effective) is { } breach)
        {
            reasons.Add(Result(rule, breach, effective));
            reasons.Add(new Explanation(Keys.DecidedBeforeDue, window.DueDate));
            return (ComplianceStatus.NotMet, breach, NameOffenders(window, reasons));
        }

        // The figure so far is shown only where unknown lines could not turn it.
        reasons.Add(NotYetDueReason(rule, window));
        if (rule.Window == RequirementWindow.EachPeriod || window.MissingPeriods.Count > 0 || window.PeriodsSubmitted == 0
            || Measure(rule, window, out var upper) is not { } soFar || Meets(rule, soFar, effective) != Meets(rule, upper, effective))
        {
            return (ComplianceStatus.NotYetDue, null, []);
        }

        reasons.Add(Result(rule, soFar, effective));
        return (ComplianceStatus.NotYetDue, soFar, []);
    }

    private static (ComplianceStatus, decimal?, IReadOnlyList<string>) Assessed(RequirementRule rule, WindowFigures window, decimal effective, List<Explanation> reasons,
        out bool documentationMissing)
    {
        documentationMissing = false;
        if (window.MissingPeriods.Count > 0 || window.MissingReporters.Count > 0)
        {
            var missing = window.MissingPeriods.Concat(window.MissingReporters).ToList();
            if (Decided(rule, window, effective) is { } breach)
            {
                reasons.Add(Result(rule, breach, effective));
                reasons.Add(ListReason(Keys.DecidedWhileMissing, missing, missing.Count));
                return (ComplianceStatus.NotMet, breach, NameOffenders(window, reasons));
            }

            if (window.MissingPeriods.Count > 0)
            {
                reasons.Add(ListReason(Keys.ReportMissing, window.MissingPeriods, window.MissingPeriods.Count));
            }

            if (window.MissingReporters.Count > 0)
            {
                reasons.Add(ListReason(Keys.ReportersMissing, window.MissingReporters, window.MissingReporters.Count));
            }

            return (ComplianceStatus.CannotAssess, null, []);
        }

        var metric = rule.Metric;
        var noWaivedLines = rule.Scope?.Waivers == WaiverFilter.OnlyWaived && window.LinesInScope == 0;
        if (metric.Aggregate is MetricAggregate.Share or MetricAggregate.Ratio or MetricAggregate.PerWeek && window.Denominator == 0)
        {
            // "No machine hours" is not "0 %"; only a requirement on waived machines with none under a waiver is met.
            var missing = metric.Aggregate == MetricAggregate.Ratio && window.NumeratorSeen ? metric.Denominator ?? FactQuantity.Lines : metric.Quantity;
            reasons.Add(noWaivedLines ? new Explanation(Keys.NoWaivedLines, window.Label) : new Explanation(Keys.NothingInScope(missing), window.Label));
            return (noWaivedLines ? ComplianceStatus.Met : ComplianceStatus.CannotAssess, null, []);
        }

        var byClass = metric.Condition?.EmissionClassBelow is not null;
        var measured = Measure(rule, window, out var highest)!.Value;
        var met = Meets(rule, measured, effective);
        if (met != Meets(rule, highest, effective))
        {
            // Unknown classes or feedstocks decide: counted both ways, the result differs.
            var blocking = Heaviest(window.UnknownLines);
            reasons.Add(ListReason(window.PowerUnknown > 0 ? Keys.UnknownEnginePowerBlocks : byClass ? Keys.UnknownEmissionClassBlocks : Keys.UnknownFeedstockBlocks,
                blocking.Select(Name), blocking.Length));
            // The supplier owes the feedstock of the biofuel it used: silence is a deviation once the window is due.
            documentationMissing = window.DueDatePassed && !byClass && rule.Metric.Condition?.Feedstocks.Count > 0;
            return (ComplianceStatus.CannotAssess, null, [.. blocking.Select(o => o.Id)]);
        }

        reasons.Add(Result(rule, measured, effective));
        if (noWaivedLines)
        {
            reasons.Add(new Explanation(Keys.NoWaivedLines, window.Label));
        }

        var offenders = met ? [] : Heaviest(window.Offenders);
        if (offenders.Length > 0)
        {
            reasons.Add(ListReason(Keys.Offenders, offenders.Select(Name), offenders.Length));
        }

        if (window.UnknownLines.Count > 0)
        {
            reasons.Add(ListReason(byClass ? Keys.UnknownEmissionClass : Keys.UnknownFeedstock, Heaviest(window.UnknownLines).Select(Name), window.UnknownLines.Count));
        }

        return (met ? ComplianceStatus.Met : ComplianceStatus.NotMet, measured, [.. offenders.Select(o => o.Id)]);
    }

    /// <summary>
    /// The measured value where what is reported already breaks an at-most limit on a figure that cannot fall, so that
    /// no report still missing or still to come can make it met (issue 14 item 7, "decided is decided"); null otherwise.
    /// The lower bound is used: lines of unknown class are left out, so they cannot make the breach.
    /// </summary>
    private static decimal? Decided(RequirementRule rule, WindowFigures window, decimal effective) =>
        rule.Comparison == Comparison.AtMost && CannotFall(rule.Metric) && Measure(rule, window, out _) is { } lower && lower > effective ? lower : null;

    /// <summary>
    /// Sums of quantities that are never negative, and counts: more reports only add to them. Shares and ratios can
    /// move either way, and avoided emissions can be negative on a line that emits more than its diesel baseline.
    /// </summary>
    internal static bool CannotFall(MetricDefinition metric) => metric.Aggregate switch
    {
        MetricAggregate.CountDistinct or MetricAggregate.LatePeriods => true,
        MetricAggregate.Sum => metric.Quantity != FactQuantity.AvoidedTerritorial,
        _ => false,
    };

    /// <summary>Adds the heaviest offenders to the reasons of a failed window and answers their ids.</summary>
    private static IReadOnlyList<string> NameOffenders(WindowFigures window, List<Explanation> reasons)
    {
        var offenders = Heaviest(window.Offenders);
        if (offenders.Length > 0)
        {
            reasons.Add(ListReason(Keys.Offenders, offenders.Select(Name), offenders.Length));
        }

        return [.. offenders.Select(o => o.Id)];
    }

    private static Explanation NotYetDueReason(RequirementRule rule, WindowFigures window) => rule.Window == RequirementWindow.WholeContract
        ? new Explanation(Keys.ContractNotEnded, window.DueDate, window.PeriodsSubmitted, window.Periods)
        : new Explanation(Keys.ReportNotYetDue, window.Last, window.DueDate);

    /// <summary>The measured value (lower bound) and, through <paramref name="upper"/>, what it would be if every unknown line counted.</summary>
    private static decimal? Measure(RequirementRule rule, WindowFigures window, out decimal upper)
    {
        switch (rule.Metric.Aggregate)
        {
            case MetricAggregate.CountDistinct:
                var offending = window.Offenders.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
                upper = window.Offenders.Count + window.UnknownLines.Count(u => !offending.Contains(u.Id));
                return window.Offenders.Count;
            case MetricAggregate.PerWeek:
                // The denominator is days (ComplianceEvaluation.Days).
                upper = window.Denominator == 0 ? 0 : (window.Numerator + window.Unknown) * ComplianceEvaluation.DaysPerWeek / window.Denominator;
                return window.Denominator == 0 ? null : window.Numerator * ComplianceEvaluation.DaysPerWeek / window.Denominator;
            case MetricAggregate.Share or MetricAggregate.Ratio:
                upper = window.Denominator == 0 ? 0 : (window.Numerator + window.Unknown) / window.Denominator;
                return window.Denominator == 0 ? null : window.Numerator / window.Denominator;
            default:
                upper = window.Numerator + window.Unknown;
                return window.Numerator;
        }
    }

    /// <summary>
    /// Over several periods with grid relief, the mean of the periods' reduced thresholds weighted by each period's
    /// denominator, so that a site exactly meeting each period's threshold exactly meets the window's; the plain mean
    /// for metrics without a denominator.
    /// </summary>
    private static decimal EffectiveThreshold(RequirementRule rule, WindowFigures window) =>
        !rule.GridRelief || rule.Comparison != Comparison.AtLeast || window.ReliefPeriods == 0 ? rule.Threshold
        : rule.Threshold * (window.ReliefWeight > 0 ? window.ReliefWeighted / window.ReliefWeight : window.ReliefSum / window.CountedPeriods);

    private static bool Meets(RequirementRule rule, decimal value, decimal threshold) =>
        rule.Comparison == Comparison.AtLeast ? value >= threshold : value <= threshold;

    private static Explanation Result(RequirementRule rule, decimal measured, decimal threshold) =>
        new(Keys.Result(MetricCatalogue.UnitOf(rule.Metric), rule.Comparison), measured, threshold);

    /// <summary>Heaviest first; ties keep the order they were met in (the ordering is stable).</summary>
    private static Offender[] Heaviest(IReadOnlyList<Offender> offenders) => [.. offenders.OrderByDescending(o => o.Weight)];

    /// <summary>"PIN-7 (diesel)": the id with the figure the requirement turned on.</summary>
    private static string Name(Offender offender) => offender.Detail is null ? offender.Id : offender.Id + " (" + offender.Detail + ")";

    /// <summary>A reason naming the first few of a list and counting the rest ("…, PIN-9 (diesel) and 4 more").</summary>
    private static Explanation ListReason(string key, IEnumerable<string> names, int count)
    {
        var named = string.Join(", ", names.Take(NamedInReason));
        return count > NamedInReason ? new Explanation(Keys.More(key), named, count - NamedInReason) : new Explanation(key, named);
    }
}

/// <summary>
/// One requirement's figures over one window, as the engine added them up: sums in the metric's unit, the lines and
/// periods behind them. The engine may hand over its running lists; <see cref="WindowDecision.Decide"/> keeps none.
/// </summary>
public sealed record WindowFigures
{
    /// <summary>The verdict's window: a period key, or <c>contract</c>.</summary>
    public required string Window { get; init; }

    /// <summary>The window's first and last period keys.</summary>
    public required string First { get; init; }

    public required string Last { get; init; }

    /// <summary>"2025-03" for one period, "2025-01–2025-03" for several.</summary>
    public string Label => First == Last ? Last : First + "–" + Last;

    /// <summary>False until the window's last report is due (the whole contract: until every period is submitted or the last due date has passed).</summary>
    public bool IsDue { get; init; }

    /// <summary>The due date of the window's last period.</summary>
    public DateOnly DueDate { get; init; }

    /// <summary>The due date of the window's last period has passed: what the supplier still owes is missing, not on its way.</summary>
    public bool DueDatePassed { get; init; }

    /// <summary>Periods in the window, and how many of them are submitted.</summary>
    public int Periods { get; init; }

    public int PeriodsSubmitted { get; init; }

    /// <summary>Periods whose report is overdue: the window cannot be assessed.</summary>
    public IReadOnlyList<string> MissingPeriods { get; init; } = [];

    /// <summary>
    /// Reporters overdue in periods the main supplier has reported ("name (org. no.) – period"): the window cannot be
    /// assessed either.
    /// </summary>
    public IReadOnlyList<string> MissingReporters { get; init; } = [];

    /// <summary>Reports on time: the periods submitted late or overdue.</summary>
    public IReadOnlyList<LatePeriod> LatePeriods { get; init; } = [];

    /// <summary>The metric's sum (a count for counts and late periods), and for shares and ratios what it is divided by.</summary>
    public decimal Numerator { get; init; }

    public decimal Denominator { get; init; }

    /// <summary>How much more the numerator would be if every line of unknown emission class or feedstock counted.</summary>
    public decimal Unknown { get; init; }

    public int LinesInScope { get; init; }

    /// <summary>Of <see cref="LinesInScope"/>, the distance-based vehicle lines: the verdict rests partly on estimates.</summary>
    public int EstimatedLines { get; init; }

    /// <summary>Machines whose engine power is missing under a power band, among <see cref="UnknownLines"/>.</summary>
    public int PowerUnknown { get; init; }

    /// <summary>Whether any line had the numerator of a ratio (a line without idle hours has none).</summary>
    public bool NumeratorSeen { get; init; }

    /// <summary>The machines, vehicles, lines or periods behind a failure, in the order met (a count counts them).</summary>
    public IReadOnlyList<Offender> Offenders { get; init; } = [];

    /// <summary>Lines whose emission class or feedstock is unknown.</summary>
    public IReadOnlyList<Offender> UnknownLines { get; init; } = [];

    /// <summary>Grid relief: the periods' factors weighted by their denominators, those weights, the factors' plain sum,
    /// the periods relieved, the periods counted, and the last statement that relieved one.</summary>
    public decimal ReliefWeighted { get; init; }

    public decimal ReliefWeight { get; init; }

    public decimal ReliefSum { get; init; }

    public int ReliefPeriods { get; init; }

    public int CountedPeriods { get; init; }

    public GridCapacity? LastRelief { get; init; }

    /// <summary>A relieved period's lines were under more than one factor (several sites, or a site without a statement).</summary>
    public bool ReliefMixed { get; init; }

    /// <summary>Approved waivers that changed which lines counted, each once.</summary>
    public IReadOnlyList<ApprovedWaiver> WaiversUsed { get; init; } = [];

    /// <summary>Waiver references written on lines without an approved waiver behind them.</summary>
    public IReadOnlyList<WaiverClaim> UnapprovedWaivers { get; init; } = [];

    /// <summary>Waivers that covered a line only in part, not on its fuel, or not where the grid already relieved the threshold.</summary>
    public IReadOnlyList<WaiverNote> WaiverNotes { get; init; } = [];
}

/// <summary>A machine, vehicle, line or period behind a result; <paramref name="Weight"/> orders them, heaviest first.</summary>
/// <param name="Detail">The figure the requirement turned on (carrier, emission class, feedstock), shown beside the id.</param>
public readonly record struct Offender(string Id, string? Detail, long Weight);

/// <summary>A report submitted after its due date (<paramref name="SubmittedOn"/>, Norwegian date) or still overdue (null).</summary>
public readonly record struct LatePeriod(string Period, DateOnly DueDate, DateOnly? SubmittedOn);

/// <summary>A waiver reference the supplier wrote on a line, with no approved waiver for that machine and period.</summary>
public readonly record struct WaiverClaim(string Id, string Reference, string Period);

/// <summary>How an approved waiver acted on a line other than leaving it wholly out (<see cref="WaiverCoverage"/>).</summary>
public enum WaiverNoteKind
{
    /// <summary>A rule about each item: the waiver does not cover every day on site, so the machine counts.</summary>
    PartlyCovered,

    /// <summary>A share or sum: the covered days' part of the line's figures is left out.</summary>
    ProRated,

    /// <summary>The line shows another fuel than the approved replacement: the waiver does not cover it.</summary>
    WrongFuel,

    /// <summary>The threshold is relieved for the grid's shortfall where the line was: the waiver does not leave it out too.</summary>
    NotWithRelief,
}

/// <summary>
/// A machine (<paramref name="Id"/>) and the waiver (<paramref name="Reference"/>) in a period: days on site and days
/// covered; for <see cref="WaiverNoteKind.WrongFuel"/> the fuel reported and the fuel approved.
/// </summary>
public readonly record struct WaiverNote(WaiverNoteKind Kind, string Id, string Reference, string Period, int DaysOnSite = 0, int Covered = 0,
    string? Reported = null, string? Approved = null);
