using Klimaspor.Data;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Requirements;

/// <summary>A contract's requirements for anyone who may see the contract: its buyer's people and its suppliers.</summary>
internal static class GetRequirements
{
    /// <summary>Null when the caller may not see the contract.</summary>
    public static async Task<IReadOnlyList<ContractRequirement>?> Handle(Guid contractId, AppServices services, CancellationToken cancellationToken)
    {
        var (db, tenant, _) = services;
        var scope = await tenant.ScopeAsync(cancellationToken);
        if (!await db.Contracts.VisibleTo(scope).AnyAsync(c => c.Id == contractId, cancellationToken))
        {
            return null;
        }

        return await db.Requirements.AsNoTracking().Where(r => r.ContractId == contractId).OrderBy(r => r.Position).ToListAsync(cancellationToken);
    }

    public static async Task<ContractRequirement?> One(Guid contractId, string key, AppServices services, CancellationToken cancellationToken) =>
        (await Handle(contractId, services, cancellationToken))?.FirstOrDefault(r => r.Key == key);
}
