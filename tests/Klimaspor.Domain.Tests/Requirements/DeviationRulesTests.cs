using Klimaspor.Domain.Requirements;

namespace Klimaspor.Domain.Tests.Requirements;

public sealed class DeviationRulesTests
{
    private static SanctionProposal Fine(decimal amount) => new() { Kind = SanctionKind.FixedPerPeriodNotMet, AmountNok = amount };

    [Fact]
    public void ProposedSanction_EachPeriod_AddsUpStandingWindows()
    {
        var (amount, counted) = DeviationRules.ProposedSanction(RequirementWindow.EachPeriod,
        [
            new("2026-07", Fine(50_000), false),
            new("2026-08", Fine(50_000), true),
            new("2026-09", Fine(50_000), false),
            new("2026-10", new SanctionProposal { Kind = SanctionKind.ClimateBonus, IsBonus = true, AmountNok = 10_000 }, false),
        ]);

        Assert.Equal(100_000m, amount);
        Assert.Equal(["2026-07", "2026-09"], counted.Select(c => c.Window));
    }

    [Fact]
    public void ProposedSanction_Cumulative_OnlyLatestStandingWindowCounts()
    {
        var (amount, counted) = DeviationRules.ProposedSanction(RequirementWindow.Cumulative,
            [new("2026-08", Fine(120_000), false), new("2026-09", Fine(180_000), false), new("2026-10", Fine(240_000), true)]);

        Assert.Equal(180_000m, amount);
        Assert.Equal("2026-09", Assert.Single(counted).Window);
    }

    [Fact]
    public void ProposedSanction_NoProposals_IsNull()
    {
        Assert.Null(DeviationRules.ProposedSanction(RequirementWindow.EachPeriod, [new("2026-07", null, false)]).AmountNok);
    }

    [Fact]
    public void IsCorrectiveActionOverdue_PastItsDateUntilClosed()
    {
        var doneBy = new DateOnly(2026, 11, 30);

        Assert.False(DeviationRules.IsCorrectiveActionOverdue(DeviationStatus.Answered, doneBy, doneBy));
        Assert.True(DeviationRules.IsCorrectiveActionOverdue(DeviationStatus.Answered, doneBy, doneBy.AddDays(1)));
        Assert.False(DeviationRules.IsCorrectiveActionOverdue(DeviationStatus.Closed, doneBy, doneBy.AddDays(30)));
        Assert.False(DeviationRules.IsCorrectiveActionOverdue(DeviationStatus.Open, null, doneBy.AddDays(30)));
    }

    [Fact]
    public void IsOverdue_OnlyOpenPastDeadline()
    {
        var opened = new DateTime(2026, 10, 15, 8, 0, 0, DateTimeKind.Utc);
        var deadline = DeviationRules.AnswerDeadline(opened);

        Assert.Equal(opened.AddDays(DeviationRules.AnswerDays), deadline);
        Assert.False(DeviationRules.IsOverdue(DeviationStatus.Open, deadline, deadline));
        Assert.True(DeviationRules.IsOverdue(DeviationStatus.Open, deadline, deadline.AddMinutes(1)));
        Assert.False(DeviationRules.IsOverdue(DeviationStatus.Answered, deadline, deadline.AddDays(30)));
    }

    [Fact]
    public void ValidateClose_SanctionWithChangedAmount_NeedsReason()
    {
        Assert.Equal("amountReason", Assert.Single(DeviationRules.ValidateClose("sanctioned", "Ilegges.", 40_000, null, 50_000).Errors).Field);
        Assert.Empty(DeviationRules.ValidateClose("sanctioned", "Ilegges.", 50_000, null, 50_000).Errors);
        Assert.Empty(DeviationRules.ValidateClose("sanctioned", "Ilegges.", 40_000, "Redusert: tiltak satt i verk straks.", 50_000).Errors);
        Assert.Equal("Deviations.AmountReasonNoProposal",
            Assert.Single(DeviationRules.ValidateClose("sanctioned", "Ilegges.", 40_000, null, null).Errors).MessageKey);
    }

    [Fact]
    public void ValidateClose_MissingPieces_NamesEachField()
    {
        Assert.Equal(["resolution", "comment"], DeviationRules.ValidateClose(null, null, null, null, null).Errors.Select(e => e.Field));
        Assert.Equal(["confirmedAmountNok"], DeviationRules.ValidateClose("sanctioned", "x", null, null, 50_000).Errors.Select(e => e.Field));
        Assert.Equal(["confirmedAmountNok"], DeviationRules.ValidateClose("accepted", "x", 10, null, 50_000).Errors.Select(e => e.Field));
        Assert.Equal(["confirmedAmountNok"], DeviationRules.ValidateClose("sanctioned", "x", -1, "x", 50_000).Errors.Select(e => e.Field));
    }

    [Fact]
    public void ValidateAnswer_DateBeforeOpening_IsRefused()
    {
        var opened = new DateOnly(2026, 10, 15);

        Assert.Equal("Deviations.DoneByBeforeOpened", Assert.Single(DeviationRules.ValidateAnswer("Bytter dumper.", opened.AddDays(-1), opened).Errors).MessageKey);
        Assert.Equal(["correctiveAction", "doneBy"], DeviationRules.ValidateAnswer(" ", null, opened).Errors.Select(e => e.Field));
        Assert.Empty(DeviationRules.ValidateAnswer("Bytter dumper.", opened.AddDays(20), opened).Errors);
    }
}
