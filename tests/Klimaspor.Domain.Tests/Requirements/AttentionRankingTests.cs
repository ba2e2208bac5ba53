using Klimaspor.Domain.Requirements;
using static Klimaspor.Domain.Tests.Requirements.Site;

namespace Klimaspor.Domain.Tests.Requirements;

public sealed class AttentionRankingTests
{
    private static RequirementRule OnTime => Assert.Single(Preset(RequirementPresets.ReportsOnTime));

    [Fact]
    public void OverdueReports_SameRuleAsReportsOnTime_EveryOverduePeriodIsAWindowNotMet()
    {
        // January on time, February missing past its due date, March submitted two days late, April not due yet.
        var today = Unsubmitted(4).DueDate.AddDays(-1);
        var march = Unsubmitted(3);
        var facts = Contract(Month(1), Unsubmitted(2), march.SubmittedOn(At(march.DueDate.AddDays(2))), Unsubmitted(4));

        var overdue = AttentionRanking.OverdueReports(facts.Periods, today);
        var notMet = EvaluateOne(facts, OnTime, today).Verdicts.Where(v => v.Status == ComplianceStatus.NotMet).Select(v => v.Window).ToList();

        Assert.Equal(["2025-02"], overdue);
        Assert.Equal(["2025-02", "2025-03"], notMet);
    }

    [Fact]
    public void OverdueReports_OnTheDueDate_NotYetOverdue()
    {
        var february = Unsubmitted(2);

        Assert.Empty(AttentionRanking.OverdueReports([february], february.DueDate));
        Assert.Equal(["2025-02"], AttentionRanking.OverdueReports([february], february.DueDate.AddDays(1)));
    }

    [Theory]
    [InlineData(true, true, ComplianceStatus.CannotAssess, AttentionKind.NotMet)]
    [InlineData(true, false, ComplianceStatus.Met, AttentionKind.NotMet)]
    [InlineData(false, true, ComplianceStatus.Met, AttentionKind.HeadingForFailure)]
    [InlineData(false, true, ComplianceStatus.CannotAssess, AttentionKind.HeadingForFailure)]
    [InlineData(false, false, ComplianceStatus.CannotAssess, AttentionKind.CannotAssess)]
    public void ForRequirement_MostSevereFindingWins(bool anyNotMet, bool heading, ComplianceStatus current, AttentionKind expected)
    {
        Assert.Equal(expected, AttentionRanking.ForRequirement(anyNotMet, heading, current));
    }

    [Theory]
    [InlineData(ComplianceStatus.Met)]
    [InlineData(ComplianceStatus.NotYetDue)]
    [InlineData(null)]
    public void ForRequirement_NothingToFollowUp_Null(ComplianceStatus? current)
    {
        Assert.Null(AttentionRanking.ForRequirement(false, false, current));
    }

    [Fact]
    public void Rank_KindThenContractThenPosition_AlikeKeepTheirOrder()
    {
        (string Name, AttentionRank Rank)[] items =
        [
            ("cannot assess B", new(AttentionKind.CannotAssess, "B", 0)),
            ("deviation A older", new(AttentionKind.DeviationOverdue, "A", -1)),
            ("not met B second requirement", new(AttentionKind.NotMet, "B", 1)),
            ("deviation A newer", new(AttentionKind.DeviationOverdue, "A", -1)),
            ("not met B first requirement", new(AttentionKind.NotMet, "B", 0)),
            ("not met A", new(AttentionKind.NotMet, "A", 3)),
            ("reports overdue A", new(AttentionKind.ReportOverdue, "A", -1)),
        ];

        var ranked = AttentionRanking.Rank(items, i => i.Rank).Select(i => i.Name);

        Assert.Equal(
            ["not met A", "not met B first requirement", "not met B second requirement", "deviation A older", "deviation A newer", "reports overdue A", "cannot assess B"],
            ranked);
    }
}
