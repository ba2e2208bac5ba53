using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Networks;

/// <summary>"Nettverk": the caller's networks and invitations, answering an invitation, and creating a network (issue 15 item 3).</summary>
[Authorize(Policy = Policies.BuyerReader)]
public sealed class IndexModel(AppServices services, IStringLocalizer localizer) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Sharing { get; set; }
    [BindProperty] public Guid NetworkId { get; set; }

    public IReadOnlyList<NetworkSummary> Networks { get; private set; } = [];

    public bool IsAdmin { get; private set; }

    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await Load(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var outcome = await ManageNetworks.Create(new CreateNetworkRequest(Name, Sharing), services, cancellationToken);
        if (outcome.Succeeded)
        {
            return RedirectToPage("/Networks/Details", new { networkId = outcome.Value.Id });
        }

        return await Again(outcome, cancellationToken);
    }

    public async Task<IActionResult> OnPostAcceptAsync(CancellationToken cancellationToken)
    {
        var outcome = await ManageNetworks.Accept(NetworkId, new AcceptRequest(Sharing), services, cancellationToken);
        return outcome.Succeeded ? RedirectToPage("/Networks/Details", new { networkId = NetworkId }) : await Again(outcome, cancellationToken);
    }

    public async Task<IActionResult> OnPostDeclineAsync(CancellationToken cancellationToken)
    {
        var outcome = await ManageNetworks.Decline(NetworkId, services, cancellationToken);
        return outcome.Succeeded ? RedirectToPage() : await Again(outcome, cancellationToken);
    }

    private async Task<IActionResult> Again<T>(Outcome<T> outcome, CancellationToken cancellationToken)
    {
        if (this.Refusal(outcome, Errors, localizer, "name") is { } leave)
        {
            return leave;
        }

        await Load(cancellationToken);
        return Page();
    }

    private async Task Load(CancellationToken cancellationToken)
    {
        Networks = (await ManageNetworks.List(services, cancellationToken)).Value!;
        IsAdmin = await ManageNetworks.CallerOf(services, cancellationToken) is { IsAdmin: true };
    }
}
