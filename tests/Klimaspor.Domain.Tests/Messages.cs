using Klimaspor.Web;

namespace Klimaspor.Domain.Tests;

/// <summary>
/// The domain returns message keys and arguments only; its sentences are the app's (Resources/texts.json, formatted by
/// <see cref="TextsLocalizer"/>). The tests here read them through the app so that they assert the sentences a user sees.
/// </summary>
internal static class Messages
{
    private static readonly TextsLocalizer Localizer = TextsLocalizer.Load();

    /// <summary>Every key that has texts.</summary>
    public static IEnumerable<string> Keys => Localizer.All.Keys;

    public static string Text(string key, string? culture, params object?[] args) => TextsLocalizer.Message(key, culture, args);

    public static string Text(string key, string? culture, IReadOnlyList<object?> args) => TextsLocalizer.Message(key, culture, args);

    /// <summary>A text without arguments (a header, help text, sheet name, code label) in a culture's language.</summary>
    public static string Word(string key, string? culture) => TextsLocalizer.Text(key, culture);

    /// <summary>A key's unformatted texts in bokmål, nynorsk and English.</summary>
    public static (string Nb, string Nn, string En) Texts(string key)
    {
        var texts = Localizer.All[key];
        return (texts["nb"], texts["nn"], texts["en"]);
    }
}

/// <summary>A template finding in the reader's words, as the app tells it.</summary>
internal static class FindingTexts
{
    public static string Text(this Validation.Problem problem, string? culture) => Messages.Text(problem.MessageKey, culture, problem.Arguments);
}
