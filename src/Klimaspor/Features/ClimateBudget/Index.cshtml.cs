using System.Globalization;
using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.ClimateBudget;

/// <summary>
/// The climate budget of a unit for a year (issue 15 item 4), live or as a produced tertial report was produced, with the
/// workbook and PDF to send on, and the reports produced so far.
/// </summary>
[Authorize(Policy = Policies.BuyerReader)]
public sealed class IndexModel(AppServices services, IStringLocalizer localizer) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public string? Year { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Report { get; set; }
    [BindProperty] public int? Tertial { get; set; }

    /// <summary>The budget shown: the live one, or the produced report's as it was produced.</summary>
    public ClimateBudgetView? Budget { get; private set; }

    /// <summary>The produced report shown, when one is.</summary>
    public ClimateBudgetReportView? Produced { get; private set; }

    public IReadOnlyList<OrganisationRef> Units { get; private set; } = [];
    public IReadOnlyList<ClimateBudgetReportSummary> Reports { get; private set; } = [];
    public FormErrors Errors { get; } = new();

    /// <summary>The years to choose from: this one and the four before.</summary>
    public IReadOnlyList<int> Years => [.. Enumerable.Range(0, 5).Select(i => Domain.Calendar.NorwegianTime.Today(services.Clock.GetUtcNow()).Year - i)];
    public bool CanProduce => services.Tenant.CanEditContracts;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await Show(cancellationToken) ?? Page();

    /// <summary>The budget shown as a file: <c>xlsx</c> or <c>pdf</c>.</summary>
    public async Task<IActionResult> OnGetFileAsync(string? format, CancellationToken cancellationToken)
    {
        if (await Show(cancellationToken) is { } leave)
        {
            return leave;
        }

        if (Budget is null)
        {
            return Page();
        }

        var file = await ClimateBudgetExport.File(Budget, format, CultureInfo.CurrentUICulture.Name, services, cancellationToken);
        return file.Succeeded ? File(file.Value!.Content, file.Value.ContentType, file.Value.FileName) : this.Refusal(file, Errors, localizer) ?? Page();
    }

    public async Task<IActionResult> OnPostProduceAsync(CancellationToken cancellationToken)
    {
        if (!CanProduce)
        {
            return Forbid();
        }

        var produced = await ClimateBudgetReports.Produce(new ClimateBudgetReportRequest(Unit,
            int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null, Tertial), services, localizer, cancellationToken);
        if (produced.Succeeded)
        {
            return RedirectToPage(new { unit = Unit, year = Year, report = produced.Value!.Id });
        }

        if (this.Refusal(produced, Errors, localizer) is { } leave)
        {
            return leave;
        }

        Report = null;
        return await Show(cancellationToken, keepErrors: true) ?? Page();
    }

    private async Task<IActionResult?> Show(CancellationToken cancellationToken, bool keepErrors = false)
    {
        var scope = await services.Tenant.ScopeAsync(cancellationToken);
        Units = await services.Db.Organisations.AsNoTracking().Where(o => scope.BuyerUnitIds.Contains(o.Id))
            .OrderBy(o => o.ParentId != null).ThenBy(o => o.Name)
            .Select(o => new OrganisationRef(o.Id, o.Name, o.OrgNo))
            .ToListAsync(cancellationToken);
        Reports = await ClimateBudgetReports.List(null, services, cancellationToken);
        if (Report is { } id)
        {
            var report = await ClimateBudgetReports.Get(id, services, localizer, cancellationToken);
            if (!report.Succeeded)
            {
                return this.Refusal(report, Errors, localizer);
            }

            Produced = report.Value;
            Budget = report.Value!.Budget;
            return null;
        }

        var budget = await GetClimateBudget.Handle(new ClimateBudgetQuery(Unit, Year), services, localizer, cancellationToken);
        if (budget.Succeeded)
        {
            Budget = budget.Value;
            return null;
        }

        return keepErrors && budget.Kind == OutcomeKind.Invalid ? null : this.Refusal(budget, Errors, localizer);
    }
}
