using System.Globalization;
using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.TransportFootprint;

/// <summary>"Transportavtrykk": the buyer's mapping of its contracts' transport footprint (issue 17 item 3), and its export.</summary>
[Authorize(Policy = Policies.BuyerReader)]
public sealed class IndexModel(AppServices services, IStringLocalizer localizer) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? GroupBy { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Unit { get; set; }

    /// <summary>The mapping; null when the filters were refused (see <see cref="Errors"/>).</summary>
    public TransportFootprintView? View { get; private set; }

    public IReadOnlyList<OrganisationRef> Units { get; private set; } = [];

    public FormErrors Errors { get; } = new();

    private TransportFootprintQuery Query => new(Year, From, To, GroupBy, Unit);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await services.Tenant.ScopeAsync(cancellationToken);
        Units = await services.Db.Organisations.AsNoTracking().Where(o => scope.BuyerUnitIds.Contains(o.Id))
            .OrderBy(o => o.ParentId != null).ThenBy(o => o.Name)
            .Select(o => new OrganisationRef(o.Id, o.Name, o.OrgNo))
            .ToListAsync(cancellationToken);
        var outcome = await GetTransportFootprint.Handle(Query, services, localizer, cancellationToken);
        if (outcome.Succeeded)
        {
            View = outcome.Value;
            return Page();
        }

        if (outcome.Kind is OutcomeKind.NotFound or OutcomeKind.Forbidden)
        {
            return NotFound();
        }

        // The page refuses only its filters: each problem beside its field.
        Errors.AddRange(outcome.Problems, localizer);
        return Page();
    }

    /// <summary>The mapping as shown, as a workbook or CSV.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken cancellationToken)
    {
        var outcome = await ExportTransportFootprint.Handle(Query, format, CultureInfo.CurrentUICulture.Name, services, localizer, cancellationToken);
        return outcome.Succeeded
            ? File(outcome.Value.Content, outcome.Value.ContentType, outcome.Value.FileName)
            : outcome.Kind is OutcomeKind.NotFound or OutcomeKind.Forbidden ? NotFound() : BadRequest();
    }

    /// <summary>How a calibration is described on the page, in the reader's language.</summary>
    public static string CalibrationText(FootprintCalibration calibration) =>
        ExportTransportFootprint.CalibrationText(calibration, CultureInfo.CurrentUICulture.Name);
}
