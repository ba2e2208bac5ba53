using Klimaspor.Data;
using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Contracts;

[Authorize(Policy = Policies.ContractEditor)]
public sealed class EditModel(AppDbContext db, Tenant tenant, TimeProvider clock, IStringLocalizer localizer) : ContractFormPage(db, tenant)
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var contract = await GetContract.Handle(Id, Db, Tenant, cancellationToken);
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
            var version = Guid.TryParseExact(Form.Version, "N", out var v) ? v : Guid.Empty;
            var outcome = await UpdateContract.Handle(Id, draft, version, Db, Tenant, clock, cancellationToken);
            switch (outcome.Kind)
            {
                case OutcomeKind.Ok:
                    TempData["Flash"] = localizer["Contracts.Saved"].Value;
                    return Redirect($"/Contracts/Details/{Id}");
                case OutcomeKind.NotFound:
                    return NotFound();
                case OutcomeKind.Forbidden:
                    return Forbid();
                case OutcomeKind.Conflict:
                    // Keep what this person typed; tell them someone else saved first.
                    Conflict = true;
                    break;
                default:
                    Errors.AddRange(outcome.Errors, localizer, ContractForm.Labels);
                    break;
            }
        }

        await LoadChoicesAsync(cancellationToken);
        return Page();
    }
}
