using Klimaspor.Data;
using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Account;

[Authorize(Roles = Roles.SupplierReporter)]
public sealed class ApiClientsModel(AppServices services, IPasswordHasher<ApiClient> hasher, IStringLocalizer localizer) : PageModel
{
    [BindProperty] public string? Name { get; set; }

    public IReadOnlyList<ApiClientView> Clients { get; private set; } = [];
    public RegisteredApiClient? Registered { get; private set; }
    public FormErrors Errors { get; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => Clients = await ManageApiClients.List(services, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await ManageApiClients.Register(Name, services, hasher, cancellationToken);
        if (outcome.Succeeded)
        {
            // Shown on this response only: the page is not redirected, so the secret is never in a URL or a later page.
            Registered = outcome.Value;
            Name = null;
        }
        else if (this.Refusal(outcome, Errors, localizer) is { } leave)
        {
            return leave;
        }

        Clients = await ManageApiClients.List(services, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await ManageApiClients.Disable(id, services, cancellationToken))
        {
            return NotFound();
        }

        return RedirectToPage("/Account/ApiClients");
    }
}
