using Klimaspor.Domain.Reporting.Template;
using Klimaspor.Features.FactorSets;
using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Calculations;

/// <summary>
/// Paste or type a period's lines and see energy, emissions, avoided emissions, key figures, warnings and the
/// trace — what a supplier wants to check before reporting, and a buyer to check a figure.
/// </summary>
[Authorize(Policy = Policies.ContractReader)]
public sealed class IndexModel(AppServices services, IStringLocalizer localizer) : PageModel
{
    [BindProperty] public string? Period { get; set; }
    [BindProperty] public string? Machines { get; set; }
    [BindProperty] public string? Vehicles { get; set; }
    [BindProperty] public string? Energy { get; set; }
    [BindProperty] public string? TerritorialFactorSet { get; set; }
    [BindProperty] public string? LifeCycleFactorSet { get; set; }
    [BindProperty] public string? Title { get; set; }

    public IReadOnlyList<FactorSetView> Sets { get; private set; } = [];
    public FormErrors Errors { get; } = new();
    public Calculation? Result { get; private set; }
    public CalculatedLinesView? LinesView { get; private set; }
    public List<string> Warnings { get; } = [];

    public async Task OnGetAsync(bool example, CancellationToken cancellationToken)
    {
        if (example)
        {
            (Period, Machines, Vehicles, Energy) = CalculatorExample.Okern;
        }

        Sets = await ListFactorSets.Handle(services.Db, includeDrafts: false, cancellationToken);
    }

    public async Task<IActionResult> OnPostCalculateAsync(CancellationToken cancellationToken)
    {
        await Calculate(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var request = await Calculate(cancellationToken);
        if (request is null)
        {
            return Page();
        }

        var saved = await StoredCalculations.Save(Title, request, services, cancellationToken);
        if (saved.Succeeded)
        {
            return RedirectToPage("Saved", new { id = saved.Value.Id });
        }

        return this.Refusal(saved, Errors, localizer) ?? Page();
    }

    /// <summary>Reads the boxes and calculates; returns the request when everything could be read and computed.</summary>
    private async Task<CalculationRequest?> Calculate(CancellationToken cancellationToken)
    {
        Sets = await ListFactorSets.Handle(services.Db, includeDrafts: false, cancellationToken);
        ReportingPeriod? period = null;
        if (!string.IsNullOrWhiteSpace(Period))
        {
            if (ReportingPeriod.TryParse(Period, out var parsed))
            {
                period = parsed;
            }
            else
            {
                Errors.AddRange([new Problem("period", "Calculator.PeriodInvalid", Period)], localizer);
                return null;
            }
        }

        var pasted = PastedReport.Parse(Machines, Vehicles, Energy, period);
        foreach (var error in pasted.Errors)
        {
            Errors.Add(PastedReport.FieldOf(error.Sheet ?? string.Empty), FormErrors.Located(error, localizer));
        }

        Warnings.AddRange(pasted.Warnings.Select(w => Located(w.Sheet ?? string.Empty, w.Row, w.Field.Length > 0 ? w.Field : null, Problems.Message(w, localizer))));
        if (Errors.Any)
        {
            return null;
        }

        if (pasted.Lines.Machines.Count + pasted.Lines.Vehicles.Count + pasted.Lines.Energy.Count == 0)
        {
            Errors.Add("machines", localizer["Calculator.NothingToCalculate"]);
            return null;
        }

        var request = new CalculationRequest(null, Blank(TerritorialFactorSet), Blank(LifeCycleFactorSet), period?.FirstDay, period?.LastDay,
            pasted.Lines.Machines, pasted.Lines.Vehicles, pasted.Lines.Energy, null);
        var outcome = await CalculateLines.Handle(request, services, cancellationToken);
        if (!outcome.Succeeded)
        {
            // A calculation is refused only for its input, so every refusal is shown beside the boxes.
            Errors.AddRange(outcome.Problems, localizer);
            return null;
        }

        Result = outcome.Value;
        LinesView = new CalculatedLinesView(Result.Result, pasted);
        Warnings.AddRange(Result.Warnings.Select(w => Located(CalculateLines.Sheet(w.Kind), w.Index is { } i ? pasted.RowOf(w.Kind, i) : null, w.Field,
            localizer[w.MessageKey, [.. w.Args]])));
        return request;
    }

    // A warning names its column by the header the reader knows it by, not by the template key.
    private string Located(string sheet, int? row, string? column, string message) => row is not { } r ? $"{SheetName(sheet)}: {message}"
        : TemplateSheets.HeaderKey(sheet, column) is { } header ? localizer["Calculator.AtRow", SheetName(sheet), r, localizer[header], message]
        : localizer["Located.Row", SheetName(sheet), r, message];

    private string SheetName(string sheet) => localizer["Sheet." + PastedReport.FieldOf(sheet)];

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
