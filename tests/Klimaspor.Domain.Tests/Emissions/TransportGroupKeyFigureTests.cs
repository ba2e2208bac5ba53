using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Template;
using Klimaspor.Domain.Statistics;
using static Klimaspor.Domain.Tests.Emissions.TestLines;

namespace Klimaspor.Domain.Tests.Emissions;

/// <summary>
/// Issue 14 item 9: "add the figures Oslo's climate budget reports — construction energy with its biogas share, and mass
/// and waste transport in km"; issue 15 item 4: "mass and waste transport km with their zero-emission and biogas shares".
/// Worked by hand over reported km.
/// </summary>
public sealed class TransportGroupKeyFigureTests
{
    private static VehicleLine For(string purpose, VehicleLine line) => line with { Purpose = purpose };

    // Mass transport: 300 km battery-electric, 100 km biogas, 600 km diesel = 1 000 km; zero-emission 0.3, biogas 0.1.
    // Waste transport: 250 km biogas, 250 km diesel = 500 km; zero-emission 0, biogas 0.5.
    // Materials (200 km battery) and transport on the site (50 km diesel) count in neither group.
    private static readonly ReportLines Lines = new()
    {
        Vehicles =
        [
            For(TransportPurposes.Massetransport, Vehicle("el-batteri", km: 300, kwh: 400)),
            For(TransportPurposes.Massetransport, Vehicle("biogass", km: 100, kg: 30)),
            For(TransportPurposes.Massetransport, Vehicle("diesel", km: 600, litres: 180)),
            For(TransportPurposes.Avfall, Vehicle("biogass", km: 250, kg: 75)),
            For(TransportPurposes.Avfall, Vehicle("diesel", km: 250, litres: 75)),
            For(TransportPurposes.Materialer, Vehicle("el-batteri", km: 200, kwh: 260)),
            For(TransportPurposes.PaaAnlegget, Vehicle("diesel", km: 50, litres: 15)),
        ],
    };

    [Fact]
    public void Calculation_MassAndWasteTransport_KmAndSharesPerGroup()
    {
        var result = Calculate(Lines);
        Assert.Empty(result.Errors);
        var totals = result.Totals!;

        Assert.Equal(1_000m, totals.MassTransport.Km.Value);
        Assert.Equal(300m, totals.MassTransport.ZeroEmissionKm.Value);
        Assert.Equal(100m, totals.MassTransport.BiogasKm.Value);
        Assert.Equal(0.3m, totals.MassTransport.ZeroEmissionShare);
        Assert.Equal(0.1m, totals.MassTransport.BiogasShare);
        Assert.Equal(500m, totals.WasteTransport.Km.Value);
        Assert.Equal(0m, totals.WasteTransport.ZeroEmissionShare);
        Assert.Equal(0.5m, totals.WasteTransport.BiogasShare);
        Assert.Equal(1_750m, totals.VehicleKm.Value);
    }

    [Fact]
    public void KeyFigures_NoMassTransport_SharesCannotBeAssessed()
    {
        var totals = Calculate(new ReportLines { Vehicles = [For(TransportPurposes.Materialer, Vehicle("diesel", km: 100, litres: 30))] }).Totals!;

        Assert.Equal(0m, totals.MassTransport.Km.Value);
        Assert.Null(totals.MassTransport.ZeroEmissionShare);
        Assert.Null(totals.WasteTransport.BiogasShare);
    }

    [Fact]
    public void Breakdown_LinesCalculatedBeforeTheGroup_TakeItFromTheStoredPurpose()
    {
        // A submission stored before calculated lines carried their transport group: every line reads Other, and the
        // statistics rows must still hold its mass and waste km, from the lines' own purpose.
        var result = Calculate(Lines);
        var stored = result.Lines.Select(l => l with { Transport = TransportGroup.Other }).ToList();
        var period = new ReportingPeriod(new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 31));

        var rows = StatisticsBreakdown.Of(Lines, stored, period, new HashSet<int>());

        Assert.Equal(1_000m, rows.Sum(r => r.Sums.MassTransportKm));
        Assert.Equal(300m, rows.Sum(r => r.Sums.MassTransportZeroEmissionKm));
        Assert.Equal(100m, rows.Sum(r => r.Sums.MassTransportBiogasKm));
        Assert.Equal(500m, rows.Sum(r => r.Sums.WasteTransportKm));
        Assert.Equal(250m, rows.Sum(r => r.Sums.WasteTransportBiogasKm));
    }

    [Fact]
    public void Accumulator_MergedGroups_ShareOfTheSumNotSumOfShares()
    {
        // Contract A: 100 km mass transport, all electric (share 1). Contract B: 900 km, 90 electric (share 0.1).
        // Together 190 / 1 000 = 0.19 — not 1.1 (summed) and not 0.55 (averaged).
        var a = KeyFigureAccumulator.From(new KeyFigureSums { MassTransportKm = 100, MassTransportZeroEmissionKm = 100 });
        var b = KeyFigureAccumulator.From(new KeyFigureSums { MassTransportKm = 900, MassTransportZeroEmissionKm = 90 });

        a.Merge(in b);

        Assert.Equal(0.19m, a.Result().MassTransport.ZeroEmissionShare);
        Assert.Equal(1_000m, a.Sums().MassTransportKm);
    }

    [Fact]
    public void TransportPurposes_OnTheSite_IsAV2CodeNotMassTransport()
    {
        // Oslo 2025 (issue 14 item 2, quoting the public summary): "transport on the site" is site work, apart from
        // mass transport to and from the site.
        Assert.True(TransportPurposes.List.TryFind(TransportPurposes.PaaAnlegget, out _));
        Assert.Equal(TransportGroup.Other, TransportPurposes.Group(TransportPurposes.PaaAnlegget));
        Assert.Equal(TransportGroup.Mass, TransportPurposes.Group(TransportPurposes.Massetransport));
        Assert.Equal(TransportGroup.Waste, TransportPurposes.Group(TransportPurposes.Avfall));
    }
}
