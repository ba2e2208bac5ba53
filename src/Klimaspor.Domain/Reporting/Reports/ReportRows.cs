using System.Globalization;
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting.Template;

namespace Klimaspor.Domain.Reporting.Reports;

/// <summary>
/// Stored lines written back as template rows (keys as headers, invariant numbers, ISO dates): what a web form
/// shows for editing and what the parser reads back into the very same lines.
/// </summary>
public static class ReportRows
{
    public static IReadOnlyList<IReadOnlyList<string?>> Machines(IReadOnlyList<MachineLine> lines) => Rows(TemplateSheets.Machines, lines, (m, key) => key switch
    {
        "machineId" => m.MachineId,
        "ownerOrgNo" => m.OwnerOrgNo?.Value,
        "machineType" => m.MachineType,
        "model" => m.Model,
        "weightTonnes" => Number(m.WeightTonnes),
        "powerKw" => Number(m.PowerKw),
        "energyCarrier" => m.EnergyCarrier,
        "emissionClass" => m.EmissionClass,
        "fromDate" => Date(m.FromDate),
        "toDate" => Date(m.ToDate),
        "operatingHours" => Number(m.OperatingHours.Value),
        "idleHours" => Number(m.IdleHours?.Value),
        "fuelLitres" => Number(m.FuelLitres?.Value),
        "gasKg" => Number(m.GasKg?.Value),
        "electricityKwh" => Number(m.ElectricityKwh?.Value),
        "dataSource" => m.DataSource,
        "waiverRef" => m.WaiverRef,
        "comment" => m.Comment,
        _ => null,
    });

    public static IReadOnlyList<IReadOnlyList<string?>> Vehicles(IReadOnlyList<VehicleLine> lines) => Rows(TemplateSheets.Vehicles, lines, (v, key) => key switch
    {
        "regNo" => v.RegNo,
        "ownerOrgNo" => v.OwnerOrgNo?.Value,
        "vehicleType" => v.VehicleType,
        "purpose" => v.Purpose,
        "energyCarrier" => v.EnergyCarrier,
        "emissionClass" => v.EmissionClass,
        "trips" => v.Trips?.ToString(CultureInfo.InvariantCulture),
        "distanceKm" => Number(v.DistanceKm.Value),
        "loadTonnes" => Number(v.LoadTonnes),
        "fuelLitres" => Number(v.FuelLitres?.Value),
        "gasKg" => Number(v.GasKg?.Value),
        "electricityKwh" => Number(v.ElectricityKwh?.Value),
        "idleMinutes" => v.IdleMinutes?.ToString(CultureInfo.InvariantCulture),
        "dataSource" => v.DataSource,
        "comment" => v.Comment,
        _ => null,
    });

    public static IReadOnlyList<IReadOnlyList<string?>> Energy(IReadOnlyList<EnergyLine> lines) => Rows(TemplateSheets.Energy, lines, (e, key) => key switch
    {
        "sourceId" => e.SourceId,
        "energyCarrier" => e.EnergyCarrier,
        "purpose" => e.Purpose,
        "quantity" => Number(e.Quantity),
        "unit" => e.Unit.Code(),
        "fromDate" => Date(e.FromDate),
        "toDate" => Date(e.ToDate),
        "dataSource" => e.DataSource,
        _ => null,
    });

    /// <summary>Rows as tab-separated text, as a spreadsheet copies them.</summary>
    public static string Text(IReadOnlyList<IReadOnlyList<string?>> rows) =>
        rows.Count <= 1 ? string.Empty : string.Join('\n', rows.Select(r => string.Join('\t', r.Select(c => c ?? string.Empty)))) + "\n";

    private static List<IReadOnlyList<string?>> Rows<T>(TemplateSheet sheet, IReadOnlyList<T> lines, Func<T, string, string?> value)
    {
        var keys = sheet.Columns.Select(c => c.Key).ToArray();
        var rows = new List<IReadOnlyList<string?>> { keys };
        rows.AddRange(lines.Select(line => (IReadOnlyList<string?>)[.. keys.Select(k => value(line, k))]));
        return rows;
    }

    private static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
