using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Contracts;

[Authorize(Policy = Policies.ContractEditor)]
public sealed class NewModel(AppServices services, IStringLocalizer localizer) : ContractFormPage(services)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        if (BuyerUnits.Count == 1)
        {
            Form.BuyerUnitId = BuyerUnits[0].Id.ToString();
        }

        return BuyerUnits.Count == 0 ? Forbid() : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (draft, parseErrors) = Form.ToDraft();
        if (parseErrors.Count == 0)
        {
            var outcome = await CreateContract.Handle(draft, Services, cancellationToken);
            if (outcome.Succeeded)
            {
                TempData["Flash"] = localizer["Contracts.Created", outcome.Value.Reference].Value;
                return RedirectToPage("Details", new { id = outcome.Value.Id });
            }

            if (this.Refusal(outcome, Errors, localizer, labels: ContractForm.Labels) is { } leave)
            {
                return leave;
            }
        }
        else
        {
            // Show the unreadable values first; the rules run once everything can be read.
            Errors.AddRange(parseErrors, localizer, ContractForm.Labels);
        }

        await LoadChoicesAsync(cancellationToken);
        return Page();
    }
}
