using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Networks;

/// <summary>A network's page: the members side by side for a window, the benchmarks, inviting and leaving (issue 15 item 3).</summary>
[Authorize(Policy = Policies.BuyerReader)]
public sealed class DetailsModel(AppServices services, IStringLocalizer localizer) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid NetworkId { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty] public string? OrgNo { get; set; }

    public NetworkSummary? Network { get; private set; }

    public NetworkComparisonView? Comparison { get; private set; }

    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await Show(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken cancellationToken)
    {
        var outcome = await ManageNetworks.Invite(NetworkId, new InviteRequest(OrgNo), services, cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Flash"] = localizer["Networks.Invited", OrgNo ?? ""].Value;
            return RedirectToPage(new { networkId = NetworkId });
        }

        return this.Refusal(outcome, Errors, localizer, "orgNo") ?? await Show(cancellationToken) ?? Page();
    }

    public async Task<IActionResult> OnPostLeaveAsync(CancellationToken cancellationToken)
    {
        var outcome = await ManageNetworks.Leave(NetworkId, services, cancellationToken);
        return outcome.Succeeded ? RedirectToPage("/Networks/Index") : this.Refusal(outcome, Errors, localizer) ?? await Show(cancellationToken) ?? Page();
    }

    /// <summary>Loads the network and its comparison; a network the caller's organisation is not a member of is not found.</summary>
    private async Task<IActionResult?> Show(CancellationToken cancellationToken)
    {
        var network = await ManageNetworks.Get(NetworkId, services, cancellationToken);
        if (!network.Succeeded || network.Value.Status != "accepted")
        {
            return NotFound();
        }

        Network = network.Value;
        var comparison = await CompareNetwork.Handle(NetworkId, From, To, services, localizer, cancellationToken);
        if (comparison.Succeeded)
        {
            Comparison = comparison.Value;
        }
        else if (this.Refusal(comparison, Errors, localizer) is { } leave)
        {
            return leave;
        }

        return null;
    }
}
