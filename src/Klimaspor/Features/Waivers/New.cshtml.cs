using Klimaspor.Data;
using Klimaspor.Features.Contracts;
using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Waivers;

/// <summary>The supplier's application for a waiver.</summary>
[Authorize(Policy = Policies.ContractReader)]
public sealed class NewModel(AppServices services, IStringLocalizer localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public WaiverForm Form { get; set; } = new();

    public Contract? Contract { get; private set; }

    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await Allowed(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await Allowed(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var (application, parseErrors) = Form.ToApplication();
        if (parseErrors.Count > 0)
        {
            Errors.AddRange(parseErrors, localizer, WaiverForm.Labels);
            return Page();
        }

        var outcome = await ApplyForWaiver.Handle(Id, application, services, cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Flash"] = localizer["Waivers.AppliedFlash", outcome.Value.Reference].Value;
            return RedirectToPage("Details", new { id = Id, waiverId = outcome.Value.Id });
        }

        return this.Refusal(outcome, Errors, localizer, labels: WaiverForm.Labels) ?? Page();
    }

    /// <summary>Null when the caller may apply on this contract; otherwise 404 (cannot see it) or 403 (may not apply).</summary>
    private async Task<IActionResult?> Allowed(CancellationToken cancellationToken)
    {
        Contract = await GetContract.Load(Id, services, cancellationToken);
        if (Contract is null)
        {
            return NotFound();
        }

        return WaiverAccess.MayApply(Contract, await services.Tenant.ScopeAsync(cancellationToken), services.Tenant) ? null : Forbid();
    }
}
