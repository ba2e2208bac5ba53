using System.Security.Cryptography;
using Klimaspor.Data;
using Klimaspor.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Account;

public sealed record ApiClientView(Guid Id, string ClientId, string DisplayName, DateTime CreatedAt, bool Disabled);

/// <summary>The secret, shown once when the client is registered and never again (only its hash is kept).</summary>
public sealed record RegisteredApiClient(ApiClientView Client, string Secret);

/// <summary>
/// A supplier registers the systems that report for it (a fleet or telematics system). A client acts only for
/// its organisation, with the supplier reporter's rights.
/// </summary>
internal static class ManageApiClients
{
    public const int NameMaxLength = 200;

    public static async Task<IReadOnlyList<ApiClientView>> List(AppServices services, CancellationToken cancellationToken)
    {
        var (db, tenant, _) = services;
        var org = (await tenant.ScopeAsync(cancellationToken)).OrganisationId;
        return await db.ApiClients.AsNoTracking().Where(c => c.OrganisationId == org).OrderBy(c => c.CreatedAt)
            .Select(c => new ApiClientView(c.Id, c.ClientId, c.DisplayName, c.CreatedAt, c.DisabledAt != null)).ToListAsync(cancellationToken);
    }

    public static async Task<Outcome<RegisteredApiClient>> Register(string? name, AppServices services, IPasswordHasher<ApiClient> hasher,
        CancellationToken cancellationToken)
    {
        var (db, tenant, clock) = services;
        var scope = await tenant.ScopeAsync(cancellationToken);
        if (!scope.IsSupplier || !tenant.IsInRole(Roles.SupplierReporter))
        {
            return Outcome<RegisteredApiClient>.Forbidden;
        }

        var errors = new List<Problem>();
        name = TextField.Read(name, "name", NameMaxLength, errors, required: true);
        if (errors.Count > 0 || name is null)
        {
            return Outcome<RegisteredApiClient>.Invalid(errors);
        }

        var orgNo = await db.Organisations.Where(o => o.Id == scope.OrganisationId).Select(o => o.OrgNo).SingleAsync(cancellationToken);
        // 32 random bytes: a secret no one guesses, shown once; the client id says whose it is.
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var client = new ApiClient
        {
            ClientId = $"{orgNo}-{Base64Url(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant()}",
            DisplayName = name,
            SecretHash = string.Empty,
            OrganisationId = scope.OrganisationId,
            Role = Roles.SupplierReporter,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        client.SecretHash = hasher.HashPassword(client, secret);
        db.ApiClients.Add(client);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<RegisteredApiClient>.Ok(new RegisteredApiClient(new ApiClientView(client.Id, client.ClientId, client.DisplayName, client.CreatedAt, false), secret));
    }

    /// <summary>A disabled client gets no new tokens, and the tokens it has stop working at once (Web/Authentication).</summary>
    public static async Task<bool> Disable(Guid id, AppServices services, CancellationToken cancellationToken)
    {
        var (db, tenant, clock) = services;
        var scope = await tenant.ScopeAsync(cancellationToken);
        var client = await db.ApiClients.SingleOrDefaultAsync(c => c.Id == id && c.OrganisationId == scope.OrganisationId, cancellationToken);
        if (client is null || !scope.IsSupplier || !tenant.IsInRole(Roles.SupplierReporter))
        {
            return false;
        }

        client.DisabledAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
