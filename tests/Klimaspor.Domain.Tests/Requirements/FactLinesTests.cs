using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Template;
using Klimaspor.Domain.Requirements;
using static Klimaspor.Domain.Tests.Emissions.TestLines;

namespace Klimaspor.Domain.Tests.Requirements;

/// <summary>Fact lines from a real report calculated with the reference factor sets, and requirements evaluated on them.</summary>
public sealed class FactLinesTests
{
    private static readonly ReportingPeriod March = ReportingPeriod.Month(2025, 3);

    private static ReportLines Report() => new()
    {
        Machines =
        [
            Machine("diesel", hours: 100, litres: 1000, idle: 30, id: "PIN-1") with { EmissionClass = EmissionClasses.StageIV, PowerKw = 120 },
            Machine("el-batteri", hours: 150, kwh: 3000, id: "PIN-2", from: new DateOnly(2025, 3, 10), to: new DateOnly(2025, 3, 19)) with { EmissionClass = null },
            Machine("hybrid-diesel", hours: 50, litres: 200, kwh: 400, id: "PIN-3", to: new DateOnly(2025, 3, 5)) with { EmissionClass = null, WaiverRef = " FR-7 ", PowerKw = 90 },
        ],
        Vehicles = [Vehicle("biogass", km: 2000, kg: 500, load: 300, trips: 10, regNo: "BG12345")],
        Energy = [Energy("el-nett", 5000, id: "MÅLER-1"), Energy("diesel", 100, QuantityUnit.Litre, id: "TANK-1")],
        FuelDeliveries =
        [
            Delivery("hvo100", 3000, feedstock: null),
            Delivery("hvo100", 3000, feedstock: Feedstocks.Raps),
            Delivery("diesel", 1000) with { DeliveryNote = "FS-9912" },
        ],
    };

    private static (IReadOnlyList<FactLine> Facts, CalculationResult Result) Facts()
    {
        var report = Report();
        var result = Calculate(report);
        Assert.Empty(result.Errors);
        return (FactLines.From(report, result, March), result);
    }

    [Fact]
    public void From_CalculatedReport_CalculationOrderThenDeliveries()
    {
        var (facts, _) = Facts();

        Assert.Equal(
            [LineKind.Machine, LineKind.Machine, LineKind.Machine, LineKind.Vehicle, LineKind.Energy, LineKind.Energy,
                LineKind.FuelDelivery, LineKind.FuelDelivery, LineKind.FuelDelivery],
            facts.Select(f => f.Kind));
        Assert.Equal(["PIN-1", "PIN-2", "PIN-3", "BG12345", "MÅLER-1", "TANK-1"], facts.Take(6).Select(f => f.Id));
    }

    [Fact]
    public void From_CalculatedReport_FiguresAreTheCalculations()
    {
        var (facts, result) = Facts();

        for (var i = 0; i < result.Lines.Count; i++)
        {
            Assert.Equal(result.Lines[i].Energy.Value, facts[i].EnergyKwh);
            Assert.Equal(result.Lines[i].Territorial.Emissions.Value, facts[i].EmissionsTerritorial);
            Assert.Equal(result.Lines[i].LifeCycle.Emissions.Value, facts[i].EmissionsLifeCycle);
            Assert.Equal(result.Lines[i].Territorial.Avoided.Value, facts[i].AvoidedTerritorial);
            Assert.Equal(result.Lines[i].EnergyClass, facts[i].EnergyClass);
        }

        Assert.Equal(2660m, facts[0].EmissionsTerritorial);
        Assert.Equal((100m, 30m, 1000m), (facts[0].MachineHours, facts[0].IdleHours, facts[0].FuelLitres));
        Assert.Equal(400m, facts[2].HybridElectricityKwh);
        Assert.Equal(60_000m, facts[3].TonneKm);
        Assert.Equal(100m, facts[5].FuelLitres);
    }

    // Template v2's machine fields reach the stored facts, which the rules read: power for Stage power bands, the
    // sporadic exception, and where an electric machine's kWh came from (the grid where a v1 line does not say).
    [Fact]
    public void From_TemplateV2MachineFields_KeptOnTheFacts()
    {
        var report = new ReportLines
        {
            Machines =
            [
                Machine("diesel", hours: 6, litres: 9, id: "PUMP-1") with { PowerKw = 7.5m, Sporadic = true },
                Machine("el-kabel", hours: 150, kwh: 2900, id: "EL-1") with { EmissionClass = null },
                Machine("el-kabel", hours: 150, kwh: 2900, id: "EL-2") with { EmissionClass = null, ElectricitySource = ElectricitySources.Aggregat },
            ],
        };

        var facts = FactLines.From(report, Calculate(report), March);

        Assert.Equal((7.5m, true, (string?)null), (facts[0].PowerKw, facts[0].Sporadic, facts[0].ElectricitySource));
        Assert.Equal(((decimal?)null, false, ElectricitySources.Nett), (facts[1].PowerKw, facts[1].Sporadic, facts[1].ElectricitySource));
        Assert.Equal(ElectricitySources.Aggregat, facts[2].ElectricitySource);
    }

    [Fact]
    public void From_MachineDates_DaysOnSiteWithTheMissingOnesThePeriodsEdges()
    {
        var (facts, _) = Facts();

        Assert.Equal([31m, 10m, 5m], facts.Take(3).Select(f => f.MachineDays));
    }

    [Fact]
    public void From_EmissionClassesAndWaiverReferences_Normalised()
    {
        var (facts, _) = Facts();

        Assert.Equal(EmissionClasses.StageIV, facts[0].EmissionClass);
        Assert.Equal(EmissionClasses.Nullutslipp, facts[1].EmissionClass);
        // A hybrid burns diesel: without a class it is unknown, not zero-emission.
        Assert.Equal(EmissionClasses.Ukjent, facts[2].EmissionClass);
        Assert.Equal("FR-7", facts[2].WaiverRef);
        Assert.Null(facts[4].EmissionClass);
    }

    [Fact]
    public void From_Deliveries_IdsFeedstockAndQuantity()
    {
        var (facts, _) = Facts();
        var deliveries = facts.Where(f => f.Kind == LineKind.FuelDelivery).ToList();

        Assert.Equal(["2025-03-10 Drivstoff AS hvo100", "2025-03-10 Drivstoff AS hvo100 (2)", "FS-9912"], deliveries.Select(d => d.Id));
        Assert.Equal([Feedstocks.Ukjent, Feedstocks.Raps, null], deliveries.Select(d => d.Feedstock));
        Assert.Equal([EnergyClass.LiquidBiofuel, EnergyClass.LiquidBiofuel, EnergyClass.Fossil], deliveries.Select(d => d.EnergyClass));
        Assert.Equal([3000m, 3000m, 1000m], deliveries.Select(d => d.DeliveredQuantity));
    }

    [Fact]
    public void FactLine_Figures_SixDecimalsAsCalculatedAndMissingStaysMissing()
    {
        var line = new FactLine { Id = "PIN-1", Carrier = "diesel", MachineHours = 1.2345675m, EnergyKwh = 10m / 3, WeightTonnes = 21.5m };

        Assert.Equal((1.234568m, 3.333333m, 21.5m), (line.MachineHours, line.EnergyKwh, line.WeightTonnes));
        Assert.Null(line.IdleHours);
        Assert.Null(line.TonneKm);
        Assert.Equal(line, line with { });
        Assert.NotEqual(line, line with { IdleHours = 0 });
    }

    [Fact]
    public void Evaluate_FossilShareOnTheCalculatedSite_HybridElectricityCountsAsZeroEmission()
    {
        var (facts, result) = Facts();
        var period = new PeriodFacts { Period = March, Key = "2025-03", DueDate = new DateOnly(2025, 4, 10), SubmittedAt = DateTimeOffset.UnixEpoch, Lines = facts };
        var contract = new ContractFacts { Periods = [period] };
        var rule = new RequirementRule
        {
            Key = "fossil",
            ClauseText = "Ingen fossil energi.",
            Metric = MetricCatalogue.Find(MetricCatalogue.ZeroEmissionEnergyShare)!.Definition,
            Comparison = Comparison.AtLeast,
            Threshold = 0.5m,
        };

        var verdict = Assert.Single(Assert.Single(ComplianceEvaluation.Evaluate(contract, [rule], new DateOnly(2025, 5, 1))).Verdicts);

        // The same figure the key figures give: the hybrid's 400 kWh are zero-emission energy.
        Assert.Equal(result.Totals!.ZeroEmissionEnergyShare, verdict.Measured);
    }

    [Fact]
    public void Evaluate_StageIIIBOnTheCalculatedSite_TheHybridWithoutClassCannotBeAssessed()
    {
        var (facts, _) = Facts();
        var period = new PeriodFacts { Period = March, Key = "2025-03", DueDate = new DateOnly(2025, 4, 10), SubmittedAt = DateTimeOffset.UnixEpoch, Lines = facts };
        var rule = RequirementPresets.Build(RequirementPresets.Kriterieveiviseren, new Dictionary<string, decimal>()).Single(r => r.Key == "kriterieveiviseren-minst-stage-iiib");

        var verdict = Assert.Single(Assert.Single(ComplianceEvaluation.Evaluate(new ContractFacts { Periods = [period] }, [rule], new DateOnly(2025, 5, 1))).Verdicts);

        Assert.Equal(ComplianceStatus.CannotAssess, verdict.Status);
        Assert.Equal(["PIN-3"], verdict.Offenders);
    }
}
