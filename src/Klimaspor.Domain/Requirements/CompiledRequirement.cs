using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;

namespace Klimaspor.Domain.Requirements;

/// <summary>Whether a line meets a condition; unknown where its emission class or feedstock is not known.</summary>
internal enum LineMatch
{
    No,
    Yes,
    Unknown,
}

/// <summary>What a failing line is shown with in a reason: the figure the requirement turned on.</summary>
internal enum OffenderDetail
{
    Carrier,
    EmissionClass,
    Feedstock,
    None,
}

/// <summary>
/// A requirement laid out for evaluating many lines: code lists as small arrays (a scope names a handful of codes, and
/// a linear scan of a few strings beats hashing), classes as bit masks, and the metric's parts as fields.
/// </summary>
internal sealed class CompiledRequirement
{
    private readonly int _kinds;
    private readonly string[] _types;
    private readonly string[] _purposes;
    private readonly int _scopeClasses;
    private readonly long? _minWeight;
    private readonly long? _maxWeight;
    private readonly long? _minPower;
    private readonly long? _maxPower;
    private readonly bool _exceptSporadic;
    private readonly int _conditionClasses;
    private readonly int _hybridClasses;
    private readonly string[] _carriers;
    private readonly string? _below;
    private readonly string[] _feedstocks;
    private readonly string[] _accepted;
    private readonly string[] _conditionPurposes;

    public CompiledRequirement(RequirementRule rule)
    {
        Rule = rule;
        var metric = rule.Metric;
        Aggregate = metric.Aggregate;
        Quantity = metric.Quantity;
        Denominator = metric.Denominator ?? FactQuantity.Lines;
        Comparison = rule.Comparison;
        Threshold = rule.Threshold;
        Relieved = rule.GridRelief && rule.Comparison == Comparison.AtLeast;

        _kinds = Bit(metric.LineKind);
        foreach (var kind in metric.AlsoLineKinds)
        {
            _kinds |= Bit(kind);
        }

        var scope = rule.Scope ?? new RequirementScope();
        Waivers = scope.Waivers;
        _types = [.. scope.Types];
        _purposes = [.. scope.Purposes];
        _scopeClasses = Mask(scope.EnergyClasses);
        _minWeight = scope.MinWeightTonnes is { } min ? Millionths(min) : null;
        _maxWeight = scope.MaxWeightTonnes is { } max ? Millionths(max) : null;
        _minPower = scope.MinPowerKw is { } minPower ? Millionths(minPower) : null;
        _maxPower = scope.MaxPowerKw is { } maxPower ? Millionths(maxPower) : null;
        _exceptSporadic = scope.ExceptSporadic;

        var condition = metric.Condition;
        HasCondition = condition is not null;
        _conditionClasses = condition is null ? 0 : Mask(condition.EnergyClasses);
        _hybridClasses = condition is null ? 0 : Mask(condition.ChargeableHybridOn);
        _carriers = condition is null ? [] : [.. condition.Carriers];
        _below = condition?.EmissionClassBelow;
        _feedstocks = condition is null ? [] : [.. condition.Feedstocks];
        _accepted = condition is null ? [] : [.. condition.EmissionClassesAccepted];
        _conditionPurposes = condition is null ? [] : [.. condition.Purposes];
        Detail = _below is not null ? OffenderDetail.EmissionClass
            : _feedstocks.Length > 0 ? OffenderDetail.Feedstock
            : Aggregate == MetricAggregate.LatePeriods ? OffenderDetail.None
            : OffenderDetail.Carrier;
    }

    public RequirementRule Rule { get; }

    public MetricAggregate Aggregate { get; }

    public FactQuantity Quantity { get; }

    public FactQuantity Denominator { get; }

    public Comparison Comparison { get; }

    public decimal Threshold { get; }

    public WaiverFilter Waivers { get; }

    /// <summary>The threshold is reduced where the grid cannot supply the site.</summary>
    public bool Relieved { get; }

    public bool HasCondition { get; }

    public OffenderDetail Detail { get; }

    public bool Includes(LineKind kind) => (_kinds & Bit(kind)) != 0;

    /// <summary>
    /// A rule on biofuel feedstock (palm oil, high ILUC risk): the biofuel the machines, vehicles and heaters used must
    /// come with a delivery that documents its feedstock, or the rule cannot be assessed (issue 14 item 8).
    /// </summary>
    public bool NeedsFeedstockEvidence => _feedstocks.Length > 0 && !Contains(_feedstocks, Feedstocks.Ukjent);

    public bool InScope(FactLine line)
    {
        var kind = line.Kind;
        if ((_kinds & Bit(kind)) == 0)
        {
            return false;
        }

        if (_types.Length > 0 && kind is LineKind.Machine or LineKind.Vehicle && !Contains(_types, line.Type))
        {
            return false;
        }

        if (_purposes.Length > 0 && kind is LineKind.Vehicle or LineKind.Energy && !Contains(_purposes, line.Purpose))
        {
            return false;
        }

        if (_scopeClasses != 0 && (_scopeClasses & Bit(line.EnergyClass)) == 0)
        {
            return false;
        }

        if (kind == LineKind.Machine && _exceptSporadic && line.Sporadic)
        {
            return false;
        }

        // A machine without its power stays in scope and is unknown (see PowerUnknown); one outside the band is out.
        if (kind == LineKind.Machine && line.HasPower && (_minPower is not null || _maxPower is not null)
            && (line.PowerMicro < _minPower || line.PowerMicro >= _maxPower))
        {
            return false;
        }

        if (kind == LineKind.Machine && (_minWeight is not null || _maxWeight is not null))
        {
            // A machine without a weight cannot be placed in a weight band, so it is outside one.
            if (!line.HasWeight || line.WeightMicro < _minWeight || line.WeightMicro >= _maxWeight)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A combustion machine without its engine power under a rule with a power band: whether it is in the band, and so
    /// whether the rule covers it, cannot be known. Zero-emission machines have no engine to place.
    /// </summary>
    public bool PowerUnknown(FactLine line) =>
        (_minPower is not null || _maxPower is not null) && line.Kind == LineKind.Machine && !line.HasPower && line.EnergyClass != EnergyClass.ZeroEmission;

    /// <summary>The condition apart from energy classes: carriers, emission class, feedstock. Any "no" decides.</summary>
    public LineMatch Gate(FactLine line)
    {
        if (_carriers.Length > 0 && !Contains(_carriers, line.Carrier))
        {
            return LineMatch.No;
        }

        if (_conditionPurposes.Length > 0 && !Contains(_conditionPurposes, line.Purpose))
        {
            return LineMatch.No;
        }

        var result = LineMatch.Yes;
        if (_below is not null)
        {
            // A zero-emission machine has no engine to certify and never fails a Stage or Euro rule, whatever class
            // was written on its line; an accepted class of the other ladder is the buyer's own equivalence.
            if (line.Kind is not (LineKind.Machine or LineKind.Vehicle) || line.EnergyClass == EnergyClass.ZeroEmission
                || (_accepted.Length > 0 && Contains(_accepted, line.EmissionClass)))
            {
                return LineMatch.No;
            }

            switch (EmissionClassOrder.Compare(line.EmissionClass, _below))
            {
                case ClassComparison.NotBelow:
                    return LineMatch.No;
                case ClassComparison.Unknown:
                    result = LineMatch.Unknown;
                    break;
            }
        }

        if (_feedstocks.Length > 0)
        {
            var feedstock = line.Feedstock;
            if (line.Kind != LineKind.FuelDelivery || feedstock is null)
            {
                return LineMatch.No;
            }

            if (!Contains(_feedstocks, feedstock))
            {
                if (feedstock != Feedstocks.Ukjent)
                {
                    return LineMatch.No;
                }

                result = LineMatch.Unknown;
            }
        }

        return result;
    }

    /// <summary>Whether the line's class is one the condition counts (true without a class condition).</summary>
    public bool ClassMatches(FactLine line) => _conditionClasses == 0 || (_conditionClasses & Bit(line.EnergyClass)) != 0 || ChargeableHybridCounts(line);

    /// <summary>A chargeable hybrid (it charged kWh) on a fuel the condition counts it with: the whole line counts.</summary>
    private bool ChargeableHybridCounts(FactLine line) => _hybridClasses != 0 && line.HybridElectricityMicro > 0 && (_hybridClasses & Bit(line.EnergyClass)) != 0;

    /// <summary>
    /// The part of a line's quantity (millionths) in the condition's energy classes. A plug-in hybrid's charged kWh are
    /// zero-emission energy whatever its fuel's class, so where energy is measured its line splits in two.
    /// </summary>
    public long ClassPart(FactLine line, long quantity)
    {
        if (_conditionClasses == 0 || ChargeableHybridCounts(line))
        {
            return quantity;
        }

        var hybrid = Quantity == FactQuantity.EnergyKwh ? line.HybridElectricityMicro : 0;
        var part = (_conditionClasses & Bit(line.EnergyClass)) != 0 ? quantity - hybrid : 0;
        if (hybrid != 0 && (_conditionClasses & Bit(EnergyClass.ZeroEmission)) != 0)
        {
            part += hybrid;
        }

        return part;
    }

    public string? DetailOf(FactLine line) => Detail switch
    {
        OffenderDetail.EmissionClass => line.EmissionClass,
        OffenderDetail.Feedstock => line.Feedstock,
        OffenderDetail.Carrier => line.Carrier,
        _ => null,
    };

    private static bool Contains(string[] codes, string? code)
    {
        foreach (var candidate in codes)
        {
            if (string.Equals(candidate, code, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Validation bounds weights; a rule evaluated without it still gets a band, not an overflow.
    private static long Millionths(decimal tonnes) => Micro.Fits(tonnes) ? Micro.From(tonnes) : tonnes > 0 ? long.MaxValue : long.MinValue;

    private static int Bit(LineKind kind) => 1 << (int)kind;

    private static int Bit(EnergyClass energyClass) => 1 << (int)energyClass;

    private static int Mask(IReadOnlyList<EnergyClass> classes)
    {
        var mask = 0;
        foreach (var energyClass in classes)
        {
            mask |= Bit(energyClass);
        }

        return mask;
    }
}
