using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Klimaspor.Domain.Reporting;

/// <summary>
/// One code of a template code list. Its label in each language is the app's text under <see cref="LabelKey"/>
/// (<c>Codes.machineType.gravemaskin</c>).
/// </summary>
public sealed record CodeListEntry(string Code)
{
    /// <summary>The template's name of the entry's list (<c>machineType</c>); set by the list, as the label's key needs it.</summary>
    public string ListName { get; init; } = string.Empty;

    /// <summary>The text key of the entry's label: <c>Codes.machineType.gravemaskin</c>.</summary>
    public string LabelKey => $"Codes.{ListName}.{Code}";

    /// <summary>Other spellings accepted on import (<c>Euro 6</c> for <c>euro-vi</c>).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>
    /// The label with the code in bokmål, nynorsk and English, as messages name a code (<c>Batterielektrisk
    /// (el-batteri)</c>), as message arguments: a message names the code in its reader's language whenever it is told. A
    /// label that is the code in other letters (<c>HVO100</c>) stands alone.
    /// </summary>
    public object[] Names => [.. Labels.Select(label => LooseLabel.Normalise(label) == LooseLabel.Normalise(Code) ? label : $"{label} ({Code})")];

    /// <summary>The entry's label in bokmål, nynorsk and English, all of which import accepts.</summary>
    internal IReadOnlyList<string> Labels => TextTable.InEachLanguage(LabelKey);
}

/// <summary>
/// A code list of the reporting template. <see cref="TryMatch"/> accepts the code or any label (looked up once, when
/// the list is made), loosely (see
/// <see cref="LooseLabel"/>), so an import can take <c>Gravemaskin</c> or <c>HVO100</c> as well as the code.
/// </summary>
public sealed class CodeList
{
    private readonly FrozenDictionary<string, CodeListEntry> _byCode;
    private readonly FrozenDictionary<string, CodeListEntry> _byLooseLabel;
    private object[]? _allNames;

    public CodeList(string name, IReadOnlyList<CodeListEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Name = name;
        Entries = [.. entries.Select(e => e with { ListName = name })];
        _byCode = Entries.ToFrozenDictionary(e => e.Code, StringComparer.Ordinal);

        var byLabel = new Dictionary<string, CodeListEntry>(StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            foreach (var text in (string[])[entry.Code, .. entry.Labels, .. entry.Aliases])
            {
                var key = LooseLabel.Normalise(text);
                // Two entries sharing a label would make import guess; the lists are fixed, so this is a bug.
                if (byLabel.TryGetValue(key, out var other) && other != entry)
                {
                    throw new InvalidOperationException($"Code list {name}: '{text}' matches both {other.Code} and {entry.Code}.");
                }

                byLabel[key] = entry;
            }
        }

        // Labels without their note in brackets ("Biogass" for "Biogass (CBG/LBG)") are accepted too, unless two
        // entries shorten to the same word ("Elektrisk (batteri)", "Elektrisk (kabel)"): then neither gets it.
        var shortened = new Dictionary<string, CodeListEntry?>(StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            foreach (var label in (string[])[.. entry.Labels, .. entry.Aliases])
            {
                var key = LooseLabel.Normalise(LooseLabel.WithoutBracketedNote(label));
                if (byLabel.ContainsKey(key))
                {
                    continue;
                }

                shortened[key] = shortened.TryGetValue(key, out var other) && other != entry ? null : entry;
            }
        }

        foreach (var (key, entry) in shortened)
        {
            if (entry is not null && key.Length > 0)
            {
                byLabel[key] = entry;
            }
        }

        _byLooseLabel = byLabel.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The template's name of the list, e.g. <c>machineType</c>.</summary>
    public string Name { get; }

    public IReadOnlyList<CodeListEntry> Entries { get; }

    public bool Contains(string? code) => code is not null && _byCode.ContainsKey(code);

    // Made once per list (a race makes it twice, alike): an upload may have a thousand such errors.
    /// <summary>Every entry's <see cref="CodeListEntry.Names"/>, comma-separated, in bokmål, nynorsk and English, as message arguments.</summary>
    public object[] AllNames => _allNames ??= [.. TextTable.Languages.Select((_, i) => string.Join(", ", Entries.Select(e => e.Names[i])))];

    /// <summary>Exact code lookup, as stored data is checked.</summary>
    public bool TryFind(string? code, [NotNullWhen(true)] out CodeListEntry? entry)
    {
        entry = null;
        return code is not null && _byCode.TryGetValue(code, out entry);
    }

    /// <summary>Loose lookup of what a person typed: code, bokmål, nynorsk or English label, or an alias.</summary>
    public bool TryMatch(string? text, [NotNullWhen(true)] out CodeListEntry? entry)
    {
        entry = null;
        var key = LooseLabel.Normalise(text);
        return key.Length > 0 && _byLooseLabel.TryGetValue(key, out entry);
    }
}
