using System.Globalization;
using Klimaspor.Data;
using Klimaspor.Domain.Organisations;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Reports;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Reports;

/// <summary>
/// The template's warning "a machine reported by two suppliers in one period": the report's machines compared with
/// other suppliers' submitted and approved reports whose periods overlap it, on this contract and on the buyer unit's
/// other contracts, where counting one machine twice would inflate the buyer's totals just the same.
/// </summary>
internal static class MachinesInOtherReports
{
    public static async Task<IReadOnlyList<PlausibilityWarning>> Find(ReportContext context, ReportLines lines, AppDbContext db, CancellationToken cancellationToken)
    {
        if (lines.Machines.Count == 0)
        {
            return [];
        }

        var period = context.Period;
        // Periods are named by their first month: a yearly period that began eleven months earlier still overlaps.
        var earliest = Key(period.FirstDay.AddMonths(-(ReportingSchedule.MonthsPer(Domain.Contracts.ReportingFrequency.Yearly) - 1)));
        var latest = Key(period.LastDay);
        var buyerUnit = context.Contract.BuyerUnitId;
        var candidates = await (
                from r in db.Reports.AsNoTracking()
                join c in db.Contracts on r.ContractId equals c.Id
                where c.BuyerUnitId == buyerUnit && r.SupplierId != context.SupplierId
                    && (r.Status == ReportStatus.Submitted || r.Status == ReportStatus.Approved)
                    && r.Period.CompareTo(earliest) >= 0 && r.Period.CompareTo(latest) <= 0
                select new { r.Period, r.DraftLines, c.ReportingFrequency, r.Supplier!.OrgNo })
            .ToListAsync(cancellationToken);

        var reports = new List<SupplierMachines>();
        foreach (var other in candidates)
        {
            var first = DateOnly.ParseExact(other.Period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var last = first.AddMonths(ReportingSchedule.MonthsPer(other.ReportingFrequency)).AddDays(-1);
            if (first <= period.LastDay && period.FirstDay <= last)
            {
                reports.Add(new SupplierMachines(OrganisationNumber.Parse(other.OrgNo), Dated(ReportStore.Lines(other.DraftLines).Machines, first, last)));
            }
        }

        if (reports.Count == 0)
        {
            return [];
        }

        var own = OrganisationNumber.Parse(await db.Organisations.Where(o => o.Id == context.SupplierId).Select(o => o.OrgNo).SingleAsync(cancellationToken));
        reports.Insert(0, new SupplierMachines(own, Dated(lines.Machines, period.FirstDay, period.LastDay)));
        return [.. Plausibility.FindMachinesInSeveralReports(reports, period.FirstDay, period.LastDay).Where(w => w.Supplier == own).Select(w => w.Warning)];
    }

    // A line without dates covers its own report's period, which for another contract's report may be a quarter or a
    // year; dating every line makes the overlap check compare the days each machine was really there.
    private static List<MachineLine> Dated(IReadOnlyList<MachineLine> machines, DateOnly first, DateOnly last) =>
        [.. machines.Select(m => m with { FromDate = m.FromDate ?? first, ToDate = m.ToDate ?? last })];

    private static string Key(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
