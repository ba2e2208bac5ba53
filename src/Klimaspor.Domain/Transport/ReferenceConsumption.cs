using Klimaspor.Domain.Reporting;

namespace Klimaspor.Domain.Transport;

/// <summary>
/// The reference consumption table (version 1): energy per vehicle-km for every vehicle type of the template's code
/// list, on every drivetrain a vehicle can have, with finer rows for lorries by weight class and load. Each row cites
/// its source; rows with no published figure say how they were derived. Norwegian sources (SSB, Miljødirektoratet,
/// HBEFA through Statens vegvesen) are preferable where they exist: none with per-km energy was at hand, so the
/// published rows are DESNZ's, as ../shared/spec/transport-footprint.md suggests. A new table is a new version; a
/// result names the version and row it used.
/// </summary>
public static class ReferenceConsumption
{
    public const string Key = "vehicle-consumption";

    /// <summary>DESNZ 2023's kWh (Net CV) rows as the method notes quote them.</summary>
    private const string Desnz = "UK DESNZ, Greenhouse gas reporting: conversion factors 2023 v1.1, Delivery vehicles, kWh (Net CV) per km";

    /// <summary>Ratios between weight classes from BEIS 2020 Scope 1 kg CO2e/km, average laden (same fuel, so the same ratio of energy).</summary>
    private const string Beis2020 = "BEIS GHG conversion factors 2020, HGV (all diesel), average laden, Scope 1 kg CO2e/km";

    /// <summary>
    /// Battery-electric energy per km over diesel energy per km: DESNZ 2023's battery-electric van, 0.0676 kg CO2e/km at
    /// 0.2071 kg CO2e/kWh = 0.33 kWh/km, over its average diesel van's 0.916 kWh/km (method notes).
    /// </summary>
    public const decimal BatteryOverDiesel = 0.33m / 0.916m;

    /// <summary>
    /// A spark-ignited engine (petrol, gas) at about 30 % efficiency against a diesel engine's 35 % (the 0.35 the
    /// baseline assumptions use, domain README): 0.35 / 0.30. Derived, not published.
    /// </summary>
    public const decimal SparkIgnitionOverDiesel = 0.35m / 0.30m;

    /// <summary>A fuel cell at about 50 % against the electric drive's 90 % (domain README's drive efficiency): hydrogen per km = battery kWh/km × 0.90 / 0.50.</summary>
    public const decimal FuelCellOverDiesel = BatteryOverDiesel * 0.90m / 0.50m;

    /// <summary>No published share of electric km for heavy plug-in hybrids was found: half the km on each, an assumption shown on the row.</summary>
    public const decimal PlugInElectricShare = 0.5m;

    /// <summary>
    /// SWANA Applied Research Foundation (2023): "Refuse trucks have a fuel economy of 2.5 to 3 miles per gallon which is
    /// the lowest for all highway vehicles." The midpoint, 2.75 mpg (US gallon 3.785411784 l, mile 1.609344 km), is
    /// 0.855325 l/km; × 10.056 kWh/l (the territorial set's diesel) = 8.6011 kWh/km.
    /// </summary>
    public const decimal RefuseTruckDieselKwhPerKm = 8.6011m;

    public static ConsumptionTable Version1 { get; } = new(Key, 1, Build());

    /// <summary>The table a new calculation uses.</summary>
    public static ConsumptionTable Current => Version1;

    private sealed record Base(string Type, string? WeightClass, LoadLevel Load, decimal DieselKwhPerKm, string Source, bool Derived);

    private static List<ConsumptionRow> Build()
    {
        const string heavy = VehicleWeightClasses.Tung;
        Base[] bases =
        [
            new(VehicleTypes.Personbil, null, LoadLevel.Average, 0.916m * 0.7m, "derived: 70 % of DESNZ 2023's average diesel van (0.916 kWh/km); no published per-km energy for Norwegian cars was at hand — replace with SSB's or HBEFA's", true),
            new(VehicleTypes.Varebil, null, LoadLevel.Average, 0.916m, Desnz + ": Vans, Average (up to 3.5 tonnes), Diesel 0.916", false),
            new(VehicleTypes.Lastebil, null, LoadLevel.Average, 3.419m, Desnz + ": HGV (all diesel), All HGVs, Average laden 3.419 (a lorry of unknown weight)", false),
            new(VehicleTypes.Lastebil, VehicleWeightClasses.Lett, LoadLevel.Average, 3.834m * 0.4825m / 0.9643m, "derived: 3.834 (rigid >17 t, DESNZ 2023) × 0.4825 / 0.9643, the ratio of rigid >3.5–7.5 t to rigid >17 t in " + Beis2020, true),
            new(VehicleTypes.Lastebil, VehicleWeightClasses.Middels, LoadLevel.Average, 3.834m * 0.5893m / 0.9643m, "derived: 3.834 (rigid >17 t, DESNZ 2023) × 0.5893 / 0.9643, the ratio of rigid >7.5–17 t to rigid >17 t in " + Beis2020, true),
            new(VehicleTypes.Lastebil, heavy, LoadLevel.Average, 3.834m, Desnz + ": HGV (all diesel), Rigid (>17 tonnes), Average laden 3.834", false),
            new(VehicleTypes.Lastebil, heavy, LoadLevel.Empty, 2.928m, Desnz + ": HGV (all diesel), Rigid (>17 tonnes), 0% Laden 2.928", false),
            new(VehicleTypes.Lastebil, heavy, LoadLevel.Full, 4.214m, Desnz + ": HGV (all diesel), Rigid (>17 tonnes), 100% Laden 4.214", false),
            new(VehicleTypes.Lastebil, heavy, LoadLevel.Half, (2.928m + 4.214m) / 2, "derived: midway between DESNZ 2023's 0 % (2.928) and 100 % laden (4.214) rigid >17 t rows, as DESNZ's own 50 % rows nearly are", true),
            new(VehicleTypes.Vogntog, null, LoadLevel.Average, 3.834m * 0.9157m / 0.9643m, "derived: 3.834 (rigid >17 t, DESNZ 2023) × 0.9157 / 0.9643, the ratio of all articulated HGVs to rigid >17 t in " + Beis2020, true),
            new(VehicleTypes.Renovasjonsbil, null, LoadLevel.Average, RefuseTruckDieselKwhPerKm, "SWANA Applied Research Foundation 2023: refuse trucks 2.5–3 miles per US gallon; midpoint 0.855325 l/km × 10.056 kWh/l", false),
            new(VehicleTypes.Betongbil, null, LoadLevel.Average, 3.834m, "derived: as DESNZ 2023's rigid >17 t, average laden (a truck mixer is a rigid lorry above 17 t)", true),
            new(VehicleTypes.Betongbil, null, LoadLevel.Empty, 2.928m, "derived: as DESNZ 2023's rigid >17 t, 0 % laden", true),
            new(VehicleTypes.Betongbil, null, LoadLevel.Full, 4.214m, "derived: as DESNZ 2023's rigid >17 t, 100 % laden", true),
            new(VehicleTypes.Annet, null, LoadLevel.Average, 3.419m, "derived: as a lorry of unknown weight (DESNZ 2023 all HGVs, 3.419), so that an unknown vehicle is not estimated low", true),
        ];

        var rows = new List<ConsumptionRow>();
        foreach (var b in bases)
        {
            foreach (var drivetrain in Enum.GetValues<Drivetrain>())
            {
                var (fuel, electricity, how, derived) = drivetrain switch
                {
                    Drivetrain.Diesel => (b.DieselKwhPerKm, 0m, string.Empty, false),
                    Drivetrain.Petrol or Drivetrain.Gas => (b.DieselKwhPerKm * SparkIgnitionOverDiesel, 0m,
                        "; derived: × 0.35/0.30, a spark-ignited engine at about 30 % efficiency against diesel's 35 %", true),
                    Drivetrain.FuelCell => (b.DieselKwhPerKm * FuelCellOverDiesel, 0m,
                        "; derived: × 0.33/0.916 (DESNZ 2023 battery-electric over diesel van) × 0.90/0.50 (electric drive over a fuel cell's efficiency), hydrogen kWh", true),
                    Drivetrain.Battery => (0m, b.DieselKwhPerKm * BatteryOverDiesel,
                        b.Type == VehicleTypes.Varebil ? "; DESNZ 2023 battery-electric van 0.0676 kg CO2e/km ÷ 0.2071 kg CO2e/kWh = 0.33 kWh/km" : "; derived: × 0.33/0.916, DESNZ 2023's battery-electric van over its average diesel van (no published figure for this type)", b.Type != VehicleTypes.Varebil),
                    _ => (b.DieselKwhPerKm * (1 - PlugInElectricShare), b.DieselKwhPerKm * BatteryOverDiesel * PlugInElectricShare,
                        "; derived: half the km on fuel, half on charged electricity (× 0.33/0.916), as no published share exists", true),
                };
                var id = $"{b.Type}/{b.WeightClass ?? "alle"}/{LoadLevels.Code(b.Load)}/{drivetrain.ToString().ToLowerInvariant()}";
                rows.Add(new ConsumptionRow(id, b.Type, b.WeightClass, b.Load, drivetrain, decimal.Round(fuel, 4), decimal.Round(electricity, 4),
                    b.Source + how, b.Derived || derived));
            }
        }

        return rows;
    }
}
