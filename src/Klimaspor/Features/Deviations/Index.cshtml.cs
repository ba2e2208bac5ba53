using Klimaspor.Data;
using Klimaspor.Features.Contracts;
using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Klimaspor.Features.Deviations;

/// <summary>A contract's deviations, overdue ones first.</summary>
[Authorize(Policy = Policies.ContractReader)]
public sealed class IndexModel(AppServices services) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public Contract? Contract { get; private set; }

    public IReadOnlyList<DeviationSummary> Deviations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Contract = await GetContract.Load(Id, services, cancellationToken);
        if (Contract is null)
        {
            return NotFound();
        }

        Deviations = (await GetDeviations.List(Id, 1, GetDeviations.MaxPageSize, services, services.Clock.GetUtcNow().UtcDateTime, cancellationToken))!.Items;
        return Page();
    }
}
