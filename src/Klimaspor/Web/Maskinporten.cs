using System.Security.Claims;
using System.Text.Json;
using Klimaspor.Data;
using Klimaspor.Domain.Organisations;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Web;

/// <summary>
/// Accepts Maskinporten access tokens from suppliers' systems when configured (Maskinporten:Enabled). The token's
/// <c>consumer</c> claim names the organisation ({"authority":"iso6523-actorid-upis","ID":"0192:974760673"});
/// a registered supplier with that organisation number acts as a supplier reporter. Keys come from Maskinporten's
/// published metadata; nothing else is trusted.
/// </summary>
public static class Maskinporten
{
    public const string Scheme = "Maskinporten";

    public static bool IsEnabled(IConfiguration configuration) => configuration.GetValue("Maskinporten:Enabled", false);

    public static void AddMaskinporten(this Microsoft.AspNetCore.Authentication.AuthenticationBuilder builder, IConfiguration configuration)
    {
        var section = configuration.GetSection("Maskinporten");
        var issuer = section["Issuer"] ?? "https://maskinporten.no/";
        var scope = section["Scope"] ?? "klimaspor:rapportering";
        builder.AddJwtBearer(Scheme, o =>
        {
            o.MapInboundClaims = false;
            o.MetadataAddress = section["MetadataAddress"] ?? issuer.TrimEnd('/') + "/.well-known/oauth-authorization-server";
            o.TokenValidationParameters.ValidIssuer = issuer;
            o.TokenValidationParameters.ValidateAudience = section["Audience"] is not null;
            o.TokenValidationParameters.ValidAudience = section["Audience"];
            o.TokenValidationParameters.NameClaimType = KlimasporClaims.Name;
            o.TokenValidationParameters.RoleClaimType = KlimasporClaims.Role;
            o.TokenValidationParameters.ClockSkew = TokenKeys.ClockSkew;
            o.Events = new JwtBearerEvents { OnTokenValidated = context => ActAsSupplier(context, scope) };
        });
    }

    private static async Task ActAsSupplier(TokenValidatedContext context, string requiredScope)
    {
        var scopes = context.Principal?.FindFirst("scope")?.Value?.Split(' ') ?? [];
        if (!scopes.Contains(requiredScope))
        {
            context.Fail($"The token lacks the scope {requiredScope}.");
            return;
        }

        if (OrganisationNumberOf(context.Principal?.FindFirst("consumer")?.Value) is not { } orgNo)
        {
            context.Fail("The token's consumer claim names no valid organisation number.");
            return;
        }

        var db = context.HttpContext.RequestServices.GetRequiredService<AppDbContext>();
        var supplier = await db.Organisations.AsNoTracking()
            .Where(o => o.OrgNo == orgNo.Value && o.Kind == OrganisationKind.Supplier)
            .Select(o => new { o.Id, o.Name })
            .SingleOrDefaultAsync(context.HttpContext.RequestAborted);
        if (supplier is null)
        {
            context.Fail($"No supplier with organisation number {orgNo.Value} is registered in Klimaspor.");
            return;
        }

        context.Principal!.AddIdentity(new ClaimsIdentity(
        [
            new Claim(KlimasporClaims.Subject, "maskinporten:" + orgNo.Value),
            new Claim(KlimasporClaims.Name, supplier.Name),
            new Claim(KlimasporClaims.Organisation, supplier.Id.ToString()),
            new Claim(KlimasporClaims.Role, Roles.SupplierReporter),
        ], Scheme, KlimasporClaims.Name, KlimasporClaims.Role));
    }

    /// <summary>0192 is the ICD code of Norwegian organisation numbers in the ISO 6523 scheme Maskinporten uses.</summary>
    public static OrganisationNumber? OrganisationNumberOf(string? consumerClaim)
    {
        if (string.IsNullOrEmpty(consumerClaim))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(consumerClaim);
            var id = json.RootElement.TryGetProperty("ID", out var value) ? value.GetString() : null;
            return id is not null && id.StartsWith("0192:", StringComparison.Ordinal) && OrganisationNumber.TryParse(id[5..], out var number) ? number : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
