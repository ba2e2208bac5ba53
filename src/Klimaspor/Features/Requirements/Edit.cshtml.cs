using Klimaspor.Data;
using Klimaspor.Features.Compliance;
using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Requirements;

/// <summary>Composes a new requirement from the metric catalogue and the template's code lists, or adjusts one.</summary>
[Authorize(Policy = Policies.ContractEditor)]
public sealed class EditModel(AppServices services, IStringLocalizer localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>The requirement being adjusted; none when composing a new one.</summary>
    [BindProperty(SupportsGet = true)]
    public string? RequirementKey { get; set; }

    [BindProperty]
    public RequirementForm Form { get; set; } = new();

    public ContractRef? Contract { get; private set; }

    public FormErrors Errors { get; } = new(RequirementForm.FieldOf);

    public bool Conflict { get; private set; }

    public bool IsNew => string.IsNullOrEmpty(RequirementKey);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await Refusal(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!IsNew)
        {
            var requirement = await GetRequirements.One(Id, RequirementKey!, services, cancellationToken);
            if (requirement is null)
            {
                return NotFound();
            }

            Form = RequirementForm.From(requirement);
        }
        else
        {
            Form = new RequirementForm { Kind = "MinimumRequirement", Window = "EachPeriod", Comparison = "AtLeast", Waivers = "AllLines" };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await Refusal(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var (rule, errors) = Form.ToRule();
        if (rule is not null)
        {
            if (IsNew)
            {
                var added = await AddRequirements.Handle(Id, Outcome<AddRequirementRequest>.Ok(new(null, null, rule)), services, cancellationToken);
                return added.Succeeded ? Saved(rule.Key) : Refused(added);
            }

            var changed = await ChangeRequirement.Update(Id, RequirementKey!, Outcome<Domain.Requirements.RequirementRule>.Ok(rule), ApiOutcomes.Version(Form.RowVersion), services, cancellationToken);
            return changed.Succeeded ? Saved(rule.Key) : Refused(changed);
        }

        Errors.AddRange(errors, localizer, RequirementForm.Labels);
        return Page();
    }

    private RedirectToPageResult Saved(string key)
    {
        TempData["Flash"] = localizer["Requirements.SavedFlash", key].Value;
        return RedirectToPage("Index", new { id = Id });
    }

    // Someone else saved first: keep what this person typed and show the reload banner.
    private IActionResult Refused<T>(Outcome<T> outcome) =>
        this.Refusal(outcome, Errors, localizer, labels: RequirementForm.Labels, stale: () => Conflict = true) ?? Page();

    /// <summary>Null when the caller may edit this contract's requirements; else the page that says why not.</summary>
    private async Task<IActionResult?> Refusal(CancellationToken cancellationToken)
    {
        var access = await ContractAccess.CheckEditor(Id, services, cancellationToken);
        if (access is not OutcomeKind.Ok)
        {
            return this.Refusal(Outcome<ContractRequirement>.Refused(access), Errors, localizer);
        }

        Contract = await GetCompliance.Contract(Id, services, cancellationToken);
        return null;
    }
}
