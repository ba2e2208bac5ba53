using System.Security.Claims;
using Klimaspor.Data;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Klimaspor.Web;

public static class Authentication
{
    public static IServiceCollection AddKlimasporAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentity<AppUser, IdentityRole<Guid>>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<OrganisationClaimsFactory>()
            .AddSignInManager<QuietSignIn>()
            .AddPasswordValidator<Features.Account.PasswordRules>();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "klimaspor.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            // Signing out ends the session on the server too, so a copied cookie stops working (Web/SignIn).
            o.Events.OnValidatePrincipal = Sessions.RejectRevoked;
            // A signed-in person who may not open a page gets 403 with an explanatory page, not a redirect loop.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ApiRejections>();
        services.AddSingleton<IPasswordHasher<ApiClient>, PasswordHasher<ApiClient>>();
        services.AddSingleton<TokenKeys>();
        services.AddSingleton<IPostConfigureOptions<JwtBearerOptions>, ConfigureTokenValidation>();
        var authentication = services.AddAuthentication()
            .AddJwtBearer(JwtBearerDefaults.AuthenticationScheme, o =>
            {
                o.MapInboundClaims = false;
                o.TokenValidationParameters.NameClaimType = KlimasporClaims.Name;
                o.TokenValidationParameters.RoleClaimType = KlimasporClaims.Role;
                o.TokenValidationParameters.ClockSkew = TokenKeys.ClockSkew;
                o.Events = new JwtBearerEvents { OnTokenValidated = RefuseDisabledClient };
            });
        string[] apiSchemes = [JwtBearerDefaults.AuthenticationScheme];
        if (Maskinporten.IsEnabled(configuration))
        {
            authentication.AddMaskinporten(configuration);
            apiSchemes = [.. apiSchemes, Maskinporten.Scheme];
        }

        services.AddAuthorizationBuilder()
            // Everything needs a signed-in person unless it says otherwise, so a new endpoint is never public by accident.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.ContractReader, p => p.RequireRole(Roles.BuyerAdmin, Roles.FollowUpOfficer, Roles.Analyst, Roles.SupplierReporter))
            .AddPolicy(Policies.BuyerReader, p => p.RequireRole(Roles.BuyerAdmin, Roles.FollowUpOfficer, Roles.Analyst))
            .AddPolicy(Policies.ContractEditor, p => p.RequireRole(Roles.BuyerAdmin, Roles.FollowUpOfficer))
            .AddPolicy(Policies.SystemAdmin, p => p.RequireRole(Roles.SystemAdmin))
            .AddPolicy(Policies.Api, p => p.AddAuthenticationSchemes(apiSchemes).RequireAuthenticatedUser());

        services.AddScoped(sp => new Tenant(
            sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.User ?? new ClaimsPrincipal(),
            sp.GetRequiredService<AppDbContext>()));
        services.AddScoped<AppServices>();
        return services;
    }

    /// <summary>
    /// A token is good only while its client is registered and enabled, so disabling a client stops its tokens at the
    /// next request rather than when they run out (an hour). One indexed lookup by client id per API request.
    /// </summary>
    private static async Task RefuseDisabledClient(TokenValidatedContext context)
    {
        var clientId = context.Principal?.FindFirst(KlimasporClaims.Subject)?.Value;
        var db = context.HttpContext.RequestServices.GetRequiredService<AppDbContext>();
        if (clientId is null || !await db.ApiClients.AnyAsync(c => c.ClientId == clientId && c.DisabledAt == null, context.HttpContext.RequestAborted))
        {
            context.Fail("The API client is disabled or no longer registered.");
        }
    }

    private sealed class ConfigureTokenValidation(TokenKeys keys) : IPostConfigureOptions<JwtBearerOptions>
    {
        public void PostConfigure(string? name, JwtBearerOptions options)
        {
            if (name != JwtBearerDefaults.AuthenticationScheme)
            {
                return;
            }

            options.TokenValidationParameters.ValidIssuer = TokenKeys.Issuer;
            options.TokenValidationParameters.ValidAudience = TokenKeys.Audience;
            options.TokenValidationParameters.IssuerSigningKeyResolver = (_, _, _, _) => [keys.SigningKey];
            options.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
        }
    }
}

/// <summary>Adds the person's organisation to the sign-in cookie, so tenancy needs no extra lookup of the user.</summary>
public sealed class OrganisationClaimsFactory(
    UserManager<AppUser> userManager,
    RoleManager<IdentityRole<Guid>> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole<Guid>>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(KlimasporClaims.Organisation, user.OrganisationId.ToString()));
        identity.AddClaim(new Claim(KlimasporClaims.Name, user.DisplayName));
        return identity;
    }
}
