using Klimaspor.Domain.OpenData;
using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.OpenData;

/// <summary>A buyer administrator publishes the organisation's aggregated figures as open data, or stops (issue 15 item 6).</summary>
[Authorize(Roles = Roles.BuyerAdmin)]
public sealed class SettingsModel(AppServices services, IStringLocalizer localizer) : PageModel
{
    [BindProperty] public bool Published { get; set; }
    [BindProperty] public string? Licence { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string? ContactEmail { get; set; }

    public OpenDataSettingsView? Current { get; private set; }

    public FormErrors Errors { get; } = new();

    public static IReadOnlyList<OpenDataLicence> Licences => OpenDataLicence.All;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var outcome = await OpenDataSettings.Get(services, cancellationToken);
        if (!outcome.Succeeded)
        {
            return this.Refusal(outcome, Errors, localizer) ?? Page();
        }

        Current = outcome.Value;
        (Published, Licence, Title, Description, ContactEmail) = (Current.Published, Current.Licence, Current.Title, Current.Description, Current.ContactEmail);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await OpenDataSettings.Save(new OpenDataSettingsRequest(Published, Licence, Title, Description, ContactEmail), services, cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Flash"] = localizer[outcome.Value.Published ? "OpenData.SavedPublished" : "OpenData.SavedNotPublished"].Value;
            return RedirectToPage();
        }

        if (this.Refusal(outcome, Errors, localizer) is { } leave)
        {
            return leave;
        }

        Current = (await OpenDataSettings.Get(services, cancellationToken)).Value;
        return Page();
    }
}
