using Klimaspor.Domain.Requirements;
using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Waivers;

/// <summary>One waiver: the application, the advisor's assessment and the buyer's decision, each with its form.</summary>
[Authorize(Policy = Policies.ContractReader)]
public sealed class DetailsModel(AppServices services, IStringLocalizer localizer) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public Guid WaiverId { get; set; }
    [BindProperty] public string? Assessment { get; set; }
    [BindProperty] public string? Recommendation { get; set; }
    [BindProperty] public string? Decision { get; set; }
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public string? ApprovedFrom { get; set; }
    [BindProperty] public string? ApprovedTo { get; set; }
    [BindProperty] public string? Documentation { get; set; }

    public WaiverView? Waiver { get; private set; }
    public bool CanAssess { get; private set; }
    public bool CanDecide { get; private set; }
    public bool CanResubmit { get; private set; }
    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await Load(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAssessAsync(CancellationToken cancellationToken) =>
        await After(await AssessWaiver.Assess(Id, WaiverId, Assessment, Recommendation, services, cancellationToken), "Waivers.AssessedFlash", cancellationToken);

    public async Task<IActionResult> OnPostDecideAsync(CancellationToken cancellationToken) =>
        await After(await AssessWaiver.Decide(Id, WaiverId, new(Decision, Comment, ApprovedFrom, ApprovedTo), services, cancellationToken), "Waivers.DecidedFlash",
            cancellationToken);

    public async Task<IActionResult> OnPostResubmitAsync(CancellationToken cancellationToken) =>
        await After(await AssessWaiver.Resubmit(Id, WaiverId, Documentation, services, cancellationToken), "Waivers.ResubmittedFlash", cancellationToken);

    private async Task<IActionResult> After(Outcome<WaiverView> outcome, string flash, CancellationToken cancellationToken)
    {
        if (outcome.Succeeded)
        {
            TempData["Flash"] = localizer[flash].Value;
            return RedirectToPage();
        }

        return this.Refusal(outcome, Errors, localizer, "status", WaiverForm.Labels)
            ?? (await Load(cancellationToken) ? Page() : NotFound());
    }

    private async Task<bool> Load(CancellationToken cancellationToken)
    {
        Waiver = await GetWaivers.One(Id, WaiverId, services, cancellationToken);
        if (Waiver is null)
        {
            return false;
        }

        var scope = await services.Tenant.ScopeAsync(cancellationToken);
        var status = Enum.Parse<WaiverStatus>(Waiver.Status);
        CanAssess = WaiverAccess.MayAssess(scope, services.Tenant) && WaiverRules.CanAssess(status);
        CanDecide = WaiverAccess.MayDecide(scope, services.Tenant) && WaiverRules.CanDecide(status);
        CanResubmit = WaiverAccess.MayResubmit(scope, services.Tenant) && WaiverRules.CanResubmit(status);
        if (Waiver.Assessment is { } assessment && !Errors.Any)
        {
            Assessment ??= assessment.Assessment;
            Recommendation ??= assessment.Recommendation;
        }

        return true;
    }
}
