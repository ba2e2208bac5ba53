using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Requirements;
using static Klimaspor.Domain.Tests.Requirements.Site;

namespace Klimaspor.Domain.Tests.Requirements;

/// <summary>
/// "Every machine / every vehicle must be …" is a rule about each item (issue 14 item 1). Oslo kommune's 2025 text asks
/// "that all work on the construction site must be emission-free" (klimaoslo.no, "Oslo requires emission-free machines
/// on municipal construction sites"), and Kriterieveiviseren that "Maskiner og utstyr på anleggsplassen skal være
/// fossilfrie" (kriterieveiviseren.difi.no, "Utslippsreduksjon fra anleggsmaskiner, kjøretøy og utstyr"): each machine,
/// not a share of hours.
/// </summary>
public sealed class EveryItemTests
{
    /// <summary>A rule as contracts were given it before version 2 of the presets: a share of machine hours of at least 100 %.</summary>
    private static readonly RequirementRule StoredHundredPercent = new()
    {
        Key = "oslo-2025-maskiner-utslippsfrie",
        ClauseText = "Minst 100 % av maskintimene på bygge- og anleggsplassen skal være utslippsfrie.",
        Metric = MetricCatalogue.Find(MetricCatalogue.ZeroEmissionMachineHourShare)!.Definition,
        Scope = new RequirementScope { Waivers = WaiverFilter.ExceptWaived },
        Comparison = Comparison.AtLeast,
        Threshold = 1,
    };

    private static readonly RequirementRule StoredNoFossilEnergy = new()
    {
        Key = "oslo-2019-fossilfri",
        ClauseText = "Bygge- og anleggsplassen skal være fossilfri.",
        Metric = MetricCatalogue.Find(MetricCatalogue.FossilEnergyShare)!.Definition,
        Comparison = Comparison.AtMost,
        Threshold = 0,
    };

    [Fact]
    public void Evaluate_StoredHundredPercentShare_DieselMachineWithFuelButNoHoursBreaksIt()
    {
        // The diesel excavator reported fuel and no hours: as a share of hours it was invisible (100 % met).
        var facts = Contract(Month(1, Machine("PIN-1", "el-batteri", hours: 300), Machine("PIN-7", "diesel", hours: 0, litres: 400, kwh: 4000)));

        var verdict = Only(facts, StoredHundredPercent);

        Assert.Equal(ComplianceStatus.NotMet, verdict.Status);
        Assert.Equal(1m, verdict.Measured);
        Assert.Equal(["PIN-7"], verdict.Offenders);
    }

    [Fact]
    public void Evaluate_StoredHundredPercentShare_CountedReportWithoutMachinesMeetsIt()
    {
        var facts = Contract(Month(1, Energy("MÅLER-1", "el-nett")));

        var verdict = Only(facts, StoredHundredPercent);

        Assert.Equal(ComplianceStatus.Met, verdict.Status);
    }

    [Fact]
    public void Evaluate_StoredHundredPercentShare_ApprovedWaiverLeavesTheMachineOut()
    {
        var facts = Contract(Month(1, Machine("PIN-1", "el-batteri"), Machine("PIN-7", "hvo100"))) with
        {
            Waivers = [Site.Waiver("FRAVIK-3", "PIN-7", "2025-01")],
        };

        var verdict = Only(facts, StoredHundredPercent);

        Assert.Equal(ComplianceStatus.Met, verdict.Status);
        Assert.Equal(["FRAVIK-3"], verdict.WaiversUsed);
    }

    [Fact]
    public void Evaluate_StoredZeroPercentFossilShare_NamesEachFossilSourceCountedOnce()
    {
        var facts = Contract(Month(1, Machine("PIN-2", "diesel"), Machine("PIN-2", "diesel"), Energy("TANK-1", "diesel"), Machine("PIN-3", "hvo100")));

        var verdict = Only(facts, StoredNoFossilEnergy);

        Assert.Equal(ComplianceStatus.NotMet, verdict.Status);
        Assert.Equal(2m, verdict.Measured);
        Assert.Equal(["PIN-2", "TANK-1"], verdict.Offenders);
    }

    [Fact]
    public void AsEvaluated_PromisedNinetyPercent_StaysAShare()
    {
        var promise = RequirementPresets.Build(RequirementPresets.PromisedZeroEmissionShare, new Dictionary<string, decimal>())[0];

        Assert.Same(promise, EveryItem.AsEvaluated(promise));
        // A bid that promised 100 % is measured as the bid was: a share of hours.
        Assert.Equal(MetricAggregate.Share, EveryItem.AsEvaluated(promise with { Threshold = 1 }).Metric.Aggregate);
    }

    [Fact]
    public void AsEvaluated_HundredPercentShare_NamedAsTheCataloguesCount()
    {
        var evaluated = EveryItem.AsEvaluated(StoredHundredPercent);

        Assert.Equal(MetricCatalogue.MachinesNotZeroEmission, evaluated.Metric.Code);
        Assert.Equal((Comparison.AtMost, 0m), (evaluated.Comparison, evaluated.Threshold));
        Assert.Equal(StoredHundredPercent.ClauseText, evaluated.ClauseText);
    }

    [Fact]
    public void AsEvaluated_ShareRelievedByTheGrid_StaysAShare()
    {
        var relieved = StoredHundredPercent with { GridRelief = true };

        Assert.Same(relieved, EveryItem.AsEvaluated(relieved));
    }

    [Fact]
    public void Evaluate_ZeroEmissionMachineWithAStageWrittenOnIt_NeverFailsAStageRule()
    {
        // An electric excavator reported with the Stage of the diesel model it replaced.
        var rule = Rule(RequirementPresets.Kriterieveiviseren, "kriterieveiviseren-minst-stage-iiib");
        var facts = Contract(Month(1, Machine("EL-1", "el-batteri", emissionClass: EmissionClasses.StageII)));

        Assert.Equal(ComplianceStatus.Met, Only(facts, rule).Status);
    }

    [Fact]
    public void KeyFigures_ZeroEmissionEnergyShare_IsTheSitesWithoutVehicleEnergy()
    {
        // Oslo's climate budget reports construction energy apart from transport: a diesel lorry does not lower the site's share.
        var accumulator = new KeyFigureAccumulator();
        accumulator.Add(new CalculatedLine { Kind = LineKind.Machine, Carrier = "el-batteri", EnergyClass = EnergyClass.ZeroEmission, Energy = new(900) });
        accumulator.Add(new CalculatedLine { Kind = LineKind.Energy, Carrier = "biogass", EnergyClass = EnergyClass.Biogas, Energy = new(100) });
        accumulator.Add(new CalculatedLine { Kind = LineKind.Vehicle, Carrier = "diesel", EnergyClass = EnergyClass.Fossil, Energy = new(5000) });

        var figures = accumulator.Result();

        Assert.Equal(0.9m, figures.ZeroEmissionEnergyShare);
        Assert.Equal(0.1m, figures.BiogasEnergyShare);
        Assert.Equal(0m, figures.FossilEnergyShare);
        Assert.Equal(1000m, figures.SiteEnergy.Value);
        Assert.Equal(KeyFigures.CurrentDefinitions, figures.Definitions);
    }

    [Fact]
    public void Evaluate_ClimateBudgetFigures_MassAndWasteTransportKmAndConstructionEnergyApart()
    {
        var facts = Contract(Month(1, Vehicle("MA11111", km: 1200), Vehicle("AV22222", km: 300, purpose: TransportPurposes.Avfall),
            Vehicle("VA33333", km: 50, purpose: TransportPurposes.Varelevering), Machine("PIN-1", "el-batteri", kwh: 800), Energy("MÅLER-1", "biogass", kwh: 200)));
        RequirementRule Figure(string code) => new()
        {
            Key = code,
            ClauseText = "Nøkkeltall",
            Metric = MetricCatalogue.Find(code)!.Definition,
            Comparison = Comparison.AtLeast,
            Threshold = 0,
        };

        Assert.Equal(1200m, Only(facts, Figure(MetricCatalogue.MassTransportKm)).Measured);
        Assert.Equal(300m, Only(facts, Figure(MetricCatalogue.WasteTransportKm)).Measured);
        Assert.Equal(1000m, Only(facts, Figure(MetricCatalogue.ConstructionEnergyKwh)).Measured);
        Assert.Equal(0.2m, Only(facts, Figure(MetricCatalogue.BiogasEnergyShare)).Measured);
        Assert.Equal(0.8m, Only(facts, Figure(MetricCatalogue.ZeroEmissionEnergyShare)).Measured);
    }
}
