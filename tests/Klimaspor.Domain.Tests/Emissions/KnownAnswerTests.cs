using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using static Klimaspor.Domain.Tests.Emissions.TestLines;

namespace Klimaspor.Domain.Tests.Emissions;

/// <summary>Figures checked against published values, each test citing its source.</summary>
public sealed class KnownAnswerTests
{
    [Fact]
    public void Diesel_1000Litres_Emits2660KgTerritorial()
    {
        // Miljødirektoratet, utslippsfaktorer (National Inventory Report 2021): diesel 2.66 kg CO2 per litre.
        // 1 000 l x 2.66 kg/l = 2 660 kg.
        var line = Single(Calculate(Machine("diesel", litres: 1000)));

        Assert.Equal(2660m, line.Territorial.Emissions.Value);
    }

    [Fact]
    public void Diesel_OneLitre_Holds10056WattHours()
    {
        // Miljødirektoratet's conversion table: 10.056 kWh per litre of diesel.
        var line = Single(Calculate(Machine("diesel", hours: 1, litres: 1)));

        Assert.Equal(10.056m, line.Energy.Value);
    }

    [Fact]
    public void Diesel_1000Litres_Emits3283KgLifeCycle()
    {
        // UK DESNZ GHG conversion factors 2023 v1.1, diesel (100 % mineral): 2.65937 + 0.62409 = 3.28346 kg CO2e/l.
        var line = Single(Calculate(Machine("diesel", litres: 1000)));

        Assert.Equal(3283.46m, line.LifeCycle.Emissions.Value);
    }

    [Fact]
    public void Hvo100_1000Litres_ZeroTerritorialAnd314KgWellToWheel()
    {
        // Territorial: Miljødirektoratet does not count biogenic CO2, so 0.
        // Well-to-wheel: DESNZ 2023, biodiesel HVO 0.03558 combustion + 0.27844 well-to-tank = 0.31402 kg CO2e/l,
        // so 1 000 l = 314.02 kg CO2e.
        var line = Single(Calculate(Machine("hvo100", litres: 1000)));

        Assert.Equal(0m, line.Territorial.Emissions.Value);
        Assert.Equal(314.02m, line.LifeCycle.Emissions.Value);
    }

    [Fact]
    public void Fjernvarme_LifeCycleSetWithoutAFigure_NotAvailableOnTheLineNeverRefused()
    {
        // emission-factors.csv leaves lifecycle-wtw-2023 / fjernvarme empty: "no verified Norwegian average"; issue 14
        // item 15: "otherwise 'not available' on that line, never a refused report". Territorial: Miljødirektoratet,
        // district heating counts 0, and 12 000 kWh are 12 000 kWh of energy.
        var result = Calculate(new ReportLines { Energy = [Energy("fjernvarme", 12_000, id: "FV-måler")] });

        var line = Single(result);
        Assert.True(line.LifeCycleNotAvailable);
        Assert.Equal((0m, 0m, 0m), (line.LifeCycle.Emissions.Value, line.LifeCycle.BaselineEmissions.Value, line.LifeCycle.Avoided.Value));
        Assert.Equal(12_000m, line.Energy.Value);
        Assert.Equal(0m, line.Territorial.Emissions.Value);
        Assert.Equal((1L, 0L), (result.Totals!.LifeCycle.LinesNotAvailable, result.Totals.Territorial.LinesNotAvailable));
    }

    [Fact]
    public void MissingRow_StillAnErrorNamingLineCarrierUnitAndSet()
    {
        // Not available is a set's statement; a set without the row at all has not priced the carrier, which is an error.
        var withoutRow = ReferenceFactorSets.LifecycleWtw2023 with { Factors = [.. ReferenceFactorSets.LifecycleWtw2023.Factors.Where(f => f.Carrier != "fjernvarme")] };

        var result = EmissionCalculation.Calculate(new ReportLines { Energy = [Energy("fjernvarme", 12_000, id: "FV-måler")] }, ReferenceFactorSets.NoTerritorial2021, withoutRow);

        var error = Assert.Single(result.Errors);
        Assert.Equal(MessageKeys.CalculationMissingFactor, error.MessageKey);
        Assert.Equal((LineKind.Energy, 0, "FV-måler", "quantity"), (error.Kind, error.Index, error.LineId, error.Field));
        Assert.Equal(["fjernvarme", "kWh", "lifecycle-wtw-2023", 1], error.Args);
        Assert.Empty(result.Lines);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Fjernvarme_TerritorialSet_CountsZero()
    {
        // Miljødirektoratet: district heating counts 0 in municipal territorial accounts. The error above comes from
        // the life-cycle set alone, so a territorial-only factor is not the cause.
        var lines = new ReportLines { Energy = [Energy("fjernvarme", 12_000)] };
        var lifeCycleWithFactor = ReferenceFactorSets.LifecycleWtw2023 with
        {
            Factors = [.. ReferenceFactorSets.LifecycleWtw2023.Factors.Select(f => f.Carrier == "fjernvarme" ? f with { KgCo2ePerUnit = 0.05m } : f)],
        };

        var line = Single(EmissionCalculation.Calculate(lines, ReferenceFactorSets.NoTerritorial2021, lifeCycleWithFactor));

        Assert.Equal(0m, line.Territorial.Emissions.Value);
        Assert.Equal(600m, line.LifeCycle.Emissions.Value);
    }

    [Fact]
    public void BatteryExcavator_1000Kwh_Avoids256LitresOfDiesel()
    {
        // Baseline for electric drive: 0.256 l diesel per kWh (0.90 drive efficiency / (0.35 engine efficiency x
        // 10.056 kWh/l), domain README). 1 000 kWh -> 256 l diesel.
        // Territorial: 256 l x 2.66 = 680.96 kg avoided; electricity counts 0.
        // Life cycle: 256 l x 3.28346 = 840.56576 kg baseline, minus 1 000 kWh x 0.015 (NVE 2023) = 15 kg actual,
        // = 825.56576 kg avoided.
        var line = Single(Calculate(Machine("el-batteri", kwh: 1000)));

        Assert.Equal(256m, line.Territorial.BaselineDieselLitres.Value);
        Assert.Equal(680.96m, line.Territorial.BaselineEmissions.Value);
        Assert.Equal(0m, line.Territorial.Emissions.Value);
        Assert.Equal(680.96m, line.Territorial.Avoided.Value);
        Assert.Equal(15m, line.LifeCycle.Emissions.Value);
        Assert.Equal(825.56576m, line.LifeCycle.Avoided.Value);
    }

    [Fact]
    public void Diesel_Line_IsItsOwnBaselineAndAvoidsNothing()
    {
        var line = Single(Calculate(Machine("diesel", litres: 1500)));

        Assert.Equal(1500m, line.Territorial.BaselineDieselLitres.Value);
        Assert.Equal(0m, line.Territorial.Avoided.Value);
        Assert.Equal(0m, line.LifeCycle.Avoided.Value);
    }

    [Fact]
    public void Hvo100_Line_BaselineIsEnergyOverDieselEnergyContent()
    {
        // 1 000 l HVO x 9.5 kWh/l = 9 500 kWh; / 10.056 kWh/l = 944.709626... l diesel, rounded to 6 places.
        // Territorial avoided = 944.709626 x 2.66 = 2 512.927605 kg (HVO counts 0).
        var line = Single(Calculate(Machine("hvo100", litres: 1000)));

        Assert.Equal(9500m, line.Energy.Value);
        Assert.Equal(944.709626m, line.Territorial.BaselineDieselLitres.Value);
        Assert.Equal(2512.927605m, line.Territorial.Avoided.Value);
    }

    [Fact]
    public void PlugInHybrid_LitresAndKwh_CountsBoth()
    {
        // hybrid-diesel: 100 l priced as diesel, 200 kWh priced as el-batteri.
        // Energy: 100 x 10.056 + 200 = 1 205.6 kWh, of which 200 zero-emission.
        // Territorial: 100 x 2.66 = 266 kg. Life cycle: 100 x 3.28346 + 200 x 0.015 = 328.346 + 3 = 331.346 kg.
        // Baseline: the diesel is its own baseline (100 l), the kWh drive 200 x 0.256 = 51.2 l: 151.2 l.
        // Territorial avoided = 51.2 x 2.66 = 136.192 kg.
        var result = Calculate(Machine("hybrid-diesel", litres: 100, kwh: 200));
        var line = Single(result);

        Assert.Equal(1205.6m, line.Energy.Value);
        Assert.Equal(200m, line.HybridElectricity.Value);
        Assert.Equal(266m, line.Territorial.Emissions.Value);
        Assert.Equal(331.346m, line.LifeCycle.Emissions.Value);
        Assert.Equal(151.2m, line.Territorial.BaselineDieselLitres.Value);
        Assert.Equal(136.192m, line.Territorial.Avoided.Value);

        var totals = result.Totals!;
        Assert.Equal(200m, totals.EnergyByClass.ZeroEmission.Value);
        Assert.Equal(1005.6m, totals.EnergyByClass.Fossil.Value);
        // A hybrid is not a zero-emission machine: its hours do not count as zero-emission hours.
        Assert.Equal(0m, totals.ZeroEmissionMachineHourShare);
    }

    [Fact]
    public void PlugInHybridHvo_UsesHvoAndBatteryFactors()
    {
        // 100 l as hvo100 (0.31402) + 50 kWh as el-batteri (0.015) in the life-cycle set: 31.402 + 0.75 = 32.152 kg.
        var line = Single(Calculate(Machine("hybrid-hvo", litres: 100, kwh: 50)));

        Assert.Equal(0m, line.Territorial.Emissions.Value);
        Assert.Equal(32.152m, line.LifeCycle.Emissions.Value);
        Assert.Equal(EnergyClass.LiquidBiofuel, line.EnergyClass);
    }

    [Fact]
    public void Trace_DieselLine_NamesQuantityFactorSetVersionAndSource()
    {
        var result = Calculate(Machine("diesel", litres: 1000));

        var trace = Assert.Single(result.Traces);
        var emissions = Assert.Single(trace.Steps, s => s.Figure == TraceFigure.Emissions && s.Boundary == EmissionBoundary.Territorial);
        Assert.Equal("fuelLitres", emissions.Field);
        Assert.Equal(new TraceQuantity(1000m, "liter"), emissions.Input);
        Assert.Equal(TraceConversion.QuantityTimesEmissionFactor, emissions.Conversion);
        Assert.Equal(new TraceQuantity(2660m, "kg CO2e"), emissions.Result);
        var factor = emissions.Factor!;
        Assert.Equal(("no-territorial-2021", 1, "diesel/liter", 2.66m, "kg CO2e/liter"), (factor.SetKey, factor.Version, factor.Name, factor.Value, factor.Unit));
        Assert.StartsWith("Miljødirektoratet", factor.Source, StringComparison.Ordinal);

        var energy = Assert.Single(trace.Steps, s => s.Figure == TraceFigure.Energy);
        Assert.Equal(10.056m, energy.Factor!.Value);
        Assert.Equal(10056m, energy.Result.Value);
    }

    [Fact]
    public void Trace_BatteryLine_ShowsBaselineAssumptionWithItsSource()
    {
        var result = Calculate(Machine("el-batteri", kwh: 1000));

        var step = Assert.Single(result.Traces[0].Steps, s => s.Figure == TraceFigure.BaselineDieselLitres && s.Boundary == EmissionBoundary.Territorial);
        Assert.Equal(TraceConversion.ElectricityTimesDieselLitresPerKwh, step.Conversion);
        Assert.Equal("baseline.electricDriveLitresPerKwh", step.Factor!.Name);
        Assert.Equal(0.256m, step.Factor.Value);
        Assert.Contains("0.35", step.Factor.Source, StringComparison.Ordinal);
        var avoided = Assert.Single(result.Traces[0].Steps, s => s.Figure == TraceFigure.AvoidedEmissions && s.Boundary == EmissionBoundary.LifeCycle);
        Assert.Equal(840.56576m, avoided.Input.Value);
        Assert.Equal(15m, avoided.Deduction!.Value);
        Assert.Equal(825.56576m, avoided.Result.Value);
    }

    [Fact]
    public void Result_RecordsFactorSetKeysAndVersions()
    {
        var result = Calculate(Machine("diesel", litres: 10));

        Assert.Equal(new FactorSetReference("no-territorial-2021", 1, EmissionBoundary.Territorial), result.Territorial);
        Assert.Equal(new FactorSetReference("lifecycle-wtw-2023", 1, EmissionBoundary.LifeCycle), result.LifeCycle);
    }

    [Fact]
    public void GridElectricity_ForHeating_BaselineIsEnergyEquivalent()
    {
        // Heat has no drive-efficiency gain: 10 056 kWh for byggvarme replaces 10 056 / 10.056 = 1 000 l of diesel.
        var heating = Single(Calculate(new ReportLines { Energy = [Energy("el-nett", 10_056)] }));
        // Charging machines is electric drive: 10 056 kWh x 0.256 = 2 574.336 l.
        var charging = Single(Calculate(new ReportLines { Energy = [Energy("el-nett", 10_056, purpose: EnergyPurposes.Lading)] }));

        Assert.Equal(1000m, heating.Territorial.BaselineDieselLitres.Value);
        Assert.Equal(2574.336m, charging.Territorial.BaselineDieselLitres.Value);
    }

    [Fact]
    public void Vehicle_TonneKm_EstimatedFromLoadAndKmPerTrip()
    {
        // 10 trips, 200 km, 150 t carried: 150 t x 20 km per trip = 3 000 tonne-km.
        // 60 l diesel x 2.66 = 159.6 kg -> 0.0532 kg CO2e per tonne-km territorial.
        var result = Calculate(new ReportLines { Vehicles = [Vehicle("diesel", km: 200, litres: 60, load: 150, trips: 10)] });

        Assert.Equal(3000m, Single(result).TonneKm);
        Assert.Equal(0.0532m, result.Totals!.Territorial.EmissionsPerTonneKm);
    }
}
