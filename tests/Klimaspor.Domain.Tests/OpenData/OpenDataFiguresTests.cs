using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.OpenData;

namespace Klimaspor.Domain.Tests.OpenData;

public sealed class OpenDataFiguresTests
{
    private static KeyFigures Totals(decimal kwh, decimal zeroKwh, decimal territorialKg, decimal lifeCycleKg, decimal hours, decimal km) => new()
    {
        Energy = new KilowattHours(kwh),
        EnergyByClass = new EnergyByClass { ZeroEmission = new KilowattHours(zeroKwh), Fossil = new KilowattHours(kwh - zeroKwh) },
        MachineHours = new Hours(hours),
        VehicleKm = new Kilometres(km),
        // Shares are per report and must not reach the open data: a sum of shares means nothing.
        ZeroEmissionEnergyShare = kwh == 0 ? null : zeroKwh / kwh,
        Territorial = new BoundaryKeyFigures { Emissions = new KgCo2e(territorialKg), Avoided = new KgCo2e(100) },
        LifeCycle = new BoundaryKeyFigures { Emissions = new KgCo2e(lifeCycleKg), Avoided = new KgCo2e(80) },
    };

    [Fact]
    public void Aggregate_TwoReportsOfOneUnitCategoryAndMonth_OneRowWithTheirSums()
    {
        var rows = OpenDataFigures.Aggregate(
        [
            new("Oslobygg KF", "Building", "2026-03", Totals(10_000, 6_000, 1_000, 1_300, 200, 0)),
            new("Oslobygg KF", "Building", "2026-03", Totals(5_000, 5_000, 0, 150, 100, 40)),
        ]);

        var row = Assert.Single(rows);
        Assert.Equal(2, row.Reports);
        Assert.Equal(15_000m, row.EnergyKwh);
        Assert.Equal(11_000m, row.ZeroEmissionKwh);
        Assert.Equal(4_000m, row.FossilKwh);
        Assert.Equal(1_000m, row.EmissionsTerritorialKg);
        Assert.Equal(1_450m, row.EmissionsLifeCycleKg);
        Assert.Equal(200m, row.AvoidedTerritorialKg);
        Assert.Equal(160m, row.AvoidedLifeCycleKg);
        Assert.Equal(300m, row.MachineHours);
        Assert.Equal(40m, row.VehicleKm);
    }

    [Fact]
    public void Aggregate_ReportsOfOtherUnitsCategoriesOrMonths_ApartAndAddingUpToTheWhole()
    {
        OpenDataSource[] sources =
        [
            new("Oslobygg KF", "Building", "2026-03", Totals(10_000, 6_000, 1_000, 1_300, 200, 0)),
            new("Oslobygg KF", "Building", "2026-04", Totals(8_000, 2_000, 1_500, 1_900, 150, 0)),
            new("Oslobygg KF", "Transport", "2026-03", Totals(3_000, 0, 700, 900, 0, 1_200)),
            new("Bymiljøetaten", "Building", "2026-03", Totals(4_000, 4_000, 0, 120, 90, 0)),
        ];

        var rows = OpenDataFigures.Aggregate(sources);

        Assert.Equal(4, rows.Count);
        Assert.Equal(["Bymiljøetaten", "Oslobygg KF", "Oslobygg KF", "Oslobygg KF"], rows.Select(r => r.Unit));
        Assert.Equal(sources.Sum(s => s.Totals.Energy.Value), rows.Sum(r => r.EnergyKwh));
        Assert.Equal(sources.Sum(s => s.Totals.LifeCycle.Emissions.Value), rows.Sum(r => r.EmissionsLifeCycleKg));
    }

    [Fact]
    public void Licence_NoneOrUnknownPicked_Nlod20()
    {
        Assert.Equal("http://data.norge.no/nlod/no/2.0", OpenDataLicence.Of(null).Uri);
        Assert.Equal(OpenDataLicence.Nlod20, OpenDataLicence.Of("gpl"));
        Assert.Equal(OpenDataLicence.Cc0, OpenDataLicence.Of("cc0-1.0"));
    }
}
