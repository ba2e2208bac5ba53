using System.Globalization;
using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Klimaspor.Features.Exports;

/// <summary>
/// The contract's climate report (PDF) and its figures (Excel, CSV) for people signed in with a cookie; the
/// compliance page links here. Nothing is rendered: each handler answers with a file.
/// </summary>
[Authorize(Policy = Policies.ContractReader)]
public sealed class ClimateReportModel(AppServices services) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await ClimateReport.ForContract(Id, CultureInfo.CurrentUICulture.Name, services, cancellationToken) is { } file
            ? File(file.Content, ClimateReport.ContentType, file.FileName)
            : NotFound();

    /// <summary>The figures as a workbook (<c>format=xlsx</c>, the default) or CSV (<c>format=csv</c>).</summary>
    public async Task<IActionResult> OnGetFiguresAsync(string? format, CancellationToken cancellationToken)
    {
        var outcome = await ExportContractFigures.Handle(Id, format, CultureInfo.CurrentUICulture.Name, services, cancellationToken);
        return outcome.Succeeded
            ? File(outcome.Value.Content, outcome.Value.ContentType, outcome.Value.FileName)
            : outcome.Kind == OutcomeKind.NotFound ? NotFound() : BadRequest();
    }
}
