using Klimaspor.Domain.Emissions;
using R = Klimaspor.Domain.Reporting.Template.ColumnRequirement;
using V = Klimaspor.Domain.Reporting.Template.TemplateValueType;

namespace Klimaspor.Domain.Reporting.Template;

/// <summary>
/// The contractor report template, version 2 (spec/reporting-template.md, "Sheets and columns", with the columns
/// docs/reporting-template-v2.md adds): the one table the
/// reader, the workbook's headers, drop-downs and help comments, and the CSV files are all made from. Each sheet and
/// column is named in bokmål, nynorsk and English in the app's texts (<c>Sheet.{sheet}</c>,
/// <c>Template.{sheet}.{column}.Header</c> and <c>.Help</c>); the reader accepts any of them.
/// </summary>
public static class TemplateSheets
{
    /// <summary>
    /// The template version this table describes; the <c>Rapport</c> sheet's <c>templateVersion</c>. Version 2
    /// (docs/reporting-template-v2.md) only adds columns and codes, so a version 1 file reads as it always did.
    /// </summary>
    public const int Version = 2;

    /// <summary>
    /// Products a fuel delivery can be: liquid fuels and gases. Plug-in hybrids are left out: what is delivered to
    /// them is diesel or HVO100, and that is how the delivery is compared with use.
    /// </summary>
    public static CodeList FuelProducts { get; } = new(CodeLists.EnergyCarrier.Name,
        [.. CodeLists.EnergyCarrier.Entries.Where(e => EnergyCarrier.TryFind(e.Code, out var c) && (c.IsLiquid || c.IsGas) && !c.IsElectric)]);

    public static TemplateSheet Report { get; } = new("Rapport", "report", null, null,
    [
        new("contractRef", V.Text, R.Required),
        new("supplierOrgNo", V.OrganisationNumber, R.Required),
        new("period", V.Period, R.Required),
        new("reportedBy", V.Text, R.Optional),
        new("templateVersion", V.WholeNumber, R.Optional),
        new("noActivity", V.Text, R.Optional),
    ]);

    public static TemplateSheet Machines { get; } = new("Maskiner", "machines", LineKind.Machine, "energyCarrier",
    [
        new("machineId", V.Text, R.Required)
        { MaxLength = 64 },
        new("ownerOrgNo", V.OrganisationNumber, R.Optional),
        new("machineType", V.Code, R.Required)
        { CodeList = MachineTypes.List },
        new("model", V.Text, R.Optional),
        new("weightTonnes", V.Number, R.Required)
        { Minimum = NumberMinimum.AboveZero, UnitSymbol = "t" },
        new("powerKw", V.Number, R.Optional)
        { Minimum = NumberMinimum.AboveZero, UnitSymbol = "kW" },
        new("energyCarrier", V.Code, R.Required)
        { CodeList = CodeLists.EnergyCarrier },
        new("emissionClass", V.Code, R.UnlessZeroEmission)
        { CodeList = EmissionClasses.List },
        new("fromDate", V.Date, R.Optional),
        new("toDate", V.Date, R.Optional),
        new("operatingHours", V.Number, R.Required)
        { UnitSymbol = "h" },
        new("idleHours", V.Number, R.Optional)
        { UnitSymbol = "h" },
        new("fuelLitres", V.Number, R.ForLiquidCarrier)
        { UnitSymbol = "liter", CarrierUnit = QuantityUnit.Litre },
        new("gasKg", V.Number, R.ForGasCarrier)
        { UnitSymbol = "kg", CarrierUnit = QuantityUnit.Kilogram },
        new("electricityKwh", V.Number, R.ForElectricCarrier)
        { UnitSymbol = "kWh", CarrierUnit = QuantityUnit.KilowattHour },
        new("electricitySource", V.Code, R.Optional)
        { CodeList = ElectricitySources.List },
        new("sporadic", V.Code, R.Optional)
        { CodeList = YesNo.List },
        new("dataSource", V.Code, R.Required)
        { CodeList = DataSources.List },
        new("waiverRef", V.Text, R.Optional),
        new("comment", V.Text, R.Optional)
        { MaxLength = 1000 },
        new("site", V.Text, R.Optional)
        { MaxLength = 64 },
    ]);

    public static TemplateSheet Vehicles { get; } = new("Kjøretøy", "vehicles", LineKind.Vehicle, "energyCarrier",
    [
        new("regNo", V.RegistrationNumber, R.Required)
        { MaxLength = 16 },
        new("ownerOrgNo", V.OrganisationNumber, R.Optional),
        new("vehicleType", V.Code, R.Required)
        { CodeList = VehicleTypes.List },
        new("purpose", V.Code, R.Required)
        { CodeList = TransportPurposes.List },
        new("energyCarrier", V.Code, R.Required)
        { CodeList = CodeLists.EnergyCarrier },
        new("emissionClass", V.Code, R.UnlessZeroEmission)
        { CodeList = EmissionClasses.List },
        new("trips", V.WholeNumber, R.Optional),
        new("distanceKm", V.Number, R.Required)
        { UnitSymbol = "km" },
        new("ladenKm", V.Number, R.Optional)
        { UnitSymbol = "km" },
        new("weightClass", V.Code, R.Optional)
        { CodeList = VehicleWeightClasses.List },
        new("loadTonnes", V.Number, R.Optional)
        { UnitSymbol = "t" },
        new("loadLevel", V.Code, R.Optional)
        { CodeList = LoadLevels.List },
        new("fuelLitres", V.Number, R.ForLiquidCarrier)
        { UnitSymbol = "liter", CarrierUnit = QuantityUnit.Litre },
        new("gasKg", V.Number, R.ForGasCarrier)
        { UnitSymbol = "kg", CarrierUnit = QuantityUnit.Kilogram },
        new("electricityKwh", V.Number, R.ForElectricCarrier)
        { UnitSymbol = "kWh", CarrierUnit = QuantityUnit.KilowattHour },
        new("idleMinutes", V.WholeNumber, R.Optional)
        { UnitSymbol = "min" },
        new("dataSource", V.Code, R.Required)
        { CodeList = DataSources.List },
        new("comment", V.Text, R.Optional)
        { MaxLength = 1000 },
        new("site", V.Text, R.Optional)
        { MaxLength = 64 },
    ]);

    public static TemplateSheet Energy { get; } = new("Energi", "energy", LineKind.Energy, "energyCarrier",
    [
        new("sourceId", V.Text, R.Required)
        { MaxLength = 64 },
        new("energyCarrier", V.Code, R.Required)
        { CodeList = CodeLists.EnergyCarrier },
        new("purpose", V.Code, R.Required)
        { CodeList = EnergyPurposes.List },
        new("quantity", V.Number, R.Required)
        { UnitInOtherColumn = true },
        new("unit", V.Unit, R.Required)
        { Units = [QuantityUnit.KilowattHour, QuantityUnit.Litre, QuantityUnit.Kilogram, QuantityUnit.StandardCubicMetre] },
        new("fromDate", V.Date, R.Optional),
        new("toDate", V.Date, R.Optional),
        new("dataSource", V.Code, R.Required)
        { CodeList = DataSources.List },
        new("site", V.Text, R.Optional)
        { MaxLength = 64 },
        new("ownerOrgNo", V.OrganisationNumber, R.Optional),
    ]);

    public static TemplateSheet FuelDeliveries { get; } = new("Drivstoff", "fuelDeliveries", LineKind.FuelDelivery, "product",
    [
        new("deliveryDate", V.Date, R.Required),
        new("fuelSupplier", V.Text, R.Required),
        new("product", V.Code, R.Required)
        { CodeList = FuelProducts },
        new("quantity", V.Number, R.Required)
        { Minimum = NumberMinimum.AboveZero, UnitInOtherColumn = true },
        new("unit", V.Unit, R.Required)
        { Units = [QuantityUnit.Litre, QuantityUnit.Kilogram, QuantityUnit.StandardCubicMetre] },
        new("feedstock", V.Code, R.ForBiofuelOrBiogas)
        { CodeList = Feedstocks.List },
        new("carbonIntensity", V.Number, R.Optional)
        { UnitSymbol = "g CO2e/MJ" },
        new("sustainabilityRef", V.Text, R.Optional),
        new("beyondMandate", V.Code, R.Optional)
        { CodeList = YesNo.List },
        new("deliveryNote", V.Text, R.Optional),
        new("deliveredTo", V.Text, R.Optional),
        new("site", V.Text, R.Optional)
        { MaxLength = 64 },
        new("ownerOrgNo", V.OrganisationNumber, R.Optional),
    ]);

    /// <summary>In the workbook's order.</summary>
    public static IReadOnlyList<TemplateSheet> All { get; } = [Report, Machines, Vehicles, Energy, FuelDeliveries];

    /// <summary>The sheet a workbook sheet or CSV file name (without extension) names, matched loosely.</summary>
    public static TemplateSheet? Find(string? name) => All.FirstOrDefault(s => s.IsNamed(name));

    /// <summary>
    /// The text key of a sheet's column's header, for findings that name it by sheet (name or key) and column key, such
    /// as stored warnings; null when it names none.
    /// </summary>
    public static string? HeaderKey(string? sheet, string? column) => Find(sheet)?.FindColumn(column)?.HeaderKey;
}
