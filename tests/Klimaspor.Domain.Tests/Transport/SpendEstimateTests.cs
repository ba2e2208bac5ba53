using Klimaspor.Domain.Transport;

namespace Klimaspor.Domain.Tests.Transport;

/// <summary>
/// The spend-based estimate, worked by hand. Two measured waste collection contracts of one buyer:
/// A: 10 MNOK a year, 5 000 trips, 200 000 km, 140 000 kg territorial, 150 000 kg life cycle;
/// B: 30 MNOK a year, 9 000 trips, 400 000 km, 300 000 kg territorial, 330 000 kg life cycle.
/// Together 40 MNOK: 14 000 / 40 = 350 trips, 600 000 / 40 = 15 000 km, 440 000 / 40 = 11 000 kg territorial and
/// 480 000 / 40 = 12 000 kg life cycle per MNOK; per contract the life-cycle intensity is 15 000 (A) and 11 000 (B).
/// </summary>
public sealed class SpendEstimateTests
{
    private static readonly MeasuredContract A = new(10_000_000m, 5_000, 200_000, 140_000, 150_000);
    private static readonly MeasuredContract B = new(30_000_000m, 9_000, 400_000, 300_000, 330_000);

    [Fact]
    public void Calibrate_TwoOwnContracts_SpendWeightedIntensitiesWithCountAndSpread()
    {
        var intensity = SpendEstimates.Calibrate([A, B], CalibrationSource.OwnContracts)!;

        Assert.Equal((350m, 15_000m, 11_000m, 12_000m), (intensity.TripsPerMnok, intensity.KmPerMnok, intensity.KgCo2eTerritorialPerMnok, intensity.KgCo2eLifeCyclePerMnok));
        Assert.Equal((2, 11_000m, 15_000m), (intensity.Contracts, intensity.LowestKgCo2eLifeCyclePerMnok, intensity.HighestKgCo2eLifeCyclePerMnok));
    }

    [Fact]
    public void Estimate_25MnokContract_TripsKmAndEmissionsByHand()
    {
        // 25 MNOK × 350 = 8 750 trips; × 15 000 = 375 000 km; × 11 000 = 275 000 kg; × 12 000 = 300 000 kg.
        var estimate = SpendEstimates.Estimate(25_000_000m, SpendEstimates.Calibrate([A, B], CalibrationSource.OwnContracts)!);

        Assert.Equal((8_750m, 375_000m, 275_000m, 300_000m), (estimate.Trips, estimate.Km, estimate.KgCo2eTerritorial, estimate.KgCo2eLifeCycle));
        Assert.Equal((ActivityMethod.Spend, DataQuality.Estimate), (estimate.Method, estimate.Quality));
    }

    [Fact]
    public void AnnualSpend_NoneGiven_ContractValueProRataPerYear()
    {
        // 48 MNOK over 1 January 2025 to 31 December 2028, 1 461 days: 48 × 365.25 / 1 461 = 12 MNOK a year.
        Assert.Equal(12_000_000m, SpendEstimates.AnnualSpend(null, 48_000_000m, new DateOnly(2025, 1, 1), new DateOnly(2028, 12, 31)));
        Assert.Equal(9_000_000m, SpendEstimates.AnnualSpend(9_000_000m, 48_000_000m, new DateOnly(2025, 1, 1), new DateOnly(2028, 12, 31)));
    }

    [Fact]
    public void Choose_OwnThenNetworkThenFiveAnonymousThenDefault()
    {
        var four = Enumerable.Repeat(A, 4).ToList();
        var five = Enumerable.Repeat(A, 5).ToList();
        var fallback = new SpendDefault(300, 12_000, 9_000, 10_000, "Oslo REG, kjøreboklogg 2024");

        Assert.Equal(CalibrationSource.OwnContracts, SpendEstimates.Choose([A], [B], five, fallback, "renovasjon").Value!.Source);
        Assert.Equal(CalibrationSource.Network, SpendEstimates.Choose([], [B], five, fallback, "renovasjon").Value!.Source);
        Assert.Equal((CalibrationSource.AllOrganisations, 5), Pair(SpendEstimates.Choose([], [], five, fallback, "renovasjon").Value!));
        // Four contracts could be told apart: not enough for an anonymous figure, so the buyer's own default is used.
        var chosen = SpendEstimates.Choose([], [], four, fallback, "renovasjon").Value!;
        Assert.Equal((CalibrationSource.BuyerDefault, "Oslo REG, kjøreboklogg 2024"), (chosen.Source, chosen.SourceNote));

        static (CalibrationSource, int) Pair(SpendIntensity i) => (i.Source, i.Contracts);
    }

    [Fact]
    public void Choose_NoCalibrationAndNoDefault_RefusedAtTheCategory()
    {
        var outcome = SpendEstimates.Choose([], [], [A], null, "reparasjon-og-service");

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(("category", "Spend.NoCalibration"), (problem.Field, problem.MessageKey));
    }

    [Fact]
    public void ValidateDefault_WithoutSourceOrWithNegativeFigure_EachLocated()
    {
        var errors = SpendEstimates.ValidateDefault(new SpendDefault(300, -1, 9_000, 10_000, " "));

        Assert.Equal(["source", "kmPerMnok"], errors.Select(e => e.Field));
    }
}
