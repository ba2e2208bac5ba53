using Klimaspor.Features.FactorSets;
using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Calculations;

/// <summary>The organisation's stored calculations: frozen figures, and recalculations under other sets beside them.</summary>
[Authorize(Policy = Policies.ContractReader)]
public sealed class SavedModel(AppServices services, IStringLocalizer localizer) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public string? TerritorialFactorSet { get; set; }
    [BindProperty] public string? LifeCycleFactorSet { get; set; }

    public IReadOnlyList<StoredCalculationView> All { get; private set; } = [];
    public StoredCalculationView? Current { get; private set; }
    public CalculatedLinesView? Lines { get; private set; }
    public IReadOnlyList<FactorSetView> Sets { get; private set; } = [];
    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await Load(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Id is not { } id)
        {
            return NotFound();
        }

        var outcome = await StoredCalculations.Recalculate(id, Blank(TerritorialFactorSet), Blank(LifeCycleFactorSet), services, cancellationToken);
        if (outcome.Succeeded)
        {
            return RedirectToPage(new { id });
        }

        if (this.Refusal(outcome, Errors, localizer) is { } leave)
        {
            return leave;
        }

        return await Load(cancellationToken) ? Page() : NotFound();
    }

    public IEnumerable<SelectListItem> SetOptions(string boundary) => Sets.Where(s => s.Boundary == boundary)
        .SelectMany(s => s.Versions.Where(v => v.Status == "Published").Select(v => new SelectListItem($"{s.Key} v{v.Version}", $"{s.Key}@{v.Version}")))
        .Prepend(new SelectListItem(localizer["Calculator.DefaultSet"], ""));

    private async Task<bool> Load(CancellationToken cancellationToken)
    {
        if (Id is not { } id)
        {
            All = await StoredCalculations.List(services, cancellationToken);
            return true;
        }

        Current = await StoredCalculations.Get(id, services, cancellationToken);
        if (Current is null)
        {
            return false;
        }

        Lines = await StoredCalculations.Load(id, services, cancellationToken) is { } stored ? new CalculatedLinesView(stored.Result, null) : null;
        Sets = await ListFactorSets.Handle(services.Db, includeDrafts: false, cancellationToken);
        return true;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
