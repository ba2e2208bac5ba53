using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Template;

namespace Klimaspor.Features.Calculations;

/// <summary>
/// Rows pasted from a spreadsheet (tab-separated) or typed as CSV, one box per template sheet, read with the
/// template's own parser, so the calculator accepts exactly what a report would.
/// </summary>
public sealed record PastedReport(ReportLines Lines, IReadOnlyList<Problem> Errors, IReadOnlyList<Problem> Warnings,
    IReadOnlyList<int> MachineRows, IReadOnlyList<int> VehicleRows, IReadOnlyList<int> EnergyRows)
{
    public static PastedReport Parse(string? machines, string? vehicles, string? energy, ReportingPeriod? period)
    {
        var errors = new List<Problem>();
        var warnings = new List<Problem>();
        var m = Read(machines, TemplateSheets.Machines.Name, rows => TemplateParser.ParseMachines(rows, period), errors, warnings);
        var v = Read(vehicles, TemplateSheets.Vehicles.Name, rows => TemplateParser.ParseVehicles(rows, period), errors, warnings);
        var e = Read(energy, TemplateSheets.Energy.Name, rows => TemplateParser.ParseEnergy(rows, period), errors, warnings);
        return new PastedReport(new ReportLines { Machines = m.Lines, Vehicles = v.Lines, Energy = e.Lines }, errors, warnings,
            m.RowNumbers, v.RowNumbers, e.RowNumbers);
    }

    /// <summary>The boxes as the template's sheets; an empty box is an empty sheet (that part has no lines).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string?>>> Sheets(string? machines, string? vehicles, string? energy) =>
        new Dictionary<string, IReadOnlyList<IReadOnlyList<string?>>>
        {
            [TemplateSheets.Machines.Name] = Rows(machines),
            [TemplateSheets.Vehicles.Name] = Rows(vehicles),
            [TemplateSheets.Energy.Name] = Rows(energy),
        };

    /// <summary>The form box a sheet's rows were pasted into, so its errors show beside that box.</summary>
    public static string FieldOf(string sheet) =>
        TemplateSheets.Vehicles.IsNamed(sheet) || sheet is "vehicles" or "Vehicle" ? "vehicles"
        : TemplateSheets.Energy.IsNamed(sheet) || sheet is "energy" or "Energy" ? "energy"
        : "machines";

    private static IReadOnlyList<IReadOnlyList<string?>> Rows(string? text) => string.IsNullOrWhiteSpace(text) ? [] : CsvTable.Read(text).Rows;

    /// <summary>The sheet row a calculated line came from, for messages a person can find in their spreadsheet.</summary>
    public int? RowOf(LineKind kind, int index)
    {
        var rows = kind switch
        {
            LineKind.Machine => MachineRows,
            LineKind.Vehicle => VehicleRows,
            _ => EnergyRows,
        };
        return index < rows.Count ? rows[index] : null;
    }

    private static TemplateParseResult<T> Read<T>(string? text, string sheet, Func<IReadOnlyList<IReadOnlyList<string?>>, TemplateParseResult<T>> parse,
        List<Problem> errors, List<Problem> warnings)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new TemplateParseResult<T>();
        }

        var table = CsvTable.Read(text);
        errors.AddRange(table.Errors(sheet));
        var result = parse(table.Rows);
        errors.AddRange(result.Errors);
        warnings.AddRange(result.Warnings);
        return result;
    }
}
