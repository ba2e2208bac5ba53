using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Requirements;
using Klimaspor.Domain.Transport;
using static Klimaspor.Domain.Tests.Requirements.Site;

namespace Klimaspor.Domain.Tests.Transport;

/// <summary>
/// A scenario becomes a contract strategy (issue 17 item 4): "the requirements from the catalogue that would deliver it
/// (zero-emission or biogas share, Euro 6/VI minimum, at most N trips a week measured from the period's trips)", then
/// "followed up like any other requirement".
/// </summary>
public sealed class ContractStrategyTests
{
    private static readonly ScenarioBaselineRow DieselRefuse = new(VehicleTypes.Renovasjonsbil, "diesel", 1000, 20_000, null, 172_022, 45_500, 56_164);

    private static ScenarioResult Scenario(ScenarioLevers levers) =>
        TransportScenarios.Run([DieselRefuse], levers, ReferenceFactorSets.NoTerritorial2021, ReferenceFactorSets.LifecycleWtw2023).Value!;

    [Fact]
    public void From_ElectricAndBiogasWithFewerTrips_ShareEuroVIAndTripCap()
    {
        // 60 % electric, 30 % biogas, 20 % fewer trips over a year: 800 trips × 7 ÷ 365 = 15.34, so at most 16 a week;
        // zero-emission or biogas 90 % of km.
        var strategy = ContractStrategies.From(Scenario(new ScenarioLevers { ElectricShare = 0.6m, BiogasShare = 0.3m, ConsolidationCut = 0.2m }), 365);

        Assert.Equal([RequirementPresets.ZeroEmissionOrBiogasShare, RequirementPresets.TransportEuroVI, RequirementPresets.TripsPerWeekCap],
            strategy.Select(s => s.Preset));
        Assert.Equal(0.9m, strategy[0].Parameters[RequirementPresets.ShareParameter]);
        Assert.Equal(0.9m, Assert.Single(strategy[0].Rules).Threshold);
        Assert.Equal(16m, Assert.Single(strategy[2].Rules).Threshold);
        Assert.All(strategy.SelectMany(s => s.Rules), r => Assert.Empty(RequirementRules.Validate(r)));
    }

    [Fact]
    public void From_NoShiftNoCut_OnlyEuroVI()
    {
        var strategy = ContractStrategies.From(Scenario(new ScenarioLevers()), 365);

        Assert.Equal([RequirementPresets.TransportEuroVI], strategy.Select(s => s.Preset));
    }

    [Fact]
    public void From_SharePartOfAPercent_RoundedDownSoThePlanMeetsIt()
    {
        var strategy = ContractStrategies.From(Scenario(new ScenarioLevers { ElectricShare = 0.6666m }), 365);

        Assert.Equal(0.66m, strategy[0].Parameters[RequirementPresets.ShareParameter]);
    }

    [Fact]
    public void Strategy_EvaluatedOnReports_MetWhenThePlanIsKeptNotMetWhenItIsNot()
    {
        // "60 % elektriske renovasjonsbiler, resten biogass", 20 % fewer trips: share 100 %, Euro VI, at most 16 trips a week.
        var rules = ContractStrategies.From(Scenario(new ScenarioLevers { ElectricShare = 0.6m, BiogasShare = 0.4m, ConsolidationCut = 0.2m }), 365)
            .SelectMany(s => s.Rules).ToList();
        var kept = Month(1,
            Vehicle("EL-1", "el-batteri", km: 600, purpose: TransportPurposes.Avfall, type: VehicleTypes.Renovasjonsbil, emissionClass: EmissionClasses.Nullutslipp) with { Trips = 40 },
            Vehicle("BG-2", "biogass", km: 400, purpose: TransportPurposes.Avfall, type: VehicleTypes.Renovasjonsbil) with { Trips = 30 });
        var broken = Month(2,
            Vehicle("EL-1", "el-batteri", km: 600, purpose: TransportPurposes.Avfall, type: VehicleTypes.Renovasjonsbil, emissionClass: EmissionClasses.Nullutslipp) with { Trips = 50 },
            Vehicle("DI-3", "diesel", km: 400, purpose: TransportPurposes.Avfall, type: VehicleTypes.Renovasjonsbil, emissionClass: EmissionClasses.EuroV) with { Trips = 30 });

        var results = ComplianceEvaluation.Evaluate(Contract(kept, broken), rules, Later);

        // January: 100 % of km zero-emission or biogas, every vehicle Euro VI or zero-emission, 70 × 7 ÷ 31 = 15.8 a week.
        Assert.All(results, r => Assert.Equal(ComplianceStatus.Met, r.Verdicts[0].Status));
        // February: 60 % of km, a Euro V diesel truck, 80 × 7 ÷ 28 = 20 a week: each requirement names what broke it.
        Assert.All(results, r => Assert.Equal(ComplianceStatus.NotMet, r.Verdicts[1].Status));
        Assert.Equal(["DI-3"], results[1].Verdicts[1].Offenders);
        Assert.Equal(20m, results[2].Verdicts[1].Measured);
    }
}
