using Klimaspor.Data;
using Klimaspor.Web;

namespace Klimaspor.Features.Deviations;

internal static class DeviationAccess
{
    /// <summary>Deviations the tenant may see: a buyer its units' contracts', a supplier those of contracts where it is the main supplier.</summary>
    public static IQueryable<Deviation> VisibleTo(this IQueryable<Deviation> deviations, AppDbContext db, TenantScope scope)
    {
        var contracts = db.Contracts.VisibleTo(scope);
        if (scope.IsSupplier)
        {
            var org = scope.OrganisationId;
            contracts = contracts.Where(c => c.SupplierId == org);
        }

        return deviations.Where(d => contracts.Any(c => c.Id == d.ContractId));
    }
}
