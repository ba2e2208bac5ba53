using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Transport;

namespace Klimaspor.Domain.Tests.Transport;

/// <summary>
/// Scenarios by hand (issue 17 item 4). ../shared/spec/transport-footprint.md, "Scenarios": a scenario "changes the
/// activity data […] and recomputes through the same engine. It never scales emissions by a percentage." Moved km are
/// priced with the consumption table (SWANA's refuse truck 8.6011 kWh/km; electric × 0.33/0.916 = 3.0986; gas × 0.35/0.30
/// = 10.0346) and the reference factor sets (biogas 14 kWh/kg, 0.01 kg CO2e/kg territorial, 0.63144 life-cycle; battery
/// electricity 0 territorial, 0.015 life-cycle).
/// </summary>
public sealed class TransportScenarioTests
{
    // A year of diesel refuse collection as the footprint found it; its energy and emissions are the footprint's own.
    private static readonly ScenarioBaselineRow DieselRefuse = new(VehicleTypes.Renovasjonsbil, "diesel", 1000, 20_000, 12_000, 172_022, 45_500, 56_164);

    private static Domain.Validation.Outcome<ScenarioResult> Run(ScenarioLevers levers, params ScenarioBaselineRow[] baseline) =>
        TransportScenarios.Run(baseline, levers, ReferenceFactorSets.NoTerritorial2021, ReferenceFactorSets.LifecycleWtw2023);

    [Fact]
    public void Run_SixtyPercentElectricRestBiogas_MovedKmPricedThroughTheEngine()
    {
        var outcome = Run(new ScenarioLevers { ElectricShare = 0.6m, BiogasShare = 0.4m }, DieselRefuse);

        Assert.True(outcome.Succeeded);
        var result = outcome.Value;
        // Before: the baseline as it stands.
        Assert.Equal(new ScenarioFigures(1000, 20_000, 172_022, 45_500, 56_164, 0, 0), result.Before);
        // Electric: 12 000 km × 3.0986 = 37 183.2 kWh; 0 territorial; × 0.015 = 557.748 kg life-cycle.
        var electric = Assert.Single(result.AfterRows, r => r.Carrier == "el-batteri");
        Assert.Equal((600m, 12_000m, 37_183.2m, 0m, 557.748m), (electric.Trips, electric.Km, electric.EnergyKwh, electric.TerritorialKg, electric.LifeCycleKg));
        // Biogas: 8 000 km × 10.0346 = 80 276.8 kWh = 5 734.057143 kg; × 0.01 = 57.340571; × 0.63144 = 3 620.713042.
        var biogas = Assert.Single(result.AfterRows, r => r.Carrier == "biogass");
        Assert.Equal((400m, 8_000m, 80_276.8m, 57.340571m, 3_620.713042m), (biogas.Trips, biogas.Km, biogas.EnergyKwh, biogas.TerritorialKg, biogas.LifeCycleKg));
        // Diesel: nothing left.
        Assert.Equal(0m, Assert.Single(result.AfterRows, r => r.Carrier == "diesel").Km);
        Assert.Equal(new ScenarioFigures(1000, 20_000, 117_460m, 57.340571m, 4_178.461042m, 0.6m, 1m), result.After);
    }

    [Fact]
    public void Run_ConsolidationAndLowerFrequency_TripsAndKmCutTheRowKeepsItsOwnIntensity()
    {
        // 20 % fewer trips by consolidation, then 25 % fewer by frequency: 0.8 × 0.75 = 0.6 of everything is left.
        var result = Run(new ScenarioLevers { ConsolidationCut = 0.2m, FrequencyCut = 0.25m }, DieselRefuse).Value!;

        Assert.Equal(new ScenarioFigures(600, 12_000, 103_213.2m, 27_300m, 33_698.4m, 0, 0), result.After);
    }

    [Fact]
    public void Run_NoLevers_AfterIsTheBaseline()
    {
        var result = Run(new ScenarioLevers(), DieselRefuse).Value!;

        Assert.Equal(result.Before, result.After);
    }

    [Fact]
    public void Run_CargoBikeLastMile_ZeroTailpipeAssistEnergyFromItsSourcedFigure()
    {
        // 10 % of 500 van trips (5 000 km) by cargo bike: 500 km × 0.022 kWh/km = 11 kWh; × 0.015 = 0.165 kg life-cycle.
        var vans = new ScenarioBaselineRow(VehicleTypes.Varebil, "diesel", 500, 5_000, null, 4_580, 1_211.5m, 1_495.5m);

        var result = Run(new ScenarioLevers { CargoBikeShare = 0.1m }, vans).Value!;

        var bike = Assert.Single(result.AfterRows, r => r.VehicleType == TransportScenarios.CargoBike);
        Assert.Equal((50m, 500m, 11m, 0m, 0.165m, true), (bike.Trips, bike.Km, bike.EnergyKwh, bike.TerritorialKg, bike.LifeCycleKg, bike.Moved));
        Assert.Equal(0.1m, result.After.ZeroEmissionShare);
        Assert.Equal(4_500m, Assert.Single(result.AfterRows, r => r.VehicleType == VehicleTypes.Varebil).Km);
    }

    [Fact]
    public void Run_AlreadyElectricRowsStay_OnlyFossilTripsMove()
    {
        var electric = new ScenarioBaselineRow(VehicleTypes.Renovasjonsbil, "el-batteri", 100, 2_000, null, 6_197.2m, 0, 92.958m);

        var result = Run(new ScenarioLevers { ElectricShare = 0.5m }, DieselRefuse, electric).Value!;

        // 2 000 km already electric + half of 20 000 moved = 12 000 of 22 000 km.
        Assert.Equal(decimal.Round(12_000m / 22_000m, 6), result.After.ZeroEmissionShare);
        Assert.Equal(12_000m, Assert.Single(result.AfterRows, r => r.Carrier == "el-batteri").Km);
    }

    [Theory]
    [InlineData(1.2, "levers.electricShare")]
    [InlineData(-0.1, "levers.electricShare")]
    public void Run_ShareOutsideZeroToHundred_RefusedAtTheLever(double share, string field)
    {
        var outcome = Run(new ScenarioLevers { ElectricShare = (decimal)share }, DieselRefuse);

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal((field, ScenarioMessageKeys.ShareOutOfRange), (problem.Field, problem.MessageKey));
    }

    [Fact]
    public void Run_CutAboveHundred_RefusedAtTheCut()
    {
        var problem = Assert.Single(Run(new ScenarioLevers { FrequencyCut = 1.5m }, DieselRefuse).Problems);

        Assert.Equal(("levers.frequencyCut", ScenarioMessageKeys.ShareOutOfRange), (problem.Field, problem.MessageKey));
    }

    [Fact]
    public void Run_ShiftsAboveAllTheTrips_Refused()
    {
        var problem = Assert.Single(Run(new ScenarioLevers { ElectricShare = 0.7m, BiogasShare = 0.4m }, DieselRefuse).Problems);

        Assert.Equal(("levers", ScenarioMessageKeys.SharesAboveAll), (problem.Field, problem.MessageKey));
        Assert.Equal(110m, problem.Arguments[0]);
    }

    [Fact]
    public void Run_BaselineAllElectric_NothingToMove()
    {
        var electric = new ScenarioBaselineRow(VehicleTypes.Renovasjonsbil, "el-batteri", 100, 2_000, null, 6_197.2m, 0, 92.958m);

        var problem = Assert.Single(Run(new ScenarioLevers { BiogasShare = 0.5m }, electric).Problems);

        Assert.Equal(ScenarioMessageKeys.NothingToMove, problem.MessageKey);
    }

    [Fact]
    public void Run_EmptyBaseline_Refused()
    {
        var problem = Assert.Single(Run(new ScenarioLevers { ElectricShare = 0.5m }).Problems);

        Assert.Equal(("baseline", ScenarioMessageKeys.BaselineEmpty), (problem.Field, problem.MessageKey));
    }
}
