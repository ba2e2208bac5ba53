using Klimaspor.Data;
using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Domain.Validation;
using Klimaspor.Features.Calculations;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Reports;

/// <summary>
/// Submits the draft: its figures are computed with the contract owner's factor sets and stored with the set
/// versions used, as a new version of the report. Later publications of a set never change them.
/// </summary>
public static class SubmitReport
{
    public static async Task<(ReportRefusal Refusal, ReportView? Report, IReadOnlyList<FieldError> Errors)> Handle(Guid contractId, string period, AppDbContext db,
        Tenant tenant, TimeProvider clock, IStringLocalizer localizer, CancellationToken cancellationToken)
    {
        var context = await ReportAccess.Resolve(contractId, period, null, db, tenant, cancellationToken);
        if (context is null)
        {
            return (ReportRefusal.NotFound, null, []);
        }

        if (!context.CallerIsSupplier || !tenant.IsInRole(Roles.SupplierReporter))
        {
            return (ReportRefusal.Forbidden, null, []);
        }

        var report = await ReportAccess.Find(context, db, cancellationToken, track: true);
        if (report is null)
        {
            return (ReportRefusal.Invalid, null, [new FieldError("report", "Reports.NoDraft")]);
        }

        if (!ReportWorkflow.SupplierCanSubmit(report.Status))
        {
            // Submitting what is already submitted changes nothing: the same request twice stores one version.
            return report.Status == ReportStatus.Submitted
                ? (ReportRefusal.None, await GetReport.View(context, db, clock, cancellationToken), [])
                : (ReportRefusal.Locked, null, []);
        }

        var lines = report.Draft();
        var outcome = await ReportFigures.Calculate(context, lines, db, cancellationToken);
        if (outcome.Kind != OutcomeKind.Ok)
        {
            return (ReportRefusal.Invalid, null, outcome.Errors);
        }

        var sharedMachines = await MachinesInOtherReports.Find(context, lines, db, cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        var before = report.Status.ToString();
        report.Version++;
        report.Status = ReportStatus.Submitted;
        report.UpdatedAt = now;
        report.RowVersion = Guid.NewGuid();
        db.ReportSubmissions.Add(ReportStore.Freeze(report.Id, report.Version, lines, report.DraftLines ?? ReportStore.Pack(lines), outcome.Value!.Result,
            CalculationsApi.Warnings([.. outcome.Value.Warnings, .. sharedMachines], localizer), context.Period, ReportAccess.Actor(tenant), now));
        db.ReportAudit.Add(new ReportAuditEntry
        {
            ReportId = report.Id,
            At = now,
            Actor = ReportAccess.Actor(tenant),
            Action = "submitted",
            Before = before,
            After = $"{ReportStatus.Submitted} v{report.Version}",
        });
        // In the same save: the verdicts never lag behind the figures they are about.
        await Compliance.EvaluateCompliance.Add(db, contractId, Compliance.ComplianceTriggers.Submitted(context.PeriodKey, report.Version), now, cancellationToken);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two submissions raced: the unique (report, version) index let one through; this one changes nothing.
            return (ReportRefusal.Conflict, null, []);
        }

        return (ReportRefusal.None, await GetReport.View(context, db, clock, cancellationToken), []);
    }
}
