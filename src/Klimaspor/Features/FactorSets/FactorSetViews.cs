using Klimaspor.Data;
using Klimaspor.Domain.Emissions;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.FactorSets;

/// <summary>One version of a factor set as the API and the pages show it; its row version is the ETag for editing a draft.</summary>
public sealed record FactorSetVersionView(
    string Key,
    int Version,
    string Status,
    DateOnly ValidFrom,
    DateTime CreatedAt,
    DateTime? PublishedAt,
    string Description,
    BaselineAssumptions Baseline,
    IReadOnlyList<EmissionFactor> Factors,
    string RowVersion);

public sealed record FactorSetView(string Key, string Boundary, bool BuiltIn, IReadOnlyList<FactorSetVersionView> Versions)
{
    public FactorSetVersionView Latest => Versions[^1];

    public FactorSetVersionView? LatestPublished => Versions.LastOrDefault(v => v.Status == nameof(FactorSetStatus.Published));
}

internal static class ListFactorSets
{
    /// <summary>The sets the caller may read: drafts only for system administrators, who edit them.</summary>
    public static Task<IReadOnlyList<FactorSetView>> VisibleTo(AppServices services, CancellationToken cancellationToken, string? key = null) =>
        Handle(services.Db, includeDrafts: services.Tenant.IsInRole(Roles.SystemAdmin), cancellationToken, key);

    /// <summary>Every set with its versions, oldest first. Drafts are shown only to those who may edit them.</summary>
    public static async Task<IReadOnlyList<FactorSetView>> Handle(AppDbContext db, bool includeDrafts, CancellationToken cancellationToken, string? key = null)
    {
        var query = db.FactorSets.AsNoTracking();
        if (!includeDrafts)
        {
            query = query.Where(f => f.Status == FactorSetStatus.Published);
        }

        if (key is not null)
        {
            query = query.Where(f => f.Key == key);
        }

        var rows = await query.OrderBy(f => f.Key).ThenBy(f => f.Version).ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => r.Key).Select(g => new FactorSetView(
            g.Key,
            g.First().Boundary == EmissionBoundary.Territorial ? "territorial" : "lifeCycle",
            g.Any(r => r.BuiltIn),
            [.. g.Select(View)]))];
    }

    public static FactorSetVersionView View(StoredFactorSet stored)
    {
        var set = stored.ToDomain();
        return new FactorSetVersionView(set.Key, set.Version, set.Status.ToString(), set.ValidFrom, stored.CreatedAt, stored.PublishedAt, set.Description,
            set.Baseline, set.Factors, stored.RowVersion.ToString("N"));
    }
}
