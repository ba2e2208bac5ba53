using System.Globalization;
using System.Text;

namespace Klimaspor.Domain.Reporting.Template;

/// <summary>What a number cell's text turned out to be.</summary>
public enum NumberText
{
    Number,
    NotANumber,

    /// <summary>A valid number followed by a word (<c>120 l</c>, <c>35 kWh</c>): refused, never read as the number.</summary>
    NumberWithUnit,
}

/// <summary>
/// Reads the text of one cell as the template's values section says (spec/reporting-template.md, "Values"). Strict:
/// what does not match one of the written forms is refused, so that nothing is guessed.
/// </summary>
public static class CellValues
{
    /// <summary>
    /// The most characters a cell may hold: Excel's own limit (32 767), so no file Excel saves is refused. A larger cell
    /// is refused where it is read, located, rather than carried through parsing and echoed back.
    /// </summary>
    public const int MaxLength = 32_767;

    // Excel counts days from 1899-12-30 (its serial 1 is 1900-01-01, and it counts a 29 February 1900 that never was);
    // from serial 61, 1 March 1900, the count is right.
    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);
    private const int FirstExcelSerial = 61;
    private const int LastExcelSerial = 2_958_465; // 9999-12-31

    /// <summary>
    /// Reads a number: digits with a decimal comma or point, thousands grouped by ordinary, non-breaking (U+00A0) or
    /// thin (U+2009, U+202F) spaces (<c>1 234,5</c>, <c>1234.5</c>, <c>1 234</c>), a leading sign, and the exponent
    /// form Excel uses for its numeric cells (<c>1E-05</c>). Both a comma and a point (<c>1,234.5</c>) is refused: one of
    /// them would have to be guessed to be a thousands separator.
    /// </summary>
    public static NumberText ReadNumber(string? text, out decimal value)
    {
        value = 0;
        var s = text?.Trim();
        if (string.IsNullOrEmpty(s))
        {
            return NumberText.NotANumber;
        }

        var invariant = new StringBuilder(s.Length);
        var end = ScanNumber(s, invariant);
        if (end < 0)
        {
            return NumberText.NotANumber;
        }

        if (end < s.Length)
        {
            var rest = s.AsSpan(end).TrimStart();
            return rest.Length > 0 && char.IsLetter(rest[0]) && TryParseInvariant(invariant.ToString(), out _)
                ? NumberText.NumberWithUnit
                : NumberText.NotANumber;
        }

        return TryParseInvariant(invariant.ToString(), out value) ? NumberText.Number : NumberText.NotANumber;
    }

    public static bool TryParseNumber(string? text, out decimal value) => ReadNumber(text, out value) == NumberText.Number;

    /// <summary>
    /// Reads a date: <c>dd.mm.yyyy</c>, <c>d.m.yyyy</c>, <c>yyyy-mm-dd</c>, or an Excel date cell's serial number
    /// (days since 1899-12-30, a time of day after the point ignored), which is how a numeric cell arrives as text.
    /// </summary>
    public static bool TryParseDate(string? text, out DateOnly date)
    {
        date = default;
        var s = text?.Trim();
        if (string.IsNullOrEmpty(s))
        {
            return false;
        }

        var dotted = s.Split('.');
        if (dotted.Length == 3 && IsDigits(dotted[0], 1, 2) && IsDigits(dotted[1], 1, 2) && IsDigits(dotted[2], 4, 4))
        {
            return TryDate(dotted[2], dotted[1], dotted[0], out date);
        }

        var dashed = s.Split('-');
        if (dashed.Length == 3 && IsDigits(dashed[0], 4, 4) && IsDigits(dashed[1], 1, 2) && IsDigits(dashed[2], 1, 2))
        {
            return TryDate(dashed[0], dashed[1], dashed[2], out date);
        }

        if (dotted.Length <= 2 && IsDigits(dotted[0], 1, 7) && (dotted.Length == 1 || IsDigits(dotted[1], 1, 20)))
        {
            var serial = int.Parse(dotted[0], CultureInfo.InvariantCulture);
            if (serial is >= FirstExcelSerial and <= LastExcelSerial)
            {
                date = ExcelEpoch.AddDays(serial);
                return true;
            }
        }

        return false;
    }

    /// <summary>The Excel serial number of a date, as a workbook writer stores a date cell.</summary>
    public static int ToExcelSerial(DateOnly date) => date.DayNumber - ExcelEpoch.DayNumber;

    /// <summary>Spaces people and spreadsheets put between thousands: ordinary, non-breaking, thin, narrow no-break.</summary>
    public static bool IsGroupSpace(char c) => c is ' ' or '\u00A0' or '\u2009' or '\u202F';

    /// <summary>The spreadsheet name of a 0-based column: A, B, …, Z, AA, AB, ….</summary>
    public static string ColumnLetters(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>The column letters of a cell reference (<c>AA7</c> → <c>AA</c>); null for none.</summary>
    public static string? ColumnLettersOf(string? cell)
    {
        var length = 0;
        while (cell is not null && length < cell.Length && char.IsAsciiLetterUpper(cell[length]))
        {
            length++;
        }

        return length == 0 ? null : cell![..length];
    }

    // Scans the longest number at the start of s into invariant form; returns where it stopped, or -1 if none.
    private static int ScanNumber(string s, StringBuilder invariant)
    {
        var i = 0;
        if (s[i] is '-' or '\u2212' or '+')
        {
            if (s[i] != '+')
            {
                invariant.Append('-');
            }

            i++;
        }

        var firstGroup = CountDigits(s, i);
        invariant.Append(s, i, firstGroup);
        i += firstGroup;

        // Grouping is only read as grouping when every group after the first has exactly three digits.
        while (firstGroup is >= 1 and <= 3 && i < s.Length && IsGroupSpace(s[i]) && CountDigits(s, i + 1) == 3)
        {
            invariant.Append(s, i + 1, 3);
            i += 4;
        }

        var hasFraction = false;
        if (i < s.Length && s[i] is ',' or '.' && CountDigits(s, i + 1) > 0)
        {
            var fraction = CountDigits(s, i + 1);
            invariant.Append('.').Append(s, i + 1, fraction);
            i += 1 + fraction;
            hasFraction = true;
        }

        if (firstGroup == 0 && !hasFraction)
        {
            return -1;
        }

        if (i < s.Length && s[i] is 'e' or 'E')
        {
            var j = i + 1;
            if (j < s.Length && s[j] is '+' or '-')
            {
                j++;
            }

            var exponent = CountDigits(s, j);
            if (exponent > 0)
            {
                invariant.Append('E').Append(s, i + 1, j - i - 1 + exponent);
                i = j + exponent;
            }
        }

        return i;
    }

    private static int CountDigits(string s, int from)
    {
        var i = from;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        return i - from;
    }

    // Trailing zeros are dropped ("24,0" reads as 24, not 24.0), so that the same number typed two ways stores the same
    // lines: decimal keeps the scale it was written with, and it would show in the stored JSON.
    private static bool TryParseInvariant(string invariant, out decimal value)
    {
        if (!decimal.TryParse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        value /= 1.0000000000000000000000000000m;
        return true;
    }

    private static bool IsDigits(string s, int min, int max) => s.Length >= min && s.Length <= max && s.All(char.IsAsciiDigit);

    private static bool TryDate(string year, string month, string day, out DateOnly date)
    {
        date = default;
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        if (y is < 1 or > 9999 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        date = new DateOnly(y, m, d);
        return true;
    }
}
