using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Statistics;

/// <summary>What the overview shows: the answer (null when the filters were refused), the units to choose from, and the filters as asked.</summary>
public sealed record StatisticsOverview(StatisticsView? View, IReadOnlyList<OrganisationRef> Units, FormErrors Errors, StatisticsQuery Query);

/// <summary>The overview for the home page and the overview page alike.</summary>
internal static class LoadOverview
{
    /// <summary>The overview, or null where the scope names a unit or contract the tenant may not see.</summary>
    public static async Task<StatisticsOverview?> Handle(StatisticsQuery query, AppServices services, IStringLocalizer localizer, CancellationToken cancellationToken)
    {
        var scope = await services.Tenant.ScopeAsync(cancellationToken);
        var units = await services.Db.Organisations.AsNoTracking().Where(o => scope.BuyerUnitIds.Contains(o.Id))
            .OrderBy(o => o.ParentId != null).ThenBy(o => o.Name)
            .Select(o => new OrganisationRef(o.Id, o.Name, o.OrgNo))
            .ToListAsync(cancellationToken);
        var outcome = await GetStatistics.Handle(query, services, localizer, cancellationToken);
        var errors = new FormErrors();
        if (outcome.Succeeded)
        {
            return new StatisticsOverview(outcome.Value, units, errors, query);
        }

        if (outcome.Kind is OutcomeKind.NotFound or OutcomeKind.Forbidden)
        {
            return null;
        }

        // An overview refuses only its filters: each problem beside its field.
        errors.AddRange(outcome.Problems, localizer);
        return new StatisticsOverview(null, units, errors, query);
    }
}
