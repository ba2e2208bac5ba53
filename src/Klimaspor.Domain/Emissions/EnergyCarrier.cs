using System.Collections.Frozen;

namespace Klimaspor.Domain.Emissions;

/// <summary>
/// An entry of the template's <c>energyCarrier</c> code list, with what the calculation needs to know about it.
/// Instances are fixed: compare by reference or by <see cref="Code"/>.
/// </summary>
public sealed class EnergyCarrier
{
    private EnergyCarrier(
        int ordinal,
        string code,
        EnergyClass energyClass,
        CarrierForm form,
        QuantityUnit[] units,
        string[] aliases,
        string? fuelFactorCarrier = null)
    {
        Ordinal = ordinal;
        Code = code;
        EnergyClass = energyClass;
        Form = form;
        Units = units;
        Aliases = aliases;
        FuelFactorCarrier = fuelFactorCarrier ?? code;
    }

    /// <summary>Position in <see cref="All"/>; lets the calculation index factor tables without hashing strings.</summary>
    public int Ordinal { get; }

    public string Code { get; }

    /// <summary>
    /// The class of the carrier's fuel. A plug-in hybrid is classed by its fuel (its charged kWh count as
    /// zero-emission energy separately), so its machine hours are never zero-emission hours.
    /// </summary>
    public EnergyClass EnergyClass { get; }

    public CarrierForm Form { get; }

    /// <summary>The units the carrier can be reported in. A quantity in any other unit is an error, never converted.</summary>
    public IReadOnlyList<QuantityUnit> Units { get; }

    /// <summary>The text key of the carrier's label, as the <c>energyCarrier</c> code list has it: <c>Codes.energyCarrier.diesel</c>.</summary>
    public string LabelKey => $"Codes.energyCarrier.{Code}";

    /// <summary>Other names people write in the workbook (<c>Batt(el)</c>, <c>CNG</c>), accepted on import.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>
    /// The carrier whose factor prices this carrier's fuel: itself, except plug-in hybrids, whose litres are priced as
    /// <c>diesel</c> or <c>hvo100</c> (their kWh as <c>el-batteri</c>). Factor sets hold no hybrid rows.
    /// </summary>
    public string FuelFactorCarrier { get; }

    public bool IsLiquid => (Form & CarrierForm.Liquid) != 0;

    public bool IsGas => (Form & CarrierForm.Gas) != 0;

    public bool IsElectric => (Form & CarrierForm.Electric) != 0;

    public bool IsPlugInHybrid => IsElectric && IsLiquid;

    public bool IsZeroEmission => EnergyClass == EnergyClass.ZeroEmission;

    public bool CanBeReportedIn(QuantityUnit unit) => Units.Contains(unit);

    public override string ToString() => Code;

    public static EnergyCarrier Diesel { get; } =
        new(0, "diesel", EnergyClass.Fossil, CarrierForm.Liquid, [QuantityUnit.Litre],
            ["Anleggsdiesel", "Autodiesel", "Avgiftsfri diesel"]);

    public static EnergyCarrier Hvo100 { get; } =
        new(1, "hvo100", EnergyClass.LiquidBiofuel, CarrierForm.Liquid, [QuantityUnit.Litre],
            ["HVO", "HVO 100", "Fornybar diesel"]);

    public static EnergyCarrier Fame100 { get; } =
        new(2, "fame100", EnergyClass.LiquidBiofuel, CarrierForm.Liquid, [QuantityUnit.Litre],
            ["FAME", "B100", "Biodiesel"]);

    public static EnergyCarrier Bensin { get; } =
        new(3, "bensin", EnergyClass.Fossil, CarrierForm.Liquid, [QuantityUnit.Litre],
            ["Gasoline"]);

    // Biogas is metered in kg at filling stations and in Sm3 on pipelines; the reference sets only hold kg, so Sm3
    // surfaces as a missing factor until an administrator adds one.
    public static EnergyCarrier Biogass { get; } =
        new(4, "biogass", EnergyClass.Biogas, CarrierForm.Gas, [QuantityUnit.Kilogram, QuantityUnit.StandardCubicMetre], ["CBG", "LBG", "Biometan", "Biomethane"]);

    public static EnergyCarrier Naturgass { get; } =
        new(5, "naturgass", EnergyClass.Fossil, CarrierForm.Gas, [QuantityUnit.Kilogram, QuantityUnit.StandardCubicMetre], ["CNG", "LNG"]);

    // LPG is a gas carried as a liquid under pressure: sold by the litre from tanks and by the kg in bottles.
    public static EnergyCarrier Propan { get; } =
        new(6, "propan", EnergyClass.Fossil, CarrierForm.Gas, [QuantityUnit.Litre, QuantityUnit.Kilogram], ["LPG", "Propan", "Propane", "Gass (propan)"]);

    public static EnergyCarrier Hydrogen { get; } =
        new(7, "hydrogen", EnergyClass.ZeroEmission, CarrierForm.Gas, [QuantityUnit.Kilogram],
            ["H2"]);

    public static EnergyCarrier ElBatteri { get; } =
        new(8, "el-batteri", EnergyClass.ZeroEmission, CarrierForm.Electric, [QuantityUnit.KilowattHour], ["Batt(el)", "Batteri", "Elektrisk (batteri)", "BEV"]);

    public static EnergyCarrier ElKabel { get; } =
        new(9, "el-kabel", EnergyClass.ZeroEmission, CarrierForm.Electric, [QuantityUnit.KilowattHour], ["Kabel(el)", "Kabel", "Elektrisk (kabel)", "Kabeldrevet"]);

    public static EnergyCarrier HybridDiesel { get; } =
        new(10, "hybrid-diesel", EnergyClass.Fossil, CarrierForm.Liquid | CarrierForm.Electric, [QuantityUnit.Litre, QuantityUnit.KilowattHour], ["Hybrid diesel", "PHEV diesel"], "diesel");

    public static EnergyCarrier HybridHvo { get; } =
        new(11, "hybrid-hvo", EnergyClass.LiquidBiofuel, CarrierForm.Liquid | CarrierForm.Electric, [QuantityUnit.Litre, QuantityUnit.KilowattHour], ["Hybrid HVO", "PHEV HVO"], "hvo100");

    public static EnergyCarrier ElNett { get; } =
        new(12, "el-nett", EnergyClass.ZeroEmission, CarrierForm.Electric, [QuantityUnit.KilowattHour], ["Nettstrøm", "Strøm", "Straum", "Elektrisitet"]);

    public static EnergyCarrier Fjernvarme { get; } =
        new(13, "fjernvarme", EnergyClass.ZeroEmission, CarrierForm.Heat, [QuantityUnit.KilowattHour], ["District heating"]);

    // Template v2's heating carriers. Pellets are weighed (kg); a heat pump reports the electricity it used (kWh), which
    // is zero-emission as grid electricity is, and is heat on the site (its baseline is the energy, not electric drive).
    public static EnergyCarrier Pellets { get; } =
        new(14, "pellets", EnergyClass.SolidBiofuel, CarrierForm.Solid, [QuantityUnit.Kilogram], ["Trepellets", "Wood pellets", "Pellets"]);

    public static EnergyCarrier Varmepumpe { get; } =
        new(15, "varmepumpe", EnergyClass.ZeroEmission, CarrierForm.Heat, [QuantityUnit.KilowattHour], ["Heat pump", "Luft-vann-varmepumpe"]);

    /// <summary>In the template's order.</summary>
    public static IReadOnlyList<EnergyCarrier> All { get; } =
    [
        Diesel, Hvo100, Fame100, Bensin, Biogass, Naturgass, Propan, Hydrogen,
        ElBatteri, ElKabel, HybridDiesel, HybridHvo, ElNett, Fjernvarme, Pellets, Varmepumpe,
    ];

    private static readonly FrozenDictionary<string, EnergyCarrier> ByCode =
        All.ToFrozenDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>Finds a carrier by its code (case ignored). Labels are matched by the code list's loose matcher instead.</summary>
    public static bool TryFind(string? code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out EnergyCarrier? carrier)
    {
        carrier = null;
        return code is not null && ByCode.TryGetValue(code, out carrier);
    }
}
