using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;

namespace Klimaspor.Benchmarks;

/// <summary>
/// A large report of valid lines with a realistic mix (machines 60 %, vehicles 25 %, site energy 15 %; every carrier
/// the reference sets can price), from a fixed seed so every run measures the same data.
/// </summary>
internal static class BenchmarkReports
{
    private static readonly string[] MachineCarriers =
        ["diesel", "diesel", "hvo100", "hvo100", "el-batteri", "el-batteri", "el-kabel", "hybrid-diesel", "hybrid-hvo", "fame100", "biogass", "hydrogen"];

    private static readonly string[] VehicleCarriers = ["diesel", "hvo100", "el-batteri", "biogass", "hybrid-diesel", "naturgass"];

    private static readonly string[] MachineTypeCodes =
        [MachineTypes.Gravemaskin, MachineTypes.Hjullaster, MachineTypes.Dumper, MachineTypes.Valse, MachineTypes.Mobilkran];

    public static ReportLines Generate(int lineCount, int seed = 42)
    {
        // A fixed seed is the point: the benchmark must measure the same lines every run, not be unpredictable.
#pragma warning disable CA5394 // Random is not used for security.
        var random = new Random(seed);
        var machines = new List<MachineLine>(lineCount * 6 / 10);
        var vehicles = new List<VehicleLine>(lineCount / 4);
        var energy = new List<EnergyLine>(lineCount / 6);
        for (var i = 0; i < lineCount; i++)
        {
            var pick = random.Next(100);
            var quantity = random.Next(1, 500_000) / 100m;
            if (pick < 60)
            {
                var carrier = MachineCarriers[random.Next(MachineCarriers.Length)];
                var hours = random.Next(0, 3_000) / 10m;
                machines.Add(new MachineLine
                {
                    MachineId = "M" + i,
                    MachineType = MachineTypeCodes[random.Next(MachineTypeCodes.Length)],
                    WeightTonnes = random.Next(2, 50),
                    EnergyCarrier = carrier,
                    OperatingHours = new Hours(hours),
                    IdleHours = random.Next(3) == 0 ? null : new Hours(hours * random.Next(0, 50) / 100m),
                    FuelLitres = carrier is "el-batteri" or "el-kabel" or "biogass" or "hydrogen" ? null : new Litres(quantity),
                    GasKg = carrier is "biogass" or "hydrogen" ? new Kilograms(quantity / 10) : null,
                    ElectricityKwh = carrier is "el-batteri" or "el-kabel" ? new KilowattHours(quantity * 4)
                        : carrier.StartsWith("hybrid", StringComparison.Ordinal) ? new KilowattHours(quantity / 2) : null,
                    DataSource = DataSources.Telematikk,
                });
            }
            else if (pick < 85)
            {
                var carrier = VehicleCarriers[random.Next(VehicleCarriers.Length)];
                vehicles.Add(new VehicleLine
                {
                    RegNo = "EK" + i,
                    VehicleType = VehicleTypes.Lastebil,
                    Purpose = TransportPurposes.Massetransport,
                    EnergyCarrier = carrier,
                    DistanceKm = new Kilometres(quantity * 3),
                    Trips = random.Next(0, 80),
                    LoadTonnes = random.Next(2) == 0 ? null : random.Next(0, 2_000),
                    FuelLitres = carrier is "el-batteri" or "biogass" or "naturgass" ? null : new Litres(quantity),
                    GasKg = carrier is "biogass" or "naturgass" ? new Kilograms(quantity / 10) : null,
                    ElectricityKwh = carrier == "el-batteri" ? new KilowattHours(quantity * 4)
                        : carrier == "hybrid-diesel" ? new KilowattHours(quantity / 2) : null,
                    DataSource = DataSources.Manuell,
                });
            }
            else
            {
                var grid = random.Next(3) > 0;
                energy.Add(new EnergyLine
                {
                    SourceId = "E" + i,
                    EnergyCarrier = grid ? "el-nett" : "diesel",
                    Purpose = random.Next(2) == 0 ? EnergyPurposes.Byggvarme : EnergyPurposes.Lading,
                    Quantity = quantity * (grid ? 10 : 1),
                    Unit = grid ? QuantityUnit.KilowattHour : QuantityUnit.Litre,
                    DataSource = DataSources.Maaler,
                });
            }
        }
#pragma warning restore CA5394

        return new ReportLines { Machines = machines, Vehicles = vehicles, Energy = energy };
    }
}
