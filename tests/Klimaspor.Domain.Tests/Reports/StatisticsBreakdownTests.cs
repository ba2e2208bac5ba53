using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Template;
using Klimaspor.Domain.Statistics;

namespace Klimaspor.Domain.Tests.Reports;

/// <summary>
/// Issue 15 item 1: "Sums (energy, emissions, avoided, hours, km, report counts) add up across a breakdown; shares and
/// intensities are computed per group, never summed." The rows of one submission, added back, give its key figures.
/// </summary>
public sealed class StatisticsBreakdownTests
{
    private static CalculatedLine Machine(int index, string carrier, EnergyClass energyClass, decimal hours, decimal kg) => new()
    {
        Kind = LineKind.Machine,
        Index = index,
        Carrier = carrier,
        EnergyClass = energyClass,
        Energy = new KilowattHours(hours * 10),
        OperatingHours = new Hours(hours),
        IdleHours = new Hours(hours / 4),
        Territorial = new BoundaryFigures { Emissions = new KgCo2e(kg), BaselineEmissions = new KgCo2e(kg + 100) },
        LifeCycle = new BoundaryFigures { Emissions = new KgCo2e(kg * 1.2m), BaselineEmissions = new KgCo2e(kg * 1.2m + 120) },
    };

    private static MachineLine Line(string type, DateOnly? from) => new()
    {
        MachineId = type + from,
        MachineType = type,
        WeightTonnes = 20,
        EnergyCarrier = "diesel",
        OperatingHours = new Hours(1),
        DataSource = "manuell",
        FromDate = from,
    };

    [Fact]
    public void Breakdown_RowsAddedBack_GiveTheSubmissionsOwnKeyFiguresSharesIncluded()
    {
        var period = new ReportingPeriod(new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30));
        var lines = new ReportLines { Machines = [Line("gravemaskin", null), Line("gravemaskin", new DateOnly(2026, 8, 12)), Line("dumper", new DateOnly(2026, 9, 2))] };
        CalculatedLine[] calculated =
        [
            Machine(0, "diesel", EnergyClass.Fossil, 100, 266),
            Machine(1, "el-kabel", EnergyClass.ZeroEmission, 150, 0),
            Machine(2, "diesel", EnergyClass.Fossil, 50, 133),
        ];

        var rows = StatisticsBreakdown.Of(lines, calculated, period, new HashSet<int> { 2 });

        Assert.Equal(["2026-07 diesel machine:gravemaskin", "2026-08 el-kabel machine:gravemaskin", "2026-09 diesel machine:dumper"],
            rows.Select(r => $"{r.Key.Month} {r.Key.Carrier} {r.Key.Type}").Order(StringComparer.Ordinal));
        Assert.Equal(1, rows.Sum(r => r.SharedMachineLines));
        var added = new KeyFigureAccumulator();
        foreach (var row in rows)
        {
            var one = KeyFigureAccumulator.From(row.Sums);
            added.Merge(in one);
        }

        // 150 of 300 hours are zero-emission: 50 %, not the 100 % + 0 % + 0 % a sum of the rows' shares would make.
        var own = KeyFigureAccumulator.Over(calculated);
        Assert.Equal(own, added.Result());
        Assert.Equal(0.5m, added.Result().ZeroEmissionMachineHourShare);
    }

    [Fact]
    public void Window_BackwardsTooLongOrUnknownGroupBy_RefusedNamingWhatIsAllowed()
    {
        var today = new DateOnly(2026, 12, 7);

        Assert.Equal(StatisticsMessageKeys.WindowBackwards, Assert.Single(StatisticsWindow.Read("2026-05", "2026-01", null, null, null, today).Problems).MessageKey);
        Assert.Equal(StatisticsMessageKeys.WindowTooLong, Assert.Single(StatisticsWindow.Read("2016-01", "2026-01", null, null, null, today).Problems).MessageKey);
        Assert.True(StatisticsWindow.Read("2016-02", "2026-01", null, null, null, today).Succeeded); // exactly ten years
        var groupBy = Assert.Single(StatisticsWindow.ReadGroupBy("supplier").Problems);
        Assert.Contains("energyCarrier", groupBy.Arguments[1].ToString(), StringComparison.Ordinal);
        Assert.Equal(new StatisticsWindow("2026-05", "2026-08"), StatisticsWindow.Read(null, null, null, "2026-T2", null, today).Value);
        Assert.Equal(new StatisticsWindow("2026-01", "2026-12"), StatisticsWindow.Read(null, null, null, null, null, today).Value);
    }

    [Fact]
    public void ContractValue_ProRatedOverItsMonthsInTheWindow()
    {
        // A 24-month contract of 120 MNOK, 3 of its months in the window: 15 MNOK.
        var window = new StatisticsWindow("2026-01", "2026-03");

        Assert.Equal(15_000_000m, ContractValueShare.InWindow(120_000_000m, new DateOnly(2025, 4, 1), new DateOnly(2027, 3, 31), window));
        Assert.Equal(0m, ContractValueShare.InWindow(120_000_000m, new DateOnly(2027, 4, 1), new DateOnly(2028, 3, 31), window));
    }
}
