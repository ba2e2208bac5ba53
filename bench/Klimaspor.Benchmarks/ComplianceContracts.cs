using System.Globalization;
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Template;
using Klimaspor.Domain.Requirements;

namespace Klimaspor.Benchmarks;

/// <summary>
/// Contracts as the requirement engine sees them, from a fixed seed: 36 monthly reports of about 20 lines each (12
/// machine lines from a fleet of 10–14 machines, 4 vehicle lines, 2 site energy lines, 2 fuel deliveries). Each
/// contract has a profile — mostly zero-emission, mixed, or mostly fossil — so every status occurs: most reports on
/// time, some late, a few missing; waivers on a third of the fossil machines' months; grid statements in winter on some
/// sites; a few machines of old or unknown emission class and deliveries of PFAD or without feedstock.
/// </summary>
internal static class ComplianceContracts
{
    public const int Periods = 36;

    /// <summary>The requirements evaluated: seven rules of the preset catalogue covering every aggregate and window.</summary>
    public static IReadOnlyList<RequirementRule> Rules { get; } =
    [
        .. RequirementPresets.Build(RequirementPresets.Oslo2025EmissionFreeSite, new Dictionary<string, decimal>()),
        RequirementPresets.Build(RequirementPresets.Kriterieveiviseren, new Dictionary<string, decimal>())[0],
        .. RequirementPresets.Build(RequirementPresets.PromisedZeroEmissionShare, new Dictionary<string, decimal> { [RequirementPresets.ShareParameter] = 0.7m }),
        .. RequirementPresets.Build(RequirementPresets.Co2eCap, new Dictionary<string, decimal> { [RequirementPresets.TonnesParameter] = 400m }),
        .. RequirementPresets.Build(RequirementPresets.ReportsOnTime, new Dictionary<string, decimal>()),
    ];

    /// <summary>A day after the last report of every contract is due: every window is decided.</summary>
    public static readonly DateOnly Today = new(2028, 2, 1);

    private static readonly string[] MachineTypeCodes =
    [
        MachineTypes.Gravemaskin, MachineTypes.Gravemaskin, MachineTypes.Gravemaskin, MachineTypes.Minigraver, MachineTypes.Hjullaster,
        MachineTypes.Dumper, MachineTypes.Valse, MachineTypes.Aggregat, MachineTypes.Byggvarme, MachineTypes.Mobilkran,
    ];

    private static readonly string[] Stages =
    [
        EmissionClasses.StageV, EmissionClasses.StageV, EmissionClasses.StageV, EmissionClasses.StageIV, EmissionClasses.StageIV,
        EmissionClasses.StageIIIB, EmissionClasses.StageIIIA, EmissionClasses.Ukjent,
    ];

    private static readonly string[] Feedstock =
        [Feedstocks.BruktFrityrolje, Feedstocks.BruktFrityrolje, Feedstocks.AnimalskFett, Feedstocks.Raps, Feedstocks.Tallolje, Feedstocks.Pfad, Feedstocks.Ukjent];

    private sealed record FleetMachine(string Id, string Type, decimal Weight, string Carrier, EnergyClass EnergyClass, string EmissionClass);

    public static ContractFacts[] Generate(int contracts, int seed = 2025)
    {
        var result = new ContractFacts[contracts];
        for (var c = 0; c < contracts; c++)
        {
            result[c] = Contract(c, seed);
        }

        return result;
    }

    public static int LineCount(IEnumerable<ContractFacts> contracts) => contracts.Sum(c => c.Periods.Sum(p => p.Lines.Count));

    private static ContractFacts Contract(int number, int seed)
    {
        // A fixed seed per contract: the benchmark measures the same contracts every run, and any one can be rebuilt alone.
#pragma warning disable CA5394 // Random is not used for security.
        var random = new Random(unchecked((seed * 100_003) + number));
        var profile = random.Next(3); // 0 mostly zero-emission, 1 mixed, 2 mostly fossil
        var prefix = "K" + number.ToString(CultureInfo.InvariantCulture) + "-";
        var fleet = Fleet(random, profile, prefix);
        var vehicles = Enumerable.Range(1, 6).Select(i => (RegNo: prefix + "EK" + (10_000 + i).ToString(CultureInfo.InvariantCulture), Carrier: VehicleCarrier(random, profile),
            Class: random.Next(10) == 0 ? EmissionClasses.EuroV : EmissionClasses.EuroVI)).ToArray();
        var start = new DateOnly(2025, 1, 1);
        var periods = new PeriodFacts[Periods];
        var waivers = new List<ApprovedWaiver>();
        var grid = new List<GridCapacity>();
        var hasGridLimit = random.Next(4) == 0;
        for (var p = 0; p < Periods; p++)
        {
            var period = ReportingPeriod.Month(start.AddMonths(p).Year, start.AddMonths(p).Month);
            var key = period.FirstDay.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            var due = period.LastDay.AddDays(10);
            var lines = new List<FactLine>(20);
            foreach (var machine in fleet.OrderBy(_ => random.Next()).Take(12))
            {
                var hours = random.Next(20, 200);
                var fossil = machine.EnergyClass == EnergyClass.Fossil;
                if (fossil && random.Next(3) == 0)
                {
                    waivers.Add(new ApprovedWaiver("FR-" + key + "-" + machine.Id, machine.Id, period.FirstDay, period.LastDay));
                }

                var litres = machine.EnergyClass == EnergyClass.ZeroEmission ? 0 : hours * random.Next(5, 20);
                lines.Add(new FactLine
                {
                    Kind = LineKind.Machine,
                    Index = lines.Count,
                    Id = machine.Id,
                    Type = machine.Type,
                    WeightTonnes = machine.Weight,
                    Carrier = machine.Carrier,
                    EnergyClass = machine.EnergyClass,
                    EmissionClass = machine.EmissionClass,
                    WaiverRef = fossil && random.Next(5) == 0 ? "FR-?" : null,
                    MachineHours = hours,
                    IdleHours = random.Next(10) < 7 ? hours * random.Next(5, 45) / 100m : null,
                    MachineDays = random.Next(5, 32),
                    EnergyKwh = machine.EnergyClass == EnergyClass.ZeroEmission ? hours * random.Next(10, 40) : litres * 10m,
                    FuelLitres = litres,
                    EmissionsTerritorial = fossil ? litres * 2.66m : 0,
                    EmissionsLifeCycle = fossil ? litres * 3.17m : litres * 1.1m,
                    AvoidedTerritorial = fossil ? 0 : hours * 30,
                });
            }

            foreach (var vehicle in vehicles.OrderBy(_ => random.Next()).Take(4))
            {
                var km = random.Next(100, 4000);
                var fossil = vehicle.Carrier is "diesel" or "hvo100" ? vehicle.Carrier == "diesel" : false;
                lines.Add(new FactLine
                {
                    Kind = LineKind.Vehicle,
                    Index = lines.Count,
                    Id = vehicle.RegNo,
                    Type = VehicleTypes.Lastebil,
                    Purpose = random.Next(4) == 0 ? TransportPurposes.Materialer : TransportPurposes.Massetransport,
                    Carrier = vehicle.Carrier,
                    EnergyClass = EnergyCarrier.TryFind(vehicle.Carrier, out var carrier) ? carrier.EnergyClass : EnergyClass.Fossil,
                    EmissionClass = vehicle.Carrier == "el-batteri" ? EmissionClasses.Nullutslipp : vehicle.Class,
                    Kilometres = km,
                    TonneKm = random.Next(2) == 0 ? km * random.Next(5, 30) : null,
                    EnergyKwh = km * 3,
                    FuelLitres = vehicle.Carrier == "el-batteri" ? 0 : km * 0.35m,
                    EmissionsTerritorial = fossil ? km * 0.93m : 0,
                    EmissionsLifeCycle = fossil ? km * 1.1m : km * 0.3m,
                });
            }

            lines.Add(new FactLine
            {
                Kind = LineKind.Energy,
                Index = 0,
                Id = prefix + "MÅLER-1",
                Purpose = EnergyPurposes.Byggvarme,
                Carrier = "el-nett",
                EnergyClass = EnergyClass.ZeroEmission,
                EnergyKwh = random.Next(1000, 20_000),
                EmissionsLifeCycle = random.Next(10, 300),
            });
            var heaterFossil = profile == 2 && random.Next(3) == 0;
            lines.Add(new FactLine
            {
                Kind = LineKind.Energy,
                Index = 1,
                Id = prefix + "TANK-1",
                Purpose = EnergyPurposes.Byggvarme,
                Carrier = heaterFossil ? "diesel" : "hvo100",
                EnergyClass = heaterFossil ? EnergyClass.Fossil : EnergyClass.LiquidBiofuel,
                EnergyKwh = random.Next(500, 5000),
                FuelLitres = random.Next(50, 500),
                EmissionsTerritorial = heaterFossil ? random.Next(100, 1300) : 0,
            });
            for (var d = 0; d < 2; d++)
            {
                var hvo = d == 0 || profile == 0;
                lines.Add(new FactLine
                {
                    Kind = LineKind.FuelDelivery,
                    Index = d,
                    Id = prefix + key + "-DN-" + d.ToString(CultureInfo.InvariantCulture),
                    Carrier = hvo ? "hvo100" : "diesel",
                    EnergyClass = hvo ? EnergyClass.LiquidBiofuel : EnergyClass.Fossil,
                    Feedstock = hvo ? Feedstock[random.Next(Feedstock.Length)] : null,
                    FuelLitres = random.Next(1000, 6000),
                    DeliveredQuantity = random.Next(1000, 6000),
                });
            }

            var submission = random.Next(100);
            periods[p] = new PeriodFacts
            {
                Period = period,
                Key = key,
                DueDate = due,
                SubmittedAt = submission switch
                {
                    < 1 => null,
                    < 9 => new DateTimeOffset(due.AddDays(random.Next(1, 20)).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero),
                    _ => new DateTimeOffset(due.AddDays(-random.Next(0, 9)).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero),
                },
                Lines = submission < 1 ? [] : lines,
            };

            if (hasGridLimit && period.FirstDay.Month is 11 or 12 or 1 or 2)
            {
                grid.Add(new GridCapacity(key, random.Next(150, 500), 500));
            }
        }
#pragma warning restore CA5394

        return new ContractFacts
        {
            StartDate = start,
            EndDate = start.AddMonths(Periods).AddDays(-1),
            ValueNok = 50_000_000,
            Periods = periods,
            Waivers = waivers,
            GridCapacity = grid,
        };
    }

#pragma warning disable CA5394 // Random is not used for security.
    private static FleetMachine[] Fleet(Random random, int profile, string prefix)
    {
        var size = random.Next(10, 15);
        var fleet = new FleetMachine[size];
        for (var i = 0; i < size; i++)
        {
            var roll = random.Next(100);
            var carrier = profile switch
            {
                0 => roll < 75 ? (roll < 50 ? "el-batteri" : "el-kabel") : "hvo100",
                1 => roll < 35 ? "el-batteri" : roll < 75 ? "hvo100" : roll < 85 ? "hybrid-diesel" : "diesel",
                _ => roll < 10 ? "el-batteri" : roll < 40 ? "hvo100" : "diesel",
            };
            var energyClass = EnergyCarrier.TryFind(carrier, out var found) ? found.EnergyClass : EnergyClass.Fossil;
            fleet[i] = new FleetMachine(
                prefix + "PIN-" + (i + 1).ToString(CultureInfo.InvariantCulture),
                MachineTypeCodes[random.Next(MachineTypeCodes.Length)],
                random.Next(2, 45),
                carrier,
                energyClass,
                energyClass == EnergyClass.ZeroEmission ? EmissionClasses.Nullutslipp : Stages[random.Next(Stages.Length)]);
        }

        return fleet;
    }

    private static string VehicleCarrier(Random random, int profile) => (profile, random.Next(10)) switch
    {
        (0, < 6) => "el-batteri",
        (0, _) => "biogass",
        (1, < 3) => "el-batteri",
        (1, < 6) => "biogass",
        (1, _) => "hvo100",
        (_, < 2) => "biogass",
        _ => "diesel",
    };
#pragma warning restore CA5394
}
