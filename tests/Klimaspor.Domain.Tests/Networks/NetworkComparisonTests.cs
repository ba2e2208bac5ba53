using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Networks;

namespace Klimaspor.Domain.Tests.Networks;

public sealed class NetworkComparisonTests
{
    private static readonly FactorSet Territorial = ReferenceFactorSets.NoTerritorial2021V2;
    private static readonly FactorSet LifeCycle = ReferenceFactorSets.LifecycleWtw2023V2;

    /// <summary>A machine row burning diesel: 1 000 l at the set's 10.056 kWh/l is 10 056 kWh of fossil energy.</summary>
    private static ComparisonRow DieselMachine(decimal kwh = 10_056m, decimal hours = 100m, decimal storedTerritorialKg = 2_660m) =>
        new("diesel", "machine:gravemaskin", new KeyFigureSums
        {
            EnergyFossil = kwh,
            SiteFossil = kwh,
            MachineHours = hours,
            TerritorialEmissions = storedTerritorialKg,
        });

    private static ComparisonRow ElectricMachine(decimal kwh, decimal hours) =>
        new("el-batteri", "machine:gravemaskin", new KeyFigureSums { EnergyZeroEmission = kwh, SiteZeroEmission = kwh, MachineHours = hours, ZeroEmissionMachineHours = hours });

    private static ComparisonContract Contract(Guid member, string category, decimal valueNok, params ComparisonRow[] rows) =>
        new(Guid.NewGuid(), member, category, valueNok, rows);

    [Fact]
    public void Quartile_MicrosoftsExample_AsQuartileInc()
    {
        // support.microsoft.com, "QUARTILE.INC function": data 1, 2, 4, 7, 8, 9, 10, 12;
        // "=QUARTILE.INC(A2:A9,1) First quartile (25th percentile) of the data above (3.5)".
        decimal[] data = [1, 2, 4, 7, 8, 9, 10, 12];

        // n = 8: h = 7 × q / 4. Q1: h = 1.75, 2 + 0.75 × (4 − 2) = 3.5. Median: h = 3.5, 7 + 0.5 × 1 = 7.5.
        // Q3: h = 5.25, 9 + 0.25 × (10 − 9) = 9.25.
        Assert.Equal(new Quartiles(3.5m, 7.5m, 9.25m), NetworkComparison.QuartilesOf(data));
    }

    [Fact]
    public void Quartile_UnsortedValues_SortedFirst()
    {
        // developer.mescius.com, QUARTILE.INC: "QUARTILE.INC({11,21,42,27,18,29,32,52},1) gives the result of 20.25".
        Assert.Equal(20.25m, NetworkComparison.Quartile([11, 21, 42, 27, 18, 29, 32, 52], 1));
        // Odd count: the median is the middle value itself.
        Assert.Equal(30m, NetworkComparison.Quartile([50, 10, 30, 20, 40], 2));
    }

    [Fact]
    public void Recompute_DieselMachineUnderReferencePair_TheSetsFiguresByHand()
    {
        var emissions = NetworkComparison.Recompute(DieselMachine(), Territorial, LifeCycle);

        // 10 056 kWh / 10.056 kWh/l = 1 000 l; × 2.66 kg/l (territorial) = 2 660 kg; × 3.28346 kg/l (life cycle) = 3 283.46 kg.
        Assert.Equal(2_660m, emissions.Territorial);
        Assert.Equal(3_283.46m, emissions.LifeCycle);
        // A machine's emissions are the numerator of kg per machine hour.
        Assert.Equal(2_660m, emissions.TerritorialMachine);
    }

    [Fact]
    public void Recompute_UnderAnotherSet_UsesTheNetworksFactorsNotTheStoredEmissions()
    {
        // The network compares under a set whose diesel is 2.5 kg/l at 10 kWh/l, while the report stored 2 660 kg.
        var other = Territorial with
        {
            Key = "network-set",
            Factors = [new EmissionFactor { Carrier = "diesel", Unit = QuantityUnit.Litre, KgCo2ePerUnit = 2.5m, KwhPerUnit = 10m, Boundary = EmissionBoundary.Territorial, Source = "test" }],
        };

        var emissions = NetworkComparison.Recompute(DieselMachine(storedTerritorialKg: 2_660m), other, LifeCycle);

        // 10 056 kWh × 2.5 / 10 = 2 514 kg.
        Assert.Equal(2_514m, emissions.Territorial);
    }

    [Fact]
    public void Recompute_PlugInHybrid_ChargedKwhAsElectricityFuelAsDiesel()
    {
        // 1 000 kWh charged and 5 028 kWh of diesel (500 l).
        var row = new ComparisonRow("hybrid-diesel", "machine:hjullaster", new KeyFigureSums { EnergyZeroEmission = 1_000m, EnergyFossil = 5_028m });

        var emissions = NetworkComparison.Recompute(row, Territorial, LifeCycle);

        // Territorial: electricity 0, 500 l × 2.66 = 1 330 kg. Life cycle: 1 000 kWh × 0.015 = 15 kg + 500 l × 3.28346 = 1 641.73 kg.
        Assert.Equal(1_330m, emissions.Territorial);
        Assert.Equal(1_656.73m, emissions.LifeCycle);
    }

    [Fact]
    public void Recompute_DistrictHeatingWithoutLifeCycleFactor_CountedApartNotAsZero()
    {
        var row = new ComparisonRow("fjernvarme", "energy:byggvarme", new KeyFigureSums { EnergyZeroEmission = 1_000m, SiteZeroEmission = 1_000m });

        var emissions = NetworkComparison.Recompute(row, Territorial, LifeCycle);

        Assert.Equal(0m, emissions.LifeCycle);
        Assert.Equal(1_000m, emissions.KwhWithoutLifeCycleFactor);
        Assert.Equal(0m, emissions.KwhWithoutTerritorialFactor);
    }

    [Fact]
    public void Figures_TwoContracts_AddedThenDividedOnce()
    {
        var member = Guid.NewGuid();
        var figures = NetworkComparison.Figures(
        [
            Contract(member, "anlegg", 2_000_000m, DieselMachine(hours: 100m)),
            // 300 electric hours, no value: counts for per machine hour and the shares, not for per MNOK.
            Contract(member, "anlegg", 0m, ElectricMachine(3_000m, 300m)),
        ], Territorial, LifeCycle);

        // 2 660 kg over 400 hours = 6.65 kg/h (not the average of 26.6 and 0).
        Assert.Equal(6.65m, figures.TerritorialPerMachineHour);
        // Per MNOK only over the valued contract: 2 660 kg / 2 MNOK = 1 330.
        Assert.Equal(1_330m, figures.TerritorialPerMnok);
        Assert.Equal(0.75m, figures.ZeroEmissionMachineHourShare);
        // Site energy: 3 000 of 13 056 kWh zero-emission.
        Assert.Equal(3_000m / 13_056m, figures.ZeroEmissionEnergyShare);
        Assert.Null(figures.ZeroEmissionKmShare);
        Assert.Equal(2, figures.Contracts);
    }

    [Fact]
    public void Benchmarks_FiveContractsFromThreeMembers_Shown()
    {
        var (a, b, c) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        // Territorial kg per machine hour: 2 660 kg over 100, 200, 50, 133 and 266 hours = 26.6, 13.3, 53.2, 20, 10.
        var contracts = new[]
        {
            Contract(a, "anlegg", 0, DieselMachine(hours: 100m)),
            Contract(a, "anlegg", 0, DieselMachine(hours: 200m)),
            Contract(b, "anlegg", 0, DieselMachine(hours: 50m)),
            Contract(b, "anlegg", 0, DieselMachine(hours: 133m)),
            Contract(c, "anlegg", 0, DieselMachine(hours: 266m)),
        };

        var benchmark = NetworkComparison.Benchmarks(contracts, Territorial, LifeCycle, a)
            .Single(x => x.Measure == BenchmarkMeasure.TerritorialPerMachineHour);

        // Sorted 10, 13.3, 20, 26.6, 53.2: h = 4 × q / 4 falls on a value: Q1 13.3, median 20, Q3 26.6.
        Assert.True(benchmark.Shown);
        Assert.Equal((5, 3), (benchmark.Contracts, benchmark.Members));
        Assert.Equal(new Quartiles(13.3m, 20m, 26.6m), benchmark.Values);
        // The caller's own: 5 320 kg over 300 hours.
        Assert.Equal(5_320m / 300m, benchmark.Own);
        // No contract has a value: per MNOK has nothing behind it.
        Assert.False(NetworkComparison.Benchmarks(contracts, Territorial, LifeCycle, a).Single(x => x.Measure == BenchmarkMeasure.TerritorialPerMnok).Shown);
    }

    [Fact]
    public void Benchmarks_FourContractsOrTwoMembers_TooFewAndNothingComputed()
    {
        var (a, b, c) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var fourFromThree = new[]
        {
            Contract(a, "bygg", 0, DieselMachine(hours: 100m)),
            Contract(a, "bygg", 0, DieselMachine(hours: 200m)),
            Contract(b, "bygg", 0, DieselMachine(hours: 50m)),
            Contract(c, "bygg", 0, DieselMachine(hours: 133m)),
        };
        var fiveFromTwo = new[]
        {
            Contract(a, "bygg", 0, DieselMachine(hours: 100m)),
            Contract(a, "bygg", 0, DieselMachine(hours: 200m)),
            Contract(a, "bygg", 0, DieselMachine(hours: 300m)),
            Contract(b, "bygg", 0, DieselMachine(hours: 50m)),
            Contract(b, "bygg", 0, DieselMachine(hours: 133m)),
        };

        var four = NetworkComparison.Benchmarks(fourFromThree, Territorial, LifeCycle, a).Single(x => x.Measure == BenchmarkMeasure.TerritorialPerMachineHour);
        var two = NetworkComparison.Benchmarks(fiveFromTwo, Territorial, LifeCycle, a).Single(x => x.Measure == BenchmarkMeasure.TerritorialPerMachineHour);

        Assert.Equal((4, 3, false), (four.Contracts, four.Members, four.Shown));
        Assert.Null(four.Values);
        Assert.Equal((5, 2, false), (two.Contracts, two.Members, two.Shown));
        Assert.Null(two.Values);
    }

    [Fact]
    public void Membership_Steps_OnlyInTurn()
    {
        Assert.Equal(NetworkMemberStatus.Invited, NetworkMembership.Invite(null).Value);
        Assert.Equal(NetworkMemberStatus.Invited, NetworkMembership.Invite(NetworkMemberStatus.Left).Value);
        Assert.False(NetworkMembership.Invite(NetworkMemberStatus.Accepted).Succeeded);
        Assert.Equal(NetworkMemberStatus.Accepted, NetworkMembership.Accept(NetworkMemberStatus.Invited).Value);
        Assert.False(NetworkMembership.Accept(NetworkMemberStatus.Declined).Succeeded);
        Assert.False(NetworkMembership.Leave(NetworkMemberStatus.Invited).Succeeded);
        Assert.Equal(NetworkMemberStatus.Left, NetworkMembership.Leave(NetworkMemberStatus.Accepted).Value);
    }

    [Fact]
    public void ReadSharing_UnknownValue_RefusedWithTheAllowedValues()
    {
        var outcome = NetworkMembership.ReadSharing("everything");

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(NetworkMessageKeys.SharingUnknown, problem.MessageKey);
        Assert.Equal("aggregates, contracts", problem.Arguments[1]);
        Assert.Equal(NetworkSharing.Aggregates, NetworkMembership.ReadSharing(null).Value);
    }
}
