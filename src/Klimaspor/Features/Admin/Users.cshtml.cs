using Klimaspor.Data;
using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Admin;

[Authorize(Policy = Policies.SystemAdmin)]
public sealed class UsersModel(AppServices services, UserManager<AppUser> users, IStringLocalizer localizer) : PageModel
{
    [BindProperty] public UserInput Input { get; set; } = new(null, null, null, null, null);

    public IReadOnlyList<UserView> Users { get; private set; } = [];
    public IReadOnlyList<OrganisationView> Organisations { get; private set; } = [];
    public FormErrors Errors { get; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await Load(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await ManageUsers.Create(Input, services, users, cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Flash"] = localizer["Users.Created", outcome.Value.DisplayName].Value;
            return RedirectToPage();
        }

        if (this.Refusal(outcome, Errors, localizer) is { } leave)
        {
            return leave;
        }

        await Load(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostUnlockAsync(Guid id)
    {
        if (!await ManageUsers.Unlock(id, users))
        {
            return NotFound();
        }

        TempData["Flash"] = localizer["Users.Unlocked"].Value;
        return RedirectToPage("/Admin/Users");
    }

    private async Task Load(CancellationToken cancellationToken)
    {
        Users = await ManageUsers.List(services, cancellationToken);
        Organisations = await ManageOrganisations.List(services, cancellationToken);
    }
}
