using Klimaspor.Data;
using Klimaspor.Domain.Emissions;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.FactorSets;

public sealed record FactorSetChoice(string? Territorial, string? LifeCycle);

/// <summary>A buyer administrator picks the sets the organisation's figures are computed with (null: the reference sets).</summary>
internal static class ChooseFactorSets
{
    public static async Task<FactorSetChoice> Current(TenantScope scope, AppDbContext db, CancellationToken cancellationToken) =>
        await db.Organisations.AsNoTracking().Where(o => o.Id == scope.OrganisationId)
            .Select(o => new FactorSetChoice(o.TerritorialFactorSetKey, o.LifeCycleFactorSetKey))
            .SingleOrDefaultAsync(cancellationToken) ?? new FactorSetChoice(null, null);

    public static async Task<Outcome<FactorSetChoice>> Handle(FactorSetChoice choice, AppServices services, CancellationToken cancellationToken)
    {
        var (db, tenant, _) = services;
        var scope = await tenant.ScopeAsync(cancellationToken);
        if (!scope.IsBuyer || !tenant.IsInRole(Roles.BuyerAdmin))
        {
            return Outcome<FactorSetChoice>.Forbidden;
        }

        var errors = new List<Problem>();
        await Check(choice.Territorial, "territorial", EmissionBoundary.Territorial);
        await Check(choice.LifeCycle, "lifeCycle", EmissionBoundary.LifeCycle);
        if (errors.Count > 0)
        {
            return Outcome<FactorSetChoice>.Invalid(errors);
        }

        var organisation = await db.Organisations.SingleAsync(o => o.Id == scope.OrganisationId, cancellationToken);
        organisation.TerritorialFactorSetKey = string.IsNullOrWhiteSpace(choice.Territorial) ? null : choice.Territorial;
        organisation.LifeCycleFactorSetKey = string.IsNullOrWhiteSpace(choice.LifeCycle) ? null : choice.LifeCycle;
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<FactorSetChoice>.Ok(new FactorSetChoice(organisation.TerritorialFactorSetKey, organisation.LifeCycleFactorSetKey));

        async Task Check(string? key, string field, EmissionBoundary boundary)
        {
            if (string.IsNullOrWhiteSpace(key))
            {
                return;
            }

            var set = await FactorSetStore.LoadPublished(db, key, null, cancellationToken);
            if (set is null)
            {
                errors.Add(new Problem(field, "FactorSets.UnknownSet", key));
            }
            else if (set.Boundary != boundary)
            {
                errors.Add(new Problem(field, "FactorSets.WrongBoundary", key));
            }
        }
    }
}
