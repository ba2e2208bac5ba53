using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Contracts;

[Authorize(Policy = Policies.ContractEditor)]
public sealed class EditModel(AppServices services, IStringLocalizer localizer) : ContractFormPage(services)
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var contract = await GetContract.Handle(Id, Services, cancellationToken);
        if (contract is null)
        {
            return NotFound();
        }

        Form = ContractForm.From(contract);
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (draft, parseErrors) = Form.ToDraft();
        if (parseErrors.Count > 0)
        {
            Errors.AddRange(parseErrors, localizer, ContractForm.Labels);
        }
        else
        {
            var outcome = await UpdateContract.Handle(Id, draft, ApiOutcomes.Version(Form.RowVersion), Services, cancellationToken);
            if (outcome.Succeeded)
            {
                TempData["Flash"] = localizer["Contracts.Saved"].Value;
                return RedirectToPage("Details", new { id = Id });
            }

            // Someone else saved first: keep what this person typed and show the reload banner.
            if (this.Refusal(outcome, Errors, localizer, labels: ContractForm.Labels, stale: () => Conflict = true) is { } leave)
            {
                return leave;
            }
        }

        await LoadChoicesAsync(cancellationToken);
        return Page();
    }
}
