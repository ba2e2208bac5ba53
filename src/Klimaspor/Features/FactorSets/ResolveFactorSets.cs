using Klimaspor.Data;
using Klimaspor.Domain.Emissions;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.FactorSets;

/// <summary>Which two sets (territorial and life-cycle) a calculation uses.</summary>
internal static class ResolveFactorSets
{
    /// <summary>
    /// A set named by the caller ("key" for its latest published version, or "key@version"); otherwise the buyer
    /// organisation's choice (a sub-unit inherits its organisation's); otherwise the reference sets.
    /// </summary>
    public static Task<(FactorSet? Territorial, FactorSet? LifeCycle, List<Problem> Errors)> Handle(
        string? territorial, string? lifeCycle, TenantScope scope, AppDbContext db, CancellationToken cancellationToken) =>
        Handle(territorial, lifeCycle, scope.IsBuyer ? scope.OrganisationId : null, db, cancellationToken);

    /// <param name="buyerUnitId">The buyer organisation or sub-unit whose choice applies (for a report: the contract's owner).</param>
    public static async Task<(FactorSet? Territorial, FactorSet? LifeCycle, List<Problem> Errors)> Handle(
        string? territorial, string? lifeCycle, Guid? buyerUnitId, AppDbContext db, CancellationToken cancellationToken)
    {
        var errors = new List<Problem>();
        var (orgTerritorial, orgLifeCycle) = buyerUnitId is { } unit ? await ChosenByOrganisation(unit, db, cancellationToken) : (null, null);
        var t = await Load(territorial ?? orgTerritorial ?? FactorSetStore.DefaultTerritorial, "territorialFactorSet", EmissionBoundary.Territorial);
        var l = await Load(lifeCycle ?? orgLifeCycle ?? FactorSetStore.DefaultLifeCycle, "lifeCycleFactorSet", EmissionBoundary.LifeCycle);
        return (t, l, errors);

        async Task<FactorSet?> Load(string reference, string field, EmissionBoundary boundary)
        {
            var (key, version) = Parse(reference);
            var set = key is null ? null : await FactorSetStore.LoadPublished(db, key, version, cancellationToken);
            if (set is null)
            {
                errors.Add(new Problem(field, "FactorSets.UnknownSet", reference));
            }
            else if (set.Boundary != boundary)
            {
                errors.Add(new Problem(field, "FactorSets.WrongBoundary", reference));
                return null;
            }

            return set;
        }
    }

    public static (string? Key, int? Version) Parse(string reference)
    {
        var at = reference.LastIndexOf('@');
        if (at < 0)
        {
            return (reference.Trim(), null);
        }

        return int.TryParse(reference[(at + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version)
            ? (reference[..at].Trim(), version)
            : (null, null);
    }

    private static async Task<(string? Territorial, string? LifeCycle)> ChosenByOrganisation(Guid organisationId, AppDbContext db, CancellationToken cancellationToken)
    {
        var org = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId)
            .Select(o => new
            {
                o.TerritorialFactorSetKey,
                o.LifeCycleFactorSetKey,
                ParentTerritorial = o.Parent == null ? null : o.Parent.TerritorialFactorSetKey,
                ParentLifeCycle = o.Parent == null ? null : o.Parent.LifeCycleFactorSetKey,
            })
            .SingleAsync(cancellationToken);
        return (org.TerritorialFactorSetKey ?? org.ParentTerritorial, org.LifeCycleFactorSetKey ?? org.ParentLifeCycle);
    }
}
