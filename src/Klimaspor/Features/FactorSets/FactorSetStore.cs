using System.Text.Json;
using Klimaspor.Data;
using Klimaspor.Domain.Emissions;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.FactorSets;

/// <summary>Reads and writes factor set versions, and ships the reference sets on every start.</summary>
internal static class FactorSetStore
{
    public const string DefaultTerritorial = "no-territorial-2021";
    public const string DefaultLifeCycle = "lifecycle-wtw-2023";

    /// <summary>The one setting of every stored value (<see cref="StoredJson.Options"/>).</summary>
    public static readonly JsonSerializerOptions Json = StoredJson.Options;

    public static FactorSet ToDomain(this StoredFactorSet stored) =>
        JsonSerializer.Deserialize<FactorSet>(stored.Json, Json) ?? throw new InvalidOperationException($"Factor set {stored.Key} v{stored.Version} is empty.");

    public static StoredFactorSet ToStored(FactorSet set, bool builtIn, DateTime now, string? changedBy) => new()
    {
        Key = set.Key,
        Version = set.Version,
        Boundary = set.Boundary,
        Status = set.Status,
        BuiltIn = builtIn,
        Json = JsonSerializer.Serialize(set, Json),
        CreatedAt = now,
        PublishedAt = set.Status == FactorSetStatus.Published ? now : null,
        ChangedBy = changedBy,
    };

    /// <summary>The reference sets are data, not demo: every installation has them, published, from its first start.</summary>
    public static async Task EnsureReferenceSetsAsync(AppDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var set in ReferenceFactorSets.All)
        {
            if (!await db.FactorSets.AnyAsync(f => f.Key == set.Key && f.Version == set.Version, cancellationToken))
            {
                db.FactorSets.Add(ToStored(set, builtIn: true, now, changedBy: "Klimaspor"));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A set's latest published version, or a given version if published; drafts are never used to calculate.</summary>
    public static async Task<FactorSet?> LoadPublished(AppDbContext db, string key, int? version, CancellationToken cancellationToken)
    {
        var query = db.FactorSets.AsNoTracking().Where(f => f.Key == key && f.Status == FactorSetStatus.Published);
        if (version is { } v)
        {
            query = query.Where(f => f.Version == v);
        }

        var stored = await query.OrderByDescending(f => f.Version).FirstOrDefaultAsync(cancellationToken);
        return stored?.ToDomain();
    }
}
