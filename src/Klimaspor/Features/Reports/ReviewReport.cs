using Klimaspor.Data;
using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Domain.Validation;
using Klimaspor.Web;

namespace Klimaspor.Features.Reports;

/// <summary>The buyer approves a submitted report, or returns it with a comment for the supplier to correct.</summary>
public static class ReviewReport
{
    public const int CommentMaxLength = 2000;

    public static async Task<(ReportRefusal Refusal, ReportView? Report, IReadOnlyList<FieldError> Errors)> Handle(Guid contractId, string period, string? supplierOrgNo,
        bool approve, string? comment, AppDbContext db, Tenant tenant, TimeProvider clock, CancellationToken cancellationToken)
    {
        var context = await ReportAccess.Resolve(contractId, period, supplierOrgNo, db, tenant, cancellationToken);
        if (context is null)
        {
            return (ReportRefusal.NotFound, null, []);
        }

        if (context.CallerIsSupplier || !tenant.CanEditContracts)
        {
            return (ReportRefusal.Forbidden, null, []);
        }

        comment = comment?.Trim();
        if (!approve && string.IsNullOrEmpty(comment))
        {
            return (ReportRefusal.Invalid, null, [new FieldError("comment", "Reports.CommentRequired")]);
        }

        if (comment?.Length > CommentMaxLength)
        {
            return (ReportRefusal.Invalid, null, [new FieldError("comment", "Validation.TooLong", comment, CommentMaxLength)]);
        }

        var report = await ReportAccess.Find(context, db, cancellationToken, track: true);
        if (report is null || !ReportWorkflow.BuyerCanReview(report.Status))
        {
            return (ReportRefusal.Locked, null, []);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var before = report.Status.ToString();
        report.Status = approve ? ReportStatus.Approved : ReportStatus.Returned;
        report.ReviewComment = string.IsNullOrEmpty(comment) ? null : comment;
        report.UpdatedAt = now;
        report.RowVersion = Guid.NewGuid();
        db.ReportAudit.Add(new ReportAuditEntry
        {
            ReportId = report.Id,
            At = now,
            Actor = ReportAccess.Actor(tenant),
            Action = approve ? "approved" : "returned",
            Before = before,
            After = report.Status + (comment is null ? "" : ": " + comment),
        });
        if (approve)
        {
            await Compliance.EvaluateCompliance.Add(db, contractId, Compliance.ComplianceTriggers.Approved(context.PeriodKey), now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return (ReportRefusal.None, await GetReport.View(context, db, clock, cancellationToken), []);
    }
}
