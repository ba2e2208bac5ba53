using Klimaspor.Data;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Features.Calculations;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Reports;

/// <summary>
/// Submits the draft: its figures are computed with the contract owner's factor sets and stored with the set
/// versions used, as a new version of the report. Later publications of a set never change them.
/// </summary>
internal static class SubmitReport
{
    /// <remarks>
    /// A state change: it needs no If-Match. Two submissions racing store one version; the loser is told of the conflict.
    /// </remarks>
    public static async Task<Outcome<ReportView>> Handle(ReportRef request, AppServices services, IStringLocalizer localizer,
        CancellationToken cancellationToken)
    {
        var (db, tenant, clock) = services;
        var context = await ReportAccess.Resolve(request.ContractId, request.Period, null, services, cancellationToken);
        if (context is null)
        {
            return Outcome<ReportView>.NotFound;
        }

        if (!ReportAccess.IsReporter(context, tenant))
        {
            return Outcome<ReportView>.Forbidden;
        }

        var report = await ReportAccess.Find(context, db, cancellationToken, track: true);
        if (report is null)
        {
            return Outcome<ReportView>.Invalid(new Problem("report", "Reports.NoDraft"));
        }

        if (!ReportWorkflow.SupplierCanSubmit(report.Status))
        {
            // Submitting what is already submitted changes nothing: the same request twice stores one version.
            return report.Status == ReportStatus.Submitted
                ? Outcome<ReportView>.Ok(await GetReport.View(context, db, clock, cancellationToken))
                : Outcome<ReportView>.Locked("Reports.Locked");
        }

        // Kept for the answer: the report as stored is these lines, not read back and unpacked once more.
        var lines = report.Draft();
        var now = clock.GetUtcNow().UtcDateTime;
        var frozen = await Freeze(context, report, lines, db, tenant.ActorName, now, localizer, cancellationToken);
        if (!frozen.Succeeded)
        {
            return frozen.Failed<ReportView>();
        }

        var (submission, facts) = frozen.Value;
        var before = report.Status.ToString();
        report.Version = submission.Version;
        report.Status = ReportStatus.Submitted;
        report.UpdatedAt = now;
        report.RowVersion = Guid.NewGuid();
        db.ReportSubmissions.Add(submission);
        db.ReportAudit.Add(new ReportAuditEntry
        {
            ReportId = report.Id,
            At = now,
            Actor = tenant.ActorName,
            Action = "submitted",
            Before = before,
            After = $"{ReportStatus.Submitted} v{report.Version}",
        });
        // In the same save: the verdicts never lag behind the figures they are about.
        // The fact lines are passed, not read back: once evaluated they are garbage while the save copies the packed values.
        await Compliance.EvaluateCompliance.Add(new(request.ContractId, Compliance.ComplianceTriggers.Submitted(context.PeriodKey, report.Version), now)
        {
            Submitted = new(report.Id, report.SupplierId, report.Period, submission.Version, submission.SubmittedAt, facts, lines.AnswersFor()),
        }, db, cancellationToken);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two submissions raced: the unique (report, version) index let one through; this one changes nothing.
            return Outcome<ReportView>.Conflict();
        }

        // Saved: the unit of work lets go of it (on a large report 22 MB of packed values and the compliance run) before
        // the answer is built, rather than at the end of the request.
        db.ChangeTracker.Clear();
        return Outcome<ReportView>.Ok(await GetReport.View(context, db, clock, cancellationToken, lines));
    }

    /// <summary>
    /// The next version with its figures frozen. A method of its own so that the calculation (on a large report as large
    /// as its lines) is garbage before the evaluation and the save, not held by the handler's state until it returns.
    /// </summary>
    private static async Task<Outcome<FrozenSubmission>> Freeze(ReportContext context, SupplierReport report, ReportLines lines, AppDbContext db, string actor,
        DateTime now, IStringLocalizer localizer, CancellationToken cancellationToken)
    {
        var outcome = await ReportFigures.Calculate(context, lines, db, cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Failed<FrozenSubmission>();
        }

        var sharedMachines = await MachinesInOtherReports.Find(context, lines, db, cancellationToken);
        return Outcome<FrozenSubmission>.Ok(ReportStore.Freeze(report.Id, report.Version + 1, lines, report.DraftLines ?? ReportStore.Pack(lines), outcome.Value.Result,
            CalculationsApi.Localized([.. outcome.Value.Warnings, .. sharedMachines], localizer, keepArguments: true), context.Period, actor, now));
    }
}
