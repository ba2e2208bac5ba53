using Klimaspor.Data;
using Klimaspor.Domain.Calendar;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Reports;

public sealed record AuditView(DateTime At, string Actor, string Action, string? Before, string? After);

public sealed record PeriodRow(string Period, DateOnly DueDate, string SupplierOrgNo, string SupplierName, string Status, bool Overdue, int Version);

internal static class GetReport
{
    /// <summary>
    /// The report of a contract's period the caller may read (a buyer names a subcontractor with
    /// <paramref name="supplier"/>): not found when the contract is not theirs, or the period or supplier is not the contract's.
    /// </summary>
    public static async Task<Outcome<ReportView>> Find(Guid contractId, string period, string? supplier, AppServices services,
        CancellationToken cancellationToken) =>
        await ReportAccess.Resolve(contractId, period, supplier, services, cancellationToken) is { } context
            ? Outcome<ReportView>.Ok(await View(context, services.Db, services.Clock, cancellationToken))
            : Outcome<ReportView>.NotFound;

    /// <param name="draft">The draft's lines when the caller has them in hand (it has just stored them): not read back.</param>
    /// <param name="latestWarningsOnly">
    /// Whether earlier versions' warnings are left unread (their lists empty): the report page shows only the latest
    /// version's, and on a large report each version has tens of thousands.
    /// </param>
    public static async Task<ReportView> View(ReportContext context, AppDbContext db, TimeProvider clock, CancellationToken cancellationToken, ReportLines? draft = null,
        bool latestWarningsOnly = false)
    {
        // Without the submissions' lines (only their summaries are shown), and without the draft when the caller has it.
        var readDraft = draft is null;
        var report = await ReportAccess.Of(context, db).AsNoTracking()
            .Select(r => new ReportRow(r.Id, r.Status, r.Version, r.ReviewComment, r.RowVersion, readDraft ? r.DraftLines : null))
            .SingleOrDefaultAsync(cancellationToken);
        if (report is not null && readDraft)
        {
            draft = ReportStore.Lines(report.DraftLines);
        }

        var skipWarningsBefore = latestWarningsOnly && report is not null ? report.Version : 0;
        var submissions = report is null ? [] : await db.ReportSubmissions.AsNoTracking().Where(s => s.ReportId == report.Id).OrderBy(s => s.Version)
            .Select(s => new SubmissionRow(s.Version, s.SubmittedAt, s.SubmittedBy, s.ResultJson, s.Version < skipWarningsBefore ? null : s.Warnings))
            .ToListAsync(cancellationToken);
        var supplier = await db.Organisations.AsNoTracking().Where(o => o.Id == context.SupplierId).Select(o => new { o.OrgNo, o.Name }).SingleAsync(cancellationToken);
        return ReportView.From(context, report, draft ?? new ReportLines(), submissions, supplier.OrgNo, supplier.Name, NorwegianTime.Today(clock.GetUtcNow()));
    }

    /// <summary>The audit trail, newest first: for the buyer, who follows the report up.</summary>
    public static async Task<IReadOnlyList<AuditView>> Audit(Guid reportId, AppDbContext db, CancellationToken cancellationToken) =>
        await db.ReportAudit.AsNoTracking().Where(a => a.ReportId == reportId).OrderByDescending(a => a.At)
            .Select(a => new AuditView(a.At, a.Actor, a.Action, a.Before, a.After)).ToListAsync(cancellationToken);

    /// <summary>The periods of a contract the caller may see (<see cref="Periods"/>); not found for anyone else's.</summary>
    public static async Task<Outcome<IReadOnlyList<PeriodRow>>> PeriodsOf(Guid contractId, AppServices services,
        CancellationToken cancellationToken) =>
        await ContractAccess.Load(contractId, services, cancellationToken) is { } contract
            ? Outcome<IReadOnlyList<PeriodRow>>.Ok(await Periods(contract, await services.Tenant.ScopeAsync(cancellationToken), services.Db, services.Clock, cancellationToken))
            : Outcome<IReadOnlyList<PeriodRow>>.NotFound;

    /// <summary>
    /// Every period of the contract that has begun, with each report's status: a supplier sees its own; a buyer sees
    /// the main supplier's for every period (so what is missing stands out), any subcontractor's that exist, and, where
    /// the main supplier's report counts, each subcontractor still missing (neither a report of its own, nor lines with
    /// its organisation number, nor declared without activity: <see cref="ReportingCompleteness"/>) as not started.
    /// </summary>
    public static async Task<IReadOnlyList<PeriodRow>> Periods(Contract contract, TenantScope scope, AppDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = NorwegianTime.Today(clock.GetUtcNow());
        var periods = ReportingSchedule.Periods(contract.StartDate, contract.EndDate, contract.ReportingFrequency).Where(p => p.FirstDay <= today).ToList();
        var reports = await db.Reports.AsNoTracking().Where(r => r.ContractId == contract.Id && (!scope.IsSupplier || r.SupplierId == scope.OrganisationId))
            .Select(r => new { r.SupplierId, r.Period, r.Status, r.Version, r.Supplier!.OrgNo, r.Supplier.Name }).ToListAsync(cancellationToken);
        var owner = scope.IsSupplier ? scope.OrganisationId : contract.SupplierId;
        var ownerOrg = await db.Organisations.AsNoTracking().Where(o => o.Id == owner).Select(o => new { o.OrgNo, o.Name }).SingleAsync(cancellationToken);

        // Who is missing is read as the evaluation reads it, from the counted reports (issue 14 item 6).
        var missing = scope.IsSupplier ? null : (await Compliance.ReportingStatus.Load(db, db.Contracts.AsNoTracking().Where(c => c.Id == contract.Id),
                [new(contract.Id, contract.StartDate, contract.EndDate, contract.ReportingFrequency, contract.ReportDueDay, contract.SupplierId)], cancellationToken))
            [contract.Id].ToDictionary(p => p.Key, p => p.MissingReporters);
        var rows = new List<PeriodRow>();
        foreach (var period in periods.OrderByDescending(p => p.FirstDay))
        {
            var key = ReportingSchedule.Key(period);
            var due = ReportingSchedule.DueDate(period, contract.ReportDueDay);
            var own = reports.FirstOrDefault(r => r.Period == key && r.SupplierId == owner);
            var status = own?.Status ?? ReportStatus.NotStarted;
            rows.Add(new PeriodRow(key, due, ownerOrg.OrgNo, ownerOrg.Name, status.ToString(), ReportWorkflow.IsOverdue(status, due, today), own?.Version ?? 0));
            rows.AddRange(reports.Where(r => r.Period == key && r.SupplierId != owner).Select(r =>
                new PeriodRow(key, due, r.OrgNo, r.Name, r.Status.ToString(), ReportWorkflow.IsOverdue(r.Status, due, today), r.Version)));
            if (missing?.GetValueOrDefault(key) is { Count: > 0 } absent && absent[0].OrgNo != ownerOrg.OrgNo)
            {
                rows.AddRange(absent.Where(a => !reports.Any(r => r.Period == key && r.OrgNo == a.OrgNo)).Select(a =>
                    new PeriodRow(key, due, a.OrgNo, a.Name, nameof(ReportStatus.NotStarted), ReportWorkflow.IsOverdue(ReportStatus.NotStarted, due, today), 0)));
            }
        }

        return rows;
    }
}
