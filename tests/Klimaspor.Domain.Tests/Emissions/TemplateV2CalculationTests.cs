using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using static Klimaspor.Domain.Tests.Emissions.TestLines;

namespace Klimaspor.Domain.Tests.Emissions;

/// <summary>
/// The reference sets' version 2 and the template v2 rules of the calculation (docs/reporting-template-v2.md), each
/// figure checked against its published source or the set's own row it is derived from.
/// </summary>
public sealed class TemplateV2CalculationTests
{
    private static readonly (FactorSet Territorial, FactorSet LifeCycle) Latest = ReferenceFactorSets.Latest;

    private static CalculationResult CalculateLatest(ReportLines lines) => EmissionCalculation.Calculate(lines, Latest.Territorial, Latest.LifeCycle);

    [Fact]
    public void EveryCarrierInTheCodeList_InEveryUnitItCanHave_CalculatesWithTheLatestSets()
    {
        // Issue 14 item 15: "factor sets complete enough that no supplier is refused".
        var lines = new ReportLines
        {
            Energy = [.. EnergyCarrier.All.SelectMany(c => c.Units.Select(u => Energy(c.Code, 100, u, id: $"{c.Code}/{u.Code()}")))],
        };

        var result = CalculateLatest(lines);

        Assert.Empty(result.Errors);
        Assert.Equal(EnergyCarrier.All.Sum(c => c.Units.Count), result.Lines.Count);
    }

    [Fact]
    public void LatestSets_AreVersionTwoOfTheSameKeysAndValid()
    {
        Assert.Equal((ReferenceFactorSets.NoTerritorial2021Key, 2), (Latest.Territorial.Key, Latest.Territorial.Version));
        Assert.Equal((ReferenceFactorSets.LifecycleWtw2023Key, 2), (Latest.LifeCycle.Key, Latest.LifeCycle.Version));
        Assert.All(ReferenceFactorSets.All, set => Assert.Empty(FactorSetRules.Validate(set)));
        // Version 1 stays as it was: figures frozen with it never change.
        Assert.Equal(9.5m, ReferenceFactorSets.NoTerritorial2021.Find("hvo100", QuantityUnit.Litre)!.KwhPerUnit);
    }

    [Theory]
    // Directive (EU) 2018/2001, Annex III: HVO 34 MJ/l, FAME 33 MJ/l; 1 kWh = 3.6 MJ. 1 000 l HVO = 34 000 MJ =
    // 9 444.444 kWh; 1 000 l FAME = 33 000 MJ = 9 166.667 kWh (the set keeps kWh/l to six places).
    [InlineData("hvo100", 9444.444)]
    [InlineData("fame100", 9166.667)]
    public void LiquidBiofuel_1000Litres_EnergyAtRedIIAnnexIII(string carrier, double kwh)
    {
        var line = Single(CalculateLatest(new ReportLines { Machines = [Machine(carrier, litres: 1000)] }));

        Assert.Equal((decimal)kwh, line.Energy.Value);
    }

    [Fact]
    public void DerivedRows_SayWhatTheyAreDerivedFrom()
    {
        foreach (var (set, carrier, unit) in new[]
        {
            (Latest.LifeCycle, "propan", QuantityUnit.Kilogram),
            (Latest.LifeCycle, "naturgass", QuantityUnit.StandardCubicMetre),
            (Latest.LifeCycle, "biogass", QuantityUnit.StandardCubicMetre),
            (Latest.Territorial, "biogass", QuantityUnit.StandardCubicMetre),
        })
        {
            var row = set.Find(carrier, unit)!;
            Assert.StartsWith("derived from the set's ", row.Source, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Propane_100Kg_LifeCycleFromTheLitreRowAtTheSetsEnergyContents()
    {
        // DESNZ 2023 propane 1.72528 kg CO2e/l; 6.778 kWh/l and 12.815 kWh/kg (Miljødirektoratet's conversion table):
        // per kg = 1.72528 x 12.815 / 6.778 = 3.261945; 100 kg = 326.1945 kg CO2e. Territorial: 100 kg x 3.00 = 300.
        var line = Single(CalculateLatest(new ReportLines { Energy = [Energy("propan", 100, QuantityUnit.Kilogram)] }));

        Assert.Equal(326.1945m, line.LifeCycle.Emissions.Value);
        Assert.Equal(300m, line.Territorial.Emissions.Value);
        Assert.Equal(1281.5m, line.Energy.Value);
    }

    [Fact]
    public void NaturalGasAndBiogas_1000Sm3_PricedPerStandardCubicMetre()
    {
        // Natural gas: Miljødirektoratet 1.99 kg CO2/Sm3 territorial; life cycle 3.09335 x 9.92 / 13.3 = 2.307220.
        // Biogas: 0.63144 x 9.92 / 14 = 0.447420 life cycle; 0.01 x 9.92 / 14 = 0.007086 territorial.
        var result = CalculateLatest(new ReportLines
        {
            Energy = [Energy("naturgass", 1000, QuantityUnit.StandardCubicMetre), Energy("biogass", 1000, QuantityUnit.StandardCubicMetre)],
        });

        Assert.Empty(result.Errors);
        Assert.Equal((1990m, 2307.22m), (result.Lines[0].Territorial.Emissions.Value, result.Lines[0].LifeCycle.Emissions.Value));
        Assert.Equal((7.086m, 447.42m), (result.Lines[1].Territorial.Emissions.Value, result.Lines[1].LifeCycle.Emissions.Value));
        Assert.Equal(9920m, result.Lines[1].Energy.Value);
    }

    [Fact]
    public void PelletsAndHeatPump_HeatingCarriers_ClassedAndPriced()
    {
        // Pellets: DESNZ 2025 wood pellets, 17.28 MJ/kg = 4.8 kWh/kg; 0.05519 kg CO2e/kg (burning). 1 000 kg = 4 800 kWh,
        // 55.19 kg CO2e life cycle, 0 territorial (biogenic). Heat pump: its 1 000 kWh of electricity, 15 g/kWh (NVE 2023).
        var result = CalculateLatest(new ReportLines
        {
            Energy = [Energy("pellets", 1000, QuantityUnit.Kilogram), Energy("varmepumpe", 1000)],
        });

        Assert.Empty(result.Errors);
        Assert.Equal((EnergyClass.SolidBiofuel, 4800m, 0m, 55.19m),
            (result.Lines[0].EnergyClass, result.Lines[0].Energy.Value, result.Lines[0].Territorial.Emissions.Value, result.Lines[0].LifeCycle.Emissions.Value));
        Assert.Equal((EnergyClass.ZeroEmission, 15m), (result.Lines[1].EnergyClass, result.Lines[1].LifeCycle.Emissions.Value));
        Assert.Equal(4800m, result.Totals!.EnergyByClass.SolidBiofuel.Value);
        Assert.Equal(0m, result.Totals.EnergyByClass.Fossil.Value);
        Assert.Equal(1000m / 5800m, result.Totals.ZeroEmissionEnergyShare);
    }

    [Fact]
    public void CableExcavatorOnADieselGenerator_NotZeroEmissionAndItsKwhNotCountedAgain()
    {
        // Issue 14 item 3: "a cable machine fed by a diesel generator is not zero-emission: the generator's fuel line
        // carries the emissions and its kWh are not counted again". The generator's 900 l of diesel are 9 050.4 kWh and
        // 2 394 kg CO2 (2.66 kg/l); the excavator adds nothing, and its 150 hours are not zero-emission hours.
        var report = new ReportLines
        {
            Machines =
            [
                Machine("diesel", hours: 160, litres: 900, type: MachineTypes.Aggregat, weight: 2, id: "AGG-1"),
                Machine("el-kabel", hours: 150, kwh: 2900, id: "EL-GRAV") with { EmissionClass = null, ElectricitySource = ElectricitySources.Aggregat },
            ],
        };

        var result = CalculateLatest(report);

        Assert.Empty(result.Errors);
        var excavator = result.Lines[1];
        Assert.Equal((EnergyClass.Fossil, 0m, 0m, 0m), (excavator.EnergyClass, excavator.Energy.Value, excavator.Territorial.Emissions.Value, excavator.LifeCycle.Emissions.Value));
        Assert.Equal(0m, excavator.Territorial.Avoided.Value);
        Assert.Equal(9050.4m, result.Totals!.Energy.Value);
        Assert.Equal(2394m, result.Totals.Territorial.Emissions.Value);
        Assert.Equal(0m, result.Totals.ZeroEmissionMachineHours.Value);
    }

    [Fact]
    public void CableExcavatorOnTheGrid_ZeroEmissionAsBefore()
    {
        var grid = Single(CalculateLatest(new ReportLines { Machines = [Machine("el-kabel", hours: 150, kwh: 2900) with { EmissionClass = null, ElectricitySource = ElectricitySources.Nett }] }));

        Assert.Equal((EnergyClass.ZeroEmission, 2900m), (grid.EnergyClass, grid.Energy.Value));
    }

    [Fact]
    public void CableExcavatorOnAnHvoGenerator_TakesTheGeneratorsClass()
    {
        var result = CalculateLatest(new ReportLines
        {
            Machines =
            [
                Machine("hvo100", hours: 160, litres: 900, type: MachineTypes.Aggregat, weight: 2, id: "AGG-1"),
                Machine("el-kabel", hours: 150, kwh: 2900, id: "EL-GRAV") with { EmissionClass = null, ElectricitySource = ElectricitySources.Aggregat },
            ],
        });

        Assert.Equal(EnergyClass.LiquidBiofuel, result.Lines[1].EnergyClass);
    }
}
