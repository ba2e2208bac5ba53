using Klimaspor.Domain.Transport;

namespace Klimaspor.Domain.Tests.Transport;

/// <summary>
/// The mapping's ranking and method mix, worked by hand. Issue 17 item 3: "ranked by life-cycle (well-to-wheel)
/// emissions, the EN ISO 14083 reference, with tank-to-wheel beside it … with the share of the total that the top
/// contracts and categories carry"; ../shared/spec/transport-footprint.md: "each footprint says which [method] it used".
/// </summary>
public sealed class FootprintRankingTests
{
    private static Footprint Lc(decimal lifeCycle, decimal territorial = 0) =>
        new(0, 0, 0, territorial, lifeCycle, 0, 0, [new MethodPart(ActivityMethod.Fuel, 0, territorial, lifeCycle, 1)]);

    [Fact]
    public void Rank_FourContracts_OrderedByLifeCycleWithSharesAndTopShares()
    {
        // Life cycle 500 + 300 + 150 + 50 = 1 000 kg: shares 0.5, 0.3, 0.15, 0.05; cumulative 0.5, 0.8, 0.95, 1.
        (string Name, Footprint F)[] items = [("delivery", Lc(300)), ("repairs", Lc(150)), ("waste", Lc(500)), ("office", Lc(50))];

        var ranked = FootprintRanking.Rank(items, i => i.F, i => i.Name);

        Assert.Equal(["waste", "delivery", "repairs", "office"], ranked.Select(r => r.Item.Name));
        Assert.Equal([1, 2, 3, 4], ranked.Select(r => r.Rank));
        Assert.Equal([0.5m, 0.3m, 0.15m, 0.05m], ranked.Select(r => r.Share!.Value));
        Assert.Equal([0.5m, 0.8m, 0.95m, 1m], ranked.Select(r => r.CumulativeShare!.Value));
        var tops = FootprintRanking.TopShares(ranked);
        Assert.Equal([(3, 3, 0.95m), (5, 4, 1m), (10, 4, 1m)], tops.Select(t => (t.Top, t.Items, t.Share!.Value)));
    }

    [Fact]
    public void Rank_EqualLifeCycle_TankToWheelThenNameDecide()
    {
        (string Name, Footprint F)[] items = [("b", Lc(100, 60)), ("a", Lc(100, 60)), ("c", Lc(100, 90))];

        Assert.Equal(["c", "a", "b"], FootprintRanking.Rank(items, i => i.F, i => i.Name).Select(r => r.Item.Name));
    }

    [Fact]
    public void Rank_NothingEmitted_SharesNotAvailableRatherThanZero()
    {
        var ranked = FootprintRanking.Rank([("a", Lc(0))], i => i.Item2, i => i.Item1);

        Assert.Null(Assert.Single(ranked).Share);
    }

    [Fact]
    public void Measured_FuelAndDistanceLines_MixByMethodAndMarkedByTheWeakest()
    {
        // A diesel refuse truck with litres (fuel-based), and an electric reserve truck on km only (distance-based):
        // 2 480 + 1 150 = 3 630 km, of which 1 150 zero-emission; the distance-based part is its 1 150 km and its kg.
        var footprint = Footprint.Measured(
        [
            new VehicleActivity("renovasjonsbil", "diesel", 20, 2_480, 19_910, 5_266, 6_300, 0, 0, 0, 0),
            new VehicleActivity("renovasjonsbil", "el-batteri", 9, 1_150, 1_600, 0, 45, 1_150, 1_150, 0, 45),
        ]);

        Assert.Equal((29m, 3_630m, 21_510m, 5_266m, 6_345m), (footprint.Trips, footprint.Km, footprint.EnergyKwh, footprint.KgCo2eTerritorial, footprint.KgCo2eLifeCycle));
        Assert.Equal([(ActivityMethod.Fuel, 2_480m, 6_300m), (ActivityMethod.Distance, 1_150m, 45m)],
            footprint.Methods.Select(m => (m.Method, m.Km, m.KgCo2eLifeCycle)));
        Assert.Equal((ActivityMethod.Distance, DataQuality.Modelled, true), (footprint.Method, footprint.Quality, footprint.IsEstimate));
        Assert.Equal(1_150m / 3_630m, footprint.ZeroEmissionKmShare);
    }

    [Fact]
    public void Sum_MeasuredAndSpendEstimated_ZeroEmissionShareOverMeasuredKmOnly()
    {
        // 1 000 measured km, 250 of them zero-emission; a spend estimate adds 3 000 km it cannot say the carrier of, so the
        // share stays 250 / 1 000 = 0.25, not 250 / 4 000. The estimate makes the whole an estimate.
        var measured = Footprint.Measured([new VehicleActivity("varebil", "el-batteri", 10, 1_000, 330, 0, 20, 250, 0, 0, 0)]);
        var intensity = new SpendIntensity(300, 15_000, 11_000, 12_000, CalibrationSource.OwnContracts, 2, 11_000, 15_000);
        var estimated = Footprint.Estimated(SpendEstimates.Estimate(200_000m, intensity));

        var sum = Footprint.Sum([measured, estimated]);

        Assert.Equal((3_000m, 60m, 2_400m), (estimated.Km, estimated.Trips, estimated.KgCo2eLifeCycle));
        Assert.Equal((4_000m, 0.25m), (sum.Km, sum.ZeroEmissionKmShare!.Value));
        Assert.Equal((ActivityMethod.Spend, DataQuality.Estimate), (sum.Method, sum.Quality));
        Assert.Equal([ActivityMethod.Fuel, ActivityMethod.Spend], sum.Methods.Select(m => m.Method));
        Assert.Null(estimated.ZeroEmissionKmShare);
    }
}
