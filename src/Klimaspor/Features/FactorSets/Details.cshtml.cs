using Klimaspor.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.FactorSets;

[InstallationWide]
public sealed class DetailsModel(AppServices services, IStringLocalizer localizer) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Key { get; set; } = string.Empty;
    [BindProperty(SupportsGet = true, Name = "version")] public int VersionNumber { get; set; }
    [BindProperty] public string? NewKey { get; set; }

    public FactorSetView? Set { get; private set; }
    public FactorSetVersionView? Version { get; private set; }
    public bool IsAdmin => services.Tenant.IsInRole(Roles.SystemAdmin);
    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await Load(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostNewVersionAsync(CancellationToken cancellationToken)
    {
        if (!IsAdmin)
        {
            return Forbid();
        }

        var outcome = await ChangeFactorSets.CreateVersion(Key, services, cancellationToken);
        return outcome.Succeeded
            ? RedirectToPage("Edit", new { key = Key, version = outcome.Value.Version })
            : await Show(outcome, cancellationToken);
    }

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken)
    {
        if (!IsAdmin)
        {
            return Forbid();
        }

        var outcome = await ChangeFactorSets.Publish(Key, VersionNumber, services, cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Flash"] = localizer["FactorSets.Published", Key, VersionNumber].Value;
            return RedirectToPage(new { key = Key, version = VersionNumber });
        }

        return await Show(outcome, cancellationToken);
    }

    public async Task<IActionResult> OnPostCopyAsync(CancellationToken cancellationToken)
    {
        if (!IsAdmin)
        {
            return Forbid();
        }

        var outcome = await ChangeFactorSets.CreateSet(NewKey?.Trim(), Key, services, cancellationToken);
        return outcome.Succeeded
            ? RedirectToPage("Edit", new { key = outcome.Value.Key, version = outcome.Value.Version })
            : await Show(outcome, cancellationToken);
    }

    private async Task<IActionResult> Show(Outcome<FactorSetVersionView> refused, CancellationToken cancellationToken)
    {
        if (this.Refusal(refused, Errors, localizer) is { } leave)
        {
            return leave;
        }

        return await Load(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> Load(CancellationToken cancellationToken)
    {
        Set = (await ListFactorSets.VisibleTo(services, cancellationToken, Key)).SingleOrDefault();
        Version = Set?.Versions.SingleOrDefault(v => v.Version == VersionNumber);
        return Version is not null;
    }
}
