using Klimaspor.Data;
using Klimaspor.Domain.Contracts;
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Features.Reports;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Exports;

/// <summary>One counted report of a contract, with its frozen totals and where it belongs (unit, category, period).</summary>
internal sealed record CountedReportRow(Guid ContractId, string Unit, ContractCategory Category, string Period, string Reporter, int Version, bool Approved,
    KeyFigures Totals, FactorSetReference Territorial, FactorSetReference LifeCycle);

/// <summary>
/// The counted reports of some contracts (docs/verdicts.md: per reporter and period the latest approved submission,
/// else the latest awaiting review; a returned one never), each with the totals it froze at submission. A report whose
/// calculation had a failed line froze no totals (they would mislead) and is left out. Reads per submission its summary
/// only; the statistics aggregate (issue 15 item 1) is the way for a whole portfolio at national scale.
/// </summary>
internal static class CountedReports
{
    public static async Task<List<CountedReportRow>> Load(AppDbContext db, IQueryable<Contract> contracts, CancellationToken cancellationToken)
    {
        // Small rows first: which submission counts is decided on versions and statuses, then only those summaries are read.
        var submissions = await (
            from c in contracts
            join r in db.Reports on c.Id equals r.ContractId
            join s in db.ReportSubmissions on r.Id equals s.ReportId
            select new Submitted(s.Id, s.ReportId, c.Id, c.BuyerUnit!.Name, c.Category, r.Period, s.Version, r.Status, r.Version, r.Supplier!.Name))
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var counted = submissions
            .GroupBy(s => s.ReportId)
            .Select(g => CountedSubmission.Pick(g, s => s.Version, s => CountedSubmission.ReviewOf(s.Status, s.Version, s.Latest)))
            .OfType<Submitted>()
            .ToList();
        var ids = counted.Select(s => s.Id).ToList();
        var summaries = await db.ReportSubmissions.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.ResultJson })
            .ToDictionaryAsync(s => s.Id, s => ReportStore.Summary(s.ResultJson), cancellationToken);

        return [.. counted.Where(s => summaries[s.Id].Totals is not null)
            .Select(s => new CountedReportRow(s.ContractId, s.Unit, s.Category, s.Period, s.Reporter, s.Version,
                s.Status == ReportStatus.Approved && s.Version == s.Latest, summaries[s.Id].Totals!, summaries[s.Id].Territorial, summaries[s.Id].LifeCycle))
            .OrderBy(r => r.Period, StringComparer.Ordinal).ThenBy(r => r.Reporter, StringComparer.Ordinal)];
    }

    private sealed record Submitted(Guid Id, Guid ReportId, Guid ContractId, string Unit, ContractCategory Category, string Period, int Version,
        ReportStatus Status, int Latest, string Reporter);
}
