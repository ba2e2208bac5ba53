using System.Globalization;
using Klimaspor.Data;
using Klimaspor.Domain.Requirements;
using Klimaspor.Features.Compliance;
using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Requirements;

/// <summary>A contract's requirements: everyone party to it reads them; its buyer adds from a preset, composes, edits and removes.</summary>
[Authorize(Policy = Policies.ContractReader)]
public sealed class IndexModel(AppServices services, IStringLocalizer localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>The preset chosen to add; its parameters are shown to fill in.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Preset { get; set; }

    /// <summary>Parameter values as typed, by parameter name; shares in per cent.</summary>
    [BindProperty]
    public Dictionary<string, string?> Parameters { get; set; } = [];

    public ContractRef? Contract { get; private set; }

    public IReadOnlyList<(ContractRequirement Stored, RequirementRule Rule)> Requirements { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public RequirementPreset? ChosenPreset { get; private set; }

    public FormErrors Errors { get; } = new();

    public static string Culture => CultureInfo.CurrentUICulture.Name;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Preset is not null && ChosenPreset is null)
        {
            Errors.Add("preset", localizer["Requirements.UnknownPreset", Preset]);
        }

        foreach (var p in ChosenPreset?.Parameters ?? [])
        {
            Parameters[p.Name] = MetricDisplay.ToDisplay(p.Default, p.Unit).ToString("0.######", CultureInfo.CurrentCulture);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAddPresetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var errors = new List<Problem>();
        var values = new Dictionary<string, decimal>();
        foreach (var p in ChosenPreset?.Parameters ?? [])
        {
            var field = $"parameters.{p.Name}";
            var text = Parameters.GetValueOrDefault(p.Name);
            if (string.IsNullOrWhiteSpace(text))
            {
                errors.Add(new Problem(field, "Validation.Required"));
            }
            else if (FormValues.Number(text, field, errors) is { } value)
            {
                values[p.Name] = MetricDisplay.FromDisplay(value, p.Unit);
            }
        }

        if (errors.Count == 0)
        {
            var outcome = await AddRequirements.Handle(Id, Outcome<AddRequirementRequest>.Ok(new(Preset, values, null)), services, cancellationToken);
            if (outcome.Succeeded)
            {
                TempData["Flash"] = localizer["Requirements.AddedFlash", outcome.Value.Count].Value;
                return RedirectToPage(new { id = Id });
            }

            return this.Refusal(outcome, Errors, localizer, labels: RequirementForm.Labels) ?? Page();
        }

        Errors.AddRange(errors, localizer, RequirementForm.Labels);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string? key, string? rowVersion, CancellationToken cancellationToken)
    {
        var outcome = await ChangeRequirement.Remove(Id, key ?? string.Empty, ApiOutcomes.Version(rowVersion), services, cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Flash"] = localizer["Requirements.RemovedFlash", outcome.Value.Key].Value;
        }
        else if (this.RefusalAsFlash(outcome, localizer, "Requirements.ConflictText") is { } leave)
        {
            return leave;
        }

        return RedirectToPage(new { id = Id });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Contract = await GetCompliance.Contract(Id, services, cancellationToken);
        if (Contract is null)
        {
            return false;
        }

        var stored = await GetRequirements.Handle(Id, services, cancellationToken) ?? [];
        Requirements = [.. stored.Select(r => (r, r.Rule()))];
        CanEdit = services.Tenant.CanEditContracts && (await services.Tenant.ScopeAsync(cancellationToken)).IsBuyer;
        ChosenPreset = string.IsNullOrEmpty(Preset) ? null : RequirementPresets.All.FirstOrDefault(p => p.Key == Preset);
        return true;
    }
}
