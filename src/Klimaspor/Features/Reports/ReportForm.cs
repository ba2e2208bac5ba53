using System.Globalization;
using System.Text.RegularExpressions;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Domain.Reporting.Template;

namespace Klimaspor.Features.Reports;

/// <summary>
/// The draft as the line-by-line web form holds it: for each sheet, rows of cells as typed, in the template's column
/// order. Saving turns them into the template's sheets (a header row of keys, then the rows), so the form is read by
/// the same parser as the workbook, CSV files, pasted rows and the JSON API, and stores the same lines. Inputs are
/// named <c>machines[0].machineId</c>: the API's sheet keys and the template's column keys.
/// </summary>
public sealed partial class ReportForm
{
    /// <summary>The form's tables, in the workbook's order.</summary>
    public static IReadOnlyList<TemplateSheet> Sheets { get; } = [TemplateSheets.Machines, TemplateSheets.Vehicles, TemplateSheets.Energy, TemplateSheets.FuelDeliveries];

    private readonly Dictionary<string, List<string?[]>> _rows = Sheets.ToDictionary(s => s.Key, _ => new List<string?[]>(), StringComparer.Ordinal);

    /// <summary>The rows of one sheet, each cell lined up with <see cref="TemplateSheet.Columns"/>.</summary>
    public IReadOnlyList<IReadOnlyList<string?>> Rows(TemplateSheet sheet) => _rows[sheet.Key];

    public int LineCount => _rows.Values.Sum(r => r.Count);

    /// <summary>A draft's lines, numbers written with the reader's decimal separator.</summary>
    public static ReportForm Of(ReportLines lines, string? culture) => From(culture,
        (TemplateSheets.Machines, ReportRows.Machines(lines.Machines)),
        (TemplateSheets.Vehicles, ReportRows.Vehicles(lines.Vehicles)),
        (TemplateSheets.Energy, ReportRows.Energy(lines.Energy)),
        (TemplateSheets.FuelDeliveries, ReportRows.FuelDeliveries(lines.FuelDeliveries)));

    /// <summary>Last period's machines and vehicles as the register: what identifies them, without last period's figures.</summary>
    public static ReportForm Register(ReportLines lines, string? culture) => From(culture,
        (TemplateSheets.Machines, ReportRows.MachineRegister(lines.Machines)),
        (TemplateSheets.Vehicles, ReportRows.VehicleRegister(lines.Vehicles)));

    /// <summary>The form as posted. Inputs that name no sheet, line or column of the template are passed over.</summary>
    public static ReportForm Read(IEnumerable<KeyValuePair<string, string?>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var lines = Sheets.ToDictionary(s => s.Key, _ => new SortedDictionary<int, string?[]>(), StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            var match = InputName().Match(name);
            if (!match.Success || !lines.TryGetValue(match.Groups["sheet"].Value, out var rows))
            {
                continue;
            }

            var sheet = Sheets.First(s => s.Key == match.Groups["sheet"].Value);
            var column = IndexOf(sheet, match.Groups["column"].Value);
            if (column < 0)
            {
                continue;
            }

            var index = int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture);
            if (!rows.TryGetValue(index, out var row))
            {
                rows[index] = row = new string?[sheet.Columns.Count];
            }

            row[column] = string.IsNullOrEmpty(value) ? null : value;
        }

        var form = new ReportForm();
        foreach (var (key, rows) in lines)
        {
            // Indices with gaps (a line removed in the browser) close up: the form numbers its lines 1, 2, 3…
            form._rows[key].AddRange(rows.Values);
        }

        return form;
    }

    public void AddLine(TemplateSheet sheet) => _rows[sheet.Key].Add(new string?[sheet.Columns.Count]);

    public bool RemoveLine(TemplateSheet sheet, int index)
    {
        var rows = _rows[sheet.Key];
        if (index < 0 || index >= rows.Count)
        {
            return false;
        }

        rows.RemoveAt(index);
        return true;
    }

    /// <summary>The form as the template's sheets, by sheet name: a header row of keys, then one row per line.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string?>>> TemplateRows() =>
        Sheets.ToDictionary(s => s.Name, s => _rows[s.Key].Count == 0
            ? (IReadOnlyList<IReadOnlyList<string?>>)[]
            : [s.Columns.Select(c => (string?)c.Key).ToArray(), .. _rows[s.Key]]);

    /// <summary>The input's name, which is also the error's field: <c>machines[0].machineId</c>.</summary>
    public static string Field(TemplateSheet sheet, int index, string column) => $"{sheet.Key}[{index}].{column}";

    /// <summary>
    /// The line of the form a sheet row is: row 1 is the header of keys, so row 2 is the first line. Empty lines are
    /// skipped by the parser but keep their place, so rows and lines stay in step.
    /// </summary>
    public static int LineIndexOf(int row) => row - 2;

    /// <summary>Where an error belongs in the form: the input it is about, or the sheet's table.</summary>
    public static string FieldOf(Problem error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var sheet = Sheets.FirstOrDefault(s => s.IsNamed(error.Sheet ?? string.Empty)) ?? TemplateSheets.Machines;
        return error.Row is { } row && LineIndexOf(row) >= 0 && IndexOf(sheet, error.Field) >= 0
            ? Field(sheet, LineIndexOf(row), error.Field)
            : sheet.Key;
    }

    public static TemplateSheet? SheetOf(string? key) => Sheets.FirstOrDefault(s => s.Key == key);

    private static ReportForm From(string? culture, params (TemplateSheet Sheet, IReadOnlyList<IReadOnlyList<string?>> Rows)[] sheets)
    {
        var comma = CultureLanguages.Of(culture) != CultureLanguage.English;
        var form = new ReportForm();
        foreach (var (sheet, rows) in sheets)
        {
            // Row 0 holds the keys, in the sheet's column order.
            form._rows[sheet.Key].AddRange(rows.Skip(1).Select(row => row.Select((cell, i) =>
                comma && cell is not null && sheet.Columns[i].Type == TemplateValueType.Number ? cell.Replace('.', ',') : cell).ToArray()));
        }

        return form;
    }

    private static int IndexOf(TemplateSheet sheet, string key)
    {
        for (var i = 0; i < sheet.Columns.Count; i++)
        {
            if (sheet.Columns[i].Key == key)
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"^(?<sheet>[A-Za-z]+)\[(?<index>\d{1,5})\]\.(?<column>[A-Za-z]+)$")]
    private static partial Regex InputName();
}
