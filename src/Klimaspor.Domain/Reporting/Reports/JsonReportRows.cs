using System.Globalization;
using System.Text.Json;
using Klimaspor.Domain.Reporting.Template;

namespace Klimaspor.Domain.Reporting.Reports;

/// <summary>
/// Turns a JSON report (arrays of objects keyed by the template's column keys) into the rows of cells a workbook or
/// CSV gives, so that every way in is checked and read by the one template parser and stores identical lines.
/// </summary>
public static class JsonReportRows
{
    /// <summary>The rows of one sheet: a header row of the keys seen, then one row per object. Numbers keep their invariant text.</summary>
    public static IReadOnlyList<IReadOnlyList<string?>> Rows(JsonElement array)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var keys = new List<string>();
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            foreach (var property in item.EnumerateObject())
            {
                if (!keys.Contains(property.Name))
                {
                    keys.Add(property.Name);
                }
            }
        }

        var rows = new List<IReadOnlyList<string?>> { keys.ToArray() };
        foreach (var item in array.EnumerateArray())
        {
            rows.Add(item.ValueKind == JsonValueKind.Object
                ? [.. keys.Select(k => item.TryGetProperty(k, out var value) ? Text(value) : null)]
                // Something that is not an object still takes a row, so row numbers match the array's positions.
                : [.. keys.Select(_ => (string?)null)]);
        }

        return rows;
    }

    /// <summary>The sheets of a JSON report body: machines, vehicles, energy, fuelDeliveries.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string?>>> Sheets(JsonElement body)
    {
        var sheets = new Dictionary<string, IReadOnlyList<IReadOnlyList<string?>>>();
        foreach (var sheet in TemplateSheets.All.Where(s => !s.IsKeyValue))
        {
            if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty(sheet.Key, out var array))
            {
                sheets[sheet.Name] = Rows(array);
            }
        }

        return sheets;
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetDecimal(out var d) ? d.ToString(CultureInfo.InvariantCulture) : value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };
}
