using Klimaspor.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Klimaspor.Web;

/// <summary>
/// Identity's sign-in, except that an unknown or locked account costs the same slow password hash as a wrong password.
/// Identity answers those two at once, without hashing, so the time taken (some 3 ms against 50 ms) told an attacker
/// which addresses have accounts. The login page shows one message for all three (Account/Login).
/// </summary>
internal sealed class QuietSignIn(
    UserManager<AppUser> users,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptions<IdentityOptions> options,
    ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation)
    : SignInManager<AppUser>(users, contextAccessor, claimsFactory, options, logger, schemes, confirmation)
{
    /// <summary>A hash of a random password, made once, for unknown accounts to be checked against.</summary>
    private static string? _standInHash;

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is null || await UserManager.IsLockedOutAsync(user))
        {
            var someone = user ?? new AppUser { DisplayName = string.Empty };
            _standInHash ??= UserManager.PasswordHasher.HashPassword(someone, Guid.NewGuid().ToString());
            _ = UserManager.PasswordHasher.VerifyHashedPassword(someone, _standInHash, password);
            return user is null ? SignInResult.Failed : SignInResult.LockedOut;
        }

        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }
}

/// <summary>
/// A sign-in cookie is good only while its security stamp is the account's: signing out, a password change or a reset
/// changes the stamp (Identity does so itself for the latter two), and every cookie issued before stops working at once,
/// also one copied elsewhere. Identity's own stamp validator checks only every 30 minutes and then rebuilds the whole
/// principal and rewrites the cookie; this reads one column on each request instead.
/// </summary>
internal static class Sessions
{
    public static async Task RejectRevoked(CookieValidatePrincipalContext context)
    {
        var claims = context.HttpContext.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var stamp = context.Principal?.FindFirst(claims.SecurityStampClaimType)?.Value;
        if (Guid.TryParse(context.Principal?.FindFirst(claims.UserIdClaimType)?.Value, out var userId) && stamp is not null)
        {
            var db = context.HttpContext.RequestServices.GetRequiredService<AppDbContext>();
            var current = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleOrDefaultAsync(context.HttpContext.RequestAborted);
            if (current == stamp)
            {
                return;
            }
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    /// <summary>Ends every session of the signed-in person: their cookies, wherever copied, are refused from now on.</summary>
    public static async Task Revoke(UserManager<AppUser> users, System.Security.Claims.ClaimsPrincipal user)
    {
        if (await users.GetUserAsync(user) is { } account)
        {
            await users.UpdateSecurityStampAsync(account);
        }
    }
}
