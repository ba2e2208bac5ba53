using Klimaspor.Domain.Reporting;
using static Klimaspor.Domain.Tests.Emissions.TestLines;

namespace Klimaspor.Domain.Tests.Emissions;

/// <summary>
/// Avoided emissions by energy class and the headline effect (issue 14 item 14): "Liquid biofuel counts as an effect
/// only where the delivery is documented as beyond the blending mandate". The domain README's reason: "Diesel sold in
/// Norway carries a mandated bio blend" — biofuel within the mandate is sold whatever the contract says.
/// </summary>
public sealed class EffectByClassTests
{
    // Territorial baseline for 1 000 l HVO (reference set v1, 9.5 kWh/l): 9 500 kWh / 10.056 kWh/l = 944.709626 l diesel
    // x 2.66 = 2 512.927605 kg; HVO counts 0, so all of it is avoided.
    private const decimal HvoAvoided = 2512.927605m;

    private static ReportLines Report(params FuelDelivery[] deliveries) => new()
    {
        Machines =
        [
            Machine("el-batteri", kwh: 1000, id: "EL-1"),
            Machine("hvo100", litres: 1000, id: "HVO-1"),
            Machine("diesel", litres: 500, id: "D-1"),
        ],
        Vehicles = [Vehicle("biogass", km: 1000, kg: 100)],
        FuelDeliveries = deliveries,
    };

    private static FuelDelivery Hvo(decimal litres, bool beyondMandate) =>
        Delivery("hvo100", litres, feedstock: Feedstocks.BruktFrityrolje) with { BeyondMandate = beyondMandate };

    [Fact]
    public void AvoidedByClass_EachClassApart_AndTheirSumIsTheAvoided()
    {
        var totals = Calculate(Report()).Totals!.Territorial;

        // 1 000 kWh electric drive x 0.256 l/kWh x 2.66 kg/l = 680.96 kg (KnownAnswerTests).
        Assert.Equal(680.96m, totals.AvoidedByClass.ZeroEmission.Value);
        Assert.Equal(HvoAvoided, totals.AvoidedByClass.LiquidBiofuel.Value);
        Assert.True(totals.AvoidedByClass.Biogas.Value > 0);
        Assert.Equal(0m, totals.AvoidedByClass.Fossil.Value);
        Assert.Equal(totals.Avoided.Value,
            totals.AvoidedByClass.ZeroEmission.Value + totals.AvoidedByClass.Biogas.Value + totals.AvoidedByClass.LiquidBiofuel.Value
            + totals.AvoidedByClass.SolidBiofuel.Value + totals.AvoidedByClass.Fossil.Value);
    }

    [Fact]
    public void Effect_HvoWithoutDocumentation_LeftOut()
    {
        var totals = Calculate(Report(Hvo(1000, beyondMandate: false))).Totals!.Territorial;

        Assert.Equal(totals.AvoidedByClass.ZeroEmission.Value + totals.AvoidedByClass.Biogas.Value, totals.Effect.Value);
        Assert.Equal(0m, totals.EffectLiquidBiofuelBeyondMandate.Value);
    }

    [Fact]
    public void Effect_HvoDocumentedBeyondTheMandate_CountedForTheDocumentedShare()
    {
        // 600 of the 1 000 litres used are documented beyond the mandate: 60 % of the HVO line's avoided emissions.
        var totals = Calculate(Report(Hvo(600, beyondMandate: true), Hvo(900, beyondMandate: false))).Totals!.Territorial;

        Assert.Equal(decimal.Round(HvoAvoided * 0.6m, 6), totals.EffectLiquidBiofuelBeyondMandate.Value);
        Assert.Equal(totals.AvoidedByClass.ZeroEmission.Value + totals.AvoidedByClass.Biogas.Value + totals.EffectLiquidBiofuelBeyondMandate.Value, totals.Effect.Value);
    }

    [Fact]
    public void Effect_MoreDocumentedThanUsed_AtMostTheWholeLine()
    {
        var totals = Calculate(Report(Hvo(5000, beyondMandate: true))).Totals!.Territorial;

        Assert.Equal(HvoAvoided, totals.EffectLiquidBiofuelBeyondMandate.Value);
    }
}
