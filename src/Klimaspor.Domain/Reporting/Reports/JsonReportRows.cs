using System.Globalization;
using System.Text.Json;
using Klimaspor.Domain.Reporting.Template;
using Klimaspor.Domain.Validation;

namespace Klimaspor.Domain.Reporting.Reports;

/// <summary>
/// Turns a JSON report (arrays of objects keyed by the template's column keys) into the rows of cells a workbook or
/// CSV gives, so that every way in is checked and read by the one template parser and stores identical lines.
/// </summary>
/// <remarks>
/// A JSON body is understood whole or refused whole (issue 16): unlike an uploaded sheet, whose unknown columns are
/// skipped with a warning as the template says, a JSON member the reader does not know — a misspelt or miscased key,
/// at the top or in a line — or a value of the wrong shape is an error, because skipping it would store a draft
/// without the lines or figures the client believes it sent. Names are matched exactly as the API spells them.
/// A cell may be text, a number or null (empty); a number becomes its invariant text, so the template's cell rules
/// decide whether it fits the column (a number in a text column such as <c>model</c> is that text).
/// </remarks>
public static class JsonReportRows
{
    /// <summary>The sheets of a JSON report body (machines, vehicles, energy, fuelDeliveries), or every member that could not be read, located.</summary>
    /// <returns>
    /// By sheet name, the rows of each sheet the body names: a header row of the keys seen, then one row per line.
    /// An absent sheet is absent (no lines of that kind); problems carry the sheet's key and the line's 1-based position.
    /// </returns>
    public static Outcome<IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string?>>>> Sheets(JsonElement body)
    {
        var lineSheets = TemplateSheets.All.Where(s => !s.IsKeyValue).ToList();
        if (body.ValueKind != JsonValueKind.Object)
        {
            return Outcome<IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string?>>>>.Invalid(
                new Problem(string.Empty, MessageKeys.JsonObjectExpected, null, Keys(lineSheets)));
        }

        var problems = new List<Problem>();
        var sheets = new Dictionary<string, IReadOnlyList<IReadOnlyList<string?>>>();
        foreach (var member in body.EnumerateObject())
        {
            if (!TryName(member, out var name))
            {
                problems.Add(new Problem(string.Empty, MessageKeys.JsonUnreadableText, null));
                continue;
            }

            if (name == ReportingCompleteness.NoActivityField)
            {
                // Not a sheet: read by NoActivity.
                continue;
            }

            var sheet = lineSheets.FirstOrDefault(s => s.Key == name);
            if (sheet is null)
            {
                problems.Add(new Problem(name, MessageKeys.JsonUnknownMember, null, name, Keys(lineSheets)));
            }
            else if (sheets.ContainsKey(sheet.Name))
            {
                problems.Add(new Problem(name, MessageKeys.JsonDuplicateMember, null, name));
            }
            else if (member.Value.ValueKind != JsonValueKind.Array)
            {
                problems.Add(new Problem(name, MessageKeys.JsonListExpected, Shown(member.Value), name));
                sheets[sheet.Name] = [];
            }
            else
            {
                sheets[sheet.Name] = Rows(sheet, member.Value, problems);
            }
        }

        return problems.Count > 0
            ? Outcome<IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string?>>>>.Invalid(problems)
            : Outcome<IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string?>>>>.Ok(sheets);
    }

    /// <summary>
    /// The body's <c>noActivity</c>: the subcontractors (organisation numbers, as strings) the main supplier declares had
    /// no activity in the period; absent means none, as the PUT replaces the draft. Each entry that is not a valid
    /// organisation number is refused at <c>noActivity[i]</c>.
    /// </summary>
    public static Outcome<IReadOnlyList<string>> NoActivity(JsonElement body)
    {
        const string field = ReportingCompleteness.NoActivityField;
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return Outcome<IReadOnlyList<string>>.Ok([]);
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            return Outcome<IReadOnlyList<string>>.Invalid(new Problem(field, MessageKeys.JsonListExpected, Shown(value), field));
        }

        var problems = new List<Problem>();
        var numbers = new List<string>();
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            var at = $"{field}[{i++}]";
            if (item.ValueKind != JsonValueKind.String || !TryString(item, out var text))
            {
                problems.Add(new Problem(at, MessageKeys.JsonCellExpected, Shown(item), at));
            }
            else if (!Organisations.OrganisationNumber.TryParse(text, out var number))
            {
                problems.Add(new Problem(at, MessageKeys.TemplateInvalidOrganisationNumber, TextField.Echo(text ?? string.Empty), TextField.Echo(text ?? string.Empty)));
            }
            else if (!numbers.Contains(number.Value))
            {
                numbers.Add(number.Value);
            }
        }

        return problems.Count > 0 ? Outcome<IReadOnlyList<string>>.Invalid(problems) : Outcome<IReadOnlyList<string>>.Ok(numbers);
    }

    /// <summary>
    /// Where a problem located by <see cref="Sheets"/> or by the template parser on its rows sits in the JSON body,
    /// <c>machines[2].fuelLitres</c> (0-based, as JSON paths count); null for a problem not in a line of a JSON sheet.
    /// Only JSON problems name a sheet by its key (<c>machines</c>); uploads name it by its name (<c>Maskiner</c>).
    /// </summary>
    public static string? PathOf(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem is { Sheet: { } sheet, Row: { } row } && row > 0 && TemplateSheets.All.Any(s => !s.IsKeyValue && s.Key == sheet)
            ? problem.Field.Length > 0 ? $"{sheet}[{row - 1}].{problem.Field}" : $"{sheet}[{row - 1}]"
            : null;
    }

    private static List<IReadOnlyList<string?>> Rows(TemplateSheet sheet, JsonElement array, List<Problem> problems)
    {
        var keys = new List<string>();
        var lines = new List<Dictionary<string, string?>>();
        var position = 0;
        foreach (var item in array.EnumerateArray())
        {
            position++;
            var cells = new Dictionary<string, string?>(StringComparer.Ordinal);
            lines.Add(cells);
            if (item.ValueKind != JsonValueKind.Object)
            {
                problems.Add(Problem.InSheet(sheet.Key, position, null, null, Shown(item), MessageKeys.JsonLineExpected, sheet.Key));
                continue;
            }

            foreach (var member in item.EnumerateObject())
            {
                if (!TryName(member, out var key))
                {
                    problems.Add(Problem.InSheet(sheet.Key, position, null, null, null, MessageKeys.JsonUnreadableText));
                    continue;
                }

                var column = sheet.FindColumn(key);
                if (column is null)
                {
                    problems.Add(Problem.InSheet(sheet.Key, position, key, null, null, MessageKeys.JsonUnknownMember, key,
                        string.Join(", ", sheet.Columns.Select(c => c.Key))));
                }
                else if (cells.ContainsKey(key))
                {
                    problems.Add(Problem.InSheet(sheet.Key, position, key, null, null, MessageKeys.JsonDuplicateMember, key));
                }
                else if (!TryCell(member.Value, column, out var text))
                {
                    problems.Add(Problem.InSheet(sheet.Key, position, key, null, text, member.Value.ValueKind is JsonValueKind.String
                        ? MessageKeys.JsonUnreadableText
                        : MessageKeys.JsonCellExpected, key));
                }
                else
                {
                    cells[key] = text;
                    if (!keys.Contains(key))
                    {
                        keys.Add(key);
                    }
                }
            }
        }

        var rows = new List<IReadOnlyList<string?>>(lines.Count + 1) { keys.ToArray() };
        rows.AddRange(lines.Select(cells => (IReadOnlyList<string?>)[.. keys.Select(k => cells.GetValueOrDefault(k))]));
        return rows;
    }

    /// <summary>
    /// A cell's text: a string, a number's invariant text, or null; in a yes/no column (template v2's flags) also
    /// <c>true</c> or <c>false</c>, as a JSON client writes a flag. False for anything else, and for text that is not Unicode.
    /// </summary>
    private static bool TryCell(JsonElement value, TemplateColumn column, out string? text)
    {
        text = null;
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return true;
            case JsonValueKind.True or JsonValueKind.False when column.CodeList == YesNo.List:
                text = value.ValueKind == JsonValueKind.True ? YesNo.Ja : YesNo.Nei;
                return true;
            case JsonValueKind.String:
                return TryString(value, out text);
            case JsonValueKind.Number:
                text = value.TryGetDecimal(out var d) ? d.ToString(CultureInfo.InvariantCulture) : value.GetRawText();
                return true;
            default:
                text = Shown(value);
                return false;
        }
    }

    // JSON may carry an escaped lone surrogate ("\ud800") or bytes that are not UTF-8 inside a string; the parser keeps
    // them, and only reading the string as .NET text finds out — by throwing. Such text cannot be stored or shown.
    private static bool TryString(JsonElement value, out string? text)
    {
        try
        {
            text = value.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            text = null;
            return false;
        }
    }

    private static bool TryName(JsonProperty member, out string name)
    {
        try
        {
            name = member.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            name = string.Empty;
            return false;
        }
    }

    /// <summary>What was sent where a list, line or cell was expected, short, for the error listing.</summary>
    private static string Shown(JsonElement value)
    {
        var raw = value.ValueKind == JsonValueKind.String ? (TryString(value, out var s) ? s ?? string.Empty : string.Empty) : value.GetRawText();
        return raw.Length > 100 ? raw[..100] + "…" : raw;
    }

    private static string Keys(IEnumerable<TemplateSheet> sheets) => string.Join(", ", sheets.Select(s => s.Key).Append(ReportingCompleteness.NoActivityField));
}
