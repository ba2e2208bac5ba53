using System.Security.Claims;
using System.Security.Cryptography;
using Klimaspor.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Klimaspor.Web;

/// <summary>
/// The key that signs the API tokens Klimaspor issues. From configuration (Tokens:SigningKey, base64 of at least
/// 32 bytes) when set; otherwise generated once and kept in the database, so every app instance validates every token.
/// </summary>
public sealed class TokenKeys
{
    public const string Issuer = "klimaspor";
    public const string Audience = "klimaspor-api";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    /// <summary>
    /// How far a token's times may be off the server's clock: 30 seconds, for clocks kept by NTP. The framework's
    /// default of 5 minutes kept a token good for minutes after it ran out. Maskinporten's tokens get the same.
    /// </summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);
    private const string SecretName = "token-signing-key";

    private SymmetricSecurityKey? _key;

    public SymmetricSecurityKey SigningKey => _key ?? throw new InvalidOperationException("Token keys are loaded at start-up.");

    public async Task LoadAsync(AppDbContext db, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var configured = configuration["Tokens:SigningKey"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var bytes = Convert.FromBase64String(configured);
            if (bytes.Length < 32)
            {
                throw new InvalidOperationException("Tokens:SigningKey must be base64 of at least 32 bytes.");
            }

            _key = new SymmetricSecurityKey(bytes);
            return;
        }

        var stored = await db.InstallationSecrets.FindAsync([SecretName], cancellationToken);
        if (stored is null)
        {
            stored = new InstallationSecret { Name = SecretName, Value = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) };
            db.InstallationSecrets.Add(stored);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another instance created it first: use theirs.
                db.ChangeTracker.Clear();
                stored = await db.InstallationSecrets.AsNoTracking().SingleAsync(s => s.Name == SecretName, cancellationToken);
            }
        }

        _key = new SymmetricSecurityKey(Convert.FromBase64String(stored.Value));
    }
}

/// <summary>OAuth2 client credentials (RFC 6749 §4.4) for API clients registered in Klimaspor.</summary>
public static class TokenEndpoint
{
    public static void MapTokenEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost("/connect/token", IssueToken)
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireRateLimiting(RateLimits.Token)
            .WithTags("Authentication")
            .WithSummary("Client-credentials token for a registered API client")
            .Accepts<IFormCollection>("application/x-www-form-urlencoded")
            .Produces<TokenResponse>()
            // Errors here are OAuth 2.0's own (RFC 6749 §5.2), not problem+json: clients' OAuth libraries read them.
            .Produces<OAuthErrorResponse>(StatusCodes.Status400BadRequest)
            .Produces<OAuthErrorResponse>(StatusCodes.Status401Unauthorized);
    }

    private static async Task<IResult> IssueToken(HttpRequest request, AppDbContext db, TokenKeys keys, IPasswordHasher<ApiClient> hasher,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return OAuthError("invalid_request", "Send grant_type, client_id and client_secret form-encoded.");
        }

        var form = await request.ReadFormAsync(cancellationToken);
        if (form["grant_type"] != "client_credentials")
        {
            return OAuthError("unsupported_grant_type", "Only grant_type=client_credentials is supported.");
        }

        var clientId = form["client_id"].ToString();
        var secret = form["client_secret"].ToString();
        var client = string.IsNullOrEmpty(clientId) ? null : await db.ApiClients.AsNoTracking()
            .SingleOrDefaultAsync(c => c.ClientId == clientId && c.DisabledAt == null, cancellationToken);
        if (client is null || string.IsNullOrEmpty(secret) ||
            hasher.VerifyHashedPassword(client, client.SecretHash, secret) == PasswordVerificationResult.Failed)
        {
            return OAuthError("invalid_client", "Unknown client or wrong secret.", StatusCodes.Status401Unauthorized);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TokenKeys.Issuer,
            Audience = TokenKeys.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + TokenKeys.Lifetime,
            Subject = new ClaimsIdentity(
            [
                new Claim(KlimasporClaims.Subject, client.ClientId),
                new Claim(KlimasporClaims.Name, client.DisplayName),
                new Claim(KlimasporClaims.Organisation, client.OrganisationId.ToString()),
                new Claim(KlimasporClaims.Role, client.Role),
            ]),
            SigningCredentials = new SigningCredentials(keys.SigningKey, SecurityAlgorithms.HmacSha256),
        });

        return Results.Json(new TokenResponse(token, "Bearer", (int)TokenKeys.Lifetime.TotalSeconds));
    }

    private static IResult OAuthError(string error, string description, int status = StatusCodes.Status400BadRequest) =>
        Results.Json(new OAuthErrorResponse(error, description), statusCode: status);

    private sealed record TokenResponse(
        [property: System.Text.Json.Serialization.JsonPropertyName("access_token")] string AccessToken,
        [property: System.Text.Json.Serialization.JsonPropertyName("token_type")] string TokenType,
        [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn);

    private sealed record OAuthErrorResponse(
        [property: System.Text.Json.Serialization.JsonPropertyName("error")] string Error,
        [property: System.Text.Json.Serialization.JsonPropertyName("error_description")] string ErrorDescription);
}
