using Klimaspor.Data;
using Klimaspor.Features.Contracts;
using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Deviations;

/// <summary>A contract's sanctions and bonuses, proposed and confirmed; the buyer confirms proposed bonuses here.</summary>
[Authorize(Policy = Policies.ContractReader)]
public sealed class SanctionsModel(AppServices services, IStringLocalizer localizer) : PageModel
{
    private static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        ["confirmedAmountNok"] = "Deviation.ConfirmedAmount",
        ["amountReason"] = "Deviation.AmountReason",
        ["comment"] = "Sanctions.Comment",
    };

    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public Guid BonusId { get; set; }
    [BindProperty] public string? ConfirmedAmountNok { get; set; }
    [BindProperty] public string? AmountReason { get; set; }
    [BindProperty] public string? Comment { get; set; }

    public Contract? Contract { get; private set; }
    public SanctionList? List { get; private set; }
    public bool CanConfirm { get; private set; }
    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await Load(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostConfirmBonusAsync(CancellationToken cancellationToken)
    {
        var parseErrors = new List<Problem>();
        var amount = FormValues.Number(ConfirmedAmountNok, "confirmedAmountNok", parseErrors);
        if (parseErrors.Count > 0)
        {
            Errors.AddRange(parseErrors, localizer, Labels);
        }
        else
        {
            var outcome = await Sanctions.ConfirmBonus(Id, BonusId, amount, AmountReason, Comment, services, cancellationToken);
            if (outcome.Succeeded)
            {
                TempData["Flash"] = localizer["Sanctions.BonusConfirmedFlash"].Value;
                return RedirectToPage();
            }

            if (this.Refusal(outcome, Errors, localizer, "status", Labels) is { } leave)
            {
                return leave;
            }
        }

        return await Load(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> Load(CancellationToken cancellationToken)
    {
        Contract = await GetContract.Load(Id, services, cancellationToken);
        List = Contract is null ? null : await Sanctions.List(Id, services, cancellationToken);
        if (List is null)
        {
            return false;
        }

        CanConfirm = (await services.Tenant.ScopeAsync(cancellationToken)).IsBuyer && services.Tenant.CanEditContracts;
        return true;
    }
}
