using System.Globalization;
using Klimaspor.Data;
using Klimaspor.Domain.Calendar;
using Klimaspor.Domain.Requirements;

namespace Klimaspor.Features.Deviations;

/// <summary>An explanation in the reader's language, with its key for systems that keep their own texts.</summary>
public sealed record ExplanationView(string Key, string Text);

public sealed record SanctionView(string Kind, bool IsBonus, decimal AmountNok, IReadOnlyList<ExplanationView> Arithmetic)
{
    public static SanctionView? From(StoredSanction? sanction, string culture) => sanction is null
        ? null
        : new SanctionView(sanction.Kind.ToString(), sanction.IsBonus, sanction.AmountNok, Explain(sanction.Arithmetic, culture));

    public static IReadOnlyList<ExplanationView> Explain(IReadOnlyList<StoredExplanation> explanations, string culture) =>
        [.. explanations.Select(e => new ExplanationView(e.Key, e.Render(culture)))];
}

/// <summary>One window a deviation covers: the failing verdict as it stands, and whether a later evaluation cleared it.</summary>
/// <param name="Offenders">The first <see cref="Compliance.ComplianceView.MaxOffendersShown"/> lines behind the failure, heaviest first.</param>
/// <param name="MoreOffenders">How many more there are (the contract's compliance lists them all for the current verdict).</param>
public sealed record DeviationWindowView(string Window, string Unit, decimal? Measured, decimal Threshold, decimal EffectiveThreshold,
    IReadOnlyList<ExplanationView> Reasons, IReadOnlyList<string> Offenders, IReadOnlyList<string> WaiversUsed, SanctionView? Sanction, bool Cleared,
    int MoreOffenders = 0);

public sealed record DeviationSummary(
    Guid Id,
    string RequirementKey,
    string ClauseText,
    string Window,
    string Status,
    DateTime OpenedAt,
    DateTime AnswerDeadline,
    bool Overdue,
    bool CorrectiveActionOverdue,
    string? Resolution,
    decimal? ProposedAmountNok,
    decimal? ConfirmedAmountNok);

public sealed record DeviationAnswerView(string CorrectiveAction, DateOnly DoneBy, string By, DateTime At);

public sealed record DeviationClosingView(string Resolution, string Comment, string By, DateTime At, decimal? ConfirmedAmountNok, string? AmountReason);

/// <summary>
/// The proposed sanction over the deviation's windows: the amount and, per window counted, its arithmetic; for a
/// cumulative requirement what earlier deviations already charged (deducted from the amount to date), and where the
/// contract's cap on total sanctions limited it, the amount before the cap.
/// </summary>
public sealed record ProposedSanctionView(decimal AmountNok, bool AddsUpWindows, IReadOnlyList<DeviationWindowView> Windows,
    decimal EarlierChargesNok = 0m, decimal? ToDateNok = null, decimal? BeforeContractCapNok = null);

public sealed record DeviationView(
    Guid Id,
    Guid ContractId,
    string ContractReference,
    string RequirementKey,
    string ClauseText,
    string WindowKind,
    string Window,
    string Status,
    DateTime OpenedAt,
    DateTime AnswerDeadline,
    bool Overdue,
    bool CorrectiveActionOverdue,
    IReadOnlyList<DeviationWindowView> Windows,
    ProposedSanctionView? ProposedSanction,
    DeviationAnswerView? Answer,
    DeviationClosingView? Closing,
    IReadOnlyList<CaseHistoryView> History,
    string RowVersion)
{
    public DeviationWindowView? Latest => Windows.LastOrDefault(w => !w.Cleared) ?? (Windows.Count > 0 ? Windows[^1] : null);

    public static DeviationView From(Deviation d, string contractReference, IReadOnlyList<CaseHistoryView> history, DateTime now)
    {
        var culture = CultureInfo.CurrentUICulture.Name;
        var snapshots = DeviationSnapshot.Read(d.SnapshotJson);
        var windows = snapshots.Select(s => WindowOf(s, culture)).ToList();
        var (amount, counted) = DeviationRules.ProposedSanction(d.WindowKind, [.. snapshots.Select(s => new WindowSanction(s.Window, s.Sanction?.ToDomain(), s.Cleared))],
            d.EarlierChargesNok);
        return new DeviationView(
            d.Id,
            d.ContractId,
            contractReference,
            d.RequirementKey,
            d.ClauseText,
            d.WindowKind.ToString(),
            d.Window,
            d.Status.ToString(),
            d.OpenedAt,
            d.AnswerDeadline,
            DeviationRules.IsOverdue(d.Status, d.AnswerDeadline, now),
            DeviationRules.IsCorrectiveActionOverdue(d.Status, d.CorrectiveDueDate, NorwegianTime.DateOf(now)),
            windows,
            amount is { } a ? new ProposedSanctionView(d.ProposedAmountNok ?? a, d.WindowKind == RequirementWindow.EachPeriod,
                [.. windows.Where(w => counted.Any(c => c.Window == w.Window))],
                d.EarlierChargesNok,
                d.EarlierChargesNok > 0m ? counted[^1].Sanction!.AmountNok : null,
                d.ProposedAmountNok < a ? a : null) : null,
            d.CorrectiveAction is { } action && d.CorrectiveDueDate is { } doneBy && d.AnsweredBy is { } by && d.AnsweredAt is { } at
                ? new DeviationAnswerView(action, doneBy, by, at)
                : null,
            d.Resolution is { } resolution && d.ClosedBy is { } closedBy && d.ClosedAt is { } closedAt
                ? new DeviationClosingView(resolution.Code(), d.CloseComment ?? string.Empty, closedBy, closedAt, d.ConfirmedAmountNok, d.AmountReason)
                : null,
            history,
            d.RowVersion.ToString("N"));
    }

    public static DeviationSummary Summary(Deviation d, DateTime now) => new(d.Id, d.RequirementKey, d.ClauseText, d.Window, d.Status.ToString(), d.OpenedAt,
        d.AnswerDeadline, DeviationRules.IsOverdue(d.Status, d.AnswerDeadline, now),
        DeviationRules.IsCorrectiveActionOverdue(d.Status, d.CorrectiveDueDate, NorwegianTime.DateOf(now)), d.Resolution?.Code(), d.ProposedAmountNok, d.ConfirmedAmountNok);

    public static string StatusColour(string status, bool overdue) => overdue
        ? "danger"
        : status switch
        {
            nameof(DeviationStatus.Closed) => "success",
            nameof(DeviationStatus.Answered) => "info",
            _ => "warning",
        };

    private static DeviationWindowView WindowOf(DeviationSnapshot s, string culture) => new(s.Window, s.Unit.ToString(), s.Measured, s.Threshold,
        s.EffectiveThreshold, SanctionView.Explain(s.Reasons, culture), [.. s.Offenders.Take(Compliance.ComplianceView.MaxOffendersShown)], s.WaiversUsed,
        SanctionView.From(s.Sanction, culture), s.Cleared, Math.Max(0, s.Offenders.Count - Compliance.ComplianceView.MaxOffendersShown));
}
