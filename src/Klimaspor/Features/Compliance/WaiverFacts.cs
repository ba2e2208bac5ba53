using Klimaspor.Data;
using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Domain.Requirements;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Compliance;

/// <summary>What the evaluation needs to know of a contract's waivers and grid statements: the approved and accepted ones.</summary>
internal static class WaiverFacts
{
    /// <summary>
    /// Each approved waiver with the days approved and its replacement fuel, and each accepted grid statement as one
    /// <see cref="GridCapacity"/> per reporting period and site it touches. A site and period has one statement (the use
    /// case refuses an overlap); were two accepted anyway, the most recently decided one's figures apply. Grid-capacity
    /// waivers from before the statements had their figures copied into statements by the migration
    /// GridStatementsAndDatedWaivers; as waivers they still exempt their machine where no relief applies. No tenancy here:
    /// the caller has already established that it may evaluate the contract.
    /// </summary>
    public static async Task<(IReadOnlyList<ApprovedWaiver> Waivers, IReadOnlyList<GridCapacity> Grid)> Load(AppDbContext db, Guid contractId,
        CancellationToken ct)
    {
        var contract = await db.Contracts.AsNoTracking().Where(c => c.Id == contractId)
            .Select(c => new { c.StartDate, c.EndDate, c.ReportingFrequency }).SingleOrDefaultAsync(ct);
        if (contract is null)
        {
            return ([], []);
        }

        var waivers = await db.Waivers.AsNoTracking()
            .Where(w => w.ContractId == contractId && w.Status == WaiverStatus.Approved)
            .OrderBy(w => w.ApprovedFromDate).ThenBy(w => w.Reference)
            .Select(w => new ApprovedWaiver(w.Reference, w.MachineId, w.ApprovedFromDate ?? w.FromDate, w.ApprovedToDate ?? w.ToDate, w.ReplacementFuel))
            .ToListAsync(ct);
        var statements = await db.GridStatements.AsNoTracking().Where(g => g.ContractId == contractId && g.Status == GridStatementStatus.Accepted)
            .Select(g => new { g.Site, g.PeriodFrom, g.PeriodTo, g.AvailableKw, g.NeededKw, g.DecidedAt })
            .ToListAsync(ct);
        var periods = ReportingSchedule.Periods(contract.StartDate, contract.EndDate, contract.ReportingFrequency);

        var grid = new Dictionary<(string, string), GridCapacity>();
        foreach (var g in statements.OrderBy(g => g.DecidedAt))
        {
            foreach (var period in WaiverRules.PeriodsCovered(g.PeriodFrom, g.PeriodTo, periods))
            {
                grid[(period, g.Site ?? "")] = new GridCapacity(period, g.AvailableKw, g.NeededKw, g.Site);
            }
        }

        return (waivers, [.. grid.Values.OrderBy(g => g.Period, StringComparer.Ordinal).ThenBy(g => g.Site, StringComparer.Ordinal)]);
    }
}
