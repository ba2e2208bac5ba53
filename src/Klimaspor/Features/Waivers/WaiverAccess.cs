using Klimaspor.Data;
using Klimaspor.Web;

namespace Klimaspor.Features.Waivers;

/// <summary>
/// Who may do what with waivers. Everyone who may see the contract on the buyer's side sees its waivers; a supplier
/// sees the waivers it applied for. Only the contract's main supplier applies (it answers to the buyer for its
/// subcontractors' machines); the buyer's follow-up officer assesses as the advisor; the buyer administrator decides,
/// so the one who recommends is never the one who decides.
/// </summary>
internal static class WaiverAccess
{
    public static IQueryable<Waiver> VisibleTo(this IQueryable<Waiver> waivers, Guid contractId, TenantScope scope)
    {
        var org = scope.OrganisationId;
        return scope.IsSupplier
            ? waivers.Where(w => w.ContractId == contractId && w.SupplierId == org)
            : waivers.Where(w => w.ContractId == contractId);
    }

    public static bool MayApply(Contract contract, TenantScope scope, Tenant tenant) =>
        scope.IsSupplier && tenant.IsInRole(Roles.SupplierReporter) && contract.SupplierId == scope.OrganisationId;

    /// <summary>The supplier that applied sends a waiver again with more documentation (it sees only its own waivers).</summary>
    public static bool MayResubmit(TenantScope scope, Tenant tenant) => scope.IsSupplier && tenant.IsInRole(Roles.SupplierReporter);

    public static bool MayAssess(TenantScope scope, Tenant tenant) => scope.IsBuyer && tenant.IsInRole(Roles.FollowUpOfficer);

    public static bool MayDecide(TenantScope scope, Tenant tenant) => scope.IsBuyer && tenant.IsInRole(Roles.BuyerAdmin);
}
