using System.Collections.Frozen;
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;

namespace Klimaspor.Domain.Requirements;

/// <summary>A metric of the catalogue with its name in the three languages and its unit for display.</summary>
public sealed record CatalogueMetric(MetricDefinition Definition, string NameNb, string NameNn, string NameEn, MetricUnit Unit)
{
    public string Code => Definition.Code;

    public string Name(string? culture) => CultureLanguages.Of(culture) switch
    {
        CultureLanguage.Nynorsk => NameNn,
        CultureLanguage.English => NameEn,
        _ => NameNb,
    };
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

    /// <summary>With machines: the site inside the fence (NS 3720 A5), without transport to and from it.</summary>
    private static readonly IReadOnlyList<LineKind> SiteEnergy = [LineKind.Energy];

    private static readonly IReadOnlyList<LineKind> VehiclesAndEnergy = [LineKind.Vehicle, LineKind.Energy];

    public static IReadOnlyList<CatalogueMetric> All { get; } =
    [
        new(new MetricDefinition
        {
            Code = ZeroEmissionMachineHourShare,
            LineKind = LineKind.Machine,
            Aggregate = MetricAggregate.Share,
            Quantity = FactQuantity.MachineHours,
            Condition = new LineCondition { EnergyClasses = [EnergyClass.ZeroEmission] },
        }, "Utslippsfri andel av maskintimene", "Utsleppsfri del av maskintimane", "Zero-emission share of machine hours", MetricUnit.Share),
        new(new MetricDefinition
        {
            Code = ZeroEmissionKmShare,
            LineKind = LineKind.Vehicle,
            Aggregate = MetricAggregate.Share,
            Quantity = FactQuantity.Kilometres,
            Condition = new LineCondition { EnergyClasses = [EnergyClass.ZeroEmission] },
        }, "Utslippsfri andel av kjørte km", "Utsleppsfri del av køyrde km", "Zero-emission share of km driven", MetricUnit.Share),
        new(new MetricDefinition
        {
            Code = ZeroEmissionOrBiogasKmShare,
            LineKind = LineKind.Vehicle,
            Aggregate = MetricAggregate.Share,
            Quantity = FactQuantity.Kilometres,
            Condition = new LineCondition { EnergyClasses = [EnergyClass.ZeroEmission, EnergyClass.Biogas] },
        }, "Andel km kjørt utslippsfritt eller på biogass", "Del km køyrd utsleppsfritt eller på biogass",
            "Share of km driven zero-emission or on biogas", MetricUnit.Share),
        new(new MetricDefinition
        {
            Code = ZeroEmissionEnergyShare,
            LineKind = LineKind.Machine,
            AlsoLineKinds = VehiclesAndEnergy,
            Aggregate = MetricAggregate.Share,
            Quantity = FactQuantity.EnergyKwh,
            Condition = new LineCondition { EnergyClasses = [EnergyClass.ZeroEmission] },
        }, "Utslippsfri andel av energien", "Utsleppsfri del av energien", "Zero-emission share of energy", MetricUnit.Share),
        new(new MetricDefinition
        {
            Code = FossilEnergyShare,
            LineKind = LineKind.Machine,
            AlsoLineKinds = SiteEnergy,
            Aggregate = MetricAggregate.Share,
            Quantity = FactQuantity.EnergyKwh,
            Condition = new LineCondition { EnergyClasses = [EnergyClass.Fossil] },
        }, "Fossil andel av energien på byggeplassen", "Fossil del av energien på byggjeplassen",
            "Fossil share of site energy", MetricUnit.Share),
        new(new MetricDefinition
        {
            Code = FossilEnergyKwh,
            LineKind = LineKind.Machine,
            AlsoLineKinds = SiteEnergy,
            Aggregate = MetricAggregate.Sum,
            Quantity = FactQuantity.EnergyKwh,
            Condition = new LineCondition { EnergyClasses = [EnergyClass.Fossil] },
        }, "Fossil energi på byggeplassen (kWh)", "Fossil energi på byggjeplassen (kWh)", "Fossil site energy (kWh)",
            MetricUnit.KilowattHours),
        new(new MetricDefinition
        {
            Code = Co2eTerritorial,
            LineKind = LineKind.Machine,
            AlsoLineKinds = VehiclesAndEnergy,
            Aggregate = MetricAggregate.Sum,
            Quantity = FactQuantity.EmissionsTerritorial,
        }, "Utslipp, territorielt (kg CO2e)", "Utslepp, territorielt (kg CO2e)", "Emissions, territorial (kg CO2e)", MetricUnit.KgCo2e),
        new(new MetricDefinition
        {
            Code = Co2eLifeCycle,
            LineKind = LineKind.Machine,
            AlsoLineKinds = VehiclesAndEnergy,
            Aggregate = MetricAggregate.Sum,
            Quantity = FactQuantity.EmissionsLifeCycle,
        }, "Utslipp, livsløp (kg CO2e)", "Utslepp, livsløp (kg CO2e)", "Emissions, life cycle (kg CO2e)", MetricUnit.KgCo2e),
        new(new MetricDefinition
        {
            Code = Co2ePerMachineHour,
            LineKind = LineKind.Machine,
            Aggregate = MetricAggregate.Ratio,
            Quantity = FactQuantity.EmissionsTerritorial,
            Denominator = FactQuantity.MachineHours,
        }, "Utslipp per maskintime (kg CO2e, territorielt)", "Utslepp per maskintime (kg CO2e, territorielt)",
            "Emissions per machine hour (kg CO2e, territorial)", MetricUnit.Ratio),
        new(new MetricDefinition
        {
            Code = MachinesBelowStageIIIB,
            LineKind = LineKind.Machine,
            Aggregate = MetricAggregate.CountDistinct,
            Quantity = FactQuantity.Lines,
            Condition = new LineCondition { EmissionClassBelow = EmissionClasses.StageIIIB },
        }, "Maskiner under Stage IIIB", "Maskiner under Stage IIIB", "Machines below Stage IIIB", MetricUnit.Count),
        new(new MetricDefinition
        {
            Code = MachinesBelowStageV,
            LineKind = LineKind.Machine,
            Aggregate = MetricAggregate.CountDistinct,
            Quantity = FactQuantity.Lines,
            Condition = new LineCondition { EmissionClassBelow = EmissionClasses.StageV },
        }, "Maskiner under Stage V", "Maskiner under Stage V", "Machines below Stage V", MetricUnit.Count),
        new(new MetricDefinition
        {
            Code = VehiclesBelowEuroVI,
            LineKind = LineKind.Vehicle,
            Aggregate = MetricAggregate.CountDistinct,
            Quantity = FactQuantity.Lines,
            Condition = new LineCondition { EmissionClassBelow = EmissionClasses.EuroVI },
        }, "Kjøretøy under Euro VI", "Køyretøy under Euro VI", "Vehicles below Euro VI", MetricUnit.Count),
        new(new MetricDefinition
        {
            Code = DeliveriesWithExcludedFeedstock,
            LineKind = LineKind.FuelDelivery,
            Aggregate = MetricAggregate.CountDistinct,
            Quantity = FactQuantity.Lines,
            // EU 2019/807 names palm oil as high-ILUC-risk; PFAD is a palm oil by-product buyers exclude with it.
            Condition = new LineCondition { Feedstocks = [Feedstocks.Palmeolje, Feedstocks.Pfad] },
        }, "Biodrivstoffleveranser av palmeolje eller PFAD", "Biodrivstoffleveransar av palmeolje eller PFAD",
            "Biofuel deliveries from palm oil or PFAD", MetricUnit.Count),
        new(new MetricDefinition
        {
            Code = DeliveriesWithoutFeedstock,
            LineKind = LineKind.FuelDelivery,
            Aggregate = MetricAggregate.CountDistinct,
            Quantity = FactQuantity.Lines,
            Condition = new LineCondition { EnergyClasses = [EnergyClass.LiquidBiofuel, EnergyClass.Biogas], Feedstocks = [Feedstocks.Ukjent] },
        }, "Biodrivstoffleveranser uten dokumentert råstoff", "Biodrivstoffleveransar utan dokumentert råstoff",
            "Biofuel deliveries without documented feedstock", MetricUnit.Count),
        new(new MetricDefinition
        {
            Code = IdleShare,
            LineKind = LineKind.Machine,
            Aggregate = MetricAggregate.Ratio,
            Quantity = FactQuantity.IdleHours,
            Denominator = FactQuantity.MachineHours,
        }, "Tomgangsandel av driftstimene", "Tomgangsdel av driftstimane", "Idle share of operating hours", MetricUnit.Share),
        new(new MetricDefinition
        {
            Code = FossilMachineDays,
            LineKind = LineKind.Machine,
            Aggregate = MetricAggregate.Sum,
            Quantity = FactQuantity.MachineDays,
            Condition = new LineCondition { EnergyClasses = [EnergyClass.Fossil] },
        }, "Maskindøgn med fossilt drivstoff", "Maskindøgn med fossilt drivstoff", "Machine-days on fossil fuel", MetricUnit.Days),
        new(new MetricDefinition
        {
            Code = FossilLitres,
            LineKind = LineKind.Machine,
            AlsoLineKinds = SiteEnergy,
            Aggregate = MetricAggregate.Sum,
            Quantity = FactQuantity.FuelLitres,
            Condition = new LineCondition { EnergyClasses = [EnergyClass.Fossil] },
        }, "Liter fossilt drivstoff på byggeplassen", "Liter fossilt drivstoff på byggjeplassen", "Litres of fossil fuel on site",
            MetricUnit.Litres),
        new(new MetricDefinition
        {
            Code = LatePeriods,
            Aggregate = MetricAggregate.LatePeriods,
        }, "Rapporter levert for sent", "Rapportar leverte for seint", "Reports submitted late", MetricUnit.Count),
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
            MetricAggregate.Ratio => metric.Denominator is { } denominator && UnitOf(metric.Quantity) == UnitOf(denominator)
                ? MetricUnit.Share
                : MetricUnit.Ratio,
            _ => UnitOf(metric.Quantity),
        };
    }

    /// <summary>The unit of a quantity summed over lines.</summary>
    public static MetricUnit UnitOf(FactQuantity quantity) => quantity switch
    {
        FactQuantity.Lines => MetricUnit.Count,
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
