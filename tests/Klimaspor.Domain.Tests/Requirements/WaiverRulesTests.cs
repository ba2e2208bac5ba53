using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Domain.Requirements;
using Klimaspor.Domain.Validation;

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
        Assert.Equal(["machineId", "fromDate", "toDate", "reason", "justification", "replacementMachine", "replacementFuel"], errors.Select(e => e.Field));
        Assert.All(errors, e => Assert.Equal("Validation.Required", e.MessageKey));
    }

    [Fact]
    public void Validate_PeriodsOutsideContractOrReversed_AreRefused()
    {
        var (_, errors) = WaiverRules.Validate(Market with { PeriodFrom = "2024-08", PeriodTo = "2027-07" }, Start, End);
        Assert.Equal(["periodFrom", "periodTo"], errors.Select(e => e.Field));
        Assert.All(errors, e => Assert.Equal("Waivers.DateOutsideContract", e.MessageKey));

        (_, errors) = WaiverRules.Validate(Market with { PeriodFrom = "2026-10", PeriodTo = "2026-09" }, Start, End);
        Assert.Equal("Waivers.ToBeforeFrom", Assert.Single(errors).MessageKey);

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
    public void Validate_MonthsInTheOlderForm_ReadAsTheirFirstAndLastDay()
    {
        var (waiver, errors) = WaiverRules.Validate(Market, Start, End);

        Assert.Empty(errors);
        Assert.Equal((new DateOnly(2026, 8, 1), new DateOnly(2026, 12, 31)), (waiver!.From, waiver.To));
    }

    [Fact]
    public void Validate_Dates_KeptAsGivenAndCheckedAgainstTheContract()
    {
        var dated = Market with { PeriodFrom = null, PeriodTo = null, FromDate = "2026-08-10", ToDate = "2026-08-24" };

        var (waiver, errors) = WaiverRules.Validate(dated, Start, End);
        Assert.Empty(errors);
        Assert.Equal((new DateOnly(2026, 8, 10), new DateOnly(2026, 8, 24)), (waiver!.From, waiver.To));

        (_, errors) = WaiverRules.Validate(dated with { ToDate = "2027-07-01" }, Start, End);
        Assert.Equal(("toDate", "Waivers.DateOutsideContract"), (Assert.Single(errors).Field, errors[0].MessageKey));
        (_, errors) = WaiverRules.Validate(dated with { FromDate = "10.08.2026" }, Start, End);
        Assert.Equal(("fromDate", "Waivers.NotADate"), (Assert.Single(errors).Field, errors[0].MessageKey));
    }

    [Fact]
    public void Validate_GridCapacity_NeedsNoEvidenceButRefusesPowerFigures()
    {
        var grid = Market with { Reason = "grid-capacity", Evidence = null, CompaniesAsked = null };

        Assert.Empty(WaiverRules.Validate(grid, Start, End).Errors);
        var (_, errors) = WaiverRules.Validate(grid with { AvailableKw = 250, NeededKw = 400 }, Start, End);
        Assert.Equal(["availableKw", "neededKw"], errors.Select(e => e.Field));
        Assert.All(errors, e => Assert.Equal("Waivers.KwOnlyForGrid", e.MessageKey));
    }

    [Fact]
    public void Validate_PowerFiguresOnAnotherReason_AreRefusedNotIgnored()
    {
        var (_, errors) = WaiverRules.Validate(Market with { AvailableKw = 250 }, Start, End);

        Assert.Equal("Waivers.KwOnlyForGrid", Assert.Single(errors).MessageKey);
    }

    private static readonly DateOnly AppliedFrom = new(2026, 8, 1);
    private static readonly DateOnly AppliedTo = new(2026, 12, 31);

    private static (WaiverDecision? Decision, IReadOnlyList<Problem> Errors) Decide(string? decision, string? comment, string? from = null, string? to = null) =>
        WaiverRules.ValidateDecision(decision, comment, from, to, AppliedFrom, AppliedTo);

    [Fact]
    public void ValidateDecision_RejectionOrMoreDocumentationWithoutComment_IsRefused()
    {
        Assert.Equal("comment", Assert.Single(Decide("rejected", " ").Errors).Field);
        Assert.Equal("comment", Assert.Single(Decide("more-documentation", null).Errors).Field);
        Assert.Equal(WaiverDecisionKind.Approved, Decide("approved", null).Decision!.Kind);
        Assert.Equal("Validation.UnknownCode", Assert.Single(Decide("maybe", "x").Errors).MessageKey);
    }

    [Fact]
    public void ValidateDecision_PartialApproval_FewerDaysInsideThoseAppliedFor()
    {
        var (decision, errors) = Decide("partly-approved", "Bare august.", "2026-08-01", "2026-08-31");
        Assert.Empty(errors);
        Assert.Equal((WaiverDecisionKind.PartlyApproved, new DateOnly(2026, 8, 1), new DateOnly(2026, 8, 31)), (decision!.Kind, decision.ApprovedFrom!.Value, decision.ApprovedTo!.Value));

        Assert.Equal(["approvedFrom", "approvedTo"], Decide("partly-approved", "x").Errors.Select(e => e.Field));
        Assert.Equal("Waivers.ApprovedOutsideApplied", Assert.Single(Decide("partly-approved", "x", "2026-07-15", "2026-08-31").Errors).MessageKey);
        Assert.Equal("Waivers.PartlyApprovedIsWhole", Assert.Single(Decide("partly-approved", "x", "2026-08-01", "2026-12-31").Errors).MessageKey);
        Assert.Equal("Waivers.DaysOnlyForPartial", Assert.Single(Decide("approved", null, "2026-08-01").Errors).MessageKey);
    }

    [Fact]
    public void Workflow_MoreDocumentation_BackToTheSupplierWhoSendsAgain()
    {
        Assert.Equal(WaiverStatus.MoreDocumentationNeeded, WaiverRules.StatusAfter(WaiverDecisionKind.MoreDocumentationNeeded));
        Assert.Equal(WaiverStatus.Approved, WaiverRules.StatusAfter(WaiverDecisionKind.PartlyApproved));
        Assert.True(WaiverRules.CanResubmit(WaiverStatus.MoreDocumentationNeeded));
        Assert.False(WaiverRules.CanResubmit(WaiverStatus.Assessed));
        Assert.False(WaiverRules.CanDecide(WaiverStatus.MoreDocumentationNeeded));

        var (evidence, errors) = WaiverRules.ValidateResubmission("Svar fra Nasta 12.09.", "Markedsundersøkelse.");
        Assert.Empty(errors);
        Assert.Equal("Markedsundersøkelse.\n\nSvar fra Nasta 12.09.", evidence);
        Assert.Equal("documentation", Assert.Single(WaiverRules.ValidateResubmission(" ", "x").Errors).Field);
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
