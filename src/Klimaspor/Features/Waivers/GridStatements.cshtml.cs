using Klimaspor.Data;
using Klimaspor.Domain.Requirements;
using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Waivers;

/// <summary>A contract's grid capacity statements: the supplier states them per site and months, the buyer accepts or rejects.</summary>
[Authorize(Policy = Policies.ContractReader)]
public sealed class GridStatementsModel(AppServices services, IStringLocalizer localizer) : PageModel
{
    /// <summary>Label text keys by field, so the error summary names the field each message is about.</summary>
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        ["site"] = "GridStatement.Site",
        ["periodFrom"] = "Waiver.PeriodFrom",
        ["periodTo"] = "Waiver.PeriodTo",
        ["neededKw"] = "Waiver.NeededKw",
        ["availableKw"] = "Waiver.AvailableKw",
        ["gridOwnerReference"] = "GridStatement.GridOwnerReference",
        ["decision"] = "Waiver.Decision",
        ["comment"] = "Waiver.DecisionComment",
    };

    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public string? Site { get; set; }
    [BindProperty] public string? PeriodFrom { get; set; }
    [BindProperty] public string? PeriodTo { get; set; }
    [BindProperty] public string? NeededKw { get; set; }
    [BindProperty] public string? AvailableKw { get; set; }
    [BindProperty] public string? GridOwnerReference { get; set; }
    [BindProperty] public Guid StatementId { get; set; }
    [BindProperty] public string? Decision { get; set; }
    [BindProperty] public string? Comment { get; set; }

    public Contract? Contract { get; private set; }
    public IReadOnlyList<GridStatementView> Statements { get; private set; } = [];
    public bool CanState { get; private set; }
    public bool CanDecide { get; private set; }
    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await Load(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostStateAsync(CancellationToken cancellationToken)
    {
        var errors = new List<Problem>();
        var input = new GridStatementInput
        {
            Site = Site,
            PeriodFrom = PeriodFrom,
            PeriodTo = PeriodTo,
            NeededKw = FormValues.Number(NeededKw, "neededKw", errors),
            AvailableKw = FormValues.Number(AvailableKw, "availableKw", errors),
            GridOwnerReference = GridOwnerReference,
        };
        if (errors.Count > 0)
        {
            Errors.AddRange(errors, localizer, Labels);
            return await Load(cancellationToken) ? Page() : NotFound();
        }

        return await After(await GridStatements.State(Id, input, services, cancellationToken), "GridStatements.StatedFlash", cancellationToken);
    }

    public async Task<IActionResult> OnPostDecideAsync(CancellationToken cancellationToken) =>
        await After(await GridStatements.Decide(Id, StatementId, Decision, Comment, services, cancellationToken), "GridStatements.DecidedFlash", cancellationToken);

    private async Task<IActionResult> After(Outcome<GridStatementView> outcome, string flash, CancellationToken cancellationToken)
    {
        if (outcome.Succeeded)
        {
            TempData["Flash"] = localizer[flash].Value;
            return RedirectToPage();
        }

        return this.Refusal(outcome, Errors, localizer, "status", Labels) ?? (await Load(cancellationToken) ? Page() : NotFound());
    }

    private async Task<bool> Load(CancellationToken cancellationToken)
    {
        Contract = await ContractAccess.Load(Id, services, cancellationToken);
        if (Contract is null)
        {
            return false;
        }

        Statements = await GridStatements.List(Id, services, cancellationToken) ?? [];
        var scope = await services.Tenant.ScopeAsync(cancellationToken);
        CanState = WaiverAccess.MayApply(Contract, scope, services.Tenant);
        CanDecide = WaiverAccess.MayDecide(scope, services.Tenant);
        return true;
    }
}
