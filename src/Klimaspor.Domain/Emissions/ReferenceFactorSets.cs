namespace Klimaspor.Domain.Emissions;

/// <summary>
/// The two factor sets Klimaspor ships with, copied value by value, with their sources, from
/// <c>spec/emission-factors.csv</c>. They are published version 1; an administrator changes them by making a new
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

    public static IReadOnlyList<FactorSet> All { get; } = [NoTerritorial2021, LifecycleWtw2023];

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
