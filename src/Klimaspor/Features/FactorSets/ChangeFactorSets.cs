using System.Text.RegularExpressions;
using Klimaspor.Domain.Emissions;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.FactorSets;

/// <summary>What an administrator may type when editing a draft: everything but the key, version and status.</summary>
public sealed record FactorSetDraftInput(DateOnly? ValidFrom, string? Description, BaselineAssumptions? Baseline, IReadOnlyList<EmissionFactor>? Factors);

/// <summary>Creating sets and versions, editing drafts and publishing: the administrators' use cases.</summary>
internal static partial class ChangeFactorSets
{
    /// <summary>A new set copied from a published one, as draft version 1.</summary>
    public static async Task<Outcome<FactorSetVersionView>> CreateSet(string? key, string? basedOn, AppServices services,
        CancellationToken cancellationToken)
    {
        var (db, tenant, clock) = services;
        var changedBy = tenant.ActorName;
        var errors = new List<Problem>();
        if (string.IsNullOrWhiteSpace(key) || !KeyPattern().IsMatch(key))
        {
            errors.Add(new Problem("key", "FactorSets.KeyInvalid", key));
        }
        else if (await db.FactorSets.AnyAsync(f => f.Key == key, cancellationToken))
        {
            errors.Add(new Problem("key", "FactorSets.KeyTaken", key));
        }

        var basis = string.IsNullOrWhiteSpace(basedOn) ? null : await FactorSetStore.LoadPublished(db, basedOn, null, cancellationToken);
        if (basis is null)
        {
            errors.Add(new Problem("basedOn", "FactorSets.UnknownSet", basedOn));
        }

        if (errors.Count > 0)
        {
            return Outcome<FactorSetVersionView>.Invalid(errors);
        }

        var draft = FactorSetStore.ToStored(FactorSetRules.CopyAs(basis!, key!), builtIn: false, clock.GetUtcNow().UtcDateTime, changedBy);
        db.FactorSets.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<FactorSetVersionView>.Ok(ListFactorSets.View(draft));
    }

    /// <summary>The next version of a set, copied from its latest, as a draft. One draft at a time per set.</summary>
    public static async Task<Outcome<FactorSetVersionView>> CreateVersion(string key, AppServices services, CancellationToken cancellationToken)
    {
        var (db, tenant, clock) = services;
        var changedBy = tenant.ActorName;
        var latest = await db.FactorSets.AsNoTracking().Where(f => f.Key == key).OrderByDescending(f => f.Version).FirstOrDefaultAsync(cancellationToken);
        if (latest is null)
        {
            return Outcome<FactorSetVersionView>.NotFound;
        }

        if (latest.Status == FactorSetStatus.Draft)
        {
            return Outcome<FactorSetVersionView>.Invalid(new Problem("key", "FactorSets.DraftExists", key, key, latest.Version));
        }

        var draft = FactorSetStore.ToStored(FactorSetRules.NewVersion(latest.ToDomain(), latest.Version), builtIn: false, clock.GetUtcNow().UtcDateTime, changedBy);
        db.FactorSets.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<FactorSetVersionView>.Ok(ListFactorSets.View(draft));
    }

    public static async Task<Outcome<FactorSetVersionView>> UpdateDraft(string key, int version, FactorSetDraftInput input, Guid? expectedRowVersion, AppServices services, CancellationToken cancellationToken)
    {
        var (db, tenant, _) = services;
        var changedBy = tenant.ActorName;
        var stored = await db.FactorSets.SingleOrDefaultAsync(f => f.Key == key && f.Version == version, cancellationToken);
        if (stored is null)
        {
            return Outcome<FactorSetVersionView>.NotFound;
        }

        if (Outcome<FactorSetVersionView>.CheckVersion(stored.RowVersion, expectedRowVersion) is { } refused)
        {
            return refused;
        }

        var current = stored.ToDomain();
        var edited = current with
        {
            ValidFrom = input.ValidFrom ?? current.ValidFrom,
            Description = input.Description?.Trim() ?? current.Description,
            Baseline = input.Baseline ?? current.Baseline,
            // A factor's boundary is its set's: a set is territorial or life-cycle as a whole.
            Factors = input.Factors is { } factors ? [.. factors.Select(f => f with { Boundary = current.Boundary })] : current.Factors,
        };
        var result = FactorSetRules.Change(current, edited);
        if (!result.Succeeded)
        {
            return result.Failed<FactorSetVersionView>();
        }

        // A draft may be saved unfinished only in the sense of unpublished: every value it holds must be sound.
        if (FactorSetRules.Validate(result.Value) is { Count: > 0 } problems)
        {
            return Outcome<FactorSetVersionView>.Invalid(problems);
        }

        stored.Json = System.Text.Json.JsonSerializer.Serialize(result.Value, FactorSetStore.Json);
        stored.ChangedBy = changedBy;
        stored.RowVersion = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<FactorSetVersionView>.Stale;
        }

        return Outcome<FactorSetVersionView>.Ok(ListFactorSets.View(stored));
    }

    public static async Task<Outcome<FactorSetVersionView>> Publish(string key, int version, AppServices services,
        CancellationToken cancellationToken)
    {
        var (db, tenant, clock) = services;
        var changedBy = tenant.ActorName;
        var stored = await db.FactorSets.SingleOrDefaultAsync(f => f.Key == key && f.Version == version, cancellationToken);
        if (stored is null)
        {
            return Outcome<FactorSetVersionView>.NotFound;
        }

        var result = FactorSetRules.Publish(stored.ToDomain());
        if (!result.Succeeded)
        {
            return result.Failed<FactorSetVersionView>();
        }

        stored.Json = System.Text.Json.JsonSerializer.Serialize(result.Value, FactorSetStore.Json);
        stored.Status = FactorSetStatus.Published;
        stored.PublishedAt = clock.GetUtcNow().UtcDateTime;
        stored.ChangedBy = changedBy;
        stored.RowVersion = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<FactorSetVersionView>.Ok(ListFactorSets.View(stored));
    }

    /// <summary>Keys are lower-case words with digits and dashes, like the reference sets' (no-territorial-2021).</summary>
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{2,99}$")]
    private static partial Regex KeyPattern();
}
