using System.Globalization;
using Klimaspor.Domain.Reporting.Template;

namespace Klimaspor.Domain.Reporting.Reports;

/// <summary>
/// Stored lines written back as template rows (keys as headers, invariant numbers, ISO dates): what a web form
/// shows for editing and what the parser reads back into the very same lines.
/// </summary>
public static class ReportRows
{
    public static IReadOnlyList<IReadOnlyList<string?>> Machines(IReadOnlyList<MachineLine> lines) => Rows(TemplateSheets.Machines, lines, TemplateLineCells.Machine);

    public static IReadOnlyList<IReadOnlyList<string?>> Vehicles(IReadOnlyList<VehicleLine> lines) => Rows(TemplateSheets.Vehicles, lines, TemplateLineCells.Vehicle);

    public static IReadOnlyList<IReadOnlyList<string?>> Energy(IReadOnlyList<EnergyLine> lines) => Rows(TemplateSheets.Energy, lines, TemplateLineCells.Energy);

    public static IReadOnlyList<IReadOnlyList<string?>> FuelDeliveries(IReadOnlyList<FuelDelivery> lines) =>
        Rows(TemplateSheets.FuelDeliveries, lines, TemplateLineCells.FuelDelivery);

    /// <summary>
    /// Last period's machines as the register a new period starts from: the columns that identify a machine
    /// (<see cref="TemplateLineCells.MachineRegister"/>, as the prefilled workbook has them), the period's hours and
    /// quantities left empty for the supplier.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string?>> MachineRegister(IReadOnlyList<MachineLine> lines) =>
        Rows(TemplateSheets.Machines, lines, TemplateLineCells.Machine, TemplateLineCells.MachineRegister);

    public static IReadOnlyList<IReadOnlyList<string?>> VehicleRegister(IReadOnlyList<VehicleLine> lines) =>
        Rows(TemplateSheets.Vehicles, lines, TemplateLineCells.Vehicle, TemplateLineCells.VehicleRegister);

    /// <summary>Rows as tab-separated text, as a spreadsheet copies them.</summary>
    public static string Text(IReadOnlyList<IReadOnlyList<string?>> rows) =>
        rows.Count <= 1 ? string.Empty : string.Join('\n', rows.Select(r => string.Join('\t', r.Select(c => c ?? string.Empty)))) + "\n";

    private static List<IReadOnlyList<string?>> Rows<T>(TemplateSheet sheet, IReadOnlyList<T> lines, IReadOnlyDictionary<string, Func<T, CellData>> cells,
        System.Collections.Frozen.FrozenSet<string>? only = null)
    {
        var keys = sheet.Columns.Select(c => c.Key).ToArray();
        var rows = new List<IReadOnlyList<string?>> { keys };
        rows.AddRange(lines.Select(line => (IReadOnlyList<string?>)[.. keys.Select(k => only is null || only.Contains(k) ? Invariant(cells[k](line)) : null)]));
        return rows;
    }

    private static string? Invariant(CellData cell) => cell.Kind switch
    {
        CellKind.Text or CellKind.Code => cell.Text,
        CellKind.Number => cell.Number.ToString(CultureInfo.InvariantCulture),
        CellKind.Date => cell.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => null,
    };
}
