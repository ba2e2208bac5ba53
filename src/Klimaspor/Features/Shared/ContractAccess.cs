using Klimaspor.Data;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features;

/// <summary>Which contracts a tenant may see and change: the one tenancy rule every feature that shows a contract uses.</summary>
internal static class ContractAccess
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

    /// <summary>Only people of the contract's own buyer who may change contracts change its requirements.</summary>
    public static async Task<OutcomeKind> CheckEditor(Guid contractId, AppServices services, CancellationToken cancellationToken)
    {
        var (db, tenant, _) = services;
        var scope = await tenant.ScopeAsync(cancellationToken);
        if (!await db.Contracts.VisibleTo(scope).AnyAsync(c => c.Id == contractId, cancellationToken))
        {
            return OutcomeKind.NotFound;
        }

        return tenant.CanEditContracts && scope.IsBuyer ? OutcomeKind.Ok : OutcomeKind.Forbidden;
    }

    /// <summary>
    /// The contracts a tenant may see: a buyer its units' contracts, a supplier those it is party to (as main
    /// supplier or subcontractor), anyone else none.
    /// </summary>
    public static IQueryable<Contract> VisibleTo(this IQueryable<Contract> contracts, TenantScope scope)
    {
        if (scope.IsBuyer)
        {
            var units = scope.BuyerUnitIds.ToList();
            return contracts.Where(c => units.Contains(c.BuyerUnitId));
        }

        if (scope.IsSupplier)
        {
            var org = scope.OrganisationId;
            return contracts.Where(c => c.SupplierId == org || c.Subcontractors.Any(s => s.OrganisationId == org));
        }

        return contracts.Where(c => false);
    }
}
