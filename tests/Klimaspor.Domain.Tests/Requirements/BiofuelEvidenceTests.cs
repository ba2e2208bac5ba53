using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Requirements;
using static Klimaspor.Domain.Tests.Requirements.Site;

namespace Klimaspor.Domain.Tests.Requirements;

/// <summary>
/// Biofuel evidence (issue 14 item 8). Kriterieveiviseren: «Biodrivstoff skal være avansert iht. produktforskriften
/// kapittel 3 vedlegg V, eller ikke være laget av råstoffer som har høy risiko for indirekte arealbruksendringer (ILUC)»
/// (https://kriterieveiviseren.difi.no/nb/content/nb-utslippsreduksjon-fra-anleggsmaskiner-kjoretoy-og-utstyr): the
/// feedstock of the biofuel used is what the rule turns on, so biofuel used with no delivery documenting it is not
/// "met" by silence.
/// </summary>
public sealed class BiofuelEvidenceTests
{
    private static RequirementRule Feedstock => Rule(RequirementPresets.Kriterieveiviseren, "kriterieveiviseren-biodrivstoff-uten-hoy-iluc");

    [Fact]
    public void Feedstock_HvoUsedWithNoDeliveryReported_CannotAssessNamingTheMachineAndDocumentationMissing()
    {
        var facts = Contract(Month(1, Machine("PIN-2", "hvo100", litres: 900)));

        var verdict = Only(facts, Feedstock);

        Assert.Equal(ComplianceStatus.CannotAssess, verdict.Status);
        Assert.True(verdict.DocumentationMissing);
        Assert.Contains("PIN-2 (hvo100)", verdict.Read(), StringComparison.Ordinal);
    }

    [Fact]
    public void Feedstock_HybridOnHvoWithAnHvoDeliveryOfUsedCookingOil_Met()
    {
        var facts = Contract(Month(1, Machine("HYB-1", "hybrid-hvo", hybridKwh: 50), Delivery("DN-1", feedstock: Feedstocks.BruktFrityrolje)));

        var verdict = Only(facts, Feedstock);

        Assert.Equal(ComplianceStatus.Met, verdict.Status);
        Assert.False(verdict.DocumentationMissing);
    }

    [Fact]
    public void Feedstock_FameUsedButOnlyHvoDocumented_CannotAssess()
    {
        var facts = Contract(Month(1, Machine("PIN-4", "fame100"), Delivery("DN-1", feedstock: Feedstocks.BruktFrityrolje)));

        Assert.Equal(ComplianceStatus.CannotAssess, Only(facts, Feedstock).Status);
    }

    [Fact]
    public void Feedstock_SubmittedBeforeTheDueDate_CannotAssessButNoDeviationYet()
    {
        // Submitted on 5 February, due on 10 February: the supplier may still send the delivery's documentation.
        var facts = Contract(Month(1, Machine("PIN-2", "hvo100")));

        var result = EvaluateOne(facts, Feedstock, today: new DateOnly(2025, 2, 7));

        Assert.Equal(ComplianceStatus.CannotAssess, result.Verdicts[0].Status);
        Assert.False(result.Verdicts[0].DocumentationMissing);
        Assert.Empty(DeviationReconciliation.Decide(result, [], []));
    }

    [Fact]
    public void Reconciliation_DocumentationMissingOnceDue_OpensADeviation()
    {
        var result = EvaluateOne(Contract(Month(1, Machine("PIN-2", "hvo100"))), Feedstock);

        var open = Assert.IsType<OpenDeviation>(Assert.Single(DeviationReconciliation.Decide(result, [], [])));

        Assert.Equal("2025-01", open.Window);
    }

    [Fact]
    public void Calculate_DeliveredCarbonIntensity_VolumeWeightedPerProductOnTheLifeCycleBoundaryOnly()
    {
        // 3 000 l at 10 g CO2e/MJ and 1 000 l at 30: 15 g/MJ. 100 l of HVO at the reference set's 9.5 kWh/l is 950 kWh,
        // 3 420 MJ, 51.3 kg CO2e on the life-cycle boundary; the territorial figure stays 0.
        var lines = new ReportLines
        {
            Machines = [Emissions.TestLines.Machine("hvo100", hours: 10, litres: 100, id: "PIN-1")],
            FuelDeliveries =
            [
                Emissions.TestLines.Delivery("hvo100", 3000, feedstock: Feedstocks.BruktFrityrolje) with { CarbonIntensity = 10m },
                Emissions.TestLines.Delivery("hvo100", 1000, feedstock: Feedstocks.Tallolje) with { CarbonIntensity = 30m },
                Emissions.TestLines.Delivery("fame100", 500, feedstock: Feedstocks.Raps) with { CarbonIntensity = 50m },
            ],
        };

        var line = Assert.Single(Emissions.TestLines.Calculate(lines).Lines);

        Assert.Equal(15m, DeliveredCarbonIntensity.PerProduct(lines.FuelDeliveries)["hvo100"]);
        Assert.Equal(51.3m, line.LifeCycle.Emissions.Value);
        Assert.Equal(0m, line.Territorial.Emissions.Value);
    }

    [Fact]
    public void Calculate_NoCarbonIntensityDelivered_TheFactorSetsDefault()
    {
        var lines = new ReportLines { Machines = [Emissions.TestLines.Machine("hvo100", hours: 10, litres: 100, id: "PIN-1")] };

        Assert.Equal(31.402m, Assert.Single(Emissions.TestLines.Calculate(lines).Lines).LifeCycle.Emissions.Value);
    }
}
