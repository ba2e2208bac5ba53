using System.Globalization;
using System.Text;

namespace Klimaspor.Features.Reports.Workbook;

/// <summary>Cell references and the escaping of text in SpreadsheetML.</summary>
internal static class ExcelText
{
    /// <summary>The most rows and columns a sheet can have (Excel 2007 and later).</summary>
    public const int SheetRows = 1_048_576;

    public const int SheetColumns = 16_384;

    /// <summary>
    /// Whether text would be taken as a formula if typed into a spreadsheet or opened from CSV: it starts with
    /// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return (OWASP, "CSV injection"), or with the
    /// full-width forms of the first four, which some spreadsheets also read as formulas.
    /// </summary>
    public static bool LooksLikeFormula(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20';

    /// <summary>
    /// Text as SpreadsheetML stores it (ST_Xstring): characters XML cannot hold, and the carriage return, which XML
    /// would turn into a line feed, as <c>_xHHHH_</c>; an underscore that would read as such an escape as <c>_x005F_</c>.
    /// </summary>
    public static string Encode(string text)
    {
        if (!NeedsEncoding(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsEscapeAt(text, i))
            {
                builder.Append("_x005F");
            }

            if ((c < ' ' && c is not '\t' and not '\n') || c is '\uFFFE' or '\uFFFF' || (char.IsSurrogate(c) && !IsValidPair(text, i)))
            {
                builder.Append("_x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
            }
            else
            {
                builder.Append(c);
                if (char.IsHighSurrogate(c) && i + 1 < text.Length)
                {
                    builder.Append(text[++i]);
                }
            }
        }

        return builder.ToString();
    }

    /// <summary>Undoes <see cref="Encode"/>: <c>_x000D_</c> is a carriage return, as Excel reads it.</summary>
    public static string Decode(string text)
    {
        var at = text.IndexOf("_x", StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, at);
        for (var i = at; i < text.Length; i++)
        {
            if (IsEscapeAt(text, i))
            {
                builder.Append((char)int.Parse(text.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                i += 6;
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>Reads a cell reference such as <c>C7</c> into a 0-based column and a 1-based row.</summary>
    public static bool TryParseReference(ReadOnlySpan<char> reference, out int column, out int row)
    {
        column = -1;
        row = 0;
        var i = 0;
        var letters = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]))
        {
            letters = (letters * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            if (++i > 3)
            {
                return false;
            }
        }

        if (i == 0 || letters > SheetColumns || i == reference.Length
            || !int.TryParse(reference[i..], NumberStyles.None, CultureInfo.InvariantCulture, out row) || row is < 1 or > SheetRows)
        {
            return false;
        }

        column = letters - 1;
        return true;
    }

    private static bool NeedsEncoding(string text)
    {
        foreach (var c in text)
        {
            if ((c < ' ' && c is not '\t' and not '\n') || c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return text.Contains("_x", StringComparison.Ordinal);
    }

    private static bool IsValidPair(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);

    // _xHHHH_ with four hex digits.
    private static bool IsEscapeAt(string text, int i) =>
        i + 6 < text.Length && text[i] == '_' && text[i + 1] == 'x' && text[i + 6] == '_'
        && char.IsAsciiHexDigit(text[i + 2]) && char.IsAsciiHexDigit(text[i + 3]) && char.IsAsciiHexDigit(text[i + 4]) && char.IsAsciiHexDigit(text[i + 5]);
}
