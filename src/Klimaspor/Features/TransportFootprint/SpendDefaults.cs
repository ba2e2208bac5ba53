using System.Text.Json;
using Klimaspor.Domain.Contracts;
using Klimaspor.Domain.Transport;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.TransportFootprint;

/// <summary>The buyer's own spend-based defaults, per contract category code.</summary>
internal sealed record SpendDefaultsView(IReadOnlyDictionary<string, SpendDefault> Defaults);

/// <summary>One category's default as the API takes it: the category (a contract category code) and the figures with their source.</summary>
internal sealed record SpendDefaultEntry(
    string? Category, decimal? TripsPerMnok, decimal? KmPerMnok, decimal? KgCo2eTerritorialPerMnok, decimal? KgCo2eLifeCyclePerMnok, string? Source);

/// <summary>
/// The default a buyer enters, with its source, for a category with no measured contracts to calibrate the spend-based
/// estimate from (issue 17 item 2, the last of <see cref="SpendEstimates.Choose"/>'s sources). Kept on the buyer
/// organisation, as its chosen factor sets are: a handful of figures per organisation needs no table of its own.
/// </summary>
internal static class SpendDefaults
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<SpendDefaultsView> Current(AppServices services, CancellationToken cancellationToken)
    {
        var (db, tenant, _) = services;
        var scope = await tenant.ScopeAsync(cancellationToken);
        var json = await db.Organisations.AsNoTracking().Where(o => o.Id == scope.OrganisationId).Select(o => o.SpendDefaultsJson).SingleOrDefaultAsync(cancellationToken);
        return new SpendDefaultsView(Read(json));
    }

    /// <summary>Sets one category's default; buyers' administrators and follow-up officers only, each mistake located.</summary>
    public static async Task<Outcome<SpendDefaultsView>> Set(SpendDefaultEntry entry, AppServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var (category, value) = (entry.Category, new SpendDefault(entry.TripsPerMnok, entry.KmPerMnok, entry.KgCo2eTerritorialPerMnok, entry.KgCo2eLifeCyclePerMnok, entry.Source));
        var (db, tenant, _) = services;
        var scope = await tenant.ScopeAsync(cancellationToken);
        if (!scope.IsBuyer || !(tenant.IsInRole(Roles.BuyerAdmin) || tenant.IsInRole(Roles.FollowUpOfficer)))
        {
            return Outcome<SpendDefaultsView>.Forbidden;
        }

        var errors = SpendEstimates.ValidateDefault(value).ToList();
        if (!ContractCodes.TryParseCategory(category, out var parsed))
        {
            errors.Insert(0, string.IsNullOrWhiteSpace(category) ? new Problem("category", "Validation.Required") : new Problem("category", "Validation.UnknownCode", category));
        }

        if (errors.Count > 0)
        {
            return Outcome<SpendDefaultsView>.Invalid(errors);
        }

        var organisation = await db.Organisations.SingleAsync(o => o.Id == scope.OrganisationId, cancellationToken);
        var defaults = new Dictionary<string, SpendDefault>(Read(organisation.SpendDefaultsJson), StringComparer.Ordinal)
        {
            [parsed.Code()] = value with { Source = value.Source!.Trim() },
        };
        organisation.SpendDefaultsJson = Write(defaults);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<SpendDefaultsView>.Ok(new SpendDefaultsView(defaults));
    }

    /// <summary>The defaults as the organisation stores them (the demo seeds a buyer's default this way too).</summary>
    public static string Write(IReadOnlyDictionary<string, SpendDefault> defaults) => JsonSerializer.Serialize(defaults, Json);

    private static Dictionary<string, SpendDefault> Read(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<Dictionary<string, SpendDefault>>(json, Json) ?? [];
}
