using Klimaspor.Data;
using Klimaspor.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Klimaspor.Features.FactorSets;

/// <summary>Every signed-in person may read the factor sets: a figure is only as credible as its visible source.</summary>
public sealed class IndexModel(AppDbContext db, Tenant tenant) : PageModel
{
    public IReadOnlyList<FactorSetView> Sets { get; private set; } = [];
    public FactorSetChoice? Chosen { get; private set; }
    public bool CanChoose { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Sets = await ListFactorSets.VisibleTo(tenant, db, cancellationToken);
        var scope = await tenant.ScopeAsync(cancellationToken);
        if (scope.IsBuyer)
        {
            Chosen = await ChooseFactorSets.Current(scope, db, cancellationToken);
            CanChoose = tenant.IsInRole(Roles.BuyerAdmin);
        }
    }
}
