using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Klimaspor.Features.TransportFootprint;

/// <summary>The organisation's saved transport scenarios, each with its before and after and the contract it became requirements on.</summary>
[Authorize(Policy = Policies.BuyerReader)]
public sealed class ScenariosModel(AppServices services) : PageModel
{
    public IReadOnlyList<ScenarioSummary> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var outcome = await Scenarios.List(services, cancellationToken);
        if (!outcome.Succeeded)
        {
            return Forbid();
        }

        Items = outcome.Value;
        return Page();
    }
}
