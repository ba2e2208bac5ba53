using Klimaspor.Data;
using Klimaspor.Features.Contracts;
using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Klimaspor.Features.Waivers;

/// <summary>A contract's waivers: the supplier's applications and where each stands.</summary>
[Authorize(Policy = Policies.ContractReader)]
public sealed class IndexModel(AppServices services) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public Contract? Contract { get; private set; }

    public IReadOnlyList<WaiverSummary> Waivers { get; private set; } = [];

    public bool CanApply { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Contract = await GetContract.Load(Id, services, cancellationToken);
        if (Contract is null)
        {
            return NotFound();
        }

        Waivers = (await GetWaivers.List(Id, 1, GetWaivers.MaxPageSize, services, cancellationToken))!.Items;
        CanApply = WaiverAccess.MayApply(Contract, await services.Tenant.ScopeAsync(cancellationToken), services.Tenant);
        return Page();
    }
}
