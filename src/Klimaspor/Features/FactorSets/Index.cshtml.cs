using Klimaspor.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Klimaspor.Features.FactorSets;

/// <summary>Every signed-in person may read the factor sets: a figure is only as credible as its visible source.</summary>
public sealed class IndexModel(AppServices services) : PageModel
{
    public IReadOnlyList<FactorSetView> Sets { get; private set; } = [];
    public FactorSetChoice? Chosen { get; private set; }
    public bool CanChoose { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Sets = await ListFactorSets.VisibleTo(services, cancellationToken);
        var scope = await services.Tenant.ScopeAsync(cancellationToken);
        if (scope.IsBuyer)
        {
            Chosen = await ChooseFactorSets.Current(scope, services.Db, cancellationToken);
            CanChoose = services.Tenant.IsInRole(Roles.BuyerAdmin);
        }
    }
}
