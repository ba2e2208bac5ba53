using Klimaspor.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features;

public sealed class IndexModel(AppServices services, Microsoft.Extensions.Localization.IStringLocalizer localizer) : PageModel
{
    public string Name { get; private set; } = string.Empty;
    public TenantScope Scope { get; private set; } = TenantScope.None;
    public int ActiveContracts { get; private set; }
    public bool CanEdit => services.Tenant.CanEditContracts && Scope.IsBuyer;

    /// <summary>A buyer's people start from the overview of their portfolio (issue 15 item 1); suppliers keep this page.</summary>
    public Statistics.StatisticsOverview? Overview { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Name = User.FindFirst(KlimasporClaims.Name)?.Value ?? string.Empty;
        Scope = await services.Tenant.ScopeAsync(cancellationToken);
        if (Scope.IsBuyer && Roles.Buyer.Any(User.IsInRole))
        {
            Overview = await Statistics.LoadOverview.Handle(new Statistics.StatisticsQuery(), services, localizer, cancellationToken);
            return Page();
        }

        ActiveContracts = await services.Db.Contracts.VisibleTo(Scope).CountAsync(c => c.ArchivedAt == null, cancellationToken);
        return Page();
    }
}
