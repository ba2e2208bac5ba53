using Klimaspor.Domain.Emissions;

namespace Klimaspor.Domain.Requirements;

/// <summary>
/// The running sums of one requirement over one window. Only sums and sets are kept, so a cumulative window adds each
/// period once and is decided after every period; an each-period window clears it between periods.
/// </summary>
internal sealed class WindowTally
{
    private readonly Dictionary<string, int> _offenderIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _unknownIndex = new(StringComparer.Ordinal);
    private readonly HashSet<string> _waiverReferences = new(StringComparer.Ordinal);
    private readonly HashSet<(string Id, string Period)> _claimKeys = [];
    private readonly HashSet<(WaiverNoteKind Kind, string Id, string Period)> _noteKeys = [];

    // Sums in millionths, as the lines hold them: integer addition, exact whatever the order.
    public Int128 Numerator;
    public Int128 Denominator;

    /// <summary>The part of the numerator that depends on lines whose emission class or feedstock is unknown.</summary>
    public Int128 Unknown;

    public int LinesInScope;

    /// <summary>Lines in scope whose figures are estimated from km (distance-based vehicle lines).</summary>
    public int EstimatedLines;

    /// <summary>Machines left unknown because their engine power is missing under a power band.</summary>
    public int PowerUnknown;

    /// <summary>Whether any line had the numerator of a ratio (a line without idle hours has none).</summary>
    public bool NumeratorSeen;

    public int PeriodsSubmitted;

    // Grid relief: factors weighted by each period's denominator, and their plain sum for metrics without one.
    public decimal ReliefWeighted;
    public decimal ReliefWeight;
    public decimal ReliefSum;
    public int ReliefPeriods;
    public int CountedPeriods;

    /// <summary>The statement of the last relieved period, shown on a verdict over one period.</summary>
    public GridCapacity? LastRelief;

    /// <summary>A relieved period had lines under more than one factor.</summary>
    public bool ReliefMixed;

    public List<Offender> Offenders { get; } = [];

    public List<Offender> UnknownLines { get; } = [];

    public List<string> MissingPeriods { get; } = [];

    /// <summary>Reporters overdue in periods the main supplier has reported, each "name (org. no.) – period".</summary>
    public List<string> MissingReporters { get; } = [];

    public List<ApprovedWaiver> WaiversUsed { get; } = [];

    public List<WaiverClaim> Claims { get; } = [];

    public List<WaiverNote> WaiverNotes { get; } = [];

    public List<LatePeriod> LatePeriods { get; } = [];

    /// <summary>Empties the tally for the next period of an each-period window, keeping its collections' storage.</summary>
    public void Clear()
    {
        Numerator = Denominator = Unknown = 0;
        LinesInScope = PeriodsSubmitted = PowerUnknown = EstimatedLines = 0;
        NumeratorSeen = false;
        ReliefWeighted = ReliefWeight = ReliefSum = 0;
        ReliefPeriods = CountedPeriods = 0;
        LastRelief = null;
        ReliefMixed = false;
        Offenders.Clear();
        _offenderIndex.Clear();
        UnknownLines.Clear();
        _unknownIndex.Clear();
        MissingPeriods.Clear();
        MissingReporters.Clear();
        WaiversUsed.Clear();
        _waiverReferences.Clear();
        Claims.Clear();
        _claimKeys.Clear();
        WaiverNotes.Clear();
        _noteKeys.Clear();
        LatePeriods.Clear();
    }

    /// <summary>Adds weight to an offender; the same machine in several lines or periods is one offender.</summary>
    public void Offend(string id, string? detail, long weight) => Add(Offenders, _offenderIndex, id, detail, weight);

    public void Unknowable(string id, string? detail) => Add(UnknownLines, _unknownIndex, id, detail, 1);

    public void UseWaiver(ApprovedWaiver waiver)
    {
        if (_waiverReferences.Add(waiver.Reference))
        {
            WaiversUsed.Add(waiver);
        }
    }

    public void Claim(string id, string reference, string period)
    {
        if (_claimKeys.Add((id, period)))
        {
            Claims.Add(new WaiverClaim(id, reference, period));
        }
    }

    /// <summary>Notes how a waiver acted on a line, once per kind, machine and period.</summary>
    public void Note(WaiverNote note)
    {
        if (_noteKeys.Add((note.Kind, note.Id, note.Period)))
        {
            WaiverNotes.Add(note);
        }
    }

    /// <summary>The window's figures as they stand, for <see cref="WindowDecision.Decide"/>, which reads the lists and keeps none.</summary>
    public WindowFigures Figures(string window, string first, PeriodFacts last, bool isDue, int periods) => new()
    {
        Window = window,
        First = first,
        Last = last.Key,
        IsDue = isDue,
        DueDate = last.DueDate,
        Periods = periods,
        PeriodsSubmitted = PeriodsSubmitted,
        MissingPeriods = MissingPeriods,
        MissingReporters = MissingReporters,
        LatePeriods = LatePeriods,
        Numerator = Micro.ToDecimal(Numerator),
        Denominator = Micro.ToDecimal(Denominator),
        Unknown = Micro.ToDecimal(Unknown),
        LinesInScope = LinesInScope,
        EstimatedLines = EstimatedLines,
        PowerUnknown = PowerUnknown,
        NumeratorSeen = NumeratorSeen,
        Offenders = Offenders,
        UnknownLines = UnknownLines,
        ReliefWeighted = ReliefWeighted,
        ReliefWeight = ReliefWeight,
        ReliefSum = ReliefSum,
        ReliefPeriods = ReliefPeriods,
        CountedPeriods = CountedPeriods,
        LastRelief = LastRelief,
        ReliefMixed = ReliefMixed,
        WaiversUsed = WaiversUsed,
        UnapprovedWaivers = Claims,
        WaiverNotes = WaiverNotes,
    };

    private static void Add(List<Offender> list, Dictionary<string, int> index, string id, string? detail, long weight)
    {
        if (index.TryGetValue(id, out var at))
        {
            list[at] = list[at] with { Weight = list[at].Weight + weight };
            return;
        }

        index[id] = list.Count;
        list.Add(new Offender(id, detail, weight));
    }
}
