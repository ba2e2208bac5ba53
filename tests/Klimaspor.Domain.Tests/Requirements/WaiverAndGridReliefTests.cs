using Klimaspor.Domain.Requirements;
using static Klimaspor.Domain.Tests.Requirements.Site;

namespace Klimaspor.Domain.Tests.Requirements;

/// <summary>Approved waivers changing verdicts, references without approval changing nothing, and pro-rata grid relief.</summary>
public sealed class WaiverAndGridReliefTests
{
    private static RequirementRule ZeroEmissionExceptWaived => Rule(RequirementPresets.Oslo2025EmissionFreeSite, "oslo-2025-maskiner-utslippsfrie");

    private static RequirementRule WaivedUseNoFossil => Rule(RequirementPresets.Oslo2025EmissionFreeSite, "oslo-2025-fravik-uten-fossilt");

    private static RequirementRule ZeroEmissionWithRelief => Rule(RequirementPresets.Oslo2019FossilFreeSite, "oslo-2019-utslippsfri-andel");

    private static ContractFacts ElectricSiteWithOneHvoMachine(string? waiverRef = null) =>
        Contract(Month(1, Machine("PIN-1", "el-batteri", hours: 300), Machine("PIN-7", "hvo100", hours: 100, waiverRef: waiverRef)));

    [Fact]
    public void ZeroEmission_HvoMachineUnderAnApprovedWaiver_MetAndTheWaiverIsListed()
    {
        var facts = ElectricSiteWithOneHvoMachine() with { Waivers = [Site.Waiver("FR-2025-1", "PIN-7", "2025-01")] };

        var verdict = Only(facts, ZeroEmissionExceptWaived);

        Assert.Equal(ComplianceStatus.Met, verdict.Status);
        Assert.Equal(0m, verdict.Measured);
        Assert.Equal(["FR-2025-1"], verdict.WaiversUsed);
        Assert.Contains("Approved waivers applied: FR-2025-1 (PIN-7, 2025-01-01–2025-01-31).", verdict.Read(), StringComparison.Ordinal);
    }

    [Fact]
    public void ZeroEmission_SameMachineWithoutWaiver_NotMet()
    {
        var verdict = Only(ElectricSiteWithOneHvoMachine(), ZeroEmissionExceptWaived);

        Assert.Equal(ComplianceStatus.NotMet, verdict.Status);
        Assert.Empty(verdict.WaiversUsed);
    }

    [Fact]
    public void ZeroEmission_WaiverOnlyClaimedOnTheLine_NotMetAndTheReasonSaysItIsNotApproved()
    {
        var verdict = Only(ElectricSiteWithOneHvoMachine(waiverRef: "FR-2025-1"), ZeroEmissionExceptWaived);

        Assert.Equal(ComplianceStatus.NotMet, verdict.Status);
        Assert.Equal(["PIN-7"], verdict.Offenders);
        Assert.Contains("PIN-7 refers to waiver FR-2025-1, but the machine has no approved waiver for 2025-01. It is therefore not exempt.",
            verdict.Read(), StringComparison.Ordinal);
    }

    [Fact]
    public void ZeroEmission_WaiverApprovedForAnotherMonth_DoesNotApply()
    {
        var facts = ElectricSiteWithOneHvoMachine() with { Waivers = [Site.Waiver("FR-2025-2", "PIN-7", "2025-02")] };

        var verdict = Only(facts, ZeroEmissionExceptWaived);

        Assert.Equal(ComplianceStatus.NotMet, verdict.Status);
        Assert.Empty(verdict.WaiversUsed);
    }

    [Fact]
    public void WaivedUseNoFossil_WaivedMachineOnHvo_Met()
    {
        var facts = ElectricSiteWithOneHvoMachine() with { Waivers = [Site.Waiver("FR-2025-1", "PIN-7", "2025-01")] };

        var verdict = Only(facts, WaivedUseNoFossil);

        Assert.Equal(ComplianceStatus.Met, verdict.Status);
        Assert.Equal(0m, verdict.Measured);
        Assert.Equal(["FR-2025-1"], verdict.WaiversUsed);
    }

    [Fact]
    public void WaivedUseNoFossil_WaivedMachineOnDiesel_NotMetNamingIt()
    {
        var facts = Contract(Month(1, Machine("PIN-1", "el-batteri"), Machine("PIN-7", "diesel"), Machine("PIN-8", "diesel")))
            with
        { Waivers = [Site.Waiver("FR-2025-1", "PIN-7", "2025-01")] };

        var verdict = Only(facts, WaivedUseNoFossil);

        // PIN-8 burns diesel too, but without a waiver it is the zero-emission rule's business, not this one's.
        Assert.Equal(ComplianceStatus.NotMet, verdict.Status);
        Assert.Equal(["PIN-7"], verdict.Offenders);
    }

    [Fact]
    public void WaivedUseNoFossil_NoMachineUnderAWaiver_MetWithNothingToAssess()
    {
        var verdict = Only(Contract(Month(1, Machine("PIN-1", "diesel", waiverRef: "FR-9"))), WaivedUseNoFossil);

        Assert.Equal(ComplianceStatus.Met, verdict.Status);
        Assert.Contains("No machine had an approved waiver in 2025-01, so there is nothing to assess.", verdict.Read(), StringComparison.Ordinal);
        Assert.Contains("PIN-1 refers to waiver FR-9", verdict.Read(), StringComparison.Ordinal);
    }

    [Fact]
    public void GridRelief_300Of500KwAndSiteAt70Percent_ThresholdBecomes60PercentAndIsMet()
    {
        var facts = Contract(Month(1, Machine("PIN-1", "el-kabel", hours: 70), Machine("PIN-2", "hvo100", hours: 30)))
            with
        { GridCapacity = [new GridCapacity("2025-01", 300, 500)] };

        var verdict = Only(facts, ZeroEmissionWithRelief);

        Assert.Equal(ComplianceStatus.Met, verdict.Status);
        Assert.Equal(0.7m, verdict.Measured);
        Assert.Equal(1m, verdict.Threshold);
        Assert.Equal(0.6m, verdict.EffectiveThreshold);
        Assert.Contains("The grid can supply 300 kW of the 500 kW needed in 2025-01. The requirement is reduced pro rata: 100% × 300 / 500 = 60%.",
            verdict.Read(), StringComparison.Ordinal);
    }

    [Fact]
    public void GridRelief_SiteAt50Percent_NotMetEvenReduced()
    {
        var facts = Contract(Month(1, Machine("PIN-1", "el-kabel", hours: 50), Machine("PIN-2", "hvo100", hours: 50)))
            with
        { GridCapacity = [new GridCapacity("2025-01", 300, 500)] };

        var verdict = Only(facts, ZeroEmissionWithRelief);

        Assert.Equal(ComplianceStatus.NotMet, verdict.Status);
        Assert.Equal(["PIN-2"], verdict.Offenders);
    }

    [Fact]
    public void GridRelief_NoStatementForThePeriod_FullThresholdNotMet()
    {
        var facts = Contract(Month(1, Machine("PIN-1", "el-kabel", hours: 70), Machine("PIN-2", "hvo100", hours: 30)))
            with
        { GridCapacity = [new GridCapacity("2025-02", 300, 500)] };

        var verdict = Only(facts, ZeroEmissionWithRelief);

        Assert.Equal(ComplianceStatus.NotMet, verdict.Status);
        Assert.Equal(1m, verdict.EffectiveThreshold);
    }

    [Fact]
    public void GridRelief_EnoughPower_NoRelief()
    {
        var facts = Contract(Month(1, Machine("PIN-1", "el-kabel", hours: 70), Machine("PIN-2", "hvo100", hours: 30)))
            with
        { GridCapacity = [new GridCapacity("2025-01", 500, 500)] };

        Assert.Equal(1m, Only(facts, ZeroEmissionWithRelief).EffectiveThreshold);
    }

    [Fact]
    public void GridRelief_RuleWithoutRelief_IgnoresTheStatement()
    {
        var facts = Contract(Month(1, Machine("PIN-1", "el-kabel", hours: 70), Machine("PIN-2", "hvo100", hours: 30)))
            with
        { GridCapacity = [new GridCapacity("2025-01", 300, 500)] };

        Assert.Equal(ComplianceStatus.NotMet, Only(facts, ZeroEmissionWithRelief with { GridRelief = false }).Status);
    }

    [Fact]
    public void GridRelief_CumulativeWindow_ThresholdWeightedByEachPeriodsMachineHours()
    {
        // January: 100 h with 60 % relief; February: 300 h with none. (0.6 × 100 + 1 × 300) / 400 = 0.9.
        var facts = Contract(
            Month(1, Machine("PIN-1", "el-kabel", hours: 60), Machine("PIN-2", "hvo100", hours: 40)),
            Month(2, Machine("PIN-1", "el-kabel", hours: 300)))
            with
        { GridCapacity = [new GridCapacity("2025-01", 300, 500)] };

        var verdicts = EvaluateOne(facts, ZeroEmissionWithRelief with { Window = RequirementWindow.Cumulative }).Verdicts;

        Assert.Equal((ComplianceStatus.Met, 0.6m), (verdicts[0].Status, verdicts[0].EffectiveThreshold));
        Assert.Equal((ComplianceStatus.Met, 0.9m, 0.9m), (verdicts[1].Status, verdicts[1].EffectiveThreshold, verdicts[1].Measured));
        Assert.Contains("Grid capacity was short in 1 of 2 periods", verdicts[1].Read(), StringComparison.Ordinal);
    }
}
