namespace Klimaspor.Domain.Calendar;

/// <summary>
/// The calendar date in Norway of an instant: the one place "today", reporting periods, due dates and "overdue" are
/// decided, since a supplier's day ends at midnight in Norway, not in UTC (23:30 UTC on 31 January is already
/// 1 February in Oslo). Norway keeps Central European Time, UTC+1, and summer time, UTC+2, from 01:00 UTC on the last
/// Sunday of March to 01:00 UTC on the last Sunday of October (EU Directive 2000/84/EC). Computed here rather than read
/// from the system's time zone data, so that the domain stays free of the machine it runs on.
/// </summary>
public static class NorwegianTime
{
    /// <summary>Today's date in Norway at <paramref name="now"/> (the app passes its clock's time).</summary>
    public static DateOnly Today(DateTimeOffset now) => DateOf(now);

    /// <summary>The date in Norway of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ClockOf(instant.UtcDateTime));

    /// <summary>
    /// The time on a clock in Norway at a stored UTC time, for showing it: a buyer in Oslo reads 14:05 for a report
    /// submitted at 13:05 UTC in winter, whatever time zone the server keeps. Its kind is ignored, as in
    /// <see cref="DateOf(DateTime)"/>.
    /// </summary>
    public static DateTime ClockOf(DateTime utc)
    {
        utc = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        var summerStarts = LastSundayOf(utc.Year, 3).AddHours(1);
        var summerEnds = LastSundayOf(utc.Year, 10).AddHours(1);
        var offset = utc >= summerStarts && utc < summerEnds ? 2 : 1;
        return DateTime.SpecifyKind(utc.AddHours(offset), DateTimeKind.Unspecified);
    }

    /// <summary>
    /// The date in Norway of a stored UTC time. Its kind is ignored: times are stored in UTC, and the database gives
    /// them back with an unspecified kind, which would otherwise be taken for the machine's local time.
    /// </summary>
    public static DateOnly DateOf(DateTime utc) => DateOf(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    /// <summary>Whether an instant falls after the end of a day in Norway: "submitted after the due date".</summary>
    public static bool IsAfter(DateTimeOffset instant, DateOnly day)
    {
        // Norway is one or two hours ahead of UTC, so only an instant between 22:00 and 23:00 UTC on the day itself
        // depends on summer time; the rest is decided without computing it.
        var hours = (instant.UtcDateTime - day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)).TotalHours;
        return hours switch
        {
            < 22 => false,
            >= 23 => true,
            _ => DateOf(instant) > day,
        };
    }

    private static DateTime LastSundayOf(int year, int month)
    {
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month), 0, 0, 0, DateTimeKind.Utc);
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
