using Klimaspor.Data;
using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Domain.Requirements;
using Klimaspor.Features.Contracts;
using Klimaspor.Features.Requirements;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Compliance;

/// <summary>What needs a buyer's attention, most severe first: the order of this enum is the order of the list.</summary>
public enum AttentionKind
{
    NotMet,

    /// <summary>A deviation still waiting for the supplier's answer after the deadline, or whose corrective action is past its date and not closed.</summary>
    DeviationOverdue,
    ReportOverdue,

    /// <summary>A waiver application waiting for the follow-up officer's assessment.</summary>
    WaiverAwaitingAssessment,

    /// <summary>An assessed waiver waiting for the buyer administrator's decision.</summary>
    WaiverAwaitingDecision,
    HeadingForFailure,
    CannotAssess,
}

/// <param name="Windows">The periods concerned: the windows not met or not assessable, or the overdue periods.</param>
/// <param name="Measured">The latest failed window's value; for a requirement heading for failure, the projection at completion.</param>
/// <param name="Link">The page where the user acts on it: the compliance page, the deviation, the waiver or the contract's reports.</param>
public sealed record AttentionItem(
    AttentionKind Kind,
    Guid ContractId,
    string Reference,
    string Title,
    string? RequirementKey,
    string? ClauseText,
    IReadOnlyList<string> Windows,
    decimal? Measured,
    decimal? Threshold,
    MetricUnit? Unit,
    IReadOnlyList<ExplanationView> Explanation,
    string Link);

/// <summary>
/// Everything across a buyer's active contracts that needs attention: requirements not met in any window, heading
/// for failure or not assessable now in their latest evaluation, reports overdue, deviations overdue (no answer by the
/// deadline, or the corrective action's date passed without the deviation being closed) and waivers awaiting the
/// assessment or the decision. Reads one small summary per contract (not the whole results), so a buyer with hundreds
/// of contracts gets the list in one pass. The list is the buyer's: a supplier gets nothing from it.
/// </summary>
public static class ListAttention
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 200;

    public static async Task<Paged<AttentionItem>> Handle(int page, int pageSize, AppDbContext db, Tenant tenant, TimeProvider clock, IStringLocalizer localizer,
        string culture, CancellationToken cancellationToken)
    {
        var items = await All(db, tenant, clock, localizer, culture, cancellationToken);
        page = Math.Max(page, 1);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        return new Paged<AttentionItem>([.. items.Skip((page - 1) * pageSize).Take(pageSize)], items.Count, page, pageSize);
    }

    public static async Task<IReadOnlyList<AttentionItem>> All(AppDbContext db, Tenant tenant, TimeProvider clock, IStringLocalizer localizer, string culture,
        CancellationToken cancellationToken)
    {
        var scope = await tenant.ScopeAsync(cancellationToken);
        if (!scope.IsBuyer)
        {
            return [];
        }

        var visible = db.Contracts.AsNoTracking().VisibleTo(scope).Where(c => c.ArchivedAt == null);
        var contracts = await visible
            .Select(c => new { c.Id, c.Reference, c.Title, c.StartDate, c.EndDate, c.ReportingFrequency, c.ReportDueDay, c.SupplierId })
            .ToListAsync(cancellationToken);
        var ids = visible.Select(c => c.Id);
        var latestRuns = await db.ComplianceRuns.AsNoTracking()
            .Where(r => ids.Contains(r.ContractId) && r.At == db.ComplianceRuns.Where(x => x.ContractId == r.ContractId).Max(x => x.At))
            .Select(r => new { r.ContractId, r.SummaryJson })
            .ToListAsync(cancellationToken);
        var reports = await db.Reports.AsNoTracking().Where(r => ids.Contains(r.ContractId))
            .Select(r => new { r.ContractId, r.SupplierId, r.Period, r.Status })
            .ToListAsync(cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var deviations = await Deviations.Deviations.OverdueFor(db, tenant, now, cancellationToken: cancellationToken);
        var waivers = await db.Waivers.AsNoTracking()
            .Where(w => ids.Contains(w.ContractId) && (w.Status == WaiverStatus.Applied || w.Status == WaiverStatus.Assessed))
            .Select(w => new { w.Id, w.ContractId, w.Reference, w.MachineId, w.PeriodFrom, w.PeriodTo, w.Status, w.AppliedAt, w.AssessedAt })
            .ToListAsync(cancellationToken);
        var format = Localization.Culture(culture);
        string Date(DateTime at) => DateOnly.FromDateTime(at).ToString("d", format);
        ExplanationView Text(string key, params object[] arguments) => new(key, arguments, localizer[key, arguments].Value);
        var items = new List<(AttentionItem Item, int Position)>();
        foreach (var c in contracts)
        {
            var link = $"/Contracts/{c.Id}/Compliance";
            var run = latestRuns.FirstOrDefault(r => r.ContractId == c.Id);
            var summaries = run is null ? [] : RequirementStore.Read<List<RequirementSummary>>(run.SummaryJson);
            for (var i = 0; i < summaries.Count; i++)
            {
                var s = summaries[i];
                AttentionItem Item(AttentionKind kind, IReadOnlyList<string> windows, IEnumerable<Domain.Requirements.Explanation> reasons) =>
                    new(kind, c.Id, c.Reference, c.Title, s.Key, s.ClauseText, windows, s.Measured, s.Threshold, s.Unit, ExplanationView.All(reasons, culture), link);

                // A window not met stays a failure after later windows are met or go unreported: it needs following up.
                if (s.LatestNotMet is { } failed)
                {
                    items.Add((Item(AttentionKind.NotMet, s.NotMetWindows, failed.Reasons) with { Measured = failed.Measured, Threshold = failed.Threshold }, i));
                }
                else if (s.HeadingForFailure)
                {
                    items.Add((Item(AttentionKind.HeadingForFailure, [], s.ForecastReasons) with { Measured = s.Projected }, i));
                }
                else if (s.Status == ComplianceStatus.CannotAssess)
                {
                    items.Add((Item(AttentionKind.CannotAssess, s.CannotAssessWindows, s.Reasons), i));
                }
            }

            var submitted = reports.Where(r => r.ContractId == c.Id && r.SupplierId == c.SupplierId).ToDictionary(r => r.Period, r => r.Status);
            var overdue = ReportingSchedule.Periods(c.StartDate, c.EndDate, c.ReportingFrequency)
                .Select(p => (Key: ReportingSchedule.Key(p), Due: ReportingSchedule.DueDate(p, c.ReportDueDay)))
                .Where(p => ReportWorkflow.IsOverdue(submitted.GetValueOrDefault(p.Key, ReportStatus.NotStarted), p.Due, today))
                .Select(p => p.Key)
                .ToList();
            if (overdue.Count > 0)
            {
                // Named by the oldest and the latest: a list of thirty months helps nobody.
                var (key, arguments) = overdue.Count == 1
                    ? ("Attention.ReportOverdue", new object[] { overdue[0] })
                    : ("Attention.ReportsOverdue", new object[] { overdue.Count, overdue[0], overdue[^1] });
                items.Add((new AttentionItem(AttentionKind.ReportOverdue, c.Id, c.Reference, c.Title, null, null, overdue, null, null, null,
                    [new ExplanationView(key, arguments, localizer[key, arguments].Value)], $"/Contracts/Details/{c.Id}#reports"), -1));
            }

            // Oldest date first within the contract (as OverdueFor gives them): the longest wait is the most pressing.
            foreach (var d in deviations.Where(d => d.ContractId == c.Id))
            {
                var reason = d.Unanswered(now)
                    ? Text("Attention.DeviationNotAnswered", Date(d.AnswerDeadline))
                    : Text("Attention.CorrectiveActionOverdue", d.CorrectiveDueDate!.Value.ToString("d", format), d.CorrectiveAction ?? string.Empty);
                items.Add((new AttentionItem(AttentionKind.DeviationOverdue, c.Id, c.Reference, c.Title, d.RequirementKey, d.ClauseText, [d.Window], null, null, null,
                    [reason], $"/Contracts/{c.Id}/Deviations/{d.Id}"), -1));
            }

            foreach (var w in waivers.Where(w => w.ContractId == c.Id).OrderBy(w => w.Reference, StringComparer.Ordinal))
            {
                var assessed = w.Status == WaiverStatus.Assessed;
                var reason = assessed
                    ? Text("Attention.WaiverAssessed", w.Reference, w.MachineId, w.PeriodFrom, w.PeriodTo, Date(w.AssessedAt ?? w.AppliedAt))
                    : Text("Attention.WaiverApplied", w.Reference, w.MachineId, w.PeriodFrom, w.PeriodTo, Date(w.AppliedAt));
                items.Add((new AttentionItem(assessed ? AttentionKind.WaiverAwaitingDecision : AttentionKind.WaiverAwaitingAssessment, c.Id, c.Reference, c.Title,
                    null, null, [], null, null, null, [reason], $"/Contracts/{c.Id}/Waivers/{w.Id}"), -1));
            }
        }

        return [.. items.OrderBy(x => x.Item.Kind).ThenBy(x => x.Item.Reference, StringComparer.Ordinal).ThenBy(x => x.Position).Select(x => x.Item)];
    }
}
