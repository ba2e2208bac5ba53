using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.FactorSets;

[Authorize(Roles = Roles.BuyerAdmin)]
public sealed class ChooseModel(AppServices services, IStringLocalizer localizer) : PageModel
{
    [BindProperty] public string? Territorial { get; set; }
    [BindProperty] public string? LifeCycle { get; set; }

    public IReadOnlyList<FactorSetView> Sets { get; private set; } = [];
    public FormErrors Errors { get; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var current = await ChooseFactorSets.Current(await services.Tenant.ScopeAsync(cancellationToken), services.Db, cancellationToken);
        (Territorial, LifeCycle) = (current.Territorial, current.LifeCycle);
        Sets = await ListFactorSets.Handle(services.Db, includeDrafts: false, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await ChooseFactorSets.Handle(new FactorSetChoice(Territorial, LifeCycle), services, cancellationToken);
        if (outcome.Succeeded)
        {
            return RedirectToPage("Index");
        }

        if (this.Refusal(outcome, Errors, localizer) is { } leave)
        {
            return leave;
        }

        Sets = await ListFactorSets.Handle(services.Db, includeDrafts: false, cancellationToken);
        return Page();
    }
}
