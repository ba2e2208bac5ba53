using Klimaspor.Features.Contracts;
using Klimaspor.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features;

public sealed class IndexModel(AppServices services) : PageModel
{
    public string Name { get; private set; } = string.Empty;
    public TenantScope Scope { get; private set; } = TenantScope.None;
    public int ActiveContracts { get; private set; }
    public bool CanEdit => services.Tenant.CanEditContracts && Scope.IsBuyer;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Name = User.FindFirst(KlimasporClaims.Name)?.Value ?? string.Empty;
        Scope = await services.Tenant.ScopeAsync(cancellationToken);
        ActiveContracts = await services.Db.Contracts.VisibleTo(Scope).CountAsync(c => c.ArchivedAt == null, cancellationToken);
    }
}
