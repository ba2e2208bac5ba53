using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Requirements;
using static Klimaspor.Domain.Tests.Requirements.Site;

namespace Klimaspor.Domain.Tests.Requirements;

/// <summary>Requirements a buyer composes from the catalogue's parts, on metrics and scopes no preset uses: no code changes.</summary>
public sealed class ComposedRequirementTests
{
    /// <summary>"At least 80 % of the km of goods deliveries by van shall be zero-emission."</summary>
    private static readonly RequirementRule ZeroEmissionVanDeliveries = new()
    {
        Key = "varelevering-varebil-utslippsfri",
        ClauseText = "Minst 80 % av kjørte km med varebil til varelevering skal være utslippsfrie.",
        Kind = RequirementKind.MinimumRequirement,
        Metric = new MetricDefinition
        {
            Code = "ze-km-share-vans",
            LineKind = LineKind.Vehicle,
            Aggregate = MetricAggregate.Share,
            Quantity = FactQuantity.Kilometres,
            Condition = new LineCondition { EnergyClasses = [EnergyClass.ZeroEmission] },
        },
        Scope = new RequirementScope { Types = [VehicleTypes.Varebil], Purposes = [TransportPurposes.Varelevering] },
        Comparison = Comparison.AtLeast,
        Threshold = 0.8m,
        Window = RequirementWindow.EachPeriod,
    };

    /// <summary>"Excavators of 20 t and more shall emit at most 20 kg CO2e per machine hour over the life cycle, cumulatively."</summary>
    private static readonly RequirementRule Co2ePerHourLargeExcavators = new()
    {
        Key = "store-gravemaskiner-co2e-per-time",
        ClauseText = "Gravemaskiner på 20 tonn og mer skal samlet slippe ut høyst 20 kg CO2e per driftstime (livsløp).",
        Kind = RequirementKind.Promise,
        Metric = new MetricDefinition
        {
            Code = "co2e-lc-per-hour",
            LineKind = LineKind.Machine,
            Aggregate = MetricAggregate.Ratio,
            Quantity = FactQuantity.EmissionsLifeCycle,
            Denominator = FactQuantity.MachineHours,
        },
        Scope = new RequirementScope { Types = [MachineTypes.Gravemaskin], MinWeightTonnes = 20 },
        Comparison = Comparison.AtMost,
        Threshold = 20,
        Window = RequirementWindow.Cumulative,
    };

    [Fact]
    public void Validate_ComposedRequirements_NoErrors()
    {
        Assert.Empty(RequirementRules.Validate(ZeroEmissionVanDeliveries));
        Assert.Empty(RequirementRules.Validate(Co2ePerHourLargeExcavators));
    }

    [Fact]
    public void VanDeliveries_ElectricVansDriveFourFifths_MetWhileTrucksAndOtherPurposesStayOut()
    {
        var facts = Contract(Month(1,
            Vehicle("EL10001", "el-batteri", km: 800, type: VehicleTypes.Varebil, purpose: TransportPurposes.Varelevering),
            Vehicle("DI20002", "diesel", km: 200, type: VehicleTypes.Varebil, purpose: TransportPurposes.Varelevering),
            Vehicle("DI30003", "diesel", km: 5000, type: VehicleTypes.Lastebil, purpose: TransportPurposes.Varelevering),
            Vehicle("DI40004", "diesel", km: 900, type: VehicleTypes.Varebil, purpose: TransportPurposes.Tjeneste)));

        var verdict = Only(facts, ZeroEmissionVanDeliveries);

        Assert.Equal((ComplianceStatus.Met, 0.8m), (verdict.Status, verdict.Measured));
    }

    [Fact]
    public void VanDeliveries_StricterThreshold_NotMetNamingTheDieselVan()
    {
        var facts = Contract(Month(1,
            Vehicle("EL10001", "el-batteri", km: 800, type: VehicleTypes.Varebil, purpose: TransportPurposes.Varelevering),
            Vehicle("DI20002", "diesel", km: 200, type: VehicleTypes.Varebil, purpose: TransportPurposes.Varelevering)));

        var verdict = Only(facts, ZeroEmissionVanDeliveries with { Threshold = 0.9m });

        Assert.Equal(ComplianceStatus.NotMet, verdict.Status);
        Assert.Equal(["DI20002"], verdict.Offenders);
    }

    [Fact]
    public void Co2ePerHour_CumulativeOverLargeExcavators_NotMetNamingTheDirtiestFirst()
    {
        var facts = Contract(
            Month(1, Machine("EX-1", weight: 22, hours: 100, emissions: 1500), Machine("MINI-1", weight: 3, hours: 100, emissions: 9000)),
            Month(2, Machine("EX-2", weight: 30, hours: 100, emissions: 4100), Machine("EX-1", weight: 22, hours: 100, emissions: 1000)));

        var verdicts = EvaluateOne(facts, Co2ePerHourLargeExcavators).Verdicts;

        Assert.Equal((ComplianceStatus.Met, 15m), (verdicts[0].Status, verdicts[0].Measured));
        Assert.Equal((ComplianceStatus.NotMet, 22m), (verdicts[1].Status, verdicts[1].Measured));
        Assert.Equal(["EX-2"], verdicts[1].Offenders);
        Assert.Contains("Measured: 15. The requirement is at most 20.", verdicts[0].Read(), StringComparison.Ordinal);
    }

    [Fact]
    public void FossilMachineDays_SmallMachinesAtMostTenDays_CountsCalendarDaysOnSite()
    {
        var rule = new RequirementRule
        {
            Key = "sma-maskiner-fossile-dogn",
            ClauseText = "Maskiner under 8 tonn kan gå på fossilt drivstoff i høyst 10 maskindøgn per måned.",
            Metric = MetricCatalogue.Find(MetricCatalogue.FossilMachineDays)!.Definition,
            Scope = new RequirementScope { MaxWeightTonnes = 8 },
            Comparison = Comparison.AtMost,
            Threshold = 10,
        };
        var facts = Contract(Month(1, Machine("MINI-1", weight: 3, days: 6), Machine("MINI-2", weight: 5, days: 7), Machine("BIG", weight: 25, days: 31),
            Machine("MINI-3", "el-batteri", weight: 2, days: 31)));

        var verdict = Only(facts, rule);

        Assert.Empty(RequirementRules.Validate(rule));
        Assert.Equal((ComplianceStatus.NotMet, 13m), (verdict.Status, verdict.Measured));
        Assert.Equal(["MINI-2", "MINI-1"], verdict.Offenders);
        Assert.Contains("Measured: 13 machine-days. The requirement is at most 10 machine-days.", verdict.Read(), StringComparison.Ordinal);
    }

    [Fact]
    public void DeliveriesWithoutFeedstock_CatalogueMetric_CountsBiofuelWithoutEvidenceOnly()
    {
        var rule = new RequirementRule
        {
            Key = "raastoff-dokumentert",
            ClauseText = "Råstoffet skal dokumenteres for hver leveranse av biodrivstoff.",
            Metric = MetricCatalogue.Find(MetricCatalogue.DeliveriesWithoutFeedstock)!.Definition,
            Comparison = Comparison.AtMost,
            Threshold = 0,
        };
        var facts = Contract(Month(1, Delivery("DN-1"), Delivery("DN-2", feedstock: Feedstocks.Ukjent), Delivery("DN-3", "diesel", feedstock: null)));

        var verdict = Only(facts, rule);

        Assert.Equal(ComplianceStatus.NotMet, verdict.Status);
        Assert.Equal(["DN-2"], verdict.Offenders);
    }
}
