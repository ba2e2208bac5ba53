namespace Klimaspor.Domain.Emissions;

/// <summary>
/// The two factor sets Klimaspor ships with: version 1 copied value by value, with their sources, from
/// <c>spec/emission-factors.csv</c>, and version 2 (issue 14 item 15, template v2) with every carrier of the template's
/// code list in every unit it can be reported in. All are published; an administrator changes them by making a new
/// version, never by editing these.
/// </summary>
public static class ReferenceFactorSets
{
    public const string NoTerritorial2021Key = "no-territorial-2021";
    public const string LifecycleWtw2023Key = "lifecycle-wtw-2023";

    // 0.90 / (0.35 × 10.056) = 0.2557 l/kWh: the README's derivation, rounded as the README states it.
    private const string ElectricDriveSource =
        "Derived (Klimaspor domain README): 0.90 electric drive efficiency / (0.35 diesel engine efficiency x 10.056 kWh/l) = 0.2557 l diesel per kWh, rounded to 0.256";

    /// <summary>Territorial (tank-to-wheel), as Norway's municipal climate accounts.</summary>
    public static FactorSet NoTerritorial2021 { get; } = new()
    {
        Key = NoTerritorial2021Key,
        Version = 1,
        // The CSV gives no date; the set is valid from the start of its source year.
        ValidFrom = new DateOnly(2021, 1, 1),
        Status = FactorSetStatus.Published,
        Boundary = EmissionBoundary.Territorial,
        Description = "Territorial (tank-to-wheel) factors as in Norway's municipal climate accounts: fossil CO2 from combustion only; biofuel, biogenic CO2, electricity, district heating and hydrogen count 0. Miljødirektoratet, National Inventory Report 2021.",
        Baseline = new BaselineAssumptions
        {
            DieselKwhPerLitre = 10.056m,
            DieselKwhPerLitreSource = "Miljødirektoratet's conversion table, as the set's diesel row",
            ElectricDriveLitresPerKwh = 0.256m,
            ElectricDriveLitresPerKwhSource = ElectricDriveSource,
            DieselKgCo2ePerLitre = 2.66m,
            DieselKgCo2ePerLitreSource = "As the set's diesel row: Miljødirektoratet, utslippsfaktorer (National Inventory Report 2021)",
        },
        Factors =
        [
        Territorial("diesel", QuantityUnit.Litre, 2.66m, 10.056m, "Miljødirektoratet, utslippsfaktorer (National Inventory Report 2021); kWh/l from Miljødirektoratet's conversion table", "CO2 only, combustion; CH4 and N2O add 0.5-1.5 %"),
        Territorial("hvo100", QuantityUnit.Litre, 0m, 9.5m, "Miljødirektoratet: biogenic CO2 is not counted in territorial accounts", "kWh/l derived: 44 MJ/kg x 0.78 kg/l"),
        Territorial("fame100", QuantityUnit.Litre, 0m, 8.6m, "Miljødirektoratet: biogenic CO2 is not counted; 8.6 kWh/l from the conversion table", null),
        Territorial("bensin", QuantityUnit.Litre, 2.32m, 9.024m, "Miljødirektoratet (NIR 2021); 9.024 kWh/l from the conversion table", null),
        Territorial("biogass", QuantityUnit.Kilogram, 0.01m, 14m, "Miljødirektoratet (NIR 2021)", null),
        Territorial("naturgass", QuantityUnit.Kilogram, 2.69m, 13.3m, "Miljødirektoratet (NIR 2021)", null),
        Territorial("naturgass", QuantityUnit.StandardCubicMetre, 1.99m, 9.92m, "Miljødirektoratet (NIR 2021); 9.92 kWh/Sm3 from the conversion table", null),
        Territorial("propan", QuantityUnit.Litre, 1.62m, 6.778m, "Miljødirektoratet (NIR 2021); LPG", null),
        Territorial("propan", QuantityUnit.Kilogram, 3.00m, 12.815m, "Miljødirektoratet (NIR 2021); LPG", null),
        Territorial("hydrogen", QuantityUnit.Kilogram, 0m, 33.3m, "Miljødirektoratet: hydrogen counts 0 in municipal territorial accounts", "kWh/kg = lower heating value 120 MJ/kg"),
        Territorial("el-batteri", QuantityUnit.KilowattHour, 0m, 1m, "Miljødirektoratet: electricity counts 0 in municipal territorial accounts", null),
        Territorial("el-kabel", QuantityUnit.KilowattHour, 0m, 1m, "as el-batteri", null),
        Territorial("el-nett", QuantityUnit.KilowattHour, 0m, 1m, "as el-batteri", null),
        Territorial("fjernvarme", QuantityUnit.KilowattHour, 0m, 1m, "Miljødirektoratet: district heating counts 0 in municipal territorial accounts", null),
        ],
    };

    /// <summary>Life cycle (well-to-wheel): combustion plus production and distribution of the fuel.</summary>
    public static FactorSet LifecycleWtw2023 { get; } = new()
    {
        Key = LifecycleWtw2023Key,
        Version = 1,
        ValidFrom = new DateOnly(2023, 1, 1),
        Status = FactorSetStatus.Published,
        Boundary = EmissionBoundary.LifeCycle,
        Description = "Life-cycle (well-to-wheel) factors: combustion plus well-to-tank, kg CO2e (AR5). UK DESNZ GHG conversion factors 2023 v1.1 for fuels, NVE 2023 for electricity. District heating has no verified Norwegian average and is left missing on purpose.",
        Baseline = new BaselineAssumptions
        {
            DieselKwhPerLitre = 10.056m,
            DieselKwhPerLitreSource = "Miljødirektoratet's conversion table, as the set's diesel row",
            ElectricDriveLitresPerKwh = 0.256m,
            ElectricDriveLitresPerKwhSource = ElectricDriveSource,
            DieselKgCo2ePerLitre = 3.28346m,
            DieselKgCo2ePerLitreSource = "As the set's diesel row: UK DESNZ GHG conversion factors 2023 v1.1, diesel (100% mineral): 2.65937 combustion + 0.62409 well-to-tank",
        },
        Factors =
        [
        LifeCycle("diesel", QuantityUnit.Litre, 3.28346m, 10.056m, "UK DESNZ GHG conversion factors 2023 v1.1, diesel (100% mineral): 2.65937 combustion + 0.62409 well-to-tank", "kg CO2e, AR5"),
        LifeCycle("hvo100", QuantityUnit.Litre, 0.31402m, 9.5m, "DESNZ 2023: biodiesel HVO 0.03558 + 0.27844 well-to-tank", "biogenic CO2 (about 2.43 kg/l) reported outside the total"),
        LifeCycle("fame100", QuantityUnit.Litre, 0.61510m, 8.6m, "DESNZ 2023: biodiesel ME 0.16751 + 0.44759 well-to-tank", null),
        LifeCycle("bensin", QuantityUnit.Litre, 2.95167m, 9.024m, "DESNZ 2023: petrol (100% mineral) 2.34503 + 0.60664 well-to-tank", null),
        LifeCycle("biogass", QuantityUnit.Kilogram, 0.63144m, 14m, "DESNZ 2023: biomethane (compressed) 0.00521 + 0.62623 well-to-tank", null),
        LifeCycle("naturgass", QuantityUnit.Kilogram, 3.09335m, 13.3m, "DESNZ 2023: CNG 2.56257 + 0.53078 well-to-tank", null),
        LifeCycle("propan", QuantityUnit.Litre, 1.72528m, 6.778m, "DESNZ 2023: propane 1.54358 + 0.18170 well-to-tank", null),
        LifeCycle("hydrogen", QuantityUnit.Kilogram, 0.8m, 33.3m, "derived: electrolysis at about 52 kWh/kg x 0.015 kg CO2e/kWh (NVE 2023)", "approximate; replace with the supplier's documented value"),
        LifeCycle("el-batteri", QuantityUnit.KilowattHour, 0.015m, 1m, "NVE klimadeklarasjon for fysisk levert strøm 2023: 15 g CO2e/kWh (location-based)", null),
        LifeCycle("el-kabel", QuantityUnit.KilowattHour, 0.015m, 1m, "as el-batteri", null),
        LifeCycle("el-nett", QuantityUnit.KilowattHour, 0.015m, 1m, "as el-batteri", null),
        LifeCycle("fjernvarme", QuantityUnit.KilowattHour, null, 1m, "no verified Norwegian average: each district heating network publishes its own", "a missing factor is an error the user sees, never a silent 0"),
        ],
    };

    // Issue 14 item 15: "liquid biofuels at the energy contents of the Renewable Energy Directive's Annex III where the
    // set's own source gives none (FAME 33 MJ/l, HVO 34 MJ/l — these supersede emission-factors.csv where they differ)".
    // Directive (EU) 2018/2001, Annex III "Energy content of fuels": hydrotreated vegetable oil 34 MJ/l, fatty acid
    // methyl ester 33 MJ/l (the Annex's text could not be fetched here; the figures are the summary of it).
    private const string RedHvo = "Directive (EU) 2018/2001 (RED II) Annex III: HVO 34 MJ/l; 34 / 3.6 MJ per kWh = 9.444444 kWh/l";
    private const string RedFame = "Directive (EU) 2018/2001 (RED II) Annex III: FAME 33 MJ/l; 33 / 3.6 MJ per kWh = 9.166667 kWh/l";
    private const string PelletsEnergy = "UK DESNZ GHG conversion factors 2025, wood pellets: net calorific value 17.28 MJ/kg; 17.28 / 3.6 = 4.8 kWh/kg";

    /// <summary>
    /// Version 2 of the territorial set (template v2): the RED II energy contents for HVO and FAME, biogas in Sm3, and the
    /// heating carriers pellets and heat pumps. Version 1 stays published, so figures frozen with it never change.
    /// </summary>
    public static FactorSet NoTerritorial2021V2 { get; } = Revise(NoTerritorial2021,
        "Territorial (tank-to-wheel) factors as in Norway's municipal climate accounts: fossil CO2 from combustion only; biofuel, biogenic CO2, electricity, district heating and hydrogen count 0. Miljødirektoratet, National Inventory Report 2021; liquid biofuels' energy contents from RED II Annex III. Version 2 adds biogas in Sm3, pellets and heat pumps.",
        [
        Territorial("hvo100", QuantityUnit.Litre, 0m, 9.444444m, "Miljødirektoratet: biogenic CO2 is not counted in territorial accounts; energy: " + RedHvo, "supersedes version 1's 9.5 kWh/l (derived 44 MJ/kg x 0.78 kg/l)"),
        Territorial("fame100", QuantityUnit.Litre, 0m, 9.166667m, "Miljødirektoratet: biogenic CO2 is not counted; energy: " + RedFame, "supersedes version 1's 8.6 kWh/l"),
        ],
        [
        Territorial("biogass", QuantityUnit.StandardCubicMetre, 0.007086m, 9.92m,
            "derived from the set's biogass/kg row (0.01 kg CO2e and 14 kWh per kg) at the energy of a standard cubic metre of methane-rich gas, 9.92 kWh/Sm3 (Miljødirektoratet's conversion table for natural gas): 0.01 x 9.92 / 14",
            "derived; replace with the supplier's documented value"),
        Territorial("pellets", QuantityUnit.Kilogram, 0m, 4.8m, "Miljødirektoratet: biogenic CO2 is not counted in territorial accounts; energy: " + PelletsEnergy, "CH4 and N2O from burning are left out, as for the liquid biofuels"),
        Territorial("varmepumpe", QuantityUnit.KilowattHour, 0m, 1m, "as el-batteri: the electricity the heat pump used", "the heat delivered is not counted; kWh are the pump's electricity"),
        ]);

    /// <summary>
    /// Version 2 of the life-cycle set: the RED II energy contents, propane in kg, natural gas and biogas in Sm3 (each
    /// derived from the set's own row in another unit, and saying so), pellets and heat pumps. District heating stays
    /// without a figure: the line's life-cycle emissions are "not available", never a refused report.
    /// </summary>
    public static FactorSet LifecycleWtw2023V2 { get; } = Revise(LifecycleWtw2023,
        "Life-cycle (well-to-wheel) factors: combustion plus well-to-tank, kg CO2e (AR5). UK DESNZ GHG conversion factors 2023 v1.1 for fuels, NVE 2023 for electricity; liquid biofuels' energy contents from RED II Annex III. District heating has no verified Norwegian average: its life-cycle figure is not available unless the network's own factor is given. Version 2 adds propane in kg, natural gas and biogas in Sm3, pellets and heat pumps.",
        [
        LifeCycle("hvo100", QuantityUnit.Litre, 0.31402m, 9.444444m, "DESNZ 2023: biodiesel HVO 0.03558 + 0.27844 well-to-tank; energy: " + RedHvo, "biogenic CO2 (about 2.43 kg/l) reported outside the total"),
        LifeCycle("fame100", QuantityUnit.Litre, 0.61510m, 9.166667m, "DESNZ 2023: biodiesel ME 0.16751 + 0.44759 well-to-tank; energy: " + RedFame, null),
        LifeCycle("fjernvarme", QuantityUnit.KilowattHour, null, 1m, "no verified Norwegian average: each district heating network publishes its own",
            "not available on the line unless the network's own life-cycle factor is given; never a refused report"),
        ],
        [
        LifeCycle("propan", QuantityUnit.Kilogram, 3.261945m, 12.815m,
            "derived from the set's propan/liter row (DESNZ 2023: 1.72528 kg CO2e/l) at the territorial set's energy contents, 12.815 kWh/kg and 6.778 kWh/l: 1.72528 x 12.815 / 6.778",
            "derived; replace with the supplier's documented value"),
        LifeCycle("naturgass", QuantityUnit.StandardCubicMetre, 2.307220m, 9.92m,
            "derived from the set's naturgass/kg row (DESNZ 2023 CNG: 3.09335 kg CO2e/kg, 13.3 kWh/kg) at 9.92 kWh/Sm3 (Miljødirektoratet's conversion table): 3.09335 x 9.92 / 13.3",
            "derived; replace with the supplier's documented value"),
        LifeCycle("biogass", QuantityUnit.StandardCubicMetre, 0.447420m, 9.92m,
            "derived from the set's biogass/kg row (DESNZ 2023 biomethane: 0.63144 kg CO2e/kg, 14 kWh/kg) at 9.92 kWh/Sm3: 0.63144 x 9.92 / 14",
            "derived; replace with the supplier's documented value"),
        LifeCycle("pellets", QuantityUnit.Kilogram, 0.05519m, 4.8m,
            "UK DESNZ GHG conversion factors 2025, wood pellets: 0.05519 kg CO2e/kg (CH4 and N2O from burning; biogenic CO2 outside the total); energy: " + PelletsEnergy,
            "burning only: the set's source gives no well-to-tank figure for pellets; replace with the supplier's documented value"),
        LifeCycle("varmepumpe", QuantityUnit.KilowattHour, 0.015m, 1m, "as el-batteri: NVE klimadeklarasjon for fysisk levert strøm 2023, 15 g CO2e/kWh of the pump's electricity", null),
        ]);

    /// <summary>Every version shipped, oldest first; the newest of each key is the one calculations use by default.</summary>
    public static IReadOnlyList<FactorSet> All { get; } = [NoTerritorial2021, LifecycleWtw2023, NoTerritorial2021V2, LifecycleWtw2023V2];

    /// <summary>The newest territorial and life-cycle sets, as a new calculation uses them.</summary>
    public static (FactorSet Territorial, FactorSet LifeCycle) Latest => (NoTerritorial2021V2, LifecycleWtw2023V2);

    // The next version of a set: its rows with some replaced (same carrier and unit) and some added.
    private static FactorSet Revise(FactorSet set, string description, IReadOnlyList<EmissionFactor> replaced, IReadOnlyList<EmissionFactor> added) => set with
    {
        Version = set.Version + 1,
        Description = description,
        Factors =
        [
            .. set.Factors.Select(f => replaced.FirstOrDefault(r => r.Carrier == f.Carrier && r.Unit == f.Unit) ?? f),
            .. added,
        ],
    };

    private static EmissionFactor Territorial(string carrier, QuantityUnit unit, decimal? kgCo2ePerUnit, decimal kwhPerUnit, string source, string? note) =>
        new()
        {
            Carrier = carrier,
            Unit = unit,
            KgCo2ePerUnit = kgCo2ePerUnit,
            KwhPerUnit = kwhPerUnit,
            Boundary = EmissionBoundary.Territorial,
            Source = source,
            Note = note,
        };

    private static EmissionFactor LifeCycle(string carrier, QuantityUnit unit, decimal? kgCo2ePerUnit, decimal kwhPerUnit, string source, string? note) =>
        Territorial(carrier, unit, kgCo2ePerUnit, kwhPerUnit, source, note) with { Boundary = EmissionBoundary.LifeCycle };
}
