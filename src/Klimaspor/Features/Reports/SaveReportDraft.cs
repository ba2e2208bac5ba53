using Klimaspor.Data;
using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Domain.Reporting.Template;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Reports;

/// <summary>Why a draft was not saved: a located template error, or one of the expected refusals.</summary>
public enum ReportRefusal
{
    None,
    NotFound,
    Forbidden,
    Locked,
    Conflict,
    Invalid,
}

public sealed record ReportOutcome(ReportRefusal Refusal, ReportView? Report, IReadOnlyList<TemplateError> Errors)
{
    public static ReportOutcome Ok(ReportView report) => new(ReportRefusal.None, report, []);
    public static ReportOutcome Refused(ReportRefusal refusal) => new(refusal, null, []);
}

/// <summary>
/// Creates or replaces the supplier's draft for a period. Whatever the way in (JSON, pasted rows, CSV, workbook),
/// the sheets go through the one template parser: all or nothing, every error at once, located.
/// </summary>
public static class SaveReportDraft
{
    /// <param name="alongside">
    /// Adds what belongs with the draft (an upload's file) to <paramref name="db"/> before the one SaveChanges, so that
    /// the draft, its audit entry and the rest are stored together or not at all.
    /// </param>
    /// <param name="sheets">By name; read once, while they are parsed (an uploaded workbook's rows straight from the file).</param>
    public static async Task<ReportOutcome> Handle(Guid contractId, string period, IEnumerable<KeyValuePair<string, IEnumerable<IReadOnlyList<string?>>>> sheets,
        string source, Guid? expectedRowVersion, AppDbContext db, Tenant tenant, TimeProvider clock, CancellationToken cancellationToken,
        Func<SupplierReport, Task>? alongside = null)
    {
        var context = await ReportAccess.Resolve(contractId, period, null, db, tenant, cancellationToken);
        if (context is null)
        {
            return ReportOutcome.Refused(ReportRefusal.NotFound);
        }

        if (!context.CallerIsSupplier || !tenant.IsInRole(Roles.SupplierReporter))
        {
            return ReportOutcome.Refused(ReportRefusal.Forbidden);
        }

        var parsed = ReportTemplate.Parse(sheets, context.Period);
        if (!parsed.IsValid)
        {
            return new ReportOutcome(ReportRefusal.Invalid, null, parsed.Errors);
        }

        var report = await ReportAccess.Find(context, db, cancellationToken, track: true);
        if (report is not null && !ReportWorkflow.SupplierCanEdit(report.Status))
        {
            return ReportOutcome.Refused(ReportRefusal.Locked);
        }

        if (report is not null && expectedRowVersion is { } expected && report.RowVersion != expected)
        {
            return ReportOutcome.Refused(ReportRefusal.Conflict);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var lines = ReportStore.Pack(parsed.Lines);
        if (report is null)
        {
            report = new SupplierReport
            {
                ContractId = context.Contract.Id,
                SupplierId = context.SupplierId,
                Period = context.PeriodKey,
                Status = ReportStatus.Draft,
                CreatedAt = now,
            };
            db.Reports.Add(report);
        }

        report.DraftLines = lines;
        report.DraftSource = source;
        report.UpdatedAt = now;
        report.RowVersion = Guid.NewGuid();
        db.ReportAudit.Add(new ReportAuditEntry
        {
            ReportId = report.Id,
            At = now,
            Actor = ReportAccess.Actor(tenant),
            Action = "draft-saved:" + source,
            AfterLines = lines,
        });

        if (alongside is not null)
        {
            await alongside(report);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ReportOutcome.Refused(ReportRefusal.Conflict);
        }
        catch (DbUpdateException e) when (Contracts.ContractWriting.IsUniqueViolation(e))
        {
            // Another request created this period's report at the same moment: one report per supplier and period.
            return ReportOutcome.Refused(ReportRefusal.Conflict);
        }

        return ReportOutcome.Ok(await GetReport.View(context, db, clock, cancellationToken, parsed.Lines));
    }
}
