using Klimaspor.Data;
using Klimaspor.Domain.Requirements;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Compliance;

/// <summary>
/// Contracts rolled up as their latest evaluation left them (ADR 0004: nothing is evaluated on a read), for lists
/// that show many contracts at once. Reads one small summary per contract, never the whole results.
/// </summary>
internal static class ComplianceRollups
{
    /// <summary>
    /// The roll-up of each contract's latest run; a contract that has never been evaluated has no requirements yet
    /// (every change of requirements evaluates), so it rolls up as <see cref="RollupStatus.NoRequirements"/>.
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, ComplianceRollup>> Latest(IReadOnlyCollection<Guid> contractIds, AppDbContext db,
        CancellationToken cancellationToken)
    {
        if (contractIds.Count == 0)
        {
            return new Dictionary<Guid, ComplianceRollup>();
        }

        var runs = await db.ComplianceRuns.AsNoTracking()
            .Where(r => contractIds.Contains(r.ContractId) && r.At == db.ComplianceRuns.Where(x => x.ContractId == r.ContractId).Max(x => x.At))
            .Select(r => new { r.ContractId, r.SummaryJson })
            .ToListAsync(cancellationToken);
        var summaries = runs.GroupBy(r => r.ContractId)
            .ToDictionary(g => g.Key, g => RequirementStore.Read<List<RequirementSummary>>(g.First().SummaryJson));
        return contractIds.Distinct().ToDictionary(id => id,
            id => ComplianceRollup.Of(summaries.TryGetValue(id, out var summary) ? summary.Select(s => s.Status) : []));
    }
}
