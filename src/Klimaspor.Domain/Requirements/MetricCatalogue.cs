using System.Collections.Frozen;
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;

namespace Klimaspor.Domain.Requirements;

/// <summary>
/// A metric of the catalogue with its unit for display. Its name is the app's text under <see cref="NameKey"/>, in
/// bokmål, nynorsk and English (Resources/texts.json): the domain never picks a language.
/// </summary>
public sealed record CatalogueMetric(MetricDefinition Definition, MetricUnit Unit)
{
    public string Code => Definition.Code;

    public string NameKey => $"Metrics.{Code}.Name";
}

public enum MetricUnit
{
    /// <summary>A fraction shown as a percentage.</summary>
    Share,
    KgCo2e,
    Hours,
    Kilometres,
    Litres,
    KilowattHours,
    Count,

    /// <summary>Calendar days (machine-days).</summary>
    Days,
    TonneKm,

    /// <summary>A quotient of two different quantities, such as kg CO2e per machine hour.</summary>
    Ratio,

    /// <summary>Fuel deliveries in their own units (litres, kg or Sm³): meaningful only for one product at a time.</summary>
    Quantity,

    /// <summary>Tonnes CO2e: how a buyer writes a cap (a preset's parameter); metrics are in kilograms.</summary>
    TonnesCo2e,

    /// <summary>A count per week (trips a week).</summary>
    PerWeek,
}

/// <summary>
/// The named metrics buyers compose requirements from (domain README, "Key figures" and "What contracts require").
/// Each is only a <see cref="MetricDefinition"/>: a buyer may copy one and change its condition (another emission
/// class, other feedstocks) or build a new one from the same parts, and the evaluation needs no new code.
/// </summary>
public static class MetricCatalogue
{
    public const string ZeroEmissionMachineHourShare = "ze-machine-hour-share";
    public const string ZeroEmissionKmShare = "ze-km-share";
    public const string ZeroEmissionOrBiogasKmShare = "ze-or-biogas-km-share";
    public const string ZeroEmissionEnergyShare = "ze-energy-share";
    public const string FossilEnergyShare = "fossil-energy-share";
    public const string FossilEnergyKwh = "fossil-energy-kwh";
    public const string Co2eTerritorial = "co2e-territorial";
    public const string Co2eLifeCycle = "co2e-life-cycle";
    public const string Co2ePerMachineHour = "co2e-per-machine-hour";
    public const string MachinesBelowStageIIIB = "machines-below-stage-iiib";
    public const string MachinesBelowStageV = "machines-below-stage-v";
    public const string VehiclesBelowEuroVI = "vehicles-below-euro-vi";
    public const string DeliveriesWithExcludedFeedstock = "deliveries-excluded-feedstock";
    public const string DeliveriesWithoutFeedstock = "deliveries-without-feedstock";
    public const string IdleShare = "idle-share";
    public const string FossilMachineDays = "fossil-machine-days";
    public const string FossilLitres = "fossil-litres";
    public const string LatePeriods = "late-periods";

    // "Every machine must be …" (issue 14 item 1): counts of the items that break such a rule, of which none is allowed.
    public const string MachinesNotZeroEmission = "machines-not-zero-emission";
    public const string SiteEnergyNotZeroEmission = "site-energy-not-zero-emission";
    public const string FossilMachines = "fossil-machines";
    public const string FossilMachinesAndEnergy = "fossil-machines-and-energy";
    public const string ZeroEmissionOrHybridMachineHourShare = "ze-or-hybrid-machine-hour-share";
    public const string VehiclesNotZeroEmissionOrBiogas = "vehicles-not-ze-or-biogas";
    public const string FossilVehicles = "fossil-vehicles";

    // Oslo's climate budget: construction energy with its biogas share, and mass and waste transport in km.
    public const string ConstructionEnergyKwh = "construction-energy-kwh";
    public const string BiogasEnergyShare = "biogas-energy-share";
    public const string MassTransportKm = "mass-transport-km";
    public const string WasteTransportKm = "waste-transport-km";

    /// <summary>Trips a week, from each period's reported trips: a contract strategy's "at most N trips a week" (issue 17 item 4).</summary>
    public const string TripsPerWeek = "trips-per-week";

    /// <summary>With machines: the site inside the fence (NS 3720 A5), without transport to and from it.</summary>
    private static readonly IReadOnlyList<LineKind> SiteEnergy = [LineKind.Energy];

    private static readonly IReadOnlyList<LineKind> VehiclesAndEnergy = [LineKind.Vehicle, LineKind.Energy];

    /// <summary>Every class but zero-emission: what breaks "every machine shall be zero-emission".</summary>
    private static readonly IReadOnlyList<EnergyClass> NotZeroEmission = [.. Enum.GetValues<EnergyClass>().Where(c => c != EnergyClass.ZeroEmission)];

    public static IReadOnlyList<CatalogueMetric> All { get; } =
    [
        new(new MetricDefinition
        {
            Code = ZeroEmissionMachineHourShare,
            LineKind = LineKind.Machine,
            Aggregate = MetricAggregate.Share,
            Quantity = FactQuantity.MachineHours,
            Condition = new LineCondition { EnergyClasses = [EnergyClass.ZeroEmission] },
        }, MetricUnit.Share),
        new(new MetricDefinition
        {
            Code = ZeroEmissionKmShare,
            LineKind = LineKind.Vehicle,
            Aggregate = MetricAggregate.Share,
            Quantity = FactQuantity.Kilometres,
            Condition = new LineCondition { EnergyClasses = [EnergyClass.ZeroEmission] },
        }, MetricUnit.Share),
        new(new MetricDefinition
        {
            Code = ZeroEmissionOrBiogasKmShare,
            LineKind = LineKind.Vehicle,
            Aggregate = MetricAggregate.Share,
            Quantity = FactQuantity.Kilometres,
            Condition = new LineCondition { EnergyClasses = [EnergyClass.ZeroEmission, EnergyClass.Biogas] },
        }, MetricUnit.Share),
        new(new MetricDefinition
        {
            Code = ZeroEmissionEnergyShare,
            LineKind = LineKind.Machine,
            // The site's energy (machines, heating, drying, generators): vehicle energy is transport, reported apart
            // (issue 14 item 9; definition 2 of the key figures).
            AlsoLineKinds = SiteEnergy,
            Aggregate = MetricAggregate.Share,
            Quantity = FactQuantity.EnergyKwh,
            Condition = new LineCondition { EnergyClasses = [EnergyClass.ZeroEmission] },
        }, MetricUnit.Share),
        new(new MetricDefinition
        {
            Code = FossilEnergyShare,
            LineKind = LineKind.Machine,
            AlsoLineKinds = SiteEnergy,
            Aggregate = MetricAggregate.Share,
            Quantity = FactQuantity.EnergyKwh,
            Condition = new LineCondition { EnergyClasses = [EnergyClass.Fossil] },
        }, MetricUnit.Share),
        new(new MetricDefinition
        {
            Code = FossilEnergyKwh,
            LineKind = LineKind.Machine,
            AlsoLineKinds = SiteEnergy,
            Aggregate = MetricAggregate.Sum,
            Quantity = FactQuantity.EnergyKwh,
            Condition = new LineCondition { EnergyClasses = [EnergyClass.Fossil] },
        }, MetricUnit.KilowattHours),
        new(new MetricDefinition
        {
            Code = Co2eTerritorial,
            LineKind = LineKind.Machine,
            AlsoLineKinds = VehiclesAndEnergy,
            Aggregate = MetricAggregate.Sum,
            Quantity = FactQuantity.EmissionsTerritorial,
        }, MetricUnit.KgCo2e),
        new(new MetricDefinition
        {
            Code = Co2eLifeCycle,
            LineKind = LineKind.Machine,
            AlsoLineKinds = VehiclesAndEnergy,
            Aggregate = MetricAggregate.Sum,
            Quantity = FactQuantity.EmissionsLifeCycle,
        }, MetricUnit.KgCo2e),
        new(new MetricDefinition
        {
            Code = Co2ePerMachineHour,
            LineKind = LineKind.Machine,
            Aggregate = MetricAggregate.Ratio,
            Quantity = FactQuantity.EmissionsTerritorial,
            Denominator = FactQuantity.MachineHours,
        }, MetricUnit.Ratio),
        new(new MetricDefinition
        {
            Code = MachinesBelowStageIIIB,
            LineKind = LineKind.Machine,
            Aggregate = MetricAggregate.CountDistinct,
            Quantity = FactQuantity.Lines,
            Condition = new LineCondition { EmissionClassBelow = EmissionClasses.StageIIIB },
        }, MetricUnit.Count),
        new(new MetricDefinition
        {
            Code = MachinesBelowStageV,
            LineKind = LineKind.Machine,
            Aggregate = MetricAggregate.CountDistinct,
            Quantity = FactQuantity.Lines,
            Condition = new LineCondition { EmissionClassBelow = EmissionClasses.StageV },
        }, MetricUnit.Count),
        new(new MetricDefinition
        {
            Code = VehiclesBelowEuroVI,
            LineKind = LineKind.Vehicle,
            Aggregate = MetricAggregate.CountDistinct,
            Quantity = FactQuantity.Lines,
            Condition = new LineCondition { EmissionClassBelow = EmissionClasses.EuroVI },
        }, MetricUnit.Count),
        new(new MetricDefinition
        {
            Code = DeliveriesWithExcludedFeedstock,
            LineKind = LineKind.FuelDelivery,
            Aggregate = MetricAggregate.CountDistinct,
            Quantity = FactQuantity.Lines,
            // EU 2019/807 names palm oil as high-ILUC-risk; PFAD is a palm oil by-product buyers exclude with it.
            Condition = new LineCondition { Feedstocks = [Feedstocks.Palmeolje, Feedstocks.Pfad] },
        }, MetricUnit.Count),
        new(new MetricDefinition
        {
            Code = DeliveriesWithoutFeedstock,
            LineKind = LineKind.FuelDelivery,
            Aggregate = MetricAggregate.CountDistinct,
            Quantity = FactQuantity.Lines,
            Condition = new LineCondition { EnergyClasses = [EnergyClass.LiquidBiofuel, EnergyClass.Biogas], Feedstocks = [Feedstocks.Ukjent] },
        }, MetricUnit.Count),
        new(new MetricDefinition
        {
            Code = IdleShare,
            LineKind = LineKind.Machine,
            Aggregate = MetricAggregate.Ratio,
            Quantity = FactQuantity.IdleHours,
            Denominator = FactQuantity.MachineHours,
        }, MetricUnit.Share),
        new(new MetricDefinition
        {
            Code = FossilMachineDays,
            LineKind = LineKind.Machine,
            Aggregate = MetricAggregate.Sum,
            Quantity = FactQuantity.MachineDays,
            Condition = new LineCondition { EnergyClasses = [EnergyClass.Fossil] },
        }, MetricUnit.Days),
        new(new MetricDefinition
        {
            Code = FossilLitres,
            LineKind = LineKind.Machine,
            AlsoLineKinds = SiteEnergy,
            Aggregate = MetricAggregate.Sum,
            Quantity = FactQuantity.FuelLitres,
            Condition = new LineCondition { EnergyClasses = [EnergyClass.Fossil] },
        }, MetricUnit.Litres),
        new(new MetricDefinition
        {
            Code = LatePeriods,
            Aggregate = MetricAggregate.LatePeriods,
        }, MetricUnit.Count),
        new(new MetricDefinition
        {
            Code = MachinesNotZeroEmission,
            LineKind = LineKind.Machine,
            Aggregate = MetricAggregate.CountDistinct,
            Quantity = FactQuantity.Lines,
            Condition = new LineCondition { EnergyClasses = NotZeroEmission },
        }, MetricUnit.Count),
        new(new MetricDefinition
        {
            Code = SiteEnergyNotZeroEmission,
            LineKind = LineKind.Energy,
            Aggregate = MetricAggregate.CountDistinct,
            Quantity = FactQuantity.Lines,
            Condition = new LineCondition { EnergyClasses = NotZeroEmission },
        }, MetricUnit.Count),
        new(new MetricDefinition
        {
            Code = FossilMachines,
            LineKind = LineKind.Machine,
            Aggregate = MetricAggregate.CountDistinct,
            Quantity = FactQuantity.Lines,
            Condition = new LineCondition { EnergyClasses = [EnergyClass.Fossil] },
        }, MetricUnit.Count),
        new(new MetricDefinition
        {
            Code = ZeroEmissionOrHybridMachineHourShare,
            LineKind = LineKind.Machine,
            Aggregate = MetricAggregate.Share,
            Quantity = FactQuantity.MachineHours,
            Condition = new LineCondition { EnergyClasses = [EnergyClass.ZeroEmission], ChargeableHybridOn = [EnergyClass.LiquidBiofuel, EnergyClass.Biogas] },
        }, MetricUnit.Share),
        new(new MetricDefinition
        {
            Code = FossilMachinesAndEnergy,
            LineKind = LineKind.Machine,
            AlsoLineKinds = SiteEnergy,
            Aggregate = MetricAggregate.CountDistinct,
            Quantity = FactQuantity.Lines,
            Condition = new LineCondition { EnergyClasses = [EnergyClass.Fossil] },
        }, MetricUnit.Count),
        new(new MetricDefinition
        {
            Code = VehiclesNotZeroEmissionOrBiogas,
            LineKind = LineKind.Vehicle,
            Aggregate = MetricAggregate.CountDistinct,
            Quantity = FactQuantity.Lines,
            Condition = new LineCondition { EnergyClasses = [.. NotZeroEmission.Where(c => c != EnergyClass.Biogas)] },
        }, MetricUnit.Count),
        new(new MetricDefinition
        {
            Code = FossilVehicles,
            LineKind = LineKind.Vehicle,
            Aggregate = MetricAggregate.CountDistinct,
            Quantity = FactQuantity.Lines,
            Condition = new LineCondition { EnergyClasses = [EnergyClass.Fossil] },
        }, MetricUnit.Count),
        new(new MetricDefinition
        {
            Code = ConstructionEnergyKwh,
            LineKind = LineKind.Machine,
            AlsoLineKinds = SiteEnergy,
            Aggregate = MetricAggregate.Sum,
            Quantity = FactQuantity.EnergyKwh,
        }, MetricUnit.KilowattHours),
        new(new MetricDefinition
        {
            Code = BiogasEnergyShare,
            LineKind = LineKind.Machine,
            AlsoLineKinds = SiteEnergy,
            Aggregate = MetricAggregate.Share,
            Quantity = FactQuantity.EnergyKwh,
            Condition = new LineCondition { EnergyClasses = [EnergyClass.Biogas] },
        }, MetricUnit.Share),
        new(new MetricDefinition
        {
            Code = MassTransportKm,
            LineKind = LineKind.Vehicle,
            Aggregate = MetricAggregate.Sum,
            Quantity = FactQuantity.Kilometres,
            Condition = new LineCondition { Purposes = [TransportPurposes.Massetransport] },
        }, MetricUnit.Kilometres),
        new(new MetricDefinition
        {
            Code = WasteTransportKm,
            LineKind = LineKind.Vehicle,
            Aggregate = MetricAggregate.Sum,
            Quantity = FactQuantity.Kilometres,
            Condition = new LineCondition { Purposes = [TransportPurposes.Avfall] },
        }, MetricUnit.Kilometres),
        new(new MetricDefinition
        {
            Code = TripsPerWeek,
            LineKind = LineKind.Vehicle,
            Aggregate = MetricAggregate.PerWeek,
            Quantity = FactQuantity.Trips,
        }, MetricUnit.PerWeek),
    ];

    private static readonly FrozenDictionary<string, CatalogueMetric> ByCode = All.ToFrozenDictionary(m => m.Code, StringComparer.Ordinal);

    public static CatalogueMetric? Find(string code) => ByCode.GetValueOrDefault(code);

    /// <summary>The unit a (possibly composed) metric's values are in.</summary>
    public static MetricUnit UnitOf(MetricDefinition metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return metric.Aggregate switch
        {
            MetricAggregate.Share => MetricUnit.Share,
            MetricAggregate.CountDistinct or MetricAggregate.LatePeriods => MetricUnit.Count,
            MetricAggregate.PerWeek => MetricUnit.PerWeek,
            MetricAggregate.Ratio => metric.Denominator is { } denominator && UnitOf(metric.Quantity) == UnitOf(denominator)
                ? MetricUnit.Share
                : MetricUnit.Ratio,
            _ => UnitOf(metric.Quantity),
        };
    }

    /// <summary>The unit of a quantity summed over lines.</summary>
    public static MetricUnit UnitOf(FactQuantity quantity) => quantity switch
    {
        FactQuantity.Lines or FactQuantity.Trips => MetricUnit.Count,
        FactQuantity.MachineHours or FactQuantity.IdleHours => MetricUnit.Hours,
        FactQuantity.MachineDays => MetricUnit.Days,
        FactQuantity.Kilometres => MetricUnit.Kilometres,
        FactQuantity.TonneKm => MetricUnit.TonneKm,
        FactQuantity.EnergyKwh => MetricUnit.KilowattHours,
        FactQuantity.EmissionsTerritorial or FactQuantity.EmissionsLifeCycle or FactQuantity.AvoidedTerritorial => MetricUnit.KgCo2e,
        FactQuantity.FuelLitres => MetricUnit.Litres,
        _ => MetricUnit.Quantity,
    };
}
