namespace Klimaspor.Domain.Reporting.Reports;

/// <summary>Where one submitted version of a report stands in the buyer's review.</summary>
public enum SubmissionReview
{
    AwaitingReview,
    Approved,
    Returned,
}

/// <summary>
/// Which submitted figures count, for evaluation, statistics, the climate budget and the transport footprint alike:
/// per reporter and period, the latest approved submission, else the latest one awaiting review; a returned
/// submission never counts (issue 14 item 0). A returned report is one the buyer has sent back to be corrected: its
/// figures are the ones the buyer refused, and a period whose only report was returned has nothing counted until the
/// supplier submits again — "the supplier still owes the report" (<see cref="ReportWorkflow.AwaitsSupplier"/>).
/// </summary>
public static class CountedSubmission
{
    /// <summary>The submission that counts among one reporter's submissions for one period; null when none does.</summary>
    public static T? Pick<T>(IEnumerable<T> submissions, Func<T, int> version, Func<T, SubmissionReview> review)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(submissions);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(review);
        T? approved = null;
        T? awaiting = null;
        foreach (var submission in submissions)
        {
            switch (review(submission))
            {
                case SubmissionReview.Approved when approved is null || version(submission) > version(approved):
                    approved = submission;
                    break;
                case SubmissionReview.AwaitingReview when awaiting is null || version(submission) > version(awaiting):
                    awaiting = submission;
                    break;
            }
        }

        return approved ?? awaiting;
    }

    /// <summary>
    /// The review of one submitted version as Klimaspor keeps it: one status per report, which is its latest version's.
    /// An earlier version was returned, since a report is submitted again only after a return
    /// (<see cref="ReportWorkflow.SupplierCanSubmit"/>); a latest version in draft is one the supplier is correcting after
    /// a return.
    /// </summary>
    public static SubmissionReview ReviewOf(ReportStatus reportStatus, int version, int latestVersion) =>
        version < latestVersion ? SubmissionReview.Returned
        : reportStatus switch
        {
            ReportStatus.Submitted => SubmissionReview.AwaitingReview,
            ReportStatus.Approved => SubmissionReview.Approved,
            _ => SubmissionReview.Returned,
        };
}
