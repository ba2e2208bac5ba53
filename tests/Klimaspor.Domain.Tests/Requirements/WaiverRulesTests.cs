using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Domain.Requirements;

namespace Klimaspor.Domain.Tests.Requirements;

public sealed class WaiverRulesTests
{
    private static readonly DateOnly Start = new(2024, 9, 1);
    private static readonly DateOnly End = new(2027, 6, 30);

    private static WaiverApplication Market => new()
    {
        MachineId = " CAT-336-47121 ",
        MachineType = "Gravemaskin",
        MachineDescription = "Beltegraver 36 t",
        PeriodFrom = "2026-08",
        PeriodTo = "2026-12",
        Reason = "market",
        Justification = "Ingen elektrisk 36 t beltegraver å leie før 2027.",
        Evidence = "Markedsundersøkelse mars 2026.",
        CompaniesAsked = "Pon Equipment, Volvo Maskin, Nasta",
        ReplacementMachine = "Cat 336, Stage V",
        ReplacementFuel = "HVO100",
        ReplacementEmissionClass = "Stage V",
    };

    [Fact]
    public void Validate_CompleteMarketApplication_ResolvesCodesAndTrims()
    {
        var (waiver, errors) = WaiverRules.Validate(Market, Start, End);

        Assert.Empty(errors);
        Assert.Equal("CAT-336-47121", waiver!.MachineId);
        Assert.Equal("gravemaskin", waiver.MachineType);
        Assert.Equal("hvo100", waiver.ReplacementFuel);
        Assert.Equal("stage-v", waiver.ReplacementEmissionClass);
        Assert.Equal(WaiverReason.MarketUnavailability, waiver.Reason);
    }

    [Fact]
    public void Validate_EmptyApplication_NamesEveryRequiredField()
    {
        var (waiver, errors) = WaiverRules.Validate(new WaiverApplication(), Start, End);

        Assert.Null(waiver);
        Assert.Equal(["machineId", "periodFrom", "periodTo", "reason", "justification", "replacementMachine", "replacementFuel"], errors.Select(e => e.Field));
        Assert.All(errors, e => Assert.Equal("Validation.Required", e.MessageKey));
    }

    [Fact]
    public void Validate_PeriodsOutsideContractOrReversed_AreRefused()
    {
        var (_, errors) = WaiverRules.Validate(Market with { PeriodFrom = "2024-08", PeriodTo = "2027-07" }, Start, End);
        Assert.Equal(["periodFrom", "periodTo"], errors.Select(e => e.Field));
        Assert.All(errors, e => Assert.Equal("Waivers.PeriodOutsideContract", e.MessageKey));

        (_, errors) = WaiverRules.Validate(Market with { PeriodFrom = "2026-10", PeriodTo = "2026-09" }, Start, End);
        Assert.Equal("Waivers.PeriodToBeforeFrom", Assert.Single(errors).MessageKey);

        (_, errors) = WaiverRules.Validate(Market with { PeriodFrom = "september" }, Start, End);
        Assert.Equal("Waivers.NotAMonth", Assert.Single(errors).MessageKey);
    }

    [Fact]
    public void Validate_MarketWithoutCompaniesAsked_IsRefused()
    {
        var (_, errors) = WaiverRules.Validate(Market with { CompaniesAsked = " ", Evidence = null }, Start, End);

        Assert.Equal(["evidence", "companiesAsked"], errors.Select(e => e.Field));
    }

    [Fact]
    public void Validate_GridCapacity_NeedsFiguresWhereAvailableIsBelowNeeded()
    {
        var grid = Market with { Reason = "grid-capacity", Evidence = null, CompaniesAsked = null };

        var (_, missing) = WaiverRules.Validate(grid, Start, End);
        Assert.Equal(["availableKw", "neededKw", "gridOwnerStatement"], missing.Select(e => e.Field));

        var (_, notShort) = WaiverRules.Validate(grid with { AvailableKw = 400, NeededKw = 400, GridOwnerStatement = "Elvia, 12.02.2026" }, Start, End);
        Assert.Equal("Waivers.GridNotShort", Assert.Single(notShort).MessageKey);

        var (valid, none) = WaiverRules.Validate(grid with { AvailableKw = 250, NeededKw = 400, GridOwnerStatement = "Elvia, 12.02.2026" }, Start, End);
        Assert.Empty(none);
        Assert.Equal((250m, 400m), (valid!.AvailableKw, valid.NeededKw));
    }

    [Fact]
    public void Validate_PowerFiguresOnAnotherReason_AreRefusedNotIgnored()
    {
        var (_, errors) = WaiverRules.Validate(Market with { AvailableKw = 250 }, Start, End);

        Assert.Equal("Waivers.KwOnlyForGrid", Assert.Single(errors).MessageKey);
    }

    [Fact]
    public void ValidateDecision_RejectionWithoutComment_IsRefused()
    {
        Assert.Equal("comment", Assert.Single(WaiverRules.ValidateDecision("rejected", " ").Errors).Field);
        Assert.True(WaiverRules.ValidateDecision("approved", null).Approved);
        Assert.Equal("Validation.UnknownCode", Assert.Single(WaiverRules.ValidateDecision("maybe", "x").Errors).MessageKey);
    }

    [Fact]
    public void Workflow_DecisionOnlyAfterAssessmentAndOnce()
    {
        Assert.False(WaiverRules.CanDecide(WaiverStatus.Applied));
        Assert.True(WaiverRules.CanDecide(WaiverStatus.Assessed));
        Assert.False(WaiverRules.CanDecide(WaiverStatus.Approved));
        Assert.True(WaiverRules.CanAssess(WaiverStatus.Assessed));
        Assert.False(WaiverRules.CanAssess(WaiverStatus.Rejected));
    }

    [Fact]
    public void PeriodsCovered_MonthlyContract_OneKeyPerMonth()
    {
        var periods = ReportingSchedule.Periods(Start, End, Contracts.ReportingFrequency.Monthly);

        Assert.Equal(["2026-11", "2026-12", "2027-01"], WaiverRules.PeriodsCovered("2026-11", "2027-01", periods));
    }

    [Fact]
    public void PeriodsCovered_QuarterlyContract_EachQuarterTouched()
    {
        // Quarters start in the contract's first month: September, December, March, June.
        var periods = ReportingSchedule.Periods(Start, End, Contracts.ReportingFrequency.Quarterly);

        Assert.Equal(["2025-09", "2025-12"], WaiverRules.PeriodsCovered("2025-11", "2025-12", periods));
    }
}
