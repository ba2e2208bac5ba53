using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using static Klimaspor.Domain.Tests.Emissions.TestLines;

namespace Klimaspor.Domain.Tests.Emissions;

/// <summary>
/// A small mixed site worked out by hand: an electric excavator, an HVO wheel loader, a diesel dumper and grid
/// electricity for construction heating, calculated with the two reference sets.
/// </summary>
public sealed class MixedSiteKeyFigureTests
{
    // Energy (kWh per unit from no-territorial-2021):
    //   excavator  el-batteri  2 400 kWh                          =  2 400 kWh  zero-emission
    //   loader     hvo100      1 800 l  x 9.5    kWh/l            = 17 100 kWh  liquid biofuel
    //   dumper     diesel      1 500 l  x 10.056 kWh/l            = 15 084 kWh  fossil
    //   byggvarme  el-nett     5 000 kWh                          =  5 000 kWh  zero-emission
    //   total                                                       39 584 kWh
    private static readonly ReportLines Site = new()
    {
        Machines =
        [
            Machine("el-batteri", hours: 160, idle: 40, kwh: 2400, id: "EX-1"),
            Machine("hvo100", hours: 150, idle: 30, litres: 1800, type: MachineTypes.Hjullaster, weight: 18, id: "WL-1"),
            Machine("diesel", hours: 120, litres: 1500, type: MachineTypes.Dumper, weight: 25, id: "DU-1"),
        ],
        Energy = [Energy("el-nett", 5000, purpose: EnergyPurposes.Byggvarme)],
    };

    private static KeyFigures Totals()
    {
        var result = Calculate(Site);
        Assert.Empty(result.Errors);
        return result.Totals!;
    }

    [Fact]
    public void MixedSite_Energy_SplitByClass()
    {
        var totals = Totals();

        Assert.Equal(39_584m, totals.Energy.Value);
        Assert.Equal(7_400m, totals.EnergyByClass.ZeroEmission.Value);
        Assert.Equal(17_100m, totals.EnergyByClass.LiquidBiofuel.Value);
        Assert.Equal(15_084m, totals.EnergyByClass.Fossil.Value);
        Assert.Equal(0m, totals.EnergyByClass.Biogas.Value);
    }

    [Fact]
    public void MixedSite_ZeroEmissionEnergyShare_ElectricityOverAllEnergy()
    {
        // (2 400 + 5 000) / 39 584 = 0.18694...; no biogas on site, so the share with biogas is the same.
        // Fossil: 15 084 / 39 584 = 0.38106...
        var totals = Totals();

        Assert.Equal(7_400m / 39_584m, totals.ZeroEmissionEnergyShare);
        Assert.Equal(7_400m / 39_584m, totals.ZeroEmissionOrBiogasEnergyShare);
        Assert.Equal(15_084m / 39_584m, totals.FossilEnergyShare);
    }

    [Fact]
    public void MixedSite_ZeroEmissionHourShare_ElectricMachineHoursOverAllMachineHours()
    {
        // Machine hours 160 + 150 + 120 = 430, of which the electric excavator's 160 are zero-emission: 160 / 430.
        // The HVO loader is fossil-free but not zero-emission, so its hours do not count.
        var totals = Totals();

        Assert.Equal(430m, totals.MachineHours.Value);
        Assert.Equal(160m / 430m, totals.ZeroEmissionMachineHourShare);
    }

    [Fact]
    public void MixedSite_IdleShare_OnlyOverLinesThatReportIdle()
    {
        // Idle (40 + 30) over the operating hours of the lines that report idle (160 + 150): 70 / 310.
        // The dumper reports no idle hours and is left out rather than counted as never idling.
        var totals = Totals();

        Assert.Equal(310m, totals.OperatingHoursWithIdleReported.Value);
        Assert.Equal(70m / 310m, totals.IdleShare);
    }

    [Fact]
    public void MixedSite_Emissions_EachBoundary()
    {
        // Territorial: only the diesel counts, 1 500 x 2.66 = 3 990 kg; per machine hour 3 990 / 430.
        // Life cycle: 2 400 x 0.015 = 36; 1 800 x 0.31402 = 565.236; 1 500 x 3.28346 = 4 925.19; 5 000 x 0.015 = 75.
        //   Total 5 601.426 kg; machines alone 36 + 565.236 + 4 925.19 = 5 526.426 kg.
        var totals = Totals();

        Assert.Equal(3_990m, totals.Territorial.Emissions.Value);
        Assert.Equal(3_990m / 430m, totals.Territorial.EmissionsPerMachineHour);
        Assert.Equal(5_601.426m, totals.LifeCycle.Emissions.Value);
        Assert.Equal(5_526.426m, totals.LifeCycle.MachineEmissions.Value);
        Assert.Equal(5_526.426m / 430m, totals.LifeCycle.EmissionsPerMachineHour);
    }

    [Fact]
    public void MixedSite_AvoidedTerritorial_BaselineMinusActual()
    {
        // Baseline litres of diesel, each line rounded to 6 places:
        //   excavator  2 400 kWh x 0.256               =   614.4
        //   loader     17 100 kWh / 10.056             = 1 700.477327
        //   dumper     its own 1 500 l                 = 1 500
        //   byggvarme  5 000 kWh / 10.056 (heat)       =   497.215593
        //   total                                        4 312.09292 l
        // Baseline kg at 2.66: 1 634.304 + 4 523.269690 + 3 990 (the dumper's own) + 1 322.593477 = 11 470.167167.
        // Avoided = 11 470.167167 - 3 990 = 7 480.167167 kg.
        var totals = Totals();

        Assert.Equal(4_312.09292m, totals.Territorial.BaselineDieselLitres.Value);
        Assert.Equal(11_470.167167m, totals.Territorial.BaselineEmissions.Value);
        Assert.Equal(7_480.167167m, totals.Territorial.Avoided.Value);
    }

    [Fact]
    public void MixedSite_NoVehicles_KmSharesCannotBeAssessed()
    {
        var totals = Totals();

        Assert.Equal(0m, totals.VehicleKm.Value);
        Assert.Null(totals.ZeroEmissionKmShare);
        Assert.Null(totals.ZeroEmissionOrBiogasKmShare);
        Assert.Null(totals.Territorial.EmissionsPerTonneKm);
    }

    [Fact]
    public void Vehicles_KmShares_ZeroEmissionAndBiogas()
    {
        // 300 km battery-electric, 200 km biogas, 500 km diesel: zero-emission 300 / 1 000, with biogas 500 / 1 000.
        var result = Calculate(new ReportLines
        {
            Vehicles =
            [
                Vehicle("el-batteri", km: 300, kwh: 400),
                Vehicle("biogass", km: 200, kg: 60),
                Vehicle("diesel", km: 500, litres: 150),
            ],
        });

        Assert.Equal(0.3m, result.Totals!.ZeroEmissionKmShare);
        Assert.Equal(0.5m, result.Totals.ZeroEmissionOrBiogasKmShare);
    }

    [Fact]
    public void EmptyGroup_SharesAreNullNotZero()
    {
        var totals = new KeyFigureAccumulator().Result();

        Assert.Null(totals.ZeroEmissionEnergyShare);
        Assert.Null(totals.ZeroEmissionOrBiogasEnergyShare);
        Assert.Null(totals.FossilEnergyShare);
        Assert.Null(totals.ZeroEmissionMachineHourShare);
        Assert.Null(totals.IdleShare);
        Assert.Null(totals.Territorial.EmissionsPerMachineHour);
    }
}
