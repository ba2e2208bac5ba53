using System.Globalization;
using Klimaspor.Domain.Contracts;
using Klimaspor.Domain.Transport;
using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.TransportFootprint;

/// <summary>
/// The scenario editor (issue 17 item 4): pick a contract or a category, set the levers in percent, see before and
/// after side by side with a small chart and its table, and save the scenario by name. A saved one opens by its id.
/// </summary>
[Authorize(Policy = Policies.BuyerReader)]
public sealed class ScenarioModel(AppServices services, IStringLocalizer localizer) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public Guid? ContractId { get; set; }
    [BindProperty] public string? Category { get; set; }
    [BindProperty] public string? From { get; set; }
    [BindProperty] public string? To { get; set; }

    /// <summary>The levers as people type them: percentages.</summary>
    [BindProperty] public decimal? Electric { get; set; }
    [BindProperty] public decimal? Hydrogen { get; set; }
    [BindProperty] public decimal? Biogas { get; set; }
    [BindProperty] public decimal? CargoBike { get; set; }
    [BindProperty] public decimal? Consolidation { get; set; }
    [BindProperty] public decimal? Frequency { get; set; }

    /// <summary>The before and after shown; null until the buyer has run a scenario.</summary>
    public ScenarioView? View { get; private set; }

    public IReadOnlyList<SelectListItem> Contracts { get; private set; } = [];

    public FormErrors Errors { get; } = new(FieldOf);

    public async Task<IActionResult> OnGetAsync(Guid? id, Guid? contract, CancellationToken cancellationToken)
    {
        await LoadChoices(cancellationToken);
        if (id is { } saved)
        {
            var outcome = await Scenarios.Get(saved, services, cancellationToken);
            if (!outcome.Succeeded)
            {
                return NotFound();
            }

            View = outcome.Value;
            Fill(View);
        }
        else
        {
            ContractId = contract;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        await LoadChoices(cancellationToken);
        var outcome = await Scenarios.Preview(ToRequest(), services, cancellationToken);
        if (outcome.Succeeded)
        {
            View = outcome.Value;
            return Page();
        }

        return this.Refusal(outcome, Errors, localizer, "contractId") ?? Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        await LoadChoices(cancellationToken);
        var outcome = await Scenarios.Save(ToRequest(), services, cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Flash"] = localizer["Scenarios.Saved"].Value;
            return RedirectToPage("/TransportFootprint/Scenario", new { id = outcome.Value.Id });
        }

        return this.Refusal(outcome, Errors, localizer, "contractId") ?? Page();
    }

    /// <summary>The use case's lever fields are this form's percentage fields.</summary>
    private static string FieldOf(string field) => field switch
    {
        "levers.electricShare" => "electric",
        "levers.hydrogenShare" => "hydrogen",
        "levers.biogasShare" => "biogas",
        "levers.cargoBikeShare" => "cargoBike",
        "levers.consolidationCut" => "consolidation",
        "levers.frequencyCut" => "frequency",
        "levers" or "baseline" => "electric",
        _ => field,
    };

    private ScenarioRequest ToRequest() => new(Name, ContractId, string.IsNullOrWhiteSpace(Category) ? null : Category, From, To, new ScenarioLevers
    {
        ElectricShare = Fraction(Electric),
        HydrogenShare = Fraction(Hydrogen),
        BiogasShare = Fraction(Biogas),
        CargoBikeShare = Fraction(CargoBike),
        ConsolidationCut = Fraction(Consolidation),
        FrequencyCut = Fraction(Frequency),
    });

    // A percentage beyond what a decimal holds once divided is refused as out of range, never an overflow.
    private static decimal Fraction(decimal? percent) => percent is { } p ? p / 100m : 0m;

    private void Fill(ScenarioView view)
    {
        Name = view.Name;
        ContractId = view.Scope.ContractId;
        Category = view.Scope.Category;
        From = view.From;
        To = view.To;
        Electric = view.Levers.ElectricShare * 100;
        Hydrogen = view.Levers.HydrogenShare * 100;
        Biogas = view.Levers.BiogasShare * 100;
        CargoBike = view.Levers.CargoBikeShare * 100;
        Consolidation = view.Levers.ConsolidationCut * 100;
        Frequency = view.Levers.FrequencyCut * 100;
    }

    private async Task LoadChoices(CancellationToken cancellationToken)
    {
        var scope = await services.Tenant.ScopeAsync(cancellationToken);
        var contracts = await services.Db.Contracts.AsNoTracking().VisibleTo(scope).Where(c => c.ArchivedAt == null)
            .OrderBy(c => c.Reference).Select(c => new { c.Id, c.Reference, c.Title }).Take(1000).ToListAsync(cancellationToken);
        Contracts = [new SelectListItem(localizer["Scenarios.NoContract"], ""), .. contracts.Select(c => new SelectListItem($"{c.Reference} {c.Title}", c.Id.ToString()))];
    }

    /// <summary>The categories to choose from, in the reader's language.</summary>
    public IEnumerable<SelectListItem> Categories() =>
        [new SelectListItem(localizer["Scenarios.NoCategory"], ""), .. Enum.GetValues<ContractCategory>().Select(c => new SelectListItem(localizer["Category." + c.Code()], c.Code()))];

    public static string Percent(decimal? value) => value is { } v ? v.ToString("0.##", CultureInfo.CurrentCulture) : string.Empty;
}
