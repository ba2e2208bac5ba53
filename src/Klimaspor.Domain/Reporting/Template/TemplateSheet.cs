using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Klimaspor.Domain.Reporting.Template;

/// <summary>
/// One sheet of the report template (also one CSV file, named after the sheet). Headers and sheet names are matched
/// loosely: case, spacing and punctuation ignored, æ ø å equal to ae oe aa and to plain a o. They are the texts of the
/// app's one table of words (<see cref="TextTable"/>) in every language, looked up once, when the sheet is made.
/// </summary>
public sealed class TemplateSheet
{
    private readonly FrozenDictionary<string, TemplateColumn> _byKey;
    private readonly FrozenDictionary<string, TemplateColumn> _byHeader;
    private readonly FrozenSet<string> _names;

    internal TemplateSheet(string name, string key, LineKind? kind, string? carrierColumn, IReadOnlyList<TemplateColumn> columns)
    {
        Name = name;
        Key = key;
        Kind = kind;
        CarrierColumn = carrierColumn;
        Columns = [.. columns.Select(c => c with { SheetKey = key })];
        _byKey = Columns.ToFrozenDictionary(c => c.Key, StringComparer.Ordinal);

        var byHeader = new Dictionary<string, TemplateColumn>(StringComparer.Ordinal);
        foreach (var column in Columns)
        {
            foreach (var text in (string[])[column.Key, .. TextTable.InEachLanguage(column.HeaderKey)])
            {
                foreach (var loose in LooseForms(text))
                {
                    // Two columns answering to one header would make the reader guess; the table is fixed, so this is a bug.
                    if (byHeader.TryGetValue(loose, out var other) && other != column)
                    {
                        throw new InvalidOperationException($"Sheet {name}: header '{text}' matches both {other.Key} and {column.Key}.");
                    }

                    byHeader[loose] = column;
                }
            }
        }

        _byHeader = byHeader.ToFrozenDictionary(StringComparer.Ordinal);
        _names = ((string[])[name, key, .. TextTable.InEachLanguage(NameKey)]).SelectMany(LooseForms).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The sheet's name as findings store it and as the CSV file is named: <c>Maskiner</c>, the bokmål name, which never
    /// changes. The name the reader sees is the text under <see cref="NameKey"/>.
    /// </summary>
    public string Name { get; }

    /// <summary>The text key of the sheet's name in the reader's language: <c>Sheet.machines</c>.</summary>
    public string NameKey => $"Sheet.{Key}";

    /// <summary>The API's name for the sheet's lines: <c>machines</c>, <c>vehicles</c>, <c>energy</c>, <c>fuelDeliveries</c>, <c>report</c>.</summary>
    public string Key { get; }

    /// <summary>The kind of line each row becomes; null for <c>Rapport</c>, which holds key/value rows.</summary>
    public LineKind? Kind { get; }

    /// <summary>The column naming the row's energy carrier, which the conditional requirements look at.</summary>
    public string? CarrierColumn { get; }

    /// <summary>In the template's order, the order the workbook is generated in.</summary>
    public IReadOnlyList<TemplateColumn> Columns { get; }

    public bool IsKeyValue => Kind is null;

    /// <summary>The column with this key; an unknown key is a bug in the caller.</summary>
    public TemplateColumn Column(string key) =>
        _byKey.TryGetValue(key, out var column) ? column : throw new ArgumentException($"Sheet {Name} has no column '{key}'.", nameof(key));

    /// <summary>Finds the column a header names: its bokmål, nynorsk or English header or key, matched loosely.</summary>
    public bool TryMatchColumn(string? header, [NotNullWhen(true)] out TemplateColumn? column)
    {
        column = null;
        var key = LooseLabel.Normalise(header);
        return key.Length > 0 && _byHeader.TryGetValue(key, out column);
    }

    /// <summary>Whether a sheet or file name (without extension) names this sheet: <c>Kjøretøy</c>, <c>kjoretoy</c>, <c>Køyretøy</c>, <c>Vehicles</c>.</summary>
    public bool IsNamed(string? name)
    {
        var key = LooseLabel.Normalise(name);
        return key.Length > 0 && _names.Contains(key);
    }

    /// <summary>The column with this key, or null: for locating errors whose column may not be one of the sheet's.</summary>
    public TemplateColumn? FindColumn(string? key) => key is not null && _byKey.TryGetValue(key, out var column) ? column : null;

    public override string ToString() => Name;

    // LooseLabel spells æ ø å out as ae oe aa; people without the letters also write plain a and o ("Kjoretoy").
    internal static IEnumerable<string> LooseForms(string text) =>
        new[] { LooseLabel.Normalise(text), LooseLabel.Normalise(WithPlainLetters(text)) }.Where(s => s.Length > 0).Distinct();

    private static string WithPlainLetters(string text) =>
        text.Replace('ø', 'o').Replace('Ø', 'O').Replace('å', 'a').Replace('Å', 'A');
}
