using Klimaspor.Data;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Contracts;

internal static class ArchiveContract
{
    /// <summary>Archiving hides a contract from the default lists; nothing is deleted, and it can be restored.</summary>
    /// <param name="expectedVersion">
    /// The version the caller read, when it sent one. Archiving is a state change: it needs none, and answers
    /// conflict (409) when it loses a race; a version sent and no longer current is stale (412).
    /// </param>
    public static async Task<Outcome<Contract>> Handle(Guid id, bool archive, Guid? expectedVersion, AppServices services, CancellationToken cancellationToken)
    {
        var (db, tenant, clock) = services;
        var contract = await ContractAccess.Load(id, services, cancellationToken, track: true);
        if (contract is null)
        {
            return Outcome<Contract>.NotFound;
        }

        if (!tenant.CanEditContracts)
        {
            return Outcome<Contract>.Forbidden;
        }

        if (expectedVersion is not null && Outcome<Contract>.CheckVersion(contract.RowVersion, expectedVersion) is { } stale)
        {
            return stale;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        contract.ArchivedAt = archive ? contract.ArchivedAt ?? now : null;
        contract.UpdatedAt = now;
        contract.RowVersion = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<Contract>.Conflict();
        }

        return Outcome<Contract>.Ok(contract);
    }
}
