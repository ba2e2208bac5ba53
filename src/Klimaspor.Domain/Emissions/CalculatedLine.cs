using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Transport;

namespace Klimaspor.Domain.Emissions;

/// <summary>
/// A line's figures under one boundary. Avoided emissions are the effect of the climate requirements: what the same
/// work would have emitted with fossil diesel, minus what it did emit (negative when the line emitted more).
/// </summary>
public readonly record struct BoundaryFigures
{
    private readonly long _emissions;
    private readonly long _baselineLitres;
    private readonly long _baselineEmissions;
    private readonly long _effect;
    private readonly bool _hasEffect;

    public KgCo2e Emissions
    {
        get => new(Micro.ToDecimal(_emissions));
        init => _emissions = Micro.From(value.Value);
    }

    /// <summary>Litres of fossil diesel the same work would have needed.</summary>
    public Litres BaselineDieselLitres
    {
        get => new(Micro.ToDecimal(_baselineLitres));
        init => _baselineLitres = Micro.From(value.Value);
    }

    public KgCo2e BaselineEmissions
    {
        get => new(Micro.ToDecimal(_baselineEmissions));
        init => _baselineEmissions = Micro.From(value.Value);
    }

    public KgCo2e Avoided => new(Micro.ToDecimal(_baselineEmissions - _emissions));

    /// <summary>
    /// The part of <see cref="Avoided"/> that counts as an effect of the requirements (issue 14 item 14): all of it for
    /// zero-emission, biogas and solid biofuel lines; for liquid biofuel only the share of the product's litres that
    /// deliveries document as beyond the blending mandate; nothing for fossil lines. Set by the calculation; a line
    /// calculated before template v2 has none, and its avoided emissions count as they did.
    /// </summary>
    public KgCo2e Effect
    {
        get => new(Micro.ToDecimal(_hasEffect ? _effect : _baselineEmissions - _emissions));
        init => (_hasEffect, _effect) = (true, Micro.From(value.Value));
    }

    internal long EffectMicro => _hasEffect ? _effect : _baselineEmissions - _emissions;

    internal long EmissionsMicro => _emissions;

    internal long BaselineLitresMicro => _baselineLitres;

    internal long BaselineEmissionsMicro => _baselineEmissions;
}

/// <summary>
/// The figures of one calculated line: only what key figures need, as a struct, so that a million lines sit in one
/// array and summing them allocates nothing. The explanation of each figure is in the matching <see cref="LineTrace"/>.
/// </summary>
/// <remarks>
/// Figures are kept to <see cref="EmissionCalculation.Decimals"/> places, stored as whole millionths. Sums of them are
/// therefore exact and the same whatever the order or grouping of lines, and summing is integer addition, which is
/// what lets key figures run over millions of lines. The properties read and write ordinary decimals.
/// </remarks>
public readonly record struct CalculatedLine
{
    private readonly long _energy;
    private readonly long _hybridElectricity;
    private readonly long _operatingHours;
    private readonly long _idleHours;
    private readonly long _distance;
    private readonly long _tonneKm;
    private readonly bool _hasIdleHours;
    private readonly bool _hasTonneKm;

    public LineKind Kind { get; init; }

    /// <summary>Zero-based index of the line in its sheet.</summary>
    public int Index { get; init; }

    /// <summary>Code of the line's energy carrier.</summary>
    public string Carrier { get; init; }

    /// <summary>The carrier's class; <see cref="HybridElectricity"/> is zero-emission whatever the class.</summary>
    public EnergyClass EnergyClass { get; init; }

    /// <summary>All the line's energy, charged electricity of a plug-in hybrid included.</summary>
    public KilowattHours Energy
    {
        get => new(Micro.ToDecimal(_energy));
        init => _energy = Micro.From(value.Value);
    }

    /// <summary>The kWh a plug-in hybrid charged; zero for every other carrier (their electricity is in their own class).</summary>
    public KilowattHours HybridElectricity
    {
        get => new(Micro.ToDecimal(_hybridElectricity));
        init => _hybridElectricity = Micro.From(value.Value);
    }

    public BoundaryFigures Territorial { get; init; }

    public BoundaryFigures LifeCycle { get; init; }

    /// <summary>
    /// The life-cycle set states no figure for the line's carrier (district heating without the network's own factor):
    /// its life-cycle figures are 0 and shown as "not available", never a refused report (issue 14 item 15).
    /// </summary>
    public bool LifeCycleNotAvailable { get; init; }

    /// <summary>Machines only.</summary>
    public Hours OperatingHours
    {
        get => new(Micro.ToDecimal(_operatingHours));
        init => _operatingHours = Micro.From(value.Value);
    }

    /// <summary>Machines only; null where the idle hours were not reported.</summary>
    public Hours? IdleHours
    {
        get => _hasIdleHours ? new Hours(Micro.ToDecimal(_idleHours)) : null;
        init => (_hasIdleHours, _idleHours) = value is { } hours ? (true, Micro.From(hours.Value)) : (false, 0);
    }

    /// <summary>Vehicles only.</summary>
    public Kilometres Distance
    {
        get => new(Micro.ToDecimal(_distance));
        init => _distance = Micro.From(value.Value);
    }

    /// <summary>Vehicles only; null where load or trips are missing. See <see cref="EmissionCalculation"/> for the estimate.</summary>
    public decimal? TonneKm
    {
        get => _hasTonneKm ? Micro.ToDecimal(_tonneKm) : null;
        init => (_hasTonneKm, _tonneKm) = value is { } tonneKm ? (true, Micro.From(tonneKm)) : (false, 0);
    }

    /// <summary>
    /// How the line's energy was found: reported fuel, or km × the consumption table (an estimate, shown as one wherever
    /// the line's figures appear). Lines stored before issue 17 read as fuel-based, which they were.
    /// </summary>
    public Transport.ActivityMethod Method { get; init; }

    /// <summary>
    /// Vehicles only: the group of the line's transport purpose (mass, waste, other), so key figures can give mass and
    /// waste transport km (Oslo's climate budget). Lines stored before it read <see cref="TransportGroup.Other"/>; the
    /// statistics fill it from the stored line's purpose (<see cref="Statistics.StatisticsBreakdown"/>).
    /// </summary>
    public TransportGroup Transport { get; init; }

    /// <summary>The data quality the method gives (primary, modelled, estimate).</summary>
    public Transport.DataQuality Quality => Method.Quality();

    /// <summary>For a distance-based line, the consumption table version and the row or rows (laden and empty legs) that gave it.</summary>
    public string? ConsumptionRow { get; init; }

    public BoundaryFigures For(EmissionBoundary boundary) =>
        boundary == EmissionBoundary.Territorial ? Territorial : LifeCycle;

    internal long EnergyMicro => _energy;

    internal long HybridElectricityMicro => _hybridElectricity;

    internal long OperatingHoursMicro => _operatingHours;

    internal bool HasIdleHours => _hasIdleHours;

    internal long IdleHoursMicro => _idleHours;

    internal long DistanceMicro => _distance;

    internal bool HasTonneKm => _hasTonneKm;

    internal long TonneKmMicro => _tonneKm;
}

/// <summary>The group a vehicle line's purpose counts in for the climate budget (<see cref="Reporting.TransportPurposes.Group"/>).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<TransportGroup>))]
public enum TransportGroup
{
    Other,
    Mass,
    Waste,
}

/// <summary>Fixed point with six decimals: the storage of calculated figures.</summary>
internal static class Micro
{
    public const long PerUnit = 1_000_000;

    /// <summary>The largest figure a line can hold, in units (about 9.2 million million).</summary>
    public const decimal MaxValue = long.MaxValue / PerUnit;

    /// <summary>Rounds to six places (half to even) and stores; a value beyond <see cref="MaxValue"/> is a bug upstream and throws.</summary>
    public static long From(decimal value) => (long)(decimal.Round(value, EmissionCalculation.Decimals, MidpointRounding.ToEven) * PerUnit);

    /// <summary>A stored sum back in millionths; sums are kept to six places, so nothing is rounded away.</summary>
    public static Int128 Of(decimal value) => (Int128)(decimal.Round(value, EmissionCalculation.Decimals, MidpointRounding.ToEven) * PerUnit);

    public static bool Fits(decimal value) => Math.Abs(value) <= MaxValue;

    // Division by 10^6 is exact and gives the shortest scale: 2660000000 micro reads 2660, not 2660.000000.
    public static decimal ToDecimal(long micro) => micro / (decimal)PerUnit;

    public static decimal ToDecimal(Int128 micro) => (decimal)micro / PerUnit;
}
