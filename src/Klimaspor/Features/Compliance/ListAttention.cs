using Klimaspor.Domain.Calendar;
using Klimaspor.Domain.Contracts;
using Klimaspor.Domain.Requirements;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Compliance;

/// <param name="Windows">The periods concerned: the windows not met or not assessable, or the overdue periods.</param>
/// <param name="Measured">The latest failed window's value; for a requirement heading for failure, the projection at completion.</param>
/// <param name="Link">The page where the user acts on it: the compliance page, the deviation, the waiver or the contract's reports.</param>
/// <param name="LinkText">Where <paramref name="Link"/> goes, in the reader's language, naming the contract (and the deviation's period or the waiver).</param>
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
    string Link,
    string LinkText);

/// <summary>Narrows the attention list; every part is optional.</summary>
/// <param name="BuyerUnitId">One of the buyer's units: its contracts only.</param>
/// <param name="Kind">One kind of item only.</param>
/// <param name="Category">Contracts of one category only.</param>
internal sealed record AttentionFilter(Guid? BuyerUnitId = null, AttentionKind? Kind = null, ContractCategory? Category = null)
{
    public static AttentionFilter None { get; } = new();
}

/// <summary>
/// Everything across a buyer's active contracts that needs attention: requirements not met in any window, heading
/// for failure or not assessable now in their latest evaluation, reports overdue, deviations overdue (no answer by the
/// deadline, or the corrective action's date passed without the deviation being closed) and waivers awaiting the
/// assessment or the decision. Reads one small summary per contract (not the whole results), so a buyer with hundreds
/// of contracts gets the list in one pass. The list is the buyer's: a supplier gets nothing from it.
/// </summary>
internal static class ListAttention
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 200;

    public static Task<Paged<AttentionItem>> Handle(int page, int pageSize, AppServices services, IStringLocalizer localizer,
        string culture, CancellationToken cancellationToken) =>
        Handle(AttentionFilter.None, page, pageSize, services, localizer, culture, cancellationToken);

    public static async Task<Paged<AttentionItem>> Handle(AttentionFilter filter, int page, int pageSize, AppServices services,
        IStringLocalizer localizer, string culture, CancellationToken cancellationToken)
    {
        var items = await All(filter, services, localizer, culture, cancellationToken);
        var asked = PageRequest.Of(page, pageSize, MaxPageSize);
        return new Paged<AttentionItem>([.. items.Skip(asked.Skip).Take(asked.Size)], items.Count, asked.Number, asked.Size);
    }

    public static Task<IReadOnlyList<AttentionItem>> All(AppServices services, IStringLocalizer localizer, string culture,
        CancellationToken cancellationToken) =>
        All(AttentionFilter.None, services, localizer, culture, cancellationToken);

    public static async Task<IReadOnlyList<AttentionItem>> All(AttentionFilter filter, AppServices services, IStringLocalizer localizer,
        string culture, CancellationToken cancellationToken)
    {
        var (db, tenant, clock) = services;
        ArgumentNullException.ThrowIfNull(filter);
        var scope = await tenant.ScopeAsync(cancellationToken);
        if (!scope.IsBuyer)
        {
            return [];
        }

        var visible = db.Contracts.AsNoTracking().VisibleTo(scope).Where(c => c.ArchivedAt == null);
        if (filter.BuyerUnitId is { } unit)
        {
            visible = visible.Where(c => c.BuyerUnitId == unit);
        }

        if (filter.Category is { } category)
        {
            visible = visible.Where(c => c.Category == category);
        }

        var contracts = await visible
            .Select(c => new { c.Id, c.Reference, c.Title, c.StartDate, c.EndDate, c.ReportingFrequency, c.ReportDueDay, c.SupplierId })
            .ToListAsync(cancellationToken);
        var ids = visible.Select(c => c.Id);
        var latestRuns = await db.ComplianceRuns.AsNoTracking()
            .Where(r => ids.Contains(r.ContractId) && r.At == db.ComplianceRuns.Where(x => x.ContractId == r.ContractId).Max(x => x.At))
            .Select(r => new { r.ContractId, r.SummaryJson })
            .ToListAsync(cancellationToken);

        // Every period with who has not reported, read as the evaluation reads it (ReportingStatus): whether a report is
        // overdue is then decided by the same rule for this list and for "reports on time", every reporter counted.
        var reporting = await ReportingStatus.Load(db, visible,
            [.. contracts.Select(c => new ReportingStatus.ContractSchedule(c.Id, c.StartDate, c.EndDate, c.ReportingFrequency, c.ReportDueDay, c.SupplierId))],
            cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        var today = NorwegianTime.DateOf(now);
        var deviations = await Deviations.ListOverdueDeviations.Handle(services, now, cancellationToken: cancellationToken);
        var waivers = await db.Waivers.AsNoTracking()
            .Where(w => ids.Contains(w.ContractId) && (w.Status == WaiverStatus.Applied || w.Status == WaiverStatus.Assessed))
            .Select(w => new { w.Id, w.ContractId, w.Reference, w.MachineId, w.FromDate, w.ToDate, w.Status, w.AppliedAt, w.AssessedAt })
            .ToListAsync(cancellationToken);
        var format = Localization.Culture(culture);
        string Date(DateTime at) => NorwegianTime.DateOf(at).ToString("d", format);
        ExplanationView Text(string key, params object[] arguments) => new(key, arguments, localizer[key, arguments].Value);
        var items = new List<(AttentionItem Item, int Position)>();
        foreach (var c in contracts)
        {
            var link = $"/Contracts/{c.Id}/Compliance";
            var complianceLink = localizer["Attention.LinkCompliance", c.Reference].Value;
            var run = latestRuns.FirstOrDefault(r => r.ContractId == c.Id);
            var summaries = run is null ? [] : RequirementStore.Read<List<RequirementSummary>>(run.SummaryJson);
            for (var i = 0; i < summaries.Count; i++)
            {
                var s = summaries[i];
                var item = AttentionRanking.ForRequirement(s.LatestNotMet is not null, s.HeadingForFailure, s.Status) switch
                {
                    AttentionKind.NotMet => new AttentionItem(AttentionKind.NotMet, c.Id, c.Reference, c.Title, s.Key, s.ClauseText, s.NotMetWindows,
                        s.LatestNotMet!.Measured, s.LatestNotMet.Threshold, s.Unit, ExplanationView.All(s.LatestNotMet.Reasons, culture), link, complianceLink),
                    AttentionKind.HeadingForFailure => new AttentionItem(AttentionKind.HeadingForFailure, c.Id, c.Reference, c.Title, s.Key, s.ClauseText, [],
                        s.Projected, s.Threshold, s.Unit, ExplanationView.All(s.ForecastReasons, culture), link, complianceLink),
                    AttentionKind.CannotAssess => new AttentionItem(AttentionKind.CannotAssess, c.Id, c.Reference, c.Title, s.Key, s.ClauseText,
                        s.CannotAssessWindows, s.Measured, s.Threshold, s.Unit, ExplanationView.All(s.Reasons, culture), link, complianceLink),
                    _ => null,
                };
                if (item is not null)
                {
                    items.Add((item, i));
                }
            }

            var overdue = AttentionRanking.OverdueReports(reporting[c.Id], today);
            if (overdue.Count > 0)
            {
                // Named by the oldest and the latest: a list of thirty months helps nobody.
                var (key, arguments) = overdue.Count == 1
                    ? ("Attention.ReportOverdue", new object[] { overdue[0] })
                    : ("Attention.ReportsOverdue", new object[] { overdue.Count, overdue[0], overdue[^1] });
                // Who is missing, across the overdue periods: the main supplier, or a subcontractor nobody has answered for.
                var missing = string.Join(", ", reporting[c.Id].Where(p => overdue.Contains(p.Key)).SelectMany(p => p.MissingReporters).Distinct());
                items.Add((new AttentionItem(AttentionKind.ReportOverdue, c.Id, c.Reference, c.Title, null, null, overdue, null, null, null,
                    [new ExplanationView(key, arguments, localizer[key, arguments].Value), Text("Attention.ReportersMissing", missing)], $"/Contracts/Details/{c.Id}#reports",
                    localizer["Attention.LinkReports", c.Reference].Value), -1));
            }

            // Oldest date first within the contract (as ListOverdueDeviations gives them): the longest wait is the most pressing.
            foreach (var d in deviations.Where(d => d.ContractId == c.Id))
            {
                var reason = d.Unanswered(now)
                    ? Text("Attention.DeviationNotAnswered", Date(d.AnswerDeadline))
                    : Text("Attention.CorrectiveActionOverdue", d.CorrectiveDueDate!.Value.ToString("d", format), d.CorrectiveAction ?? string.Empty);
                items.Add((new AttentionItem(AttentionKind.DeviationOverdue, c.Id, c.Reference, c.Title, d.RequirementKey, d.ClauseText, [d.Window], null, null, null,
                    [reason], $"/Contracts/{c.Id}/Deviations/{d.Id}", localizer["Attention.LinkDeviation", d.Window, c.Reference].Value), -1));
            }

            foreach (var w in waivers.Where(w => w.ContractId == c.Id).OrderBy(w => w.Reference, StringComparer.Ordinal))
            {
                var assessed = w.Status == WaiverStatus.Assessed;
                var reason = assessed
                    ? Text("Attention.WaiverAssessed", w.Reference, w.MachineId, w.FromDate.ToString("d", format), w.ToDate.ToString("d", format), Date(w.AssessedAt ?? w.AppliedAt))
                    : Text("Attention.WaiverApplied", w.Reference, w.MachineId, w.FromDate.ToString("d", format), w.ToDate.ToString("d", format), Date(w.AppliedAt));
                items.Add((new AttentionItem(assessed ? AttentionKind.WaiverAwaitingDecision : AttentionKind.WaiverAwaitingAssessment, c.Id, c.Reference, c.Title,
                    null, null, [], null, null, null, [reason], $"/Contracts/{c.Id}/Waivers/{w.Id}", localizer["Attention.LinkWaiver", w.Reference, c.Reference].Value), -1));
            }
        }

        var ranked = AttentionRanking.Rank(items, x => new AttentionRank(x.Item.Kind, x.Item.Reference, x.Position));
        return [.. ranked.Select(x => x.Item).Where(i => filter.Kind is null || i.Kind == filter.Kind)];
    }
}
