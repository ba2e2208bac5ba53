using System.Globalization;
using Klimaspor.Domain.Requirements;
using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Compliance;

/// <summary>
/// A contract's compliance: each requirement's status over time, the current verdict with its reasons, waivers
/// used, the forecast at completion, sanction proposals and the history of evaluations.
/// </summary>
[Authorize(Policy = Policies.ContractReader)]
public sealed class ContractComplianceModel(AppServices services, IStringLocalizer localizer) : PageModel
{
    public const int HistoryPageSize = 10;

    /// <summary>A page of the evaluation history, opened at the history's heading.</summary>
    public string HistoryPageLink(int page) =>
        Url.PageWithQuery("/Compliance/ContractCompliance", new { id = Id },
            [new(PageNumberFromQueryAttribute.QueryName, page.ToString(System.Globalization.CultureInfo.InvariantCulture))]) + "#history-heading";

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>A past evaluation to show instead of the latest.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Run { get; set; }

    [PageNumberFromQuery]
    public int HistoryPage { get; set; } = 1;

    /// <summary>The requirement whose current verdict's offenders are shown all, a page at a time (the verdict shows the first 100).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Offenders { get; set; }

    [BindProperty(SupportsGet = true)]
    public int OffendersPage { get; set; } = 1;

    /// <summary>The page of <see cref="Offenders"/>' offenders asked for; null when none was.</summary>
    public Paged<string>? AllOffenders { get; private set; }

    /// <summary>A page of a requirement's offenders, opened at its list.</summary>
    public string OffendersLink(string requirementKey, int page) =>
        Url.PageWithQuery("/Compliance/ContractCompliance", new { id = Id },
            [new("offenders", requirementKey), new("offendersPage", page.ToString(CultureInfo.InvariantCulture))]) + "#offenders-" + requirementKey;

    public ContractRef? Contract { get; private set; }

    public ComplianceView? View { get; private set; }

    public Paged<ComplianceRunView>? History { get; private set; }

    public bool CanEvaluate { get; private set; }

    public bool IsPast { get; private set; }

    /// <summary>The windows with at least one verdict that is due, in order, then the whole-contract window.</summary>
    public IReadOnlyList<string> Windows { get; private set; } = [];

    /// <summary>
    /// The rows of "status over time": a window with something assessed is a row of its own; a run of windows where
    /// nothing could be assessed (no report yet) is one row naming the first and last, so months without reports do not
    /// fill the page with the same "cannot be assessed" cells.
    /// </summary>
    public IReadOnlyList<GridRow> GridRows { get; private set; } = [];

    public static string Culture => CultureInfo.CurrentUICulture.Name;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Contract = await GetCompliance.Contract(Id, services, cancellationToken);
        if (Contract is null)
        {
            return NotFound();
        }

        var latest = await GetCompliance.Latest(Id, Culture, services, cancellationToken);
        if (Run is { } runId && runId != latest?.RunId)
        {
            View = await GetCompliance.Run(Id, runId, Culture, services, cancellationToken);
            if (View is null)
            {
                return NotFound();
            }

            IsPast = true;
        }
        else
        {
            View = latest;
        }

        if (Offenders is { } requirementKey && !IsPast)
        {
            AllOffenders = await GetCompliance.Offenders(Id, requirementKey, null, OffendersPage, GetCompliance.OffendersPageSize, services, cancellationToken);
        }

        History = await GetCompliance.History(Id, HistoryPage, HistoryPageSize, services, cancellationToken);
        CanEvaluate = services.Tenant.CanEditContracts && (await services.Tenant.ScopeAsync(cancellationToken)).IsBuyer;
        Windows = [.. View!.Requirements.SelectMany(r => r.Verdicts)
            .Where(v => v.Status != ComplianceStatus.NotYetDue)
            .Select(v => v.Window)
            .Distinct()
            .OrderBy(w => w == WholeContract ? 1 : 0)
            .ThenBy(w => w, StringComparer.Ordinal)];
        GridRows = Rows(View.Requirements, Windows);
        return Page();
    }

    public async Task<IActionResult> OnPostEvaluateAsync(CancellationToken cancellationToken)
    {
        var outcome = await EvaluateCompliance.Handle(Id, services, cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Flash"] = localizer["Compliance.EvaluatedFlash"].Value;
        }
        else if (this.RefusalAsFlash(outcome, localizer) is { } leave)
        {
            return leave;
        }

        return RedirectToPage();
    }

    /// <summary>One row of "status over time": one window, or a run of windows where nothing could be assessed.</summary>
    public sealed record GridRow(IReadOnlyList<string> Windows)
    {
        public bool IsRun => Windows.Count > 1;
    }

    public static IReadOnlyList<GridRow> Rows(IReadOnlyList<RequirementComplianceView> requirements, IReadOnlyList<string> windows)
    {
        bool NothingAssessed(string window) => requirements.All(r => r.Verdicts.FirstOrDefault(v => v.Window == window) is not { } v
            || v.Status is ComplianceStatus.CannotAssess or ComplianceStatus.NotYetDue);

        var rows = new List<GridRow>();
        var run = new List<string>();
        foreach (var window in windows)
        {
            if (window != WholeContract && NothingAssessed(window))
            {
                run.Add(window);
                continue;
            }

            if (run.Count > 0)
            {
                rows.Add(new GridRow([.. run]));
                run.Clear();
            }

            rows.Add(new GridRow([window]));
        }

        if (run.Count > 0)
        {
            rows.Add(new GridRow([.. run]));
        }

        return rows;
    }

    /// <summary>Windows of the requirement with this status, other than the current one: a current "met" does not undo earlier failures.</summary>
    public static IReadOnlyList<string> EarlierWindows(RequirementComplianceView requirement, ComplianceStatus status) =>
        [.. requirement.Verdicts.Where(v => v.Status == status && v.Window != requirement.Current?.Window).Select(v => v.Window)];

    /// <summary>Periods named by the first and last, with their number, when there are many.</summary>
    public static string Span(IReadOnlyList<string> windows) =>
        windows.Count <= 3 ? string.Join(", ", windows) : $"{windows[0]} – {windows[^1]} ({windows.Count})";

    /// <summary>The window name the engine gives a whole-contract verdict.</summary>
    public const string WholeContract = "contract";

    public static string StatusColour(ComplianceStatus status) => status switch
    {
        ComplianceStatus.Met => "success",
        ComplianceStatus.NotMet => "danger",
        ComplianceStatus.CannotAssess => "warning",
        _ => "neutral",
    };

    /// <summary>A shape per status, so the status never depends on colour alone.</summary>
    public static string StatusIcon(ComplianceStatus status) => status switch
    {
        ComplianceStatus.Met => "✓",
        ComplianceStatus.NotMet => "✗",
        ComplianceStatus.CannotAssess => "?",
        _ => "…",
    };

    /// <summary>
    /// The verdicts whose threshold grid relief reduced: every such period of an each-period requirement, and for a
    /// cumulative or whole-contract one the latest, which already weighs the periods before it.
    /// </summary>
    public static IReadOnlyList<VerdictView> Relieved(RequirementComplianceView requirement)
    {
        var relieved = requirement.Verdicts.Where(v => v.EffectiveThreshold != requirement.Threshold).ToList();
        return requirement.Window == RequirementWindow.EachPeriod || relieved.Count == 0 ? relieved : [relieved[^1]];
    }

    public static string Format(decimal? value, MetricUnit unit) => MetricDisplay.Format(value, unit, CultureInfo.CurrentCulture);

    /// <summary>A chart's values: shares in per cent as people read them; missing measurements stay gaps.</summary>
    public static string ChartValues(IEnumerable<decimal?> values, MetricUnit unit) =>
        System.Text.Json.JsonSerializer.Serialize(values.Select(v => v is { } x ? (decimal?)decimal.Round(MetricDisplay.ToDisplay(x, unit), 3) : null));
}
