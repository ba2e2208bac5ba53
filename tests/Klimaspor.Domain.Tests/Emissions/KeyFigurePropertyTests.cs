using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using static Klimaspor.Domain.Tests.Emissions.TestLines;

namespace Klimaspor.Domain.Tests.Emissions;

/// <summary>Properties of key figures over generated reports of valid lines.</summary>
public sealed class KeyFigurePropertyTests
{
    // Quantities with two decimals up to 100 000, as reported; hours with one decimal.
    private static readonly Gen<decimal> Quantity = Gen.Choose(0, 10_000_000).Select(n => n / 100m);
    private static readonly Gen<decimal> PositiveQuantity = Gen.Choose(1, 10_000_000).Select(n => n / 100m);
    private static readonly Gen<decimal> Hours = Gen.Choose(0, 7_440).Select(n => n / 10m);

    private static readonly Gen<MachineLine> AnyMachine =
        from carrier in Gen.Elements("diesel", "hvo100", "fame100", "bensin", "biogass", "naturgass", "propan", "hydrogen",
            "el-batteri", "el-kabel", "hybrid-diesel", "hybrid-hvo")
        from hours in Hours
        from idlePercent in Gen.Choose(-20, 100)
        from first in Quantity
        from second in Quantity
        select MachineFor(carrier, hours, idlePercent < 0 ? null : hours * idlePercent / 100m, first, second);

    private static readonly Gen<VehicleLine> AnyVehicle =
        from carrier in Gen.Elements("diesel", "hvo100", "biogass", "el-batteri", "hybrid-diesel")
        from km in Quantity
        from quantity in Quantity
        from load in Gen.Choose(-50, 400)
        from trips in Gen.Choose(0, 60)
        select VehicleFor(carrier, km, quantity, load < 0 ? null : load, trips);

    private static readonly Gen<EnergyLine> AnyEnergy =
        from carrier in Gen.Elements("el-nett", "diesel", "hvo100", "propan")
        from purpose in Gen.Elements(EnergyPurposes.Byggvarme, EnergyPurposes.Brakkerigg, EnergyPurposes.Lading)
        from quantity in Quantity
        select Energy(carrier, quantity, carrier == "el-nett" ? QuantityUnit.KilowattHour : QuantityUnit.Litre, purpose);

    private static readonly Gen<ReportLines> AnyReport =
        from machines in Gen.ArrayOf(AnyMachine)
        from vehicles in Gen.ArrayOf(AnyVehicle)
        from energy in Gen.ArrayOf(AnyEnergy)
        select new ReportLines { Machines = machines, Vehicles = vehicles, Energy = energy };

    [Property]
    public Property Totals_AnySplitMerged_EqualsOneAccumulatorOverAll() =>
        Prop.ForAll(AnyReport.SelectMany(r => Gen.Choose(0, 1000), (r, cut) => (Report: r, Cut: cut)).ToArbitrary(), input =>
        {
            var lines = Calculated(input.Report);
            var split = lines.Length * input.Cut / 1000;

            var left = new KeyFigureAccumulator();
            left.Add(lines.AsSpan(0, split));
            var right = new KeyFigureAccumulator();
            right.Add(lines.AsSpan(split));
            left.Merge(right);

            var whole = new KeyFigureAccumulator();
            whole.Add(lines);
            Assert.Equal(whole.Result(), left.Result());
        });

    [Property]
    public Property Shares_AnyReport_LieBetweenZeroAndOne() =>
        Prop.ForAll(AnyReport.ToArbitrary(), report =>
        {
            var totals = Calculate(report, includeTrace: false).Totals!;
            decimal?[] shares =
            [
                totals.ZeroEmissionEnergyShare, totals.ZeroEmissionOrBiogasEnergyShare, totals.FossilEnergyShare,
                totals.ZeroEmissionMachineHourShare, totals.IdleShare, totals.ZeroEmissionKmShare, totals.ZeroEmissionOrBiogasKmShare,
            ];
            Assert.All(shares, share => Assert.True(share is null or >= 0m and <= 1m, $"share {share}"));
            Assert.True(totals.ZeroEmissionEnergyShare <= totals.ZeroEmissionOrBiogasEnergyShare || totals.SiteEnergy.Value == 0);
        });

    [Property]
    public Property ZeroEmissionShare_OnlyZeroEmissionEnergy_IsOne() =>
        Prop.ForAll(
            (from machines in Gen.NonEmptyListOf(
                from carrier in Gen.Elements("el-batteri", "el-kabel")
                from kwh in PositiveQuantity
                from hours in Hours
                select Machine(carrier, hours, kwh: kwh))
             from hydrogen in Gen.ListOf(PositiveQuantity.Select(kg => Machine("hydrogen", kg: kg)))
             from grid in Gen.ListOf(PositiveQuantity.Select(kwh => Energy("el-nett", kwh)))
             select new ReportLines { Machines = [.. machines, .. hydrogen], Energy = [.. grid] }).ToArbitrary(),
            report =>
            {
                var totals = Calculate(report, includeTrace: false).Totals!;
                Assert.Equal(1m, totals.ZeroEmissionEnergyShare);
                Assert.Equal(0m, totals.FossilEnergyShare);
                Assert.Equal(0m, totals.Territorial.Emissions.Value);
                Assert.True(totals.ZeroEmissionMachineHourShare is null or 1m);
            });

    [Property]
    public Property Totals_LinesReordered_Unchanged() =>
        Prop.ForAll(
            (from report in AnyReport
             from machines in Gen.Shuffle(report.Machines.ToArray())
             from vehicles in Gen.Shuffle(report.Vehicles.ToArray())
             from energy in Gen.Shuffle(report.Energy.ToArray())
             select (Original: report, Reordered: new ReportLines { Machines = machines, Vehicles = vehicles, Energy = energy })).ToArbitrary(),
            input =>
            {
                var original = Calculate(input.Original, includeTrace: false);
                var reordered = Calculate(input.Reordered, includeTrace: false);
                Assert.Equal(original.Totals, reordered.Totals);
                // Calculated lines in reverse order, too: the accumulator itself does not care about order.
                var reversed = original.Lines.Reverse();
                Assert.Equal(original.Totals, KeyFigureAccumulator.Over(reversed));
            });

    private static CalculatedLine[] Calculated(ReportLines report)
    {
        var result = Calculate(report, includeTrace: false);
        Assert.Empty(result.Errors);
        return [.. result.Lines];
    }

    private static MachineLine MachineFor(string carrier, decimal hours, decimal? idle, decimal first, decimal second) => carrier switch
    {
        "el-batteri" or "el-kabel" => Machine(carrier, hours, kwh: first, idle: idle),
        "biogass" or "naturgass" or "hydrogen" => Machine(carrier, hours, kg: first, idle: idle),
        "hybrid-diesel" or "hybrid-hvo" => Machine(carrier, hours, litres: first, kwh: second, idle: idle),
        _ => Machine(carrier, hours, litres: first, idle: idle),
    };

    private static VehicleLine VehicleFor(string carrier, decimal km, decimal quantity, decimal? load, int trips) => carrier switch
    {
        "el-batteri" => Vehicle(carrier, km, kwh: quantity, load: load, trips: trips),
        "biogass" => Vehicle(carrier, km, kg: quantity, load: load, trips: trips),
        "hybrid-diesel" => Vehicle(carrier, km, litres: quantity, kwh: quantity / 2, load: load, trips: trips),
        _ => Vehicle(carrier, km, litres: quantity, load: load, trips: trips),
    };
}
