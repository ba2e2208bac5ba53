using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Contracts;

[Authorize(Policy = Policies.ContractReader)]
public sealed class DetailsModel(AppServices services, IStringLocalizer localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public ContractDetails? Contract { get; private set; }

    public bool CanEdit { get; private set; }

    public IReadOnlyList<Reports.PeriodRow> Periods { get; private set; } = [];

    /// <summary>Waivers the caller sees, those awaiting assessment or decision, open deviations and overdue ones.</summary>
    public (int Waivers, int WaiversAwaiting, int OpenDeviations, int OverdueDeviations) Cases { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var contract = await GetContract.Load(Id, services, cancellationToken);
        if (contract is null)
        {
            return NotFound();
        }

        Contract = ContractDetails.From(contract);
        Periods = await Reports.GetReport.Periods(contract, await services.Tenant.ScopeAsync(cancellationToken), services.Db, services.Clock, cancellationToken);
        CanEdit = services.Tenant.CanEditContracts;
        Cases = await CaseCounts(await services.Tenant.ScopeAsync(cancellationToken), cancellationToken);
        return Page();
    }

    private async Task<(int, int, int, int)> CaseCounts(TenantScope scope, CancellationToken cancellationToken)
    {
        var waivers = await Waivers.WaiverAccess.VisibleTo(services.Db.Waivers.AsNoTracking(), Id, scope)
            .GroupBy(w => w.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var now = services.Clock.GetUtcNow().UtcDateTime;
        var deviations = services.Db.Deviations.AsNoTracking().Where(d => d.ContractId == Id && d.Status != Domain.Requirements.DeviationStatus.Closed);
        deviations = Deviations.DeviationAccess.VisibleTo(deviations, services.Db, scope);
        return (waivers.Sum(w => w.Count),
            waivers.Where(w => w.Key is Domain.Requirements.WaiverStatus.Applied or Domain.Requirements.WaiverStatus.Assessed).Sum(w => w.Count),
            await deviations.CountAsync(cancellationToken),
            (await Deviations.ListOverdueDeviations.Handle(services, now, Id, cancellationToken)).Count);
    }

    public Task<IActionResult> OnPostArchiveAsync(string? rowVersion, CancellationToken cancellationToken) => SetArchived(true, rowVersion, cancellationToken);

    public Task<IActionResult> OnPostRestoreAsync(string? rowVersion, CancellationToken cancellationToken) => SetArchived(false, rowVersion, cancellationToken);

    private async Task<IActionResult> SetArchived(bool archive, string? rowVersion, CancellationToken cancellationToken)
    {
        var outcome = await ArchiveContract.Handle(Id, archive, ApiOutcomes.SentVersion(rowVersion), services, cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Flash"] = localizer[archive ? "Contracts.ArchivedFlash" : "Contracts.RestoredFlash"].Value;
        }
        else if (this.RefusalAsFlash(outcome, localizer, "Contracts.ConflictText") is { } leave)
        {
            return leave;
        }

        return RedirectToPage(new { id = Id });
    }
}
