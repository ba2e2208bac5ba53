using Klimaspor.Data;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Contracts;

public static class GetContract
{
    /// <summary>A contract the tenant may see, or null: another organisation's contract is indistinguishable from none.</summary>
    public static async Task<Contract?> Load(Guid id, AppServices services, CancellationToken cancellationToken, bool track = false)
    {
        var (db, tenant, _) = services;
        var scope = await tenant.ScopeAsync(cancellationToken);
        var query = db.Contracts
            .Include(c => c.BuyerUnit)
            .Include(c => c.Supplier)
            .Include(c => c.Subcontractors).ThenInclude(s => s.Organisation)
            .Include(c => c.Sites)
            .Include(c => c.Requirements)
            .AsSplitQuery()
            .VisibleTo(scope);
        if (!track)
        {
            query = query.AsNoTracking();
        }

        return await query.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
    }

    public static async Task<ContractDetails?> Handle(Guid id, AppServices services, CancellationToken cancellationToken) =>
        await Load(id, services, cancellationToken) is { } contract ? ContractDetails.From(contract) : null;
}
