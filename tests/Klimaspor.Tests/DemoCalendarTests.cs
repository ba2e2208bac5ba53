using Klimaspor.Data;
using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Domain.Requirements;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Tests;

/// <summary>
/// The demo never ages: written as seen from December 2026, it is moved by whole months to the day it is seeded, so
/// a newcomer who seeds it in July 2028 finds the same story at the same distance from today as one who seeded it in
/// December 2026. The expected dates below are worked out by hand from the demo's story (the latest Økern report is
/// for the month two months before the seeding month, and so on), not from <see cref="DemoCalendar"/>.
/// </summary>
public sealed class DemoCalendarTests
{
    [Fact]
    public void Move_LastDayOfMonth_StaysLastDayOfItsMonth()
    {
        // Seeded in February 2027: one month on from December 2026.
        var calendar = new DemoCalendar(new DateTime(2027, 2, 20, 12, 0, 0, DateTimeKind.Utc));

        Assert.Equal(2, calendar.Months);
        Assert.Equal(new DateOnly(2026, 12, 31), calendar.Date(2026, 10, 31));
        Assert.Equal(new DateOnly(2027, 1, 31), calendar.Date(2026, 11, 30));
        Assert.Equal(new DateOnly(2027, 2, 28), calendar.Date(2026, 12, 31));
        Assert.Equal(new DateOnly(2027, 1, 15), calendar.Date(2026, 11, 15));
    }

    [Fact]
    public void Period_SeededBeforeWritten_MovesBack()
    {
        var calendar = new DemoCalendar(new DateTime(2025, 3, 10, 8, 0, 0, DateTimeKind.Utc));

        Assert.Equal(-21, calendar.Months);
        Assert.Equal("2025-01", calendar.Period("2026-10"));
        Assert.Equal("2024-10", calendar.Period("2026-07"));
    }

    [Fact]
    public void AsOf_PinnedMonth_DatesTheDemoForItWhateverTheClock()
    {
        var calendar = new DemoCalendar(new DateTime(2031, 5, 2, 8, 0, 0, DateTimeKind.Utc), DemoCalendar.AsOf("2027-03"));

        Assert.Equal(3, calendar.Months);
        Assert.Equal("2027-01", calendar.Period("2026-10"));
    }

    [Theory]
    [InlineData("2027-13")]
    [InlineData("mars 2027")]
    [InlineData("2027-3-1")]
    public void AsOf_NotAMonth_FailsWithTheSettingNamed(string setting)
    {
        var error = Assert.Throws<InvalidOperationException>(() => DemoCalendar.AsOf(setting));

        Assert.Contains("DemoData:AsOf", error.Message, StringComparison.Ordinal);
        Assert.Contains("YYYY-MM", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Months_NewYearsEveInOslo_CountsTheNorwegianMonth()
    {
        // 23:30 UTC on 31 December is already January in Oslo: the demo follows the Norwegian calendar, as deadlines do.
        var calendar = new DemoCalendar(new DateTime(2026, 12, 31, 23, 30, 0, DateTimeKind.Utc));

        Assert.Equal(1, calendar.Months);
    }
}

/// <summary>The demo seeded in July 2028, 19 months after it was written, on both databases.</summary>
public abstract class DemoSeededLaterTests(KlimasporApp app)
{
    /// <summary>Mid-July 2028: the seeding month is 2028-07.</summary>
    public static readonly DateTimeOffset SeededAt = new(2028, 7, 15, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Seed_NineteenMonthsLater_ReportsAreTheMonthsBeforeTheSeedingMonth()
    {
        var reports = await app.WithDb(db => db.Reports.Join(db.Contracts.Where(c => c.Reference == "OBF-2024-017"), r => r.ContractId, c => c.Id, (r, _) => r)
            .OrderBy(r => r.Period).Select(r => new { r.Period, r.Status }).ToListAsync());

        // Written July–October with October awaiting review, seen from December: five to two months back.
        Assert.Equal(["2028-02", "2028-03", "2028-04", "2028-05"], reports.Select(r => r.Period));
        Assert.Equal([ReportStatus.Approved, ReportStatus.Approved, ReportStatus.Approved, ReportStatus.Submitted], reports.Select(r => r.Status));
    }

    [Fact]
    public async Task Seed_NineteenMonthsLater_ContractsAndWaiversKeepTheirPlace()
    {
        var ring2End = await app.WithDb(db => db.Contracts.Where(c => c.Reference == "BYM-2024-112").Select(c => c.EndDate).SingleAsync());
        // Ring 2 ended on the last day of October as written: the last day of May here.
        Assert.Equal(new DateOnly(2028, 5, 31), ring2End);

        var waivers = await app.WithDb(db => db.Waivers.Select(w => new { w.MachineId, w.FromDate, w.ApprovedToDate, w.Reference }).ToListAsync());
        var rockBreaker = waivers.Single(w => w.MachineId == "CAT-336-47121");
        Assert.Equal(new DateOnly(2028, 6, 2), rockBreaker.FromDate);
        Assert.Equal(new DateOnly(2028, 7, 4), rockBreaker.ApprovedToDate);
        // Applied in March 2026 as written: October 2027 here, and numbered in that year.
        Assert.StartsWith("FRAVIK-2027-", rockBreaker.Reference, StringComparison.Ordinal);
        // The crane's lifting days start a week after an application three days before seeding.
        Assert.True(waivers.Single(w => w.MachineId == "LIEBHERR-LTM1060-3").FromDate > new DateOnly(2028, 7, 15));
    }

    [Fact]
    public async Task Seed_NineteenMonthsLater_DeviationsStillWaitAsWritten()
    {
        var deviations = await app.WithDb(db => db.Deviations.Select(d => new { d.RequirementKey, d.Window, d.Status, d.AnswerDeadline, d.CorrectiveDueDate }).ToListAsync());

        // Seeding evaluates the moved reports and stops if a demo deviation's window does not fail: that it started at
        // all shows the story holds. The open one is past its answer deadline; the answered one past its action's date.
        var open = deviations.Single(d => d.Status == DeviationStatus.Open && d.RequirementKey == DemoRequirements.OkernIdlePromiseKey);
        Assert.Equal("2028-05", open.Window);
        Assert.True(open.AnswerDeadline < SeededAt.UtcDateTime);
        var answered = deviations.Single(d => d.Status == DeviationStatus.Answered);
        Assert.True(answered.CorrectiveDueDate < new DateOnly(2028, 7, 15));
        Assert.Contains(deviations, d => d.Status == DeviationStatus.Closed && d.Window == "2028-04");
    }
}

public sealed class SeededLaterSqliteApp : SqliteApp
{
    protected override string DemoAsOf => "";

    protected override void ConfigureMore(IWebHostBuilder builder) => TestClock.Use(builder, new TestClock(DemoSeededLaterTests.SeededAt));
}

public sealed class SeededLaterPostgresApp : PostgresApp
{
    protected override string DemoAsOf => "";

    protected override void ConfigureMore(IWebHostBuilder builder) => TestClock.Use(builder, new TestClock(DemoSeededLaterTests.SeededAt));
}

public sealed class DemoSeededLaterOnSqliteTests(SeededLaterSqliteApp app) : DemoSeededLaterTests(app), IClassFixture<SeededLaterSqliteApp>;

public sealed class DemoSeededLaterOnPostgresTests(SeededLaterPostgresApp app) : DemoSeededLaterTests(app), IClassFixture<SeededLaterPostgresApp>;

/// <summary>The demo pinned to a month by <c>DemoData:AsOf</c> ignores the clock, on both databases.</summary>
public abstract class DemoPinnedTests(KlimasporApp app)
{
    [Fact]
    public async Task Seed_AsOfSeptember2026_ReportsAreTheMonthsBeforeSeptember()
    {
        var periods = await app.WithDb(db => db.Reports.Join(db.Contracts.Where(c => c.Reference == "OBF-2024-017"), r => r.ContractId, c => c.Id, (r, _) => r.Period)
            .OrderBy(p => p).ToListAsync());

        Assert.Equal(["2026-04", "2026-05", "2026-06", "2026-07"], periods);
    }
}

public sealed class PinnedDemoSqliteApp : SqliteApp
{
    protected override string DemoAsOf => "2026-09";
}

public sealed class PinnedDemoPostgresApp : PostgresApp
{
    protected override string DemoAsOf => "2026-09";
}

public sealed class DemoPinnedOnSqliteTests(PinnedDemoSqliteApp app) : DemoPinnedTests(app), IClassFixture<PinnedDemoSqliteApp>;

public sealed class DemoPinnedOnPostgresTests(PinnedDemoPostgresApp app) : DemoPinnedTests(app), IClassFixture<PinnedDemoPostgresApp>;
