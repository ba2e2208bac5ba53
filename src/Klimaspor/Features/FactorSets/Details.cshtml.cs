using Klimaspor.Data;
using Klimaspor.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.FactorSets;

[InstallationWide]
public sealed class DetailsModel(AppDbContext db, Tenant tenant, TimeProvider clock, IStringLocalizer localizer) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Key { get; set; } = string.Empty;
    [BindProperty(SupportsGet = true, Name = "version")] public int VersionNumber { get; set; }
    [BindProperty] public string? NewKey { get; set; }

    public FactorSetView? Set { get; private set; }
    public FactorSetVersionView? Version { get; private set; }
    public bool IsAdmin => tenant.IsInRole(Roles.SystemAdmin);
    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await Load(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostNewVersionAsync(CancellationToken cancellationToken)
    {
        if (!IsAdmin)
        {
            return Forbid();
        }

        var outcome = await ChangeFactorSets.CreateVersion(Key, db, clock, Who, cancellationToken);
        return outcome.Kind switch
        {
            OutcomeKind.Ok => Redirect($"/FactorSets/Edit/{Key}/{outcome.Value!.Version}"),
            OutcomeKind.NotFound => NotFound(),
            _ => await Show(outcome.Errors, cancellationToken),
        };
    }

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken)
    {
        if (!IsAdmin)
        {
            return Forbid();
        }

        var outcome = await ChangeFactorSets.Publish(Key, VersionNumber, db, clock, Who, cancellationToken);
        if (outcome.Kind == OutcomeKind.Ok)
        {
            TempData["Flash"] = localizer["FactorSets.Published", Key, VersionNumber].Value;
            return Redirect($"/FactorSets/Details/{Key}/{VersionNumber}");
        }

        return outcome.Kind == OutcomeKind.NotFound ? NotFound() : await Show(outcome.Errors, cancellationToken);
    }

    public async Task<IActionResult> OnPostCopyAsync(CancellationToken cancellationToken)
    {
        if (!IsAdmin)
        {
            return Forbid();
        }

        var outcome = await ChangeFactorSets.CreateSet(NewKey?.Trim(), Key, db, clock, Who, cancellationToken);
        return outcome.Kind == OutcomeKind.Ok ? Redirect($"/FactorSets/Edit/{outcome.Value!.Key}/1") : await Show(outcome.Errors, cancellationToken);
    }

    private string Who => User.FindFirst(KlimasporClaims.Name)?.Value ?? "?";

    private async Task<IActionResult> Show(IReadOnlyList<Domain.Validation.FieldError> errors, CancellationToken cancellationToken)
    {
        Errors.AddRange(errors, localizer);
        return await Load(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> Load(CancellationToken cancellationToken)
    {
        Set = (await ListFactorSets.Handle(db, includeDrafts: IsAdmin, cancellationToken, Key)).SingleOrDefault();
        Version = Set?.Versions.SingleOrDefault(v => v.Version == VersionNumber);
        return Version is not null;
    }
}
