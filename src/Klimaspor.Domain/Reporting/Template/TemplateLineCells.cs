using System.Collections.Frozen;
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Organisations;

namespace Klimaspor.Domain.Reporting.Template;

public enum CellKind
{
    Empty,
    Text,

    /// <summary>A code of the column's list, written as its label in the workbook's language.</summary>
    Code,
    Number,
    Date,
}

/// <summary>One value to write, typed so that numbers become numeric cells and dates date cells.</summary>
public readonly record struct CellData(CellKind Kind, string? Text, decimal Number, DateOnly Date)
{
    public static CellData OfText(string? text) => string.IsNullOrEmpty(text) ? default : new(CellKind.Text, text, 0, default);

    public static CellData OfCode(string? code) => string.IsNullOrEmpty(code) ? default : new(CellKind.Code, code, 0, default);

    public static CellData OfNumber(decimal? value) => value is { } n ? new(CellKind.Number, null, n, default) : default;

    public static CellData OfDate(DateOnly? date) => date is { } d ? new(CellKind.Date, null, 0, d) : default;

    public static CellData OfOrganisation(OrganisationNumber? number) => OfText(number?.Value);

    public static CellData OfUnit(QuantityUnit? unit) => unit is { } u ? OfText(u.Code()) : default;
}

/// <summary>
/// The value of each template column on a report line, by the column's key: the writing side of the template table,
/// for the workbook writer and for rows shown back in forms (<see cref="Reports.ReportRows"/>).
/// Every column of every line sheet has an entry, which a test checks against <see cref="TemplateSheets"/>.
/// </summary>
public static class TemplateLineCells
{
    public static FrozenDictionary<string, Func<MachineLine, CellData>> Machine { get; } = new Dictionary<string, Func<MachineLine, CellData>>
    {
        ["machineId"] = l => CellData.OfText(l.MachineId),
        ["ownerOrgNo"] = l => CellData.OfOrganisation(l.OwnerOrgNo),
        ["machineType"] = l => CellData.OfCode(l.MachineType),
        ["model"] = l => CellData.OfText(l.Model),
        ["weightTonnes"] = l => CellData.OfNumber(l.WeightTonnes),
        ["powerKw"] = l => CellData.OfNumber(l.PowerKw),
        ["energyCarrier"] = l => CellData.OfCode(l.EnergyCarrier),
        ["emissionClass"] = l => CellData.OfCode(l.EmissionClass),
        ["fromDate"] = l => CellData.OfDate(l.FromDate),
        ["toDate"] = l => CellData.OfDate(l.ToDate),
        ["operatingHours"] = l => CellData.OfNumber(l.OperatingHours.Value),
        ["idleHours"] = l => CellData.OfNumber(l.IdleHours?.Value),
        ["fuelLitres"] = l => CellData.OfNumber(l.FuelLitres?.Value),
        ["gasKg"] = l => CellData.OfNumber(l.GasKg?.Value),
        ["electricityKwh"] = l => CellData.OfNumber(l.ElectricityKwh?.Value),
        ["electricitySource"] = l => CellData.OfCode(l.ElectricitySource),
        ["sporadic"] = l => CellData.OfCode(YesNo.Code(l.Sporadic)),
        ["dataSource"] = l => CellData.OfCode(l.DataSource),
        ["waiverRef"] = l => CellData.OfText(l.WaiverRef),
        ["comment"] = l => CellData.OfText(l.Comment),
        ["site"] = l => CellData.OfText(l.Site),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static FrozenDictionary<string, Func<VehicleLine, CellData>> Vehicle { get; } = new Dictionary<string, Func<VehicleLine, CellData>>
    {
        ["regNo"] = l => CellData.OfText(l.RegNo),
        ["ownerOrgNo"] = l => CellData.OfOrganisation(l.OwnerOrgNo),
        ["vehicleType"] = l => CellData.OfCode(l.VehicleType),
        ["purpose"] = l => CellData.OfCode(l.Purpose),
        ["energyCarrier"] = l => CellData.OfCode(l.EnergyCarrier),
        ["emissionClass"] = l => CellData.OfCode(l.EmissionClass),
        ["trips"] = l => CellData.OfNumber(l.Trips),
        ["distanceKm"] = l => CellData.OfNumber(l.DistanceKm.Value),
        ["ladenKm"] = l => CellData.OfNumber(l.LadenKm),
        ["weightClass"] = l => CellData.OfCode(l.WeightClass),
        ["loadTonnes"] = l => CellData.OfNumber(l.LoadTonnes),
        ["loadLevel"] = l => CellData.OfCode(l.LoadLevel),
        ["fuelLitres"] = l => CellData.OfNumber(l.FuelLitres?.Value),
        ["gasKg"] = l => CellData.OfNumber(l.GasKg?.Value),
        ["electricityKwh"] = l => CellData.OfNumber(l.ElectricityKwh?.Value),
        ["idleMinutes"] = l => CellData.OfNumber(l.IdleMinutes),
        ["dataSource"] = l => CellData.OfCode(l.DataSource),
        ["comment"] = l => CellData.OfText(l.Comment),
        ["site"] = l => CellData.OfText(l.Site),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static FrozenDictionary<string, Func<EnergyLine, CellData>> Energy { get; } = new Dictionary<string, Func<EnergyLine, CellData>>
    {
        ["sourceId"] = l => CellData.OfText(l.SourceId),
        ["energyCarrier"] = l => CellData.OfCode(l.EnergyCarrier),
        ["purpose"] = l => CellData.OfCode(l.Purpose),
        ["quantity"] = l => CellData.OfNumber(l.Quantity),
        ["unit"] = l => CellData.OfUnit(l.Unit),
        ["fromDate"] = l => CellData.OfDate(l.FromDate),
        ["toDate"] = l => CellData.OfDate(l.ToDate),
        ["dataSource"] = l => CellData.OfCode(l.DataSource),
        ["site"] = l => CellData.OfText(l.Site),
        ["ownerOrgNo"] = l => CellData.OfOrganisation(l.OwnerOrgNo),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static FrozenDictionary<string, Func<FuelDelivery, CellData>> FuelDelivery { get; } = new Dictionary<string, Func<FuelDelivery, CellData>>
    {
        ["deliveryDate"] = l => CellData.OfDate(l.DeliveryDate),
        ["fuelSupplier"] = l => CellData.OfText(l.FuelSupplier),
        ["product"] = l => CellData.OfCode(l.Product),
        ["quantity"] = l => CellData.OfNumber(l.Quantity),
        ["unit"] = l => CellData.OfUnit(l.Unit),
        ["feedstock"] = l => CellData.OfCode(l.Feedstock),
        ["carbonIntensity"] = l => CellData.OfNumber(l.CarbonIntensity),
        ["sustainabilityRef"] = l => CellData.OfText(l.SustainabilityRef),
        ["beyondMandate"] = l => CellData.OfCode(YesNo.Code(l.BeyondMandate)),
        ["deliveryNote"] = l => CellData.OfText(l.DeliveryNote),
        ["deliveredTo"] = l => CellData.OfText(l.DeliveredTo),
        ["ownerOrgNo"] = l => CellData.OfOrganisation(l.OwnerOrgNo),
        ["site"] = l => CellData.OfText(l.Site),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The machine columns prefilled from last period's register (the workbook writer's register-only download).</summary>
    public static FrozenSet<string> MachineRegister { get; } = FrozenSet.Create(StringComparer.Ordinal,
        "machineId", "ownerOrgNo", "machineType", "model", "weightTonnes", "powerKw", "energyCarrier", "emissionClass");

    public static FrozenSet<string> VehicleRegister { get; } = FrozenSet.Create(StringComparer.Ordinal,
        "regNo", "ownerOrgNo", "vehicleType", "energyCarrier", "emissionClass");
}
