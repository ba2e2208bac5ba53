using Klimaspor.Domain.Calendar;
using Klimaspor.Domain.Contracts;
using Klimaspor.Domain.Reporting.Reports;

namespace Klimaspor.Domain.Tests.Calendar;

public sealed class NorwegianTimeTests
{
    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void Today_HalfPastElevenUtcOnTheLastDayOfAMonth_IsTheNextMonthInOslo()
    {
        // 23:30 UTC on 30 November is 00:30 on 1 December in Oslo (UTC+1 in winter).
        Assert.Equal(new DateOnly(2026, 12, 1), NorwegianTime.Today(Utc(2026, 11, 30, 23, 30)));
        Assert.Equal(new DateOnly(2026, 11, 30), NorwegianTime.Today(Utc(2026, 11, 30, 22, 30)));
    }

    [Fact]
    public void ClockOf_StoredUtcTimes_ReadOneHourAheadInWinterAndTwoInSummer()
    {
        // CET (UTC+1) and CEST (UTC+2), summer time from 01:00 UTC on the last Sunday of March to 01:00 UTC on the
        // last Sunday of October (EU Directive 2000/84/EC, art. 2 and 3): 29 March and 25 October in 2026.
        Assert.Equal(new DateTime(2026, 12, 7, 14, 5, 0), NorwegianTime.ClockOf(new DateTime(2026, 12, 7, 13, 5, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateTime(2026, 7, 1, 0, 30, 0), NorwegianTime.ClockOf(new DateTime(2026, 6, 30, 22, 30, 0, DateTimeKind.Unspecified)));
        Assert.Equal(new DateTime(2026, 3, 29, 1, 59, 0), NorwegianTime.ClockOf(new DateTime(2026, 3, 29, 0, 59, 0)));
        Assert.Equal(new DateTime(2026, 3, 29, 3, 0, 0), NorwegianTime.ClockOf(new DateTime(2026, 3, 29, 1, 0, 0)));
        Assert.Equal(new DateTime(2026, 10, 25, 2, 59, 0), NorwegianTime.ClockOf(new DateTime(2026, 10, 25, 0, 59, 0)));
        Assert.Equal(new DateTime(2026, 10, 25, 2, 0, 0), NorwegianTime.ClockOf(new DateTime(2026, 10, 25, 1, 0, 0)));
    }

    [Fact]
    public void Today_InSummer_TurnsTwoHoursBeforeUtcMidnight()
    {
        // UTC+2 from the last Sunday of March (29 March 2026) to the last Sunday of October.
        Assert.Equal(new DateOnly(2026, 7, 1), NorwegianTime.Today(Utc(2026, 6, 30, 22, 0)));
        Assert.Equal(new DateOnly(2026, 6, 30), NorwegianTime.Today(Utc(2026, 6, 30, 21, 59)));
        Assert.Equal(new DateOnly(2026, 3, 28), NorwegianTime.Today(Utc(2026, 3, 28, 22, 30)));
        Assert.Equal(new DateOnly(2026, 3, 30), NorwegianTime.Today(Utc(2026, 3, 29, 22, 30)));
    }

    [Fact]
    public void Today_AtTheMidnightBoundary_EndsTheMonthsPeriodAndMakesItsReportOverdueOnTheDueDay()
    {
        var november = ReportingSchedule.Periods(new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 31), ReportingFrequency.Monthly)[0];
        var due = ReportingSchedule.DueDate(november, 10);

        // Still November in Oslo: the period has not ended, nothing is owed.
        Assert.Empty(ReportingSchedule.Ended([november], NorwegianTime.Today(Utc(2026, 11, 30, 22, 59))));
        // Already December in Oslo though still November in UTC: the report is owed.
        Assert.Single(ReportingSchedule.Ended([november], NorwegianTime.Today(Utc(2026, 11, 30, 23, 30))));
        // The due day (10 December) ends at midnight in Oslo, an hour before midnight UTC.
        Assert.False(ReportWorkflow.IsOverdue(ReportStatus.NotStarted, due, NorwegianTime.Today(Utc(2026, 12, 10, 22, 59))));
        Assert.True(ReportWorkflow.IsOverdue(ReportStatus.NotStarted, due, NorwegianTime.Today(Utc(2026, 12, 10, 23, 30))));
    }

    [Fact]
    public void DateOf_StoredTimeWithUnspecifiedKind_IsReadAsUtc()
    {
        // The database gives stored UTC times back without a kind; they must not be taken for the machine's local time.
        var stored = new DateTime(2026, 1, 31, 23, 30, 0, DateTimeKind.Unspecified);

        Assert.Equal(new DateOnly(2026, 2, 1), NorwegianTime.DateOf(stored));
        Assert.Equal(NorwegianTime.DateOf(DateTime.SpecifyKind(stored, DateTimeKind.Utc)), NorwegianTime.DateOf(stored));
    }
}
