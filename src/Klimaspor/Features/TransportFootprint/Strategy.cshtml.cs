using System.Globalization;
using Klimaspor.Domain.Contracts;
using Klimaspor.Domain.Requirements;
using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.TransportFootprint;

/// <summary>
/// "Turn into requirements": the catalogue's requirements a saved scenario would become, previewed, then added in one
/// step to a contract of the organisation or to a new contract created from the scenario.
/// </summary>
[Authorize(Policy = Policies.BuyerReader)]
public sealed class StrategyModel(AppServices services, IStringLocalizer localizer) : PageModel
{
    [BindProperty] public Guid? ContractId { get; set; }
    [BindProperty] public string? Reference { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public Guid? BuyerUnitId { get; set; }
    [BindProperty] public string? SupplierOrgNo { get; set; }
    [BindProperty] public DateOnly? StartDate { get; set; }
    [BindProperty] public DateOnly? EndDate { get; set; }
    [BindProperty] public decimal? ValueNok { get; set; }

    public ScenarioView? Scenario { get; private set; }

    public StrategyPreview? Preview { get; private set; }

    public IReadOnlyList<SelectListItem> Contracts { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];

    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(Guid scenarioId, CancellationToken cancellationToken) =>
        await Load(scenarioId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostExistingAsync(Guid scenarioId, CancellationToken cancellationToken) =>
        await Apply(scenarioId, new StrategyRequest(ContractId, null), "contractId", cancellationToken);

    public async Task<IActionResult> OnPostNewAsync(Guid scenarioId, CancellationToken cancellationToken) =>
        await Apply(scenarioId, new StrategyRequest(null, new ContractDraft
        {
            Reference = Reference,
            Title = Title,
            BuyerUnitId = BuyerUnitId,
            SupplierOrgNo = SupplierOrgNo,
            StartDate = StartDate,
            EndDate = EndDate,
            ValueNok = ValueNok,
        }), "newContract.reference", cancellationToken);

    /// <summary>A rule's threshold as its clause reads it: shares as percentages.</summary>
    public static string Threshold(RequirementRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return MetricDisplay.Format(rule.Threshold, MetricCatalogue.UnitOf(rule.Metric), CultureInfo.CurrentCulture);
    }

    private async Task<IActionResult> Apply(Guid scenarioId, StrategyRequest request, string field, CancellationToken cancellationToken)
    {
        if (!await Load(scenarioId, cancellationToken))
        {
            return NotFound();
        }

        var outcome = await ScenarioStrategy.Apply(scenarioId, request, services, cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Flash"] = localizer["Scenarios.StrategyAdded", outcome.Value.Added.Count, outcome.Value.AlreadyThere.Count].Value;
            return RedirectToPage("/Contracts/Details", new { id = outcome.Value.ContractId });
        }

        return this.Refusal(outcome, Errors, localizer, field) ?? Page();
    }

    private async Task<bool> Load(Guid scenarioId, CancellationToken cancellationToken)
    {
        var scenario = await Scenarios.Get(scenarioId, services, cancellationToken);
        var preview = await ScenarioStrategy.Preview(scenarioId, services, cancellationToken);
        if (!scenario.Succeeded || !preview.Succeeded)
        {
            return false;
        }

        (Scenario, Preview) = (scenario.Value, preview.Value);
        var scope = await services.Tenant.ScopeAsync(cancellationToken);
        var contracts = await services.Db.Contracts.AsNoTracking().VisibleTo(scope).Where(c => c.ArchivedAt == null)
            .OrderBy(c => c.Reference).Select(c => new { c.Id, c.Reference, c.Title }).Take(1000).ToListAsync(cancellationToken);
        Contracts = [.. contracts.Select(c => new SelectListItem($"{c.Reference} {c.Title}", c.Id.ToString(), c.Id == Scenario.Scope.ContractId))];
        Units = await services.Db.Organisations.AsNoTracking().Where(o => scope.BuyerUnitIds.Contains(o.Id)).OrderBy(o => o.Name)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToListAsync(cancellationToken);
        return true;
    }
}
