using Klimaspor.Data;
using Klimaspor.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Reports;

/// <summary>The machines and vehicles of a supplier's latest earlier report on the contract, and that report's period.</summary>
public sealed record RegisterSource(string Period, ReportLines Lines);

/// <summary>
/// The machine and vehicle register carried from period to period: a new period starts from the latest earlier
/// report of the same contract and supplier, so last month's machines are there to update rather than retype. The
/// prefilled workbook and the web form both start from here.
/// </summary>
internal static class ReportRegister
{
    public static async Task<RegisterSource?> Latest(ReportContext context, AppDbContext db, CancellationToken cancellationToken)
    {
        var earlier = await db.Reports.AsNoTracking()
            .Where(r => r.ContractId == context.Contract.Id && r.SupplierId == context.SupplierId && r.Period.CompareTo(context.PeriodKey) < 0)
            .OrderByDescending(r => r.Period).Select(r => new { r.Period, r.DraftLines }).FirstOrDefaultAsync(cancellationToken);
        if (earlier is null)
        {
            return null;
        }

        var lines = ReportStore.Lines(earlier.DraftLines);
        return lines.Machines.Count + lines.Vehicles.Count == 0
            ? null
            : new RegisterSource(earlier.Period, new ReportLines { Machines = lines.Machines, Vehicles = lines.Vehicles });
    }
}
