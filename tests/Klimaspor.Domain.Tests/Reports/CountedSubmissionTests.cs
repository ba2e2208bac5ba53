using Klimaspor.Domain.Reporting.Reports;

namespace Klimaspor.Domain.Tests.Reports;

/// <summary>
/// Which figures count. No public source speaks of a returned report; the rule is issue 14's (item 0): "per reporter
/// and period, the latest approved submission, else the latest one awaiting review; a returned submission never
/// counts (today evaluation counts it and the coming statistics would not)".
/// </summary>
public sealed class CountedSubmissionTests
{
    private sealed record Sent(int Version, SubmissionReview Review);

    private static Sent? Counted(params Sent[] submissions) => CountedSubmission.Pick(submissions, s => s.Version, s => s.Review);

    [Fact]
    public void Pick_ApprovedAndANewerOneAwaitingReview_TheApprovedOneCounts()
    {
        var counted = Counted(new(1, SubmissionReview.Approved), new(2, SubmissionReview.AwaitingReview));

        Assert.Equal(1, counted?.Version);
    }

    [Fact]
    public void Pick_SeveralApproved_TheLatestApprovedCounts()
    {
        var counted = Counted(new(3, SubmissionReview.Approved), new(1, SubmissionReview.Approved), new(4, SubmissionReview.Returned));

        Assert.Equal(3, counted?.Version);
    }

    [Fact]
    public void Pick_ReturnedThenSubmittedAgain_TheNewSubmissionCounts()
    {
        var counted = Counted(new(1, SubmissionReview.Returned), new(2, SubmissionReview.AwaitingReview));

        Assert.Equal(2, counted?.Version);
    }

    [Fact]
    public void Pick_OnlyReturnedSubmissions_NothingCounts()
    {
        Assert.Null(Counted(new(1, SubmissionReview.Returned), new(2, SubmissionReview.Returned)));
        Assert.Null(Counted());
    }

    [Theory]
    [InlineData(ReportStatus.Submitted, 2, 2, SubmissionReview.AwaitingReview)]
    [InlineData(ReportStatus.Approved, 2, 2, SubmissionReview.Approved)]
    [InlineData(ReportStatus.Returned, 2, 2, SubmissionReview.Returned)]
    [InlineData(ReportStatus.Draft, 2, 2, SubmissionReview.Returned)] // being corrected after a return
    [InlineData(ReportStatus.Approved, 1, 2, SubmissionReview.Returned)] // an earlier version was sent back before the next
    public void ReviewOf_TheReportsStatusIsItsLatestVersions(ReportStatus status, int version, int latest, SubmissionReview review)
    {
        Assert.Equal(review, CountedSubmission.ReviewOf(status, version, latest));
    }
}
