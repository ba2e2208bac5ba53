using Klimaspor.Domain.Requirements;

namespace Klimaspor.Domain.Tests.Requirements;

public sealed class DeviationReconciliationTests
{
    private static readonly Guid Active = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid Closed = Guid.Parse("00000000-0000-0000-0000-00000000000c");

    private static RequirementRule Rule(RequirementWindow window = RequirementWindow.EachPeriod) =>
        Assert.Single(RequirementPresets.Build(RequirementPresets.ReportsOnTime, new Dictionary<string, decimal>())) with { Window = window };

    private static WindowVerdict Verdict(string window, ComplianceStatus status, decimal? bonus = null) => new()
    {
        Window = window,
        Status = status,
        Sanction = bonus is { } amount ? new SanctionProposal { Kind = SanctionKind.ClimateBonus, IsBonus = true, AmountNok = amount } : null,
    };

    private static RequirementCompliance Result(RequirementRule rule, params WindowVerdict[] verdicts) => new() { Requirement = rule, Verdicts = verdicts };

    private static KnownDeviation Deviation(Guid id, DeviationStatus status, params (string Window, bool Cleared)[] windows) =>
        new(id, status, [.. windows.Select(w => new DeviationWindow(w.Window, w.Cleared))]);

    [Fact]
    public void Decide_FirstFailures_OpensOneDeviationNamedByTheLatest()
    {
        var decisions = DeviationReconciliation.Decide(
            Result(Rule(), Verdict("2026-07", ComplianceStatus.NotMet), Verdict("2026-08", ComplianceStatus.Met), Verdict("2026-09", ComplianceStatus.NotMet)), [], []);

        var open = Assert.IsType<OpenDeviation>(Assert.Single(decisions));
        Assert.Equal(["2026-07", "2026-09"], open.Failing.Select(v => v.Window));
        Assert.Equal("2026-09", open.Window);
    }

    [Fact]
    public void Decide_NothingFailing_NoDeviation()
    {
        Assert.Empty(DeviationReconciliation.Decide(Result(Rule(), Verdict("2026-07", ComplianceStatus.Met), Verdict("2026-08", ComplianceStatus.CannotAssess)), [], []));
    }

    [Fact]
    public void Decide_OpenDeviation_FailingAgainRefreshed_NewFailureAdded_MetAgainCleared_NotAssessableLeftAlone()
    {
        var open = Deviation(Active, DeviationStatus.Answered, ("2026-07", false), ("2026-08", false), ("2026-09", false));

        var decisions = DeviationReconciliation.Decide(Result(Rule(),
            Verdict("2026-07", ComplianceStatus.NotMet),
            Verdict("2026-08", ComplianceStatus.Met),
            Verdict("2026-09", ComplianceStatus.CannotAssess),
            Verdict("2026-10", ComplianceStatus.NotMet)), [open], []);

        var update = Assert.IsType<UpdateDeviation>(Assert.Single(decisions));
        Assert.Equal(Active, update.DeviationId);
        Assert.Equal(["2026-07"], update.Refreshed.Select(v => v.Window));
        Assert.Equal(["2026-10"], update.Added.Select(v => v.Window));
        Assert.Equal(["2026-08"], update.Cleared);
    }

    [Fact]
    public void Decide_WindowAlreadyCleared_NotClearedTwice()
    {
        var open = Deviation(Active, DeviationStatus.Open, ("2026-07", true), ("2026-08", false));

        var update = Assert.IsType<UpdateDeviation>(Assert.Single(DeviationReconciliation.Decide(
            Result(Rule(), Verdict("2026-07", ComplianceStatus.Met), Verdict("2026-08", ComplianceStatus.NotMet)), [open], [])));

        Assert.Empty(update.Cleared);
        Assert.Empty(update.Added);
    }

    [Fact]
    public void Decide_WindowOfAClosedDeviation_NeverOpenedAgain()
    {
        var closed = Deviation(Closed, DeviationStatus.Closed, ("2026-07", false));

        var decisions = DeviationReconciliation.Decide(Result(Rule(), Verdict("2026-07", ComplianceStatus.NotMet), Verdict("2026-08", ComplianceStatus.NotMet)), [closed], []);

        var open = Assert.IsType<OpenDeviation>(Assert.Single(decisions));
        Assert.Equal(["2026-08"], open.Failing.Select(v => v.Window));
    }

    [Fact]
    public void Decide_OnlyClosedWindowsFailing_NothingToDo()
    {
        var closed = Deviation(Closed, DeviationStatus.Closed, ("2026-07", false));

        Assert.Empty(DeviationReconciliation.Decide(Result(Rule(), Verdict("2026-07", ComplianceStatus.NotMet)), [closed], []));
    }

    [Fact]
    public void Decide_EachPeriodBonuses_OnePerWindow_ConfirmedKept_NoLongerEarnedWithdrawn()
    {
        var confirmed = new KnownBonus(Guid.NewGuid(), "2026-07", Confirmed: true);
        var proposed = new KnownBonus(Guid.NewGuid(), "2026-08", Confirmed: false);
        var stale = new KnownBonus(Guid.NewGuid(), "2026-06", Confirmed: false);

        var decisions = DeviationReconciliation.Decide(Result(Rule(),
            Verdict("2026-06", ComplianceStatus.Met),
            Verdict("2026-07", ComplianceStatus.Met, bonus: 10_000),
            Verdict("2026-08", ComplianceStatus.Met, bonus: 12_000),
            Verdict("2026-09", ComplianceStatus.Met, bonus: 9_000)), [], [confirmed, proposed, stale]);

        Assert.Equal(stale.Id, Assert.IsType<WithdrawBonus>(decisions[0]).BonusId);
        var follow = Assert.IsType<FollowBonus>(decisions[1]);
        Assert.Equal((proposed.Id, "2026-08"), (follow.BonusId, follow.Verdict.Window));
        Assert.Equal("2026-09", Assert.IsType<ProposeBonus>(decisions[2]).Verdict.Window);
        Assert.Equal(3, decisions.Count);
    }

    [Fact]
    public void Decide_CumulativeBonus_OneProposalFollowsTheLatestWindow()
    {
        var proposed = new KnownBonus(Guid.NewGuid(), "2026-08", Confirmed: false);

        var decisions = DeviationReconciliation.Decide(Result(Rule(RequirementWindow.Cumulative),
            Verdict("2026-08", ComplianceStatus.Met, bonus: 12_000),
            Verdict("2026-09", ComplianceStatus.Met, bonus: 15_000)), [], [proposed]);

        var follow = Assert.IsType<FollowBonus>(Assert.Single(decisions));
        Assert.Equal((proposed.Id, "2026-09"), (follow.BonusId, follow.Verdict.Window));
    }

    [Fact]
    public void Decide_CumulativeBonusNoLongerEarned_Withdrawn()
    {
        var proposed = new KnownBonus(Guid.NewGuid(), "2026-08", Confirmed: false);

        var decisions = DeviationReconciliation.Decide(Result(Rule(RequirementWindow.Cumulative),
            Verdict("2026-08", ComplianceStatus.Met, bonus: 12_000),
            Verdict("2026-09", ComplianceStatus.Met)), [], [proposed]);

        Assert.Equal(proposed.Id, Assert.IsType<WithdrawBonus>(Assert.Single(decisions)).BonusId);
    }
}
