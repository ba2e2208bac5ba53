using Klimaspor.Data;
using Klimaspor.Domain.Requirements;
using Klimaspor.Web;

namespace Klimaspor.Features.Compliance;

/// <summary>
/// One requirement's state in a run, small enough to read for every contract of a buyer at once (the attention
/// list): the current verdict, the windows not met with the latest of them, and the forecast's warning.
/// </summary>
internal sealed record RequirementSummary(
    string Key,
    string ClauseText,
    RequirementKind Kind,
    MetricUnit Unit,
    ComplianceStatus? Status,
    string? Window,
    decimal? Measured,
    decimal? Threshold,
    IReadOnlyList<Explanation> Reasons,
    IReadOnlyList<string> NotMetWindows,
    IReadOnlyList<string> CannotAssessWindows,
    bool HeadingForFailure,
    decimal? Projected,
    IReadOnlyList<Explanation> ForecastReasons,
    WindowSummary? LatestNotMet)
{
    public static RequirementSummary From(RequirementCompliance c) => new(
        c.Requirement.Key,
        c.Requirement.ClauseText,
        c.Requirement.Kind,
        MetricCatalogue.UnitOf(c.Requirement.Metric),
        c.Current?.Status,
        c.Current?.Window,
        c.Current?.Measured,
        c.Current?.EffectiveThreshold,
        c.Current?.Reasons ?? [],
        [.. c.Verdicts.Where(v => v.Status == ComplianceStatus.NotMet).Select(v => v.Window)],
        [.. c.Verdicts.Where(v => v.Status == ComplianceStatus.CannotAssess).Select(v => v.Window)],
        c.Forecast?.HeadingForFailure == true,
        c.Forecast?.Projected,
        c.Forecast?.Reasons ?? [],
        c.Verdicts.LastOrDefault(v => v.Status == ComplianceStatus.NotMet) is { } failed
            ? new WindowSummary(failed.Window, failed.Measured, failed.EffectiveThreshold, failed.Reasons)
            : null);
}

internal sealed record WindowSummary(string Window, decimal? Measured, decimal Threshold, IReadOnlyList<Explanation> Reasons);

/// <summary>A sentence of a verdict: its key and arguments (for systems) and its text in the caller's language (for people).</summary>
public sealed record ExplanationView(string MessageKey, IReadOnlyList<object?> Arguments, string Text)
{
    public static ExplanationView From(Explanation e, string culture) => new(e.MessageKey, e.Arguments, TextsLocalizer.Message(e.MessageKey, culture, e.Arguments));

    public static IReadOnlyList<ExplanationView> All(IEnumerable<Explanation> explanations, string culture) => [.. explanations.Select(e => From(e, culture))];
}

public sealed record SanctionView(string Window, SanctionKind Kind, bool IsBonus, decimal AmountNok, IReadOnlyList<ExplanationView> Arithmetic);

/// <param name="Offenders">The lines that failed the requirement, heaviest first, at most <see cref="ComplianceView.MaxOffendersShown"/>.</param>
/// <param name="MoreOffenders">How many more there are (the offenders route pages through them all).</param>
public sealed record VerdictView(
    string Window,
    ComplianceStatus Status,
    decimal? Measured,
    decimal Threshold,
    decimal EffectiveThreshold,
    IReadOnlyList<ExplanationView> Explanation,
    IReadOnlyList<string> Offenders,
    IReadOnlyList<string> WaiversUsed,
    SanctionView? Sanction,
    int MoreOffenders = 0);

public sealed record ForecastView(
    decimal? Projected,
    bool HeadingForFailure,
    decimal? NeededInRemainingPeriods,
    int PeriodsReported,
    int PeriodsRemaining,
    IReadOnlyList<ExplanationView> Explanation);

/// <param name="Unit">The unit of <c>measured</c> and <c>threshold</c>; shares are fractions (0.9 = 90 %).</param>
public sealed record RequirementComplianceView(
    string Key,
    string ClauseText,
    RequirementKind Kind,
    string Metric,
    string MetricName,
    MetricUnit Unit,
    Comparison Comparison,
    decimal Threshold,
    RequirementWindow Window,
    VerdictView? Current,
    IReadOnlyList<VerdictView> Verdicts,
    ForecastView? Forecast,
    IReadOnlyList<SanctionView> SanctionProposals);

/// <summary>A contract's compliance as one run found it: each requirement with its status per window, and why.</summary>
public sealed record ComplianceView(
    Guid ContractId,
    string Reference,
    Guid? RunId,
    DateTime? EvaluatedAt,
    string? Trigger,
    IReadOnlyList<RequirementComplianceView> Requirements)
{
    /// <summary>
    /// Offenders a verdict lists: a contract of four 100 000-line reports with every machine failing answered with 9.4 MB
    /// of machine ids. The rest are counted, and paged through on their own route and page.
    /// </summary>
    public const int MaxOffendersShown = 100;

    public static ComplianceView From(Guid contractId, string reference, ComplianceRun? run, string culture)
    {
        if (run is null)
        {
            return new(contractId, reference, null, null, null, []);
        }

        var results = RequirementStore.Read<List<RequirementCompliance>>(run.ResultJson);
        return new(contractId, reference, run.Id, run.At, run.Trigger, [.. results.Select(r => Requirement(r, culture))]);
    }

    private static RequirementComplianceView Requirement(RequirementCompliance c, string culture)
    {
        var rule = c.Requirement;
        var verdicts = c.Verdicts.Select(v => Verdict(v, culture)).ToList();
        return new(
            rule.Key,
            rule.ClauseText,
            rule.Kind,
            rule.Metric.Code,
            MetricDisplay.MetricName(rule.Metric, culture),
            MetricCatalogue.UnitOf(rule.Metric),
            rule.Comparison,
            rule.Threshold,
            rule.Window,
            c.Current is { } current ? Verdict(current, culture) : null,
            verdicts,
            c.Forecast is { } f
                ? new ForecastView(f.Projected, f.HeadingForFailure, f.NeededInRemainingPeriods, f.PeriodsReported, f.PeriodsRemaining, ExplanationView.All(f.Reasons, culture))
                : null,
            [.. verdicts.Where(v => v.Sanction is not null).Select(v => v.Sanction!)]);
    }

    private static VerdictView Verdict(WindowVerdict v, string culture) => new(
        v.Window,
        v.Status,
        v.Measured,
        v.Threshold,
        v.EffectiveThreshold,
        ExplanationView.All(v.Reasons, culture),
        [.. v.Offenders.Take(MaxOffendersShown)],
        v.WaiversUsed,
        v.Sanction is { } s ? new SanctionView(v.Window, s.Kind, s.IsBonus, s.AmountNok, ExplanationView.All(s.Arithmetic, culture)) : null,
        Math.Max(0, v.Offenders.Count - MaxOffendersShown));

    /// <summary>
    /// One page of a verdict's offenders in a run: the current verdict's, or the named window's; null when the run has no
    /// such requirement or window.
    /// </summary>
    public static Paged<string>? Offenders(ComplianceRun run, string requirementKey, string? window, PageRequest page)
    {
        ArgumentNullException.ThrowIfNull(run);
        var results = RequirementStore.Read<List<RequirementCompliance>>(run.ResultJson);
        var requirement = results.FirstOrDefault(r => r.Requirement.Key == requirementKey);
        var verdict = window is null ? requirement?.Current : requirement?.Verdicts.FirstOrDefault(v => v.Window == window);
        return verdict is null ? null : new Paged<string>([.. verdict.Offenders.Skip(page.Skip).Take(page.Size)], verdict.Offenders.Count, page.Number, page.Size);
    }
}

/// <summary>One run in a contract's history: when, why, and how its requirements stood.</summary>
public sealed record ComplianceRunView(Guid Id, DateTime At, string Trigger, int Met, int NotMet, int CannotAssess, int NotYetDue, int HeadingForFailure)
{
    /// <param name="summaryJson">The run's stored summary (not its full results, which the history does not read).</param>
    public static ComplianceRunView From(Guid id, DateTime at, string trigger, string summaryJson)
    {
        var summary = RequirementStore.Read<List<RequirementSummary>>(summaryJson);
        int Count(ComplianceStatus status) => summary.Count(s => s.Status == status);
        return new(id, at, trigger, Count(ComplianceStatus.Met), Count(ComplianceStatus.NotMet), Count(ComplianceStatus.CannotAssess),
            Count(ComplianceStatus.NotYetDue), summary.Count(s => s.HeadingForFailure));
    }
}
