using Klimaspor.Domain.Contracts;
using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Domain.Reporting.Template;

namespace Klimaspor.Domain.Tests.Reports;

public sealed class ReportingScheduleTests
{
    [Fact]
    public void Periods_MonthlyContractStartingMidMonth_OneKeyPerCalendarMonth()
    {
        var periods = ReportingSchedule.Periods(new DateOnly(2024, 9, 15), new DateOnly(2025, 1, 10), ReportingFrequency.Monthly);

        Assert.Equal(["2024-09", "2024-10", "2024-11", "2024-12", "2025-01"], periods.Select(ReportingSchedule.Key));
        Assert.Equal(new DateOnly(2024, 9, 30), periods[0].LastDay);
    }

    [Fact]
    public void Periods_Quarterly_ThreeMonthsFromTheStartMonth()
    {
        var periods = ReportingSchedule.Periods(new DateOnly(2025, 2, 1), new DateOnly(2025, 12, 31), ReportingFrequency.Quarterly);

        Assert.Equal(["2025-02", "2025-05", "2025-08", "2025-11"], periods.Select(ReportingSchedule.Key));
        Assert.Equal(new DateOnly(2025, 4, 30), periods[0].LastDay);
    }

    [Theory]
    [InlineData("2025-03", true)]
    [InlineData("2024-08", false)] // before the contract
    [InlineData("2027-07", false)] // after it
    [InlineData("2025-3", false)]
    [InlineData("mars", false)]
    public void Find_PeriodKey_OnlyInsideTheContract(string key, bool found)
    {
        var period = ReportingSchedule.Find(key, new DateOnly(2024, 9, 1), new DateOnly(2027, 6, 30), ReportingFrequency.Monthly);

        Assert.Equal(found, period is not null);
    }

    [Fact]
    public void DueDate_DefaultTenth_OfTheFollowingMonth()
    {
        Assert.Equal(new DateOnly(2026, 1, 10), ReportingSchedule.DueDate(ReportingPeriod.Month(2025, 12), 10));
        Assert.Equal(new DateOnly(2026, 3, 28), ReportingSchedule.DueDate(ReportingPeriod.Month(2026, 2), 28));
    }

    [Theory]
    [InlineData(ReportStatus.NotStarted, "2026-01-11", true)]
    [InlineData(ReportStatus.Draft, "2026-01-11", true)]
    [InlineData(ReportStatus.Returned, "2026-01-11", true)]
    [InlineData(ReportStatus.Submitted, "2026-01-11", false)]
    [InlineData(ReportStatus.Approved, "2026-03-01", false)]
    [InlineData(ReportStatus.Draft, "2026-01-10", false)] // the due day itself is still on time
    public void IsOverdue_AfterTheDueDateUntilSubmitted(ReportStatus status, string today, bool overdue)
    {
        Assert.Equal(overdue, ReportWorkflow.IsOverdue(status, new DateOnly(2026, 1, 10), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Workflow_SubmittedReport_LockedForTheSupplierUntilReturned()
    {
        Assert.False(ReportWorkflow.SupplierCanEdit(ReportStatus.Submitted));
        Assert.False(ReportWorkflow.SupplierCanEdit(ReportStatus.Approved));
        Assert.True(ReportWorkflow.SupplierCanEdit(ReportStatus.Returned));
        Assert.True(ReportWorkflow.BuyerCanReview(ReportStatus.Submitted));
        Assert.False(ReportWorkflow.BuyerCanReview(ReportStatus.Draft));
    }
}
