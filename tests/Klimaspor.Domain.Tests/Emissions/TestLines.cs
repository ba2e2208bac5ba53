using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;

namespace Klimaspor.Domain.Tests.Emissions;

/// <summary>Builders for report lines with ordinary defaults, so each test states only what it is about.</summary>
internal static class TestLines
{
    public static readonly DateOnly PeriodStart = new(2025, 3, 1);
    public static readonly DateOnly PeriodEnd = new(2025, 3, 31);

    public static MachineLine Machine(
        string carrier,
        decimal hours = 100,
        decimal? litres = null,
        decimal? kg = null,
        decimal? kwh = null,
        decimal? idle = null,
        string type = MachineTypes.Gravemaskin,
        decimal weight = 20,
        string id = "PIN-1",
        string dataSource = DataSources.Manuell,
        DateOnly? from = null,
        DateOnly? to = null) => new()
        {
            MachineId = id,
            MachineType = type,
            WeightTonnes = weight,
            EnergyCarrier = carrier,
            EmissionClass = EmissionClasses.StageV,
            FromDate = from,
            ToDate = to,
            OperatingHours = new Hours(hours),
            IdleHours = idle is null ? null : new Hours(idle.Value),
            FuelLitres = litres is null ? null : new Litres(litres.Value),
            GasKg = kg is null ? null : new Kilograms(kg.Value),
            ElectricityKwh = kwh is null ? null : new KilowattHours(kwh.Value),
            DataSource = dataSource,
        };

    public static VehicleLine Vehicle(
        string carrier,
        decimal km = 1000,
        decimal? litres = null,
        decimal? kg = null,
        decimal? kwh = null,
        decimal? load = null,
        int? trips = null,
        int? idleMinutes = null,
        string regNo = "EL12345",
        string dataSource = DataSources.Manuell) => new()
        {
            RegNo = regNo,
            VehicleType = VehicleTypes.Lastebil,
            Purpose = TransportPurposes.Massetransport,
            EnergyCarrier = carrier,
            EmissionClass = EmissionClasses.EuroVI,
            DistanceKm = new Kilometres(km),
            LoadTonnes = load,
            Trips = trips,
            FuelLitres = litres is null ? null : new Litres(litres.Value),
            GasKg = kg is null ? null : new Kilograms(kg.Value),
            ElectricityKwh = kwh is null ? null : new KilowattHours(kwh.Value),
            IdleMinutes = idleMinutes,
            DataSource = dataSource,
        };

    public static EnergyLine Energy(
        string carrier,
        decimal quantity,
        QuantityUnit unit = QuantityUnit.KilowattHour,
        string purpose = EnergyPurposes.Byggvarme,
        string id = "MÅLER-1") => new()
        {
            SourceId = id,
            EnergyCarrier = carrier,
            Purpose = purpose,
            Quantity = quantity,
            Unit = unit,
            DataSource = DataSources.Maaler,
        };

    public static FuelDelivery Delivery(string product, decimal quantity, QuantityUnit unit = QuantityUnit.Litre, string? feedstock = null, string? deliveredTo = null) =>
        new()
        {
            DeliveryDate = new DateOnly(2025, 3, 10),
            FuelSupplier = "Drivstoff AS",
            Product = product,
            Quantity = quantity,
            Unit = unit,
            Feedstock = feedstock,
            DeliveredTo = deliveredTo,
        };

    /// <summary>Calculates with the two reference sets, as a report is calculated by default.</summary>
    public static CalculationResult Calculate(ReportLines lines, bool includeTrace = true) =>
        EmissionCalculation.Calculate(lines, ReferenceFactorSets.NoTerritorial2021, ReferenceFactorSets.LifecycleWtw2023, includeTrace);

    public static CalculationResult Calculate(params MachineLine[] machines) => Calculate(new ReportLines { Machines = machines });

    /// <summary>The single calculated line of a one-line report, failing the test if it did not calculate.</summary>
    public static CalculatedLine Single(CalculationResult result)
    {
        Assert.Empty(result.Errors);
        return Assert.Single(result.Lines);
    }
}
