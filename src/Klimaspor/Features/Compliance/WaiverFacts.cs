using Klimaspor.Data;
using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Domain.Requirements;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Compliance;

/// <summary>What the evaluation needs to know of a contract's waivers: the approved ones, period by period.</summary>
internal static class WaiverFacts
{
    /// <summary>
    /// Each approved waiver as one <see cref="ApprovedWaiver"/> per reporting period it touches, and for approved
    /// grid-capacity waivers the grid owner's figures per period. The site has one grid connection, so a period gets
    /// one statement: when approved grid waivers overlap, the most recently decided one's figures apply. No tenancy
    /// here: the caller has already established that it may evaluate the contract.
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

        var approved = await db.Waivers.AsNoTracking().Where(w => w.ContractId == contractId && w.Status == WaiverStatus.Approved)
            .Select(w => new { w.Reference, w.MachineId, w.PeriodFrom, w.PeriodTo, w.Reason, w.ReplacementFuel, w.AvailableKw, w.NeededKw, w.DecidedAt })
            .ToListAsync(ct);
        var periods = ReportingSchedule.Periods(contract.StartDate, contract.EndDate, contract.ReportingFrequency);

        var waivers = new List<ApprovedWaiver>();
        var grid = new Dictionary<string, GridCapacity>(StringComparer.Ordinal);
        foreach (var w in approved.OrderBy(w => w.DecidedAt).ThenBy(w => w.Reference, StringComparer.Ordinal))
        {
            if (WaiverRules.ParseMonth(w.PeriodFrom) is { } from && WaiverRules.ParseMonth(w.PeriodTo) is { } to)
            {
                waivers.Add(new ApprovedWaiver(w.Reference, w.MachineId, from, to.AddMonths(1).AddDays(-1), w.ReplacementFuel));
            }

            foreach (var period in WaiverRules.PeriodsCovered(w.PeriodFrom, w.PeriodTo, periods))
            {
                if (w is { Reason: WaiverReason.GridCapacity, AvailableKw: { } available, NeededKw: { } needed })
                {
                    grid[period] = new GridCapacity(period, available, needed);
                }
            }
        }

        return ([.. waivers.OrderBy(w => w.From).ThenBy(w => w.Reference, StringComparer.Ordinal)],
            [.. grid.Values.OrderBy(g => g.Period, StringComparer.Ordinal)]);
    }
}
