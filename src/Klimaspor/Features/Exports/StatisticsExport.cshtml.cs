using System.Globalization;
using Klimaspor.Features.Statistics;
using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Exports;

/// <summary>The buyer's overview as a workbook or CSV, for people signed in with a cookie; the overview links here with its filters.</summary>
[Authorize(Policy = Policies.BuyerReader)]
public sealed class StatisticsExportModel(AppServices services, IStringLocalizer localizer) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tertial { get; set; }
    [BindProperty(SupportsGet = true)] public string? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? GroupBy { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Contract { get; set; }
    [BindProperty(SupportsGet = true)] public string? Format { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var outcome = await ExportStatistics.Handle(new StatisticsQuery(From, To, null, Tertial, Year, GroupBy, Unit, Category, Contract), Format,
            CultureInfo.CurrentUICulture.Name, services, localizer, cancellationToken);
        return outcome.Succeeded
            ? File(outcome.Value.Content, outcome.Value.ContentType, outcome.Value.FileName)
            : outcome.Kind is OutcomeKind.NotFound or OutcomeKind.Forbidden ? NotFound() : BadRequest();
    }
}
