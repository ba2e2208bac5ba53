using Klimaspor.Domain.Reporting;

namespace Klimaspor.Domain.Emissions;

/// <summary>
/// A line's figures under one boundary. Avoided emissions are the effect of the climate requirements: what the same
/// work would have emitted with fossil diesel, minus what it did emit (negative when the line emitted more).
/// </summary>
public readonly record struct BoundaryFigures
{
    public KgCo2e Emissions { get; init; }

    /// <summary>Litres of fossil diesel the same work would have needed.</summary>
    public Litres BaselineDieselLitres { get; init; }

    public KgCo2e BaselineEmissions { get; init; }

    public KgCo2e Avoided => BaselineEmissions - Emissions;
}

/// <summary>
/// The figures of one calculated line: only what key figures need, as a struct, so that a million lines sit in one
/// array and summing them allocates nothing. The explanation of each figure is in the matching <see cref="LineTrace"/>.
/// Every figure is rounded to <see cref="EmissionCalculation.Decimals"/> places, so sums are exact and do not depend on
/// the order or grouping of lines.
/// </summary>
public readonly record struct CalculatedLine
{
    public LineKind Kind { get; init; }

    /// <summary>Zero-based index of the line in its sheet.</summary>
    public int Index { get; init; }

    /// <summary>Code of the line's energy carrier.</summary>
    public string Carrier { get; init; }

    /// <summary>The carrier's class; <see cref="HybridElectricity"/> is zero-emission whatever the class.</summary>
    public EnergyClass EnergyClass { get; init; }

    /// <summary>All the line's energy, charged electricity of a plug-in hybrid included.</summary>
    public KilowattHours Energy { get; init; }

    /// <summary>The kWh a plug-in hybrid charged; zero for every other carrier (their electricity is in their own class).</summary>
    public KilowattHours HybridElectricity { get; init; }

    public BoundaryFigures Territorial { get; init; }

    public BoundaryFigures LifeCycle { get; init; }

    /// <summary>Machines only.</summary>
    public Hours OperatingHours { get; init; }

    /// <summary>Machines only; null where the idle hours were not reported.</summary>
    public Hours? IdleHours { get; init; }

    /// <summary>Vehicles only.</summary>
    public Kilometres Distance { get; init; }

    /// <summary>Vehicles only; null where load or trips are missing. See <see cref="EmissionCalculation"/> for the estimate.</summary>
    public decimal? TonneKm { get; init; }

    public BoundaryFigures For(EmissionBoundary boundary) =>
        boundary == EmissionBoundary.Territorial ? Territorial : LifeCycle;
}
