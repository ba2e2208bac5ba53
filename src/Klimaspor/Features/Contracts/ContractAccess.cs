using Klimaspor.Data;
using Klimaspor.Web;

namespace Klimaspor.Features.Contracts;

public static class ContractAccess
{
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
