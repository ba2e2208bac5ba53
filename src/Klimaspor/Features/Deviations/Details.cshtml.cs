using Klimaspor.Domain.Requirements;
using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Deviations;

/// <summary>One deviation: why the requirement failed, the supplier's answer and the buyer's closing, with the proposed sanction.</summary>
[Authorize(Policy = Policies.ContractReader)]
public sealed class DetailsModel(AppServices services, IStringLocalizer localizer) : PageModel
{
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        ["correctiveAction"] = "Deviation.CorrectiveAction",
        ["doneBy"] = "Deviation.DoneBy",
        ["resolution"] = "Deviation.Resolution",
        ["comment"] = "Deviation.CloseComment",
        ["confirmedAmountNok"] = "Deviation.ConfirmedAmount",
        ["amountReason"] = "Deviation.AmountReason",
    };

    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public Guid DeviationId { get; set; }
    [BindProperty] public string? CorrectiveAction { get; set; }
    [BindProperty] public string? DoneBy { get; set; }
    [BindProperty] public string? Resolution { get; set; }
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public string? ConfirmedAmountNok { get; set; }
    [BindProperty] public string? AmountReason { get; set; }

    public DeviationView? Deviation { get; private set; }
    public bool CanAnswer { get; private set; }
    public bool CanClose { get; private set; }
    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await Load(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAnswerAsync(CancellationToken cancellationToken)
    {
        var parseErrors = new List<Problem>();
        var doneBy = FormValues.Date(DoneBy, "doneBy", parseErrors);
        if (parseErrors.Count > 0)
        {
            return await After(Outcome<DeviationView>.Invalid(parseErrors), string.Empty, cancellationToken);
        }

        return await After(await HandleDeviation.Answer(Id, DeviationId, CorrectiveAction, doneBy, services, cancellationToken), "Deviations.AnsweredFlash",
            cancellationToken);
    }

    public async Task<IActionResult> OnPostCloseAsync(CancellationToken cancellationToken)
    {
        var parseErrors = new List<Problem>();
        // The amount field is shown with the proposal filled in; it only counts when closing as sanctioned.
        var sanctioned = DeviationRules.TryResolution(Resolution, out var r) && r == DeviationResolution.Sanctioned;
        var amount = sanctioned ? FormValues.Number(ConfirmedAmountNok, "confirmedAmountNok", parseErrors) : null;
        if (parseErrors.Count > 0)
        {
            return await After(Outcome<DeviationView>.Invalid(parseErrors), string.Empty, cancellationToken);
        }

        return await After(await HandleDeviation.Close(Id, DeviationId, Resolution, Comment, amount, sanctioned ? AmountReason : null, services,
            cancellationToken), "Deviations.ClosedFlash", cancellationToken);
    }

    private async Task<IActionResult> After(Outcome<DeviationView> outcome, string flash, CancellationToken cancellationToken)
    {
        if (outcome.Succeeded)
        {
            TempData["Flash"] = localizer[flash].Value;
            return RedirectToPage();
        }

        if (this.Refusal(outcome, Errors, localizer, "status", Labels) is { } leave)
        {
            return leave;
        }

        // Whether the deviation exists is only told to those who may see it.
        return await Load(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> Load(CancellationToken cancellationToken)
    {
        Deviation = await GetDeviations.One(Id, DeviationId, services, services.Clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (Deviation is null)
        {
            return false;
        }

        var scope = await services.Tenant.ScopeAsync(cancellationToken);
        var status = Enum.Parse<DeviationStatus>(Deviation.Status);
        CanAnswer = scope.IsSupplier && services.Tenant.IsInRole(Roles.SupplierReporter) && DeviationRules.CanAnswer(status);
        CanClose = scope.IsBuyer && services.Tenant.CanEditContracts && DeviationRules.CanClose(status);
        if (Deviation.Answer is { } answer && Request.Method == HttpMethods.Get)
        {
            CorrectiveAction = answer.CorrectiveAction;
            DoneBy = answer.DoneBy.ToString("yyyy-MM-dd");
        }

        if (Request.Method == HttpMethods.Get && Deviation.ProposedSanction is { } proposal)
        {
            ConfirmedAmountNok = proposal.AmountNok.ToString("0.##", System.Globalization.CultureInfo.CurrentCulture);
        }

        return true;
    }
}
