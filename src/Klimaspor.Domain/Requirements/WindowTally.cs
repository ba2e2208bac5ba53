namespace Klimaspor.Domain.Requirements;

/// <summary>A machine, vehicle, line or period behind a result, with how much it weighs in it (for ordering).</summary>
internal struct Offender
{
    public string Id;
    public string? Detail;
    /// <summary>Millionths of the metric's quantity (or 1 000 000 per line counted).</summary>
    public long Weight;
}

/// <summary>
/// The running sums of one requirement over one window. Only sums and sets are kept, so a cumulative window adds each
/// period once and reads its verdict after every period; an each-period window clears it between periods. Each
/// requirement of a contract has its own, as the periods are walked once for all of them.
/// </summary>
internal sealed class WindowTally
{
    private readonly Dictionary<string, int> _offenderIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _unknownIndex = new(StringComparer.Ordinal);
    private readonly HashSet<string> _waiverReferences = new(StringComparer.Ordinal);
    private readonly HashSet<(string Id, string Period)> _claimKeys = [];

    /// <summary>
    /// Whether lines behind a failure are recorded while adding up. A cumulative window needs them from every period,
    /// and a count is made of them; otherwise they are collected only when a verdict fails, in a second pass over its
    /// periods, which keeps a dictionary operation off every line of every period that passes.
    /// </summary>
    public bool CollectOffenders = true;

    // Sums in millionths, as the lines hold them: integer addition, exact whatever the order.
    public Int128 Numerator;
    public Int128 Denominator;

    /// <summary>The part of the numerator that depends on lines whose emission class or feedstock is unknown.</summary>
    public Int128 Unknown;

    public int LinesInScope;

    /// <summary>Whether any line had the numerator of a ratio (a line without idle hours has none).</summary>
    public bool NumeratorSeen;

    public int PeriodsSubmitted;

    // Grid relief: factors weighted by each period's denominator, and their plain sum for metrics without one.
    public decimal ReliefWeighted;
    public decimal ReliefWeight;
    public decimal ReliefSum;
    public int ReliefPeriods;
    public int CountedPeriods;

    /// <summary>The arithmetic of the last relieved period, shown on an each-period verdict.</summary>
    public Explanation? LastRelief;

    public List<Offender> Offenders { get; } = [];

    /// <summary>The last list reason this requirement gave, for reuse.</summary>
    public ReasonCache Reasons { get; } = new();

    public List<Offender> UnknownLines { get; } = [];

    public List<string> MissingPeriods { get; } = [];

    public List<KnownWaiver> WaiversUsed { get; } = [];

    public List<(string Id, string Reference, string Period)> Claims { get; } = [];

    public List<Explanation> LateReports { get; } = [];

    public void Clear()
    {
        Numerator = Denominator = Unknown = 0;
        LinesInScope = PeriodsSubmitted = 0;
        NumeratorSeen = false;
        ReliefWeighted = ReliefWeight = ReliefSum = 0;
        ReliefPeriods = CountedPeriods = 0;
        LastRelief = null;
        if (Offenders.Count > 0)
        {
            Offenders.Clear();
            _offenderIndex.Clear();
        }

        if (UnknownLines.Count > 0)
        {
            UnknownLines.Clear();
            _unknownIndex.Clear();
        }

        MissingPeriods.Clear();
        if (WaiversUsed.Count > 0)
        {
            WaiversUsed.Clear();
            _waiverReferences.Clear();
        }

        if (Claims.Count > 0)
        {
            Claims.Clear();
            _claimKeys.Clear();
        }

        LateReports.Clear();
    }

    /// <summary>Adds weight to an offender; the same machine in several lines or periods is one offender.</summary>
    public void Offend(string id, string? detail, long weight) => Add(Offenders, _offenderIndex, id, detail, weight);

    public void Unknowable(string id, string? detail) => Add(UnknownLines, _unknownIndex, id, detail, 1);

    public int OffenderCount => Offenders.Count;

    /// <summary>Unknown lines not already counted as offenders: how much a count could still grow.</summary>
    public int UnknownNotOffending()
    {
        var count = 0;
        foreach (var line in UnknownLines)
        {
            if (!_offenderIndex.ContainsKey(line.Id))
            {
                count++;
            }
        }

        return count;
    }

    public void UseWaiver(KnownWaiver waiver)
    {
        if (_waiverReferences.Add(waiver.Waiver.Reference))
        {
            WaiversUsed.Add(waiver);
        }
    }

    public void Claim(string id, string reference, string period)
    {
        if (_claimKeys.Add((id, period)))
        {
            Claims.Add((id, reference, period));
        }
    }

    private static void Add(List<Offender> list, Dictionary<string, int> index, string id, string? detail, long weight)
    {
        if (index.TryGetValue(id, out var at))
        {
            var entry = list[at];
            entry.Weight += weight;
            list[at] = entry;
            return;
        }

        index[id] = list.Count;
        list.Add(new Offender { Id = id, Detail = detail, Weight = weight });
    }
}
