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
public sealed class EditModel(AppDbContext db, Tenant tenant, TimeProvider clock, IStringLocalizer localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>The requirement being adjusted; none when composing a new one.</summary>
    [BindProperty(SupportsGet = true)]
    public string? RequirementKey { get; set; }

    [BindProperty]
    public RequirementForm Form { get; set; } = new();

    public GetCompliance.ContractRef? Contract { get; private set; }

    public FormErrors Errors { get; } = new();

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
            var requirement = await GetRequirements.One(Id, RequirementKey!, db, tenant, cancellationToken);
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
            Outcome<IReadOnlyList<ContractRequirement>> outcome;
            if (IsNew)
            {
                outcome = await AddRequirements.Handle(Id, new AddRequirementRequest(null, null, rule), db, tenant, clock, cancellationToken);
            }
            else
            {
                var expected = Guid.TryParseExact(Form.Version, "N", out var v) ? v : Guid.Empty;
                var changed = await ChangeRequirement.Update(Id, RequirementKey!, rule, expected, db, tenant, clock, cancellationToken);
                outcome = new(changed.Kind, changed.Value is null ? null : [changed.Value], changed.Errors);
            }

            switch (outcome.Kind)
            {
                case OutcomeKind.Ok:
                    TempData["Flash"] = localizer["Requirements.SavedFlash", rule.Key].Value;
                    return Redirect($"/Contracts/{Id}/Requirements");
                case OutcomeKind.NotFound:
                    return NotFound();
                case OutcomeKind.Forbidden:
                    return Forbid();
                case OutcomeKind.Conflict:
                    // Keep what this person typed; tell them someone else saved first.
                    Conflict = true;
                    break;
                default:
                    errors = [.. outcome.Errors];
                    break;
            }
        }

        Errors.AddRange(errors.Select(e => e with { Field = RequirementForm.FieldOf(e.Field) }), localizer, RequirementForm.Labels);
        return Page();
    }

    /// <summary>Null when the caller may edit this contract's requirements; else the page that says why not.</summary>
    private async Task<IActionResult?> Refusal(CancellationToken cancellationToken)
    {
        switch (await RequirementAccess.CheckEditor(Id, db, tenant, cancellationToken))
        {
            case OutcomeKind.NotFound:
                return NotFound();
            case OutcomeKind.Forbidden:
                return Forbid();
            default:
                Contract = await GetCompliance.Contract(Id, db, tenant, cancellationToken);
                return null;
        }
    }
}
