using System.Globalization;
using Klimaspor.Domain.Contracts;
using Klimaspor.Domain.Reporting.Template;

namespace Klimaspor.Domain.Reporting.Reports;

/// <summary>
/// A contract's reporting periods and their due dates. Periods are named by their first month (<c>YYYY-MM</c>), as
/// the API and the template name them; a quarterly or yearly period starts in the month the contract starts.
/// </summary>
public static class ReportingSchedule
{
    public static int MonthsPer(ReportingFrequency frequency) => frequency switch
    {
        ReportingFrequency.Quarterly => 3,
        ReportingFrequency.Yearly => 12,
        _ => 1,
    };

    /// <summary>Every period that overlaps the contract, in order. The first and last may be partial months.</summary>
    public static IReadOnlyList<ReportingPeriod> Periods(DateOnly start, DateOnly end, ReportingFrequency frequency)
    {
        var months = MonthsPer(frequency);
        var periods = new List<ReportingPeriod>();
        for (var first = new DateOnly(start.Year, start.Month, 1); first <= end; first = first.AddMonths(months))
        {
            periods.Add(new ReportingPeriod(first, first.AddMonths(months).AddDays(-1)));
        }

        return periods;
    }

    /// <summary>The period a key names, if the contract has it: a key outside the contract or off its rhythm has none.</summary>
    public static ReportingPeriod? Find(string? key, DateOnly start, DateOnly end, ReportingFrequency frequency)
    {
        if (key is null || !DateOnly.TryParseExact(key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            return null;
        }

        foreach (var period in Periods(start, end, frequency))
        {
            if (period.FirstDay == first)
            {
                return period;
            }
        }

        return null;
    }

    public static string Key(ReportingPeriod period) => period.FirstDay.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The due day of the month after the period (the 10th by default; the day is 1–28, so it always exists).</summary>
    public static DateOnly DueDate(ReportingPeriod period, int dueDay)
    {
        var next = period.LastDay.AddDays(1);
        return new DateOnly(next.Year, next.Month, dueDay);
    }

    /// <summary>Periods that have ended by <paramref name="today"/>: the ones a supplier owes a report for.</summary>
    public static IEnumerable<ReportingPeriod> Ended(IEnumerable<ReportingPeriod> periods, DateOnly today) => periods.Where(p => p.LastDay < today);
}

/// <summary>Where a report stands. A report that does not exist yet is <see cref="NotStarted"/>.</summary>
public enum ReportStatus
{
    NotStarted,
    Draft,
    Submitted,
    Approved,
    Returned,
}

/// <summary>What each side may do with a report in each status: corrections go back through submission.</summary>
public static class ReportWorkflow
{
    public static bool SupplierCanEdit(ReportStatus status) => status is ReportStatus.NotStarted or ReportStatus.Draft or ReportStatus.Returned;

    public static bool SupplierCanSubmit(ReportStatus status) => status is ReportStatus.Draft or ReportStatus.Returned;

    public static bool BuyerCanReview(ReportStatus status) => status == ReportStatus.Submitted;

    /// <summary>The supplier still owes the report: not submitted yet, or returned and not submitted again.</summary>
    public static bool AwaitsSupplier(ReportStatus status) => status is ReportStatus.NotStarted or ReportStatus.Draft or ReportStatus.Returned;

    /// <summary>Overdue: not yet submitted (or returned and not resubmitted) after its due date.</summary>
    public static bool IsOverdue(ReportStatus status, DateOnly dueDate, DateOnly today) => today > dueDate && AwaitsSupplier(status);
}
