using System.Collections.Frozen;
using System.Text.Json;

namespace Klimaspor.Domain.Reporting;

/// <summary>
/// The app's one table of words, Resources/texts.json, as the domain reads it: each key with its bokmål, nynorsk and
/// English text. The domain returns keys; it reads the texts only where it must know every language at once — to
/// accept a header or code label typed in any of them, and to name a column or code in a message's arguments. The
/// app's localizer is built on this same table, so a text is written in one place. The domain never picks one
/// language: which one a reader gets is the app's choice.
/// </summary>
public static class TextTable
{
    /// <summary>The languages of the table, in the order messages take a name in each: bokmål, nynorsk, English.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["nb", "nn", "en"];

    /// <summary>Key → language (<c>nb</c>, <c>nn</c>, <c>en</c>) → text.</summary>
    public static FrozenDictionary<string, FrozenDictionary<string, string>> All { get; } = Load();

    /// <summary>
    /// The key's text in bokmål, nynorsk and English, in that order: all of them accepted when read, or as message
    /// arguments that name a thing in each language. A key without texts is a bug, found by the tests that every key
    /// the template and code lists name has its three texts.
    /// </summary>
    public static IReadOnlyList<string> InEachLanguage(string key) =>
        All.TryGetValue(key, out var texts) ? [.. Languages.Select(language => texts[language])] : throw new KeyNotFoundException($"texts.json has no key '{key}'.");

    // JsonDocument, not the serializer: the domain is trimmed and AOT-compatible, and the table is two levels of strings.
    private static FrozenDictionary<string, FrozenDictionary<string, string>> Load()
    {
        using var stream = typeof(TextTable).Assembly.GetManifestResourceStream("Klimaspor.Resources.texts.json")
            ?? throw new InvalidOperationException("Resources/texts.json is not embedded.");
        using var document = JsonDocument.Parse(stream);
        var table = new Dictionary<string, FrozenDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var entry in document.RootElement.EnumerateObject())
        {
            table[entry.Name] = entry.Value.EnumerateObject().ToFrozenDictionary(t => t.Name, t => t.Value.GetString() ?? string.Empty, StringComparer.Ordinal);
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
