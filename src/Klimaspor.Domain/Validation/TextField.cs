using System.Globalization;

namespace Klimaspor.Domain.Validation;

/// <summary>
/// The one rule for text a person or a system types into a free-text field (names, titles, comments, template text
/// cells), so that no field is unbounded and none holds characters that change how other text reads:
/// <list type="bullet">
/// <item>a length limit on every field (a machine's <c>model</c> once took 1 MB);</item>
/// <item>no control characters — NUL included, which PostgreSQL refuses in text and SQLite stores, so both databases
/// answer alike — except line breaks and tabs in multi-line text;</item>
/// <item>no bidirectional embeddings, overrides or isolates (U+202A–U+202E, U+2066–U+2069), which make a text display
/// in another order than it is stored (a registration number that reads as another, "Trojan Source");</item>
/// <item>no broken UTF-16 (a lone surrogate), which no database can store as text;</item>
/// <item>not made only of invisible characters (U+200B zero-width space, U+FEFF, …), which would look blank but count
/// as filled and as distinct from every other name.</item>
/// </list>
/// Lengths count UTF-16 code units after trimming, as the database columns do.
/// </summary>
public static class TextField
{
    /// <summary>Identifiers: machine ids, source ids, references, keys.</summary>
    public const int IdentifierMaxLength = 100;

    /// <summary>One line: names, titles, addresses, models.</summary>
    public const int LineMaxLength = 200;

    /// <summary>Paragraphs: comments, justifications, assessments, clause texts.</summary>
    public const int ParagraphMaxLength = 4000;

    public const string TooLongKey = "Validation.TooLong";
    public const string ControlCharacterKey = "Validation.ControlCharacter";
    public const string DirectionControlKey = "Validation.DirectionControl";
    public const string BrokenCharacterKey = "Validation.BrokenCharacter";
    public const string InvisibleKey = "Validation.Invisible";

    /// <summary>Every key this rule returns (each has its three texts).</summary>
    public static IEnumerable<string> MessageKeys => [TooLongKey, ControlCharacterKey, DirectionControlKey, BrokenCharacterKey, InvisibleKey];

    /// <summary>Why a text breaks the rule: a message key and its arguments (the limit for a text too long).</summary>
    public sealed record Refusal(string MessageKey, params object[] Arguments);

    /// <summary>
    /// Why <paramref name="text"/> (already trimmed) breaks the rule, or null when it keeps it. The first reason only:
    /// a text with a NUL is refused for that, however long it is.
    /// </summary>
    public static Refusal? Check(string text, int maxLength, bool multiline = false)
    {
        var invisibleOnly = text.Length > 0;
        var hidden = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                invisibleOnly = false;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                return new Refusal(BrokenCharacterKey);
            }

            if (char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t'))
            {
                return new Refusal(ControlCharacterKey, Codepoint(c));
            }

            if (c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
            {
                return new Refusal(DirectionControlKey, Codepoint(c));
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                hidden = true;
            }
            else if (!char.IsWhiteSpace(c))
            {
                invisibleOnly = false;
            }
        }

        if (invisibleOnly && hidden)
        {
            return new Refusal(InvisibleKey);
        }

        return text.Length > maxLength ? new Refusal(TooLongKey, maxLength) : null;
    }

    /// <summary>
    /// A field's text, trimmed, or null when it is blank (and then a required problem when <paramref name="required"/>);
    /// a problem located at <paramref name="field"/> when it breaks the rule. The value echoed in a problem is cut to
    /// the limit, so a megabyte sent is not a megabyte answered.
    /// </summary>
    public static string? Read(string? value, string field, int maxLength, List<Problem> errors, bool required = false, bool multiline = false,
        string requiredKey = "Validation.Required")
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(new Problem(field, requiredKey));
            }

            return null;
        }

        var trimmed = value.Trim();
        if (Check(trimmed, maxLength, multiline) is { } refusal)
        {
            errors.Add(new Problem(field, refusal.MessageKey, Echo(trimmed), refusal.Arguments.Length > 0 ? refusal.Arguments : [Echo(trimmed)]));
            return null;
        }

        return trimmed;
    }

    /// <summary>
    /// The start of a refused text, for the error listing: at most 50 characters, with what the rule refuses shown as
    /// U+FFFD, so that the answer holds nothing a database, a log or a page would choke on.
    /// </summary>
    public static string Echo(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        const int shown = 50;
        var echo = new System.Text.StringBuilder(Math.Min(text.Length, shown + 1));
        for (var i = 0; i < text.Length && echo.Length < shown; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                echo.Append(c).Append(text[++i]);
            }
            else
            {
                echo.Append(char.IsSurrogate(c) || char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' ? '\uFFFD' : c);
            }
        }

        return echo.Length < text.Length ? echo.Append('…').ToString() : echo.ToString();
    }

    private static string Codepoint(char c) => $"U+{(int)c:X4}";
}
