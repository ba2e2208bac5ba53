using System.Globalization;
using Klimaspor.Domain.Calendar;

namespace Klimaspor.Data;

/// <summary>
/// Keeps the demo data from ageing. The demo is written as seen from December 2026 (<see cref="WrittenFor"/>): reports
/// for July–October, a contract that ended in October, a waiver for November and December. Seeded in another month,
/// every date, period and year in it moves by the same whole number of months, so a first login always finds the same
/// story at the same distance from today: the latest report awaiting review, the overdue months, a contract just ended.
/// Whole months, not days, so that a report period stays a calendar month and a month's last day stays its last day.
/// </summary>
internal sealed class DemoCalendar
{
    /// <summary>The month the demo's dates are written for.</summary>
    public static readonly DateOnly WrittenFor = new(2026, 12, 1);

    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    /// <param name="now">The clock at seeding (UTC).</param>
    /// <param name="asOf">
    /// The month to date the demo for instead of the seeding month (<c>DemoData:AsOf</c>): tests pin it, so their
    /// expectations of the demo's months hold whenever they run; an operator may pin it for screenshots or a course.
    /// </param>
    public DemoCalendar(DateTime now, DateOnly? asOf = null)
    {
        Now = now;
        var month = asOf ?? NorwegianTime.DateOf(now);
        Months = (month.Year - WrittenFor.Year) * 12 + month.Month - WrittenFor.Month;
    }

    /// <summary>The <c>DemoData:AsOf</c> setting (<c>YYYY-MM</c>) as a month, or null when not set.</summary>
    public static DateOnly? AsOf(string? setting) =>
        string.IsNullOrWhiteSpace(setting) ? null
        : DateOnly.TryParseExact(setting.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? month
        : throw new InvalidOperationException($"DemoData:AsOf is '{setting}': give a month as YYYY-MM (e.g. 2026-12), or leave it out to date the demo by the day it is seeded.");

    /// <summary>The clock at seeding (UTC).</summary>
    public DateTime Now { get; }

    /// <summary>How many months the written dates move (negative when seeded before December 2026).</summary>
    public int Months { get; }

    /// <summary>A written date, moved; the last day of a month stays the last day of its month.</summary>
    public DateOnly Date(int year, int month, int day) => Move(new DateOnly(year, month, day));

    /// <summary>A written date, moved; the last day of a month stays the last day of its month.</summary>
    public DateOnly Move(DateOnly written)
    {
        var moved = written.AddMonths(Months);
        return written.Day == DateTime.DaysInMonth(written.Year, written.Month)
            ? new DateOnly(moved.Year, moved.Month, DateTime.DaysInMonth(moved.Year, moved.Month))
            : moved;
    }

    /// <summary>Nine in the morning (UTC) on a written date, moved.</summary>
    public DateTime At(int year, int month, int day) => Date(year, month, day).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);

    /// <summary>A written period <c>YYYY-MM</c>, moved.</summary>
    public string Period(string written) => Move(DateOnly.ParseExact(written + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture))
        .ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>A written date, moved, as a Norwegian text writes it: <c>2.11.2026</c>.</summary>
    public string Short(int year, int month, int day) => Date(year, month, day).ToString("d.M.yyyy", CultureInfo.InvariantCulture);

    /// <summary>A written date, moved, as a Norwegian text writes it: <c>1. desember 2026</c>.</summary>
    public string Long(int year, int month, int day) => Date(year, month, day).ToString("d. MMMM yyyy", Norwegian);

    /// <summary>A written month, moved, as a Norwegian text writes it: <c>mars 2026</c>.</summary>
    public string MonthName(int year, int month) => Date(year, month, 1).ToString("MMMM yyyy", Norwegian);
}
