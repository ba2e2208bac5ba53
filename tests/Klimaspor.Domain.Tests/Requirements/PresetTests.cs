using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Requirements;
using static Klimaspor.Domain.Tests.Requirements.Site;

namespace Klimaspor.Domain.Tests.Requirements;

/// <summary>Each preset on small crafted sites that meet it, fail it, and cannot be assessed.</summary>
public sealed class PresetTests
{
    private static RequirementRule Oslo2025Machines => Rule(RequirementPresets.Oslo2025EmissionFreeSite, "oslo-2025-maskiner-utslippsfrie");

    private static RequirementRule Oslo2025MassTransport => Rule(RequirementPresets.Oslo2025EmissionFreeSite, "oslo-2025-massetransport");

    private static RequirementRule Oslo2019FossilFree => Rule(RequirementPresets.Oslo2019FossilFreeSite, "oslo-2019-fossilfri");

    private static RequirementRule StageIIIB => Rule(RequirementPresets.Kriterieveiviseren, "kriterieveiviseren-minst-stage-iiib");

    private static RequirementRule FossilFreeHeating => Rule(RequirementPresets.Kriterieveiviseren, "kriterieveiviseren-fossilfri-byggvarme");

    private static RequirementRule NoPalmOil => Rule(RequirementPresets.Kriterieveiviseren, "kriterieveiviseren-biodrivstoff-uten-hoy-iluc");

    private static RequirementRule EuroVI => Assert.Single(Preset(RequirementPresets.TransportEuroVI));

    private static RequirementRule OsloTransport => Rule(RequirementPresets.Oslo2025Transport, "oslo-2025-transport-utslippsfri-eller-biogass");

    private static RequirementRule Idle => Assert.Single(Preset(RequirementPresets.IdleLimit));

    private static RequirementRule OnTime => Assert.Single(Preset(RequirementPresets.ReportsOnTime));

    private static RequirementRule Promise => Assert.Single(Preset(RequirementPresets.PromisedZeroEmissionShare, (RequirementPresets.ShareParameter, 0.8m)));

    private static RequirementRule Cap => Assert.Single(Preset(RequirementPresets.Co2eCap, (RequirementPresets.TonnesParameter, 10m)));

    public static TheoryData<string> PresetKeys()
    {
        var data = new TheoryData<string>();
        foreach (var preset in RequirementPresets.All)
        {
            data.Add(preset.Key);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PresetKeys))]
    public void Build_EveryPresetWithDefaults_RulesAreValidWithNorwegianClauses(string key)
    {
        var rules = RequirementPresets.Build(key, Given(key));

        Assert.NotEmpty(rules);
        Assert.All(rules, rule => Assert.Empty(RequirementRules.Validate(rule)));
        Assert.All(rules, rule => Assert.Matches("[æøåÆØÅ]|skal", rule.ClauseText));
        Assert.False(string.IsNullOrWhiteSpace(RequirementPresets.Find(key)!.Source));
    }

    [Fact]
    public void Build_AllPresets_RuleKeysUniqueSoOneContractCanHoldThemAll()
    {
        var keys = RequirementPresets.All.SelectMany(p => RequirementPresets.Build(p.Key, Given(p.Key))).Select(r => r.Key).ToList();

        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public void Build_Oslo2025_FourRulesAboutEachItemAsWrittenInTheCatalogue()
    {
        var rules = Preset(RequirementPresets.Oslo2025EmissionFreeSite);

        Assert.Equal(4, rules.Count);
        Assert.All(rules, r => Assert.Equal((MetricAggregate.CountDistinct, Comparison.AtMost, 0m), (r.Metric.Aggregate, r.Comparison, r.Threshold)));
        Assert.Equal(WaiverFilter.ExceptWaived, rules[0].Scope.Waivers);
        Assert.Equal(WaiverFilter.OnlyWaived, rules[2].Scope.Waivers);
        Assert.Equal([TransportPurposes.Massetransport], rules[3].Scope.Purposes);
    }

    [Fact]
    public void Build_PromiseWithTheBidsValue_ThresholdAndClauseCarryIt()
    {
        var rule = Promise;

        Assert.Equal(0.8m, rule.Threshold);
        Assert.Equal(RequirementKind.Promise, rule.Kind);
        Assert.Equal(RequirementWindow.Cumulative, rule.Window);
        Assert.Contains("80\u00A0%", rule.ClauseText, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Co2eCapInTonnes_ThresholdInKilograms()
    {
        Assert.Equal(10_000m, Cap.Threshold);
        Assert.Equal(RequirementWindow.WholeContract, Cap.Window);
    }

    [Fact]
    public void Build_UnknownPreset_Throws()
    {
        Assert.Null(RequirementPresets.Find("no-such-preset"));
        Assert.Throws<KeyNotFoundException>(() => RequirementPresets.Build("no-such-preset", new Dictionary<string, decimal>()));
    }

    [Fact]
    public void Oslo2025Machines_AllElectric_Met()
    {
        var facts = Contract(Month(1, Machine("PIN-1", "el-batteri", emissionClass: EmissionClasses.Nullutslipp), Machine("PIN-2", "el-kabel")));

        var verdict = Only(facts, Oslo2025Machines);

        Assert.Equal(ComplianceStatus.Met, verdict.Status);
        Assert.Equal(0m, verdict.Measured);
    }

    [Fact]
    public void Oslo2025Machines_OneDieselExcavator_NotMetNamingIt()
    {
        var facts = Contract(Month(1, Machine("PIN-1", "el-batteri", hours: 300), Machine("PIN-7", "diesel", hours: 100)));

        var verdict = Only(facts, Oslo2025Machines);

        Assert.Equal(ComplianceStatus.NotMet, verdict.Status);
        Assert.Equal(1m, verdict.Measured);
        Assert.Equal(["PIN-7"], verdict.Offenders);
        Assert.Contains("This concerns PIN-7 (diesel).", verdict.Read(), StringComparison.Ordinal);
    }

    [Fact]
    public void Oslo2025Machines_ThousandsOfDieselMachines_AllCountedAndNamedInReportOrder()
    {
        // A report of a large framework contract: far beyond a site's fleet, where the offenders are sorted another way.
        var machines = Enumerable.Range(0, 5_000).Select(i => Machine($"PIN-{i}", "diesel", hours: 1 + (i % 7))).ToArray();
        var facts = Contract(Month(1, machines));

        var verdict = Only(facts, Oslo2025Machines);

        // Each machine breaks the rule alike, whatever its hours: the reason names them as the report lists them.
        Assert.Equal(ComplianceStatus.NotMet, verdict.Status);
        Assert.Equal(5_000m, verdict.Measured);
        Assert.Equal(machines.Take(verdict.Offenders.Count).Select(m => m.Id), verdict.Offenders);
    }

    [Fact]
    public void Oslo2025Machines_PlugInHybrid_NotZeroEmissionHours()
    {
        var facts = Contract(Month(1, Machine("HYB-1", "hybrid-diesel", hybridKwh: 500)));

        var verdict = Only(facts, Oslo2025Machines);

        Assert.Equal(ComplianceStatus.NotMet, verdict.Status);
        Assert.Equal(["HYB-1"], verdict.Offenders);
    }

    [Fact]
    public void Oslo2025Machines_ReportOverdue_CannotAssessNamingThePeriod()
    {
        var facts = Contract(Month(1, Machine("PIN-1", "el-batteri")), Unsubmitted(2));

        var verdicts = EvaluateOne(facts, Oslo2025Machines).Verdicts;

        Assert.Equal(ComplianceStatus.CannotAssess, verdicts[1].Status);
        Assert.Null(verdicts[1].Measured);
        Assert.Contains("The report for 2025-02 has not been submitted", verdicts[1].Read(), StringComparison.Ordinal);
    }

    [Fact]
    public void Oslo2025Machines_NoMachinesInACountedReport_MetAsNothingBreaksIt()
    {
        var facts = Contract(Month(1, Energy("MÅLER-1")));

        var verdict = Only(facts, Oslo2025Machines);

        Assert.Equal(ComplianceStatus.Met, verdict.Status);
        Assert.Equal(0m, verdict.Measured);
    }

    [Fact]
    public void Oslo2025MassTransport_ElectricAndBiogasTrucks_Met()
    {
        var facts = Contract(Month(1, Vehicle("EL11111", "el-batteri"), Vehicle("BG22222", "biogass"), Vehicle("DI33333", "diesel", purpose: TransportPurposes.Varelevering)));

        Assert.Equal(ComplianceStatus.Met, Only(facts, Oslo2025MassTransport).Status);
    }

    [Fact]
    public void Oslo2025MassTransport_DieselTruck_NotMetNamingIt()
    {
        var facts = Contract(Month(1, Vehicle("EL11111", "el-batteri", km: 3000), Vehicle("DI33333", "hvo100", km: 1000)));

        var verdict = Only(facts, Oslo2025MassTransport);

        Assert.Equal(ComplianceStatus.NotMet, verdict.Status);
        Assert.Equal(1m, verdict.Measured);
        Assert.Equal(["DI33333"], verdict.Offenders);
    }

    [Fact]
    public void Oslo2025MassTransport_NoMassTransport_Met()
    {
        var facts = Contract(Month(1, Vehicle("DI33333", "diesel", purpose: TransportPurposes.Varelevering)));

        Assert.Equal(ComplianceStatus.Met, Only(facts, Oslo2025MassTransport).Status);
    }

    [Fact]
    public void Oslo2019FossilFree_ElectricHvoAndGridHeat_Met()
    {
        var facts = Contract(Month(1, Machine("PIN-1", "el-batteri"), Machine("PIN-2", "hvo100"), Energy("MÅLER-1", "el-nett")));

        var verdict = Only(facts, Oslo2019FossilFree);

        Assert.Equal(ComplianceStatus.Met, verdict.Status);
        Assert.Equal(0m, verdict.Measured);
    }

    [Fact]
    public void Oslo2019FossilFree_DieselHeaterOnTheEnergySheet_NotMetNamingIt()
    {
        var facts = Contract(Month(1, Machine("PIN-1", "el-batteri", kwh: 3000), Energy("TANK-1", "diesel", kwh: 1000)));

        var verdict = Only(facts, Oslo2019FossilFree);

        Assert.Equal(ComplianceStatus.NotMet, verdict.Status);
        Assert.Equal(1m, verdict.Measured);
        Assert.Equal(["TANK-1"], verdict.Offenders);
    }

    [Fact]
    public void Oslo2019FossilFree_NothingSubmitted_CannotAssess()
    {
        var verdict = Only(Contract(Unsubmitted(1)), Oslo2019FossilFree);

        Assert.Equal(ComplianceStatus.CannotAssess, verdict.Status);
    }

    [Fact]
    public void StageIIIB_StageIVAndElectric_Met()
    {
        var facts = Contract(Month(1, Machine("PIN-1", emissionClass: EmissionClasses.StageIV), Machine("PIN-2", emissionClass: EmissionClasses.StageIIIB),
            Machine("PIN-3", "el-batteri", emissionClass: EmissionClasses.Nullutslipp)));

        var verdict = Only(facts, StageIIIB);

        Assert.Equal(ComplianceStatus.Met, verdict.Status);
        Assert.Equal(0m, verdict.Measured);
    }

    [Fact]
    public void StageIIIB_OldExcavatorInTwoLines_NotMetCountingItOnce()
    {
        var facts = Contract(Month(1, Machine("PIN-3", emissionClass: EmissionClasses.StageIIIA), Machine("PIN-3", emissionClass: EmissionClasses.StageIIIA),
            Machine("PIN-4")));

        var verdict = Only(facts, StageIIIB);

        Assert.Equal(ComplianceStatus.NotMet, verdict.Status);
        Assert.Equal(1m, verdict.Measured);
        Assert.Equal(["PIN-3"], verdict.Offenders);
        Assert.Contains("PIN-3 (stage-iiia)", verdict.Read(), StringComparison.Ordinal);
    }

    [Fact]
    public void StageIIIB_UnknownClassOnly_CannotAssessNamingTheMachine()
    {
        var facts = Contract(Month(1, Machine("PIN-1"), Machine("PIN-9", emissionClass: EmissionClasses.Ukjent)));

        var verdict = Only(facts, StageIIIB);

        Assert.Equal(ComplianceStatus.CannotAssess, verdict.Status);
        Assert.Equal(["PIN-9"], verdict.Offenders);
        Assert.Contains("The emission class is unknown or not comparable for PIN-9 (ukjent)", verdict.Read(), StringComparison.Ordinal);
    }

    [Fact]
    public void StageIIIB_UnknownClassBesideAKnownFailure_NotMetAndSaysTheUnknownChangesNothing()
    {
        var facts = Contract(Month(1, Machine("PIN-3", emissionClass: EmissionClasses.StageII), Machine("PIN-9", emissionClass: EmissionClasses.Ukjent)));

        var verdict = Only(facts, StageIIIB);

        Assert.Equal(ComplianceStatus.NotMet, verdict.Status);
        Assert.Equal(["PIN-3"], verdict.Offenders);
        Assert.Contains("PIN-9 (ukjent), but that does not change the result", verdict.Read(), StringComparison.Ordinal);
    }

    [Fact]
    public void StageIIIB_EuroVOnAMachine_CannotBeComparedSoCannotAssess()
    {
        var facts = Contract(Month(1, Machine("PIN-5", emissionClass: EmissionClasses.EuroV)));

        Assert.Equal(ComplianceStatus.CannotAssess, Only(facts, StageIIIB).Status);
    }

    [Fact]
    public void FossilFreeHeating_GridHeatAndElectricHeater_MetWhileDieselExcavatorIsOutOfScope()
    {
        var facts = Contract(Month(1, Energy("MÅLER-1", "el-nett"), Machine("VARME-1", "el-kabel", type: MachineTypes.Byggvarme),
            Machine("PIN-1", "diesel"), Energy("TANK-9", "diesel", purpose: EnergyPurposes.Brakkerigg)));

        var verdict = Only(facts, FossilFreeHeating);

        Assert.Equal(ComplianceStatus.Met, verdict.Status);
        Assert.Equal(0m, verdict.Measured);
    }

    [Fact]
    public void FossilFreeHeating_DieselHeaterMachineAndOilOnTheEnergySheet_NotMetNamingBoth()
    {
        var facts = Contract(Month(1, Machine("VARME-2", "diesel", type: MachineTypes.Byggvarme, kwh: 500), Energy("TANK-1", "diesel", kwh: 800)));

        var verdict = Only(facts, FossilFreeHeating);

        Assert.Equal(ComplianceStatus.NotMet, verdict.Status);
        Assert.Equal(2m, verdict.Measured);
        Assert.Equal(["VARME-2", "TANK-1"], verdict.Offenders);
    }

    [Fact]
    public void FossilFreeHeating_SummerMonthWithoutHeating_MetNotUnassessable()
    {
        var facts = Contract(Month(1, Machine("PIN-1", "diesel")));

        Assert.Equal(ComplianceStatus.Met, Only(facts, FossilFreeHeating).Status);
    }

    [Fact]
    public void FossilFreeHeating_ReportOverdue_CannotAssess()
    {
        Assert.Equal(ComplianceStatus.CannotAssess, Only(Contract(Unsubmitted(1)), FossilFreeHeating).Status);
    }

    [Fact]
    public void NoPalmOil_UsedCookingOilAndDiesel_Met()
    {
        var facts = Contract(Month(1, Delivery("DN-1"), Delivery("DN-2", "diesel", feedstock: null)));

        Assert.Equal(ComplianceStatus.Met, Only(facts, NoPalmOil).Status);
    }

    [Fact]
    public void NoPalmOil_PfadDelivery_NotMetNamingTheDeliveryNote()
    {
        var facts = Contract(Month(1, Delivery("DN-1"), Delivery("DN-17", feedstock: Feedstocks.Pfad)));

        var verdict = Only(facts, NoPalmOil);

        Assert.Equal(ComplianceStatus.NotMet, verdict.Status);
        Assert.Equal(["DN-17"], verdict.Offenders);
        Assert.Contains("DN-17 (pfad)", verdict.Read(), StringComparison.Ordinal);
    }

    [Fact]
    public void NoPalmOil_HvoWithoutFeedstock_CannotAssessNamingTheDelivery()
    {
        var facts = Contract(Month(1, Delivery("DN-5", feedstock: Feedstocks.Ukjent)));

        var verdict = Only(facts, NoPalmOil);

        Assert.Equal(ComplianceStatus.CannotAssess, verdict.Status);
        Assert.Contains("The feedstock is not documented for DN-5", verdict.Read(), StringComparison.Ordinal);
    }

    [Fact]
    public void EuroVI_EuroVIAndElectric_Met()
    {
        var facts = Contract(Month(1, Vehicle("AB11111"), Vehicle("EL22222", "el-batteri", emissionClass: EmissionClasses.Nullutslipp)));

        Assert.Equal(ComplianceStatus.Met, Only(facts, EuroVI).Status);
    }

    [Fact]
    public void EuroVI_EuroVTruck_NotMetNamingIt()
    {
        var facts = Contract(Month(1, Vehicle("AB11111"), Vehicle("CD12345", emissionClass: EmissionClasses.EuroV)));

        var verdict = Only(facts, EuroVI);

        Assert.Equal(ComplianceStatus.NotMet, verdict.Status);
        Assert.Equal(["CD12345"], verdict.Offenders);
    }

    [Fact]
    public void EuroVI_UnknownClass_CannotAssess()
    {
        var facts = Contract(Month(1, Vehicle("CD12345", emissionClass: EmissionClasses.Ukjent)));

        Assert.Equal(ComplianceStatus.CannotAssess, Only(facts, EuroVI).Status);
    }

    [Fact]
    public void OsloTransport_BiogasRefuseTrucks_Met()
    {
        var facts = Contract(Month(1, Vehicle("BG11111", "biogass", purpose: TransportPurposes.Avfall, type: VehicleTypes.Renovasjonsbil)));

        Assert.Equal(ComplianceStatus.Met, Only(facts, OsloTransport).Status);
    }

    [Fact]
    public void OsloTransport_DieselVan_NotMetNamingIt()
    {
        var facts = Contract(Month(1, Vehicle("BG11111", "biogass", km: 900), Vehicle("VA12345", "diesel", km: 100, type: VehicleTypes.Varebil)));

        var verdict = Only(facts, OsloTransport);

        Assert.Equal(ComplianceStatus.NotMet, verdict.Status);
        Assert.Equal(1m, verdict.Measured);
        Assert.Equal(["VA12345"], verdict.Offenders);
    }

    [Fact]
    public void OsloTransport_NoDrivingInACountedReport_Met()
    {
        Assert.Equal(ComplianceStatus.Met, Only(Contract(Month(1, Machine("PIN-1"))), OsloTransport).Status);
    }

    [Fact]
    public void Idle_TenPercent_Met()
    {
        var facts = Contract(Month(1, Machine("PIN-1", hours: 100, idle: 10), Machine("PIN-2", hours: 100)));

        var verdict = Only(facts, Idle);

        Assert.Equal(ComplianceStatus.Met, verdict.Status);
        // The machine without idle hours says nothing about idling and stays out of the ratio.
        Assert.Equal(0.1m, verdict.Measured);
    }

    [Fact]
    public void Idle_OneMachineIdlingHalfTheTime_NotMetNamingIt()
    {
        var facts = Contract(Month(1, Machine("PIN-1", hours: 100, idle: 10), Machine("PIN-2", hours: 100, idle: 50)));

        var verdict = Only(facts, Idle);

        Assert.Equal(ComplianceStatus.NotMet, verdict.Status);
        Assert.Equal(0.3m, verdict.Measured);
        Assert.Equal(["PIN-2"], verdict.Offenders);
    }

    [Fact]
    public void Idle_NoMachineReportsIdle_CannotAssessNoIdleHours()
    {
        var facts = Contract(Month(1, Machine("PIN-1", hours: 100)));

        var verdict = Only(facts, Idle);

        Assert.Equal(ComplianceStatus.CannotAssess, verdict.Status);
        Assert.Contains("No reported idle hours", verdict.Read(), StringComparison.Ordinal);
    }

    [Fact]
    public void OnTime_SubmittedBeforeTheDueDate_Met()
    {
        Assert.Equal(ComplianceStatus.Met, Only(Contract(Month(1)), OnTime).Status);
    }

    [Fact]
    public void OnTime_SubmittedTwoDaysLate_NotMetWithDates()
    {
        var facts = Contract(Month(1).SubmittedOn(At(new DateOnly(2025, 2, 12))));

        var verdict = Only(facts, OnTime);

        Assert.Equal(ComplianceStatus.NotMet, verdict.Status);
        Assert.Equal(["2025-01"], verdict.Offenders);
        Assert.Contains("The report for 2025-01 was submitted on 12/02/2025, after its due date 10/02/2025.", verdict.Read(), StringComparison.Ordinal);
    }

    [Fact]
    public void OnTime_NotSubmittedAndDueDatePassed_NotMet()
    {
        var verdict = Only(Contract(Unsubmitted(1)), OnTime, new DateOnly(2025, 2, 11));

        Assert.Equal(ComplianceStatus.NotMet, verdict.Status);
        Assert.Contains("has not been submitted; it was due on 10/02/2025", verdict.Read(), StringComparison.Ordinal);
    }

    [Fact]
    public void OnTime_NotSubmittedOnTheDueDay_NotYetDue()
    {
        var verdict = Only(Contract(Unsubmitted(1)), OnTime, new DateOnly(2025, 2, 10));

        Assert.Equal(ComplianceStatus.NotYetDue, verdict.Status);
    }

    [Fact]
    public void Promise_EightyPercentOverTheContractSoFar_Met()
    {
        var facts = Contract(
            Month(1, Machine("PIN-1", "el-batteri", hours: 100), Machine("PIN-2", hours: 50)),
            Month(2, Machine("PIN-1", "el-batteri", hours: 300)));

        var verdicts = EvaluateOne(facts, Promise).Verdicts;

        Assert.Equal(ComplianceStatus.NotMet, verdicts[0].Status);
        Assert.Equal(ComplianceStatus.Met, verdicts[1].Status);
        Assert.Equal(400m / 450m, verdicts[1].Measured);
    }

    [Fact]
    public void Promise_DieselMachinesPullItBelow_NotMetNamingThemFromEveryPeriod()
    {
        var facts = Contract(
            Month(1, Machine("PIN-1", "el-batteri", hours: 100), Machine("PIN-2", hours: 20)),
            Month(2, Machine("PIN-1", "el-batteri", hours: 100), Machine("PIN-3", hours: 40)));

        var verdicts = EvaluateOne(facts, Promise).Verdicts;

        Assert.Equal(ComplianceStatus.Met, verdicts[0].Status);
        Assert.Equal(ComplianceStatus.NotMet, verdicts[1].Status);
        Assert.Equal(["PIN-3", "PIN-2"], verdicts[1].Offenders);
    }

    [Fact]
    public void Promise_EarlierReportMissing_CannotAssessLaterPeriods()
    {
        var facts = Contract(Unsubmitted(1), Month(2, Machine("PIN-1", "el-batteri")));

        var verdicts = EvaluateOne(facts, Promise).Verdicts;

        Assert.All(verdicts, v => Assert.Equal(ComplianceStatus.CannotAssess, v.Status));
        Assert.Contains("2025-01", verdicts[1].Read(), StringComparison.Ordinal);
    }

    [Fact]
    public void Cap_UnderTenTonnes_Met()
    {
        var facts = Contract(Month(1, Machine("PIN-1", emissions: 4000)), Month(2, Vehicle("AB12345", emissions: 5000)));

        var verdict = Only(facts, Cap);

        Assert.Equal("contract", verdict.Window);
        Assert.Equal(ComplianceStatus.Met, verdict.Status);
        Assert.Equal(9000m, verdict.Measured);
    }

    [Fact]
    public void Cap_OverTenTonnes_NotMetNamingTheLargestEmittersFirst()
    {
        var facts = Contract(Month(1, Machine("PIN-1", emissions: 4000), Machine("PIN-2", emissions: 500)), Month(2, Vehicle("AB12345", emissions: 7000)));

        var verdict = Only(facts, Cap);

        Assert.Equal(ComplianceStatus.NotMet, verdict.Status);
        Assert.Equal(["AB12345", "PIN-1", "PIN-2"], verdict.Offenders);
    }

    [Fact]
    public void Cap_BeforeTheLastDueDate_NotYetDueShowingTheFigureSoFar()
    {
        var facts = Contract(Month(1, Machine("PIN-1", emissions: 4000)), Unsubmitted(2));

        var verdict = Only(facts, Cap, new DateOnly(2025, 3, 1));

        Assert.Equal(ComplianceStatus.NotYetDue, verdict.Status);
        Assert.Equal(4000m, verdict.Measured);
        Assert.Contains("rests on 1 of 2 periods", verdict.Read(), StringComparison.Ordinal);
    }

    [Fact]
    public void Cap_LastReportNeverSubmitted_CannotAssess()
    {
        var facts = Contract(Month(1, Machine("PIN-1", emissions: 4000)), Unsubmitted(2));

        Assert.Equal(ComplianceStatus.CannotAssess, Only(facts, Cap).Status);
    }
}
