using Klimaspor.Data;
using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Reports;

/// <summary>Which report: the contract, the period, and for a buyer looking at a subcontractor's report its organisation number.</summary>
internal sealed record ReportRef(Guid ContractId, string Period, string? SupplierOrgNo = null);

/// <summary>The buyer approves a submitted report, or returns it with a comment for the supplier to correct.</summary>
/// <remarks>State changes: they need no If-Match; of two reviews racing one wins and the other is told of the conflict.</remarks>
internal static class ReviewReport
{
    public const int CommentMaxLength = 2000;

    public static Task<Outcome<ReportView>> Approve(ReportRef report, string? comment, AppServices services,
        CancellationToken cancellationToken) =>
        Review(report, ReportStatus.Approved, comment, services, cancellationToken);

    /// <param name="comment">What the supplier must correct; required.</param>
    public static Task<Outcome<ReportView>> Return(ReportRef report, string? comment, AppServices services,
        CancellationToken cancellationToken) =>
        Review(report, ReportStatus.Returned, comment, services, cancellationToken);

    private static async Task<Outcome<ReportView>> Review(ReportRef request, ReportStatus verdict, string? comment, AppServices services, CancellationToken cancellationToken)
    {
        var (db, tenant, clock) = services;
        var context = await ReportAccess.Resolve(request.ContractId, request.Period, request.SupplierOrgNo, services, cancellationToken);
        if (context is null)
        {
            return Outcome<ReportView>.NotFound;
        }

        if (!ReportAccess.IsReviewer(context, tenant))
        {
            return Outcome<ReportView>.Forbidden;
        }

        var approve = verdict == ReportStatus.Approved;
        var errors = new List<Problem>();
        comment = TextField.Read(comment, "comment", CommentMaxLength, errors, required: !approve, multiline: true, requiredKey: "Reports.CommentRequired");
        if (errors.Count > 0)
        {
            return Outcome<ReportView>.Invalid(errors);
        }

        var report = await ReportAccess.Find(context, db, cancellationToken, track: true);
        if (report is null || !ReportWorkflow.BuyerCanReview(report.Status))
        {
            // Reviewed already (approved, or returned and not yet submitted again), or never submitted: not its turn.
            return report?.Status is ReportStatus.Approved ? Outcome<ReportView>.Locked("Reports.Locked") : Outcome<ReportView>.OutOfOrder("Reports.NotSubmitted");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var before = report.Status.ToString();
        report.Status = verdict;
        report.ReviewComment = string.IsNullOrEmpty(comment) ? null : comment;
        report.UpdatedAt = now;
        report.RowVersion = Guid.NewGuid();
        db.ReportAudit.Add(new ReportAuditEntry
        {
            ReportId = report.Id,
            At = now,
            Actor = tenant.ActorName,
            Action = approve ? "approved" : "returned",
            Before = before,
            After = report.Status + (comment is null ? "" : ": " + comment),
        });
        await ReportAggregates.Refresh(db, request.ContractId, context.PeriodKey, cancellationToken, reviewed: new(report.Id, verdict));
        // Either way the verdicts change: an approved version counts before any newer one awaiting review, and a
        // returned one stops counting (CountedSubmission).
        await Compliance.EvaluateCompliance.Add(new(request.ContractId, approve ? Compliance.ComplianceTriggers.Approved(context.PeriodKey)
            : Compliance.ComplianceTriggers.Returned(context.PeriodKey), now)
        { Returned = approve ? null : report.Id }, db, cancellationToken);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another review of this report was saved first (its row version moved on): that one stands.
            return Outcome<ReportView>.Conflict();
        }

        return Outcome<ReportView>.Ok(await GetReport.View(context, db, clock, cancellationToken));
    }
}
