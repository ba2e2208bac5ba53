using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Admin;

/// <summary>The organisations registered in this installation, for its administrators, who also add new ones.</summary>
[Authorize(Policy = Policies.SystemAdmin)]
public sealed class OrganisationsModel(AppServices services, IStringLocalizer localizer) : PageModel
{
    [BindProperty] public OrganisationInput Input { get; set; } = new(null, null, null, null);

    public IReadOnlyList<OrganisationView> Organisations { get; private set; } = [];
    public FormErrors Errors { get; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => Organisations = await ManageOrganisations.List(services, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await ManageOrganisations.Create(Input, services, cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Flash"] = localizer["Organisations.Created", outcome.Value.Name].Value;
            return RedirectToPage();
        }

        if (this.Refusal(outcome, Errors, localizer, labels: Labels) is { } leave)
        {
            return leave;
        }

        Organisations = await ManageOrganisations.List(services, cancellationToken);
        return Page();
    }

    private static readonly Dictionary<string, string> Labels = new()
    {
        ["name"] = "Organisations.Name",
        ["orgNo"] = "Organisations.OrgNo",
        ["kind"] = "Organisations.Kind",
        ["parentId"] = "Organisations.Parent",
    };
}
