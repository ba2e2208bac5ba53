using Klimaspor.Data;
using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Klimaspor.Features.Account;

/// <summary>Signing out is a POST with an antiforgery token, so no link on another site can sign a person out.</summary>
[AllowAnonymous]
public sealed class LogoutModel(SignInManager<AppUser> signIn, UserManager<AppUser> users) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await Sessions.Revoke(users, User);
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Login");
    }
}
