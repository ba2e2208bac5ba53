using Klimaspor.Data;
using Klimaspor.Domain.Contracts;
using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Domain.Requirements;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Compliance;

/// <summary>
/// Who has reported, per contract and period, for many contracts at once and from small rows only (no fact lines):
/// the one reading of issue 14 item 6 ("every reporter counts") behind the reports owed (/Reports) and the attention
/// list's overdue reports. The evaluation (EvaluateCompliance.LoadFacts) decides the same with
/// <see cref="Reporting"/>, so they never count differently.
/// </summary>
internal static class ReportingStatus
{
    /// <summary>A contract's schedule and parties, as the lists read it.</summary>
    internal sealed record ContractSchedule(Guid Id, DateOnly StartDate, DateOnly EndDate, ReportingFrequency Frequency, int ReportDueDay, Guid SupplierId);

    /// <summary>One report's counted submission: whose, and whom it answers for besides its reporter.</summary>
    internal sealed record CountedRow(Guid SupplierId, IReadOnlyList<string> AnswersFor);

    /// <summary>
    /// What one period has from the reporters (<see cref="ReportingCompleteness"/>): a counted report of their own, or
    /// the main supplier's counted report answering for them. Lines' owners on submissions stored before
    /// <c>AnswersFor</c> was kept are passed by the evaluation, which has their facts.
    /// </summary>
    public static PeriodReporting Reporting(IEnumerable<CountedRow> counted, Guid mainSupplierId, EvaluateCompliance.ContractReporters reporters, IReadOnlyCollection<string>? ownersOnMainLines = null)
    {
        var rows = counted.ToList();
        var main = rows.FirstOrDefault(r => r.SupplierId == mainSupplierId);
        return new PeriodReporting
        {
            OwnReports = [.. rows.Select(r => reporters.OrgNo(r.SupplierId))],
            OnMainSuppliersLines = ownersOnMainLines ?? [],
            DeclaredInactive = main?.AnswersFor ?? [],
        };
    }

    /// <summary>
    /// Every period of each contract with when the main supplier first submitted it and who has not reported (lines
    /// left empty): what <see cref="PeriodFacts.IsOverdue"/> and the lists need.
    /// </summary>
    public static async Task<Dictionary<Guid, IReadOnlyList<PeriodFacts>>> Load(
        AppDbContext db, IQueryable<Contract> contracts, IReadOnlyList<ContractSchedule> schedules, CancellationToken cancellationToken)
    {
        var reporters = await ReportersOf(db, contracts, schedules, cancellationToken);
        var rows = await (
            from s in db.ReportSubmissions
            join r in db.Reports on s.ReportId equals r.Id
            join c in contracts on r.ContractId equals c.Id
            select new { r.ContractId, s.ReportId, r.SupplierId, r.Period, s.Version, s.SubmittedAt, s.AnswersFor, r.Status, Latest = r.Version })
            .ToListAsync(cancellationToken);
        var countedBy = rows.GroupBy(r => r.ReportId)
            .Select(g => CountedSubmission.Pick(g, r => r.Version, r => CountedSubmission.ReviewOf(r.Status, r.Version, r.Latest)))
            .Where(r => r is not null)
            .ToLookup(r => (r!.ContractId, r.Period), r => new CountedRow(r!.SupplierId, ReportingCompleteness.Split(r.AnswersFor)));
        var firstSubmitted = rows.GroupBy(r => (r.ContractId, r.Period, r.SupplierId)).ToDictionary(g => g.Key, g => g.Min(r => r.SubmittedAt));

        var periods = new Dictionary<Guid, IReadOnlyList<PeriodFacts>>();
        foreach (var c in schedules)
        {
            var of = reporters[c.Id];
            periods[c.Id] = [.. ReportingSchedule.Periods(c.StartDate, c.EndDate, c.Frequency).Select(p =>
            {
                var key = ReportingSchedule.Key(p);
                return new PeriodFacts
                {
                    Period = p,
                    Key = key,
                    DueDate = ReportingSchedule.DueDate(p, c.ReportDueDay),
                    SubmittedAt = firstSubmitted.TryGetValue((c.Id, key, c.SupplierId), out var at) ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : null,
                    MissingReporters = ReportingCompleteness.Missing(of.Main, of.Subcontractors, Reporting(countedBy[(c.Id, key)], c.SupplierId, of)),
                };
            })];
        }

        return periods;
    }

    /// <summary>The main supplier and the subcontractors each contract names, these in organisation number order.</summary>
    private static async Task<Dictionary<Guid, EvaluateCompliance.ContractReporters>> ReportersOf(AppDbContext db, IQueryable<Contract> contracts,
        IReadOnlyList<ContractSchedule> schedules, CancellationToken cancellationToken)
    {
        var mainIds = schedules.Select(c => c.SupplierId).Distinct().ToList();
        var mains = await db.Organisations.AsNoTracking().Where(o => mainIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => new { o.Id, o.OrgNo, o.Name }, cancellationToken);
        var subs = (await contracts.SelectMany(c => c.Subcontractors)
                .Select(s => new { s.ContractId, s.Organisation!.Id, s.Organisation.OrgNo, s.Organisation.Name })
                .ToListAsync(cancellationToken))
            .ToLookup(s => s.ContractId);
        return schedules.ToDictionary(c => c.Id, c =>
        {
            var main = mains[c.SupplierId];
            var ofContract = subs[c.Id].OrderBy(s => s.OrgNo, StringComparer.Ordinal).ToList();
            return new EvaluateCompliance.ContractReporters(new Reporter(main.OrgNo, main.Name), [.. ofContract.Select(s => new Reporter(s.OrgNo, s.Name))],
                ofContract.Select(s => (s.Id, s.OrgNo)).Append((main.Id, main.OrgNo)).DistinctBy(o => o.Id).ToDictionary(o => o.Id, o => o.OrgNo));
        });
    }
}
