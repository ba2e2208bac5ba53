namespace Klimaspor.Domain.Emissions;

/// <summary>
/// The sums behind <see cref="KeyFigures"/>, and nothing divided: what a statistics row stores per counted submission and
/// breakdown key, so that adding rows in SQL and dividing once (<see cref="KeyFigureAccumulator.From"/>) gives exactly
/// the key figures the lines themselves would give. Shares and intensities are never stored, since they do not add up.
/// Quantities in kWh, kg CO2e, litres, hours, km and tonne-km, to six decimals as calculated lines hold them.
/// </summary>
public sealed record KeyFigureSums
{
    public long Lines { get; init; }
    public long MachineLines { get; init; }
    public long VehicleLines { get; init; }
    public long EnergyLines { get; init; }

    public decimal EnergyZeroEmission { get; init; }
    public decimal EnergyBiogas { get; init; }
    public decimal EnergyLiquidBiofuel { get; init; }
    public decimal EnergySolidBiofuel { get; init; }
    public decimal EnergyFossil { get; init; }

    /// <summary>The site's energy by class: every line but vehicles' (<see cref="KeyFigures.SiteEnergy"/>).</summary>
    public decimal SiteZeroEmission { get; init; }
    public decimal SiteBiogas { get; init; }
    public decimal SiteLiquidBiofuel { get; init; }
    public decimal SiteSolidBiofuel { get; init; }
    public decimal SiteFossil { get; init; }

    public decimal TerritorialEmissions { get; init; }
    public decimal TerritorialBaselineLitres { get; init; }
    public decimal TerritorialBaselineEmissions { get; init; }
    public decimal TerritorialMachineEmissions { get; init; }
    public decimal TerritorialEmissionsWithKnownLoad { get; init; }
    public long TerritorialLinesNotAvailable { get; init; }
    public decimal TerritorialAvoidedZeroEmission { get; init; }
    public decimal TerritorialAvoidedBiogas { get; init; }
    public decimal TerritorialAvoidedLiquidBiofuel { get; init; }
    public decimal TerritorialAvoidedSolidBiofuel { get; init; }
    public decimal TerritorialAvoidedFossil { get; init; }
    public decimal TerritorialEffect { get; init; }
    public decimal TerritorialEffectLiquidBiofuel { get; init; }

    public decimal LifeCycleEmissions { get; init; }
    public decimal LifeCycleBaselineLitres { get; init; }
    public decimal LifeCycleBaselineEmissions { get; init; }
    public decimal LifeCycleMachineEmissions { get; init; }
    public decimal LifeCycleEmissionsWithKnownLoad { get; init; }
    public long LifeCycleLinesNotAvailable { get; init; }
    public decimal LifeCycleAvoidedZeroEmission { get; init; }
    public decimal LifeCycleAvoidedBiogas { get; init; }
    public decimal LifeCycleAvoidedLiquidBiofuel { get; init; }
    public decimal LifeCycleAvoidedSolidBiofuel { get; init; }
    public decimal LifeCycleAvoidedFossil { get; init; }
    public decimal LifeCycleEffect { get; init; }
    public decimal LifeCycleEffectLiquidBiofuel { get; init; }

    public decimal MachineHours { get; init; }
    public decimal ZeroEmissionMachineHours { get; init; }
    public decimal IdleHours { get; init; }
    public decimal OperatingHoursWithIdleReported { get; init; }
    public decimal VehicleKm { get; init; }
    public decimal ZeroEmissionKm { get; init; }
    public decimal ZeroEmissionOrBiogasKm { get; init; }
    public decimal TonneKm { get; init; }

    /// <summary>Vehicle lines whose energy came from the consumption table (issue 17: the transport footprint's method mix).</summary>
    public long DistanceBasedVehicleLines { get; init; }

    public decimal DistanceBasedKm { get; init; }

    public decimal TerritorialDistanceBasedEmissions { get; init; }

    public decimal LifeCycleDistanceBasedEmissions { get; init; }

    /// <summary>
    /// Trips the vehicle lines report (the transport footprint counts trips, issue 17 item 3). Not a key figure: the
    /// calculated lines do not carry trips, so <see cref="Statistics.StatisticsBreakdown"/> adds them from the lines.
    /// </summary>
    public long Trips { get; init; }
}
