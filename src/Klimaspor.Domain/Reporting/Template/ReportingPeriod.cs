using System.Globalization;

namespace Klimaspor.Domain.Reporting.Template;

/// <summary>
/// The days a report covers, first and last inclusive: normally a calendar month (<c>YYYY-MM</c>). Dates on lines must
/// fall inside it, and a machine cannot run more than 24 hours a day of it.
/// </summary>
public readonly record struct ReportingPeriod
{
    public ReportingPeriod(DateOnly firstDay, DateOnly lastDay)
    {
        if (lastDay < firstDay)
        {
            throw new ArgumentException($"The period ends ({lastDay:yyyy-MM-dd}) before it starts ({firstDay:yyyy-MM-dd}).", nameof(lastDay));
        }

        FirstDay = firstDay;
        LastDay = lastDay;
    }

    public DateOnly FirstDay { get; }

    public DateOnly LastDay { get; }

    public int Days => LastDay.DayNumber - FirstDay.DayNumber + 1;

    public bool IsCalendarMonth => FirstDay.Day == 1 && LastDay == FirstDay.AddMonths(1).AddDays(-1);

    public static ReportingPeriod Month(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return new ReportingPeriod(first, first.AddMonths(1).AddDays(-1));
    }

    public bool Contains(DateOnly date) => date >= FirstDay && date <= LastDay;

    /// <summary>
    /// Reads a month as the template allows it: <c>2025-03</c>, <c>03.2025</c> or <c>3.2025</c>, or any date inside the
    /// month as <see cref="CellValues.TryParseDate"/> reads it (an Excel date cell included).
    /// </summary>
    public static bool TryParse(string? text, out ReportingPeriod period)
    {
        period = default;
        var s = text?.Trim();
        if (string.IsNullOrEmpty(s))
        {
            return false;
        }

        if (TrySplit(s, '-', out var a, out var b) && a.Length == 4 && b.Length is 1 or 2)
        {
            return TryMonth(a, b, out period);
        }

        if (TrySplit(s, '.', out a, out b) && a.Length is 1 or 2 && b.Length == 4)
        {
            return TryMonth(b, a, out period);
        }

        if (CellValues.TryParseDate(s, out var date))
        {
            period = Month(date.Year, date.Month);
            return true;
        }

        return false;
    }

    /// <summary><c>2025-03</c> for a calendar month, otherwise <c>2025-03-01–2025-03-15</c>.</summary>
    public override string ToString() => IsCalendarMonth
        ? FirstDay.ToString("yyyy-MM", CultureInfo.InvariantCulture)
        : FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "–" + LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool TrySplit(string s, char separator, out string first, out string second)
    {
        first = second = string.Empty;
        var at = s.IndexOf(separator, StringComparison.Ordinal);
        if (at <= 0 || s.IndexOf(separator, at + 1) >= 0)
        {
            return false;
        }

        first = s[..at];
        second = s[(at + 1)..];
        return first.All(char.IsAsciiDigit) && second.All(char.IsAsciiDigit);
    }

    private static bool TryMonth(string year, string month, out ReportingPeriod period)
    {
        period = default;
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        if (y is < 1 or > 9999 || m is < 1 or > 12)
        {
            return false;
        }

        period = Month(y, m);
        return true;
    }
}
