extern alias app;
using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using app::Klimaspor.Data;
using app::Klimaspor.Features.TransportFootprint;
using app::Klimaspor.Web;
using Klimaspor.Domain.Contracts;
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Statistics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Benchmarks;

/// <summary>
/// Issue 17, "Performance": the transport footprint mapping of a buyer with 5 000 contracts over a year, under 1 s.
/// <c>dotnet run -c Release --project bench/Klimaspor.Benchmarks -- footprint [contracts]</c> builds a SQLite database
/// with one buyer, its contracts in six categories (four in five with twelve months of counted vehicle rows, two vehicle
/// types each, the rest with none, so they take the spend-based estimate), then times the per-contract loader
/// (<see cref="ContractFootprints.Load"/>, the mapping's whole database work) against the floor: the same aggregate as
/// one hand-written SQL statement and the contracts' facts, every row read.
/// </summary>
internal static class FootprintCommand
{
    public static async Task<int> Run(string[] args)
    {
        var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5_000;
        var file = Path.Combine(Path.GetTempPath(), $"klimaspor-footprint-{Guid.NewGuid():N}.db");
        // Statistics rows name submissions that are not generated here: their foreign keys are not checked.
        var connection = $"Data Source={file};Foreign Keys=False";
        try
        {
            var clock = Stopwatch.StartNew();
            var (buyerId, window) = await Seed(connection, count);
            Console.WriteLine($"Seeded {count:N0} contracts and their statistics rows in {clock.Elapsed.TotalSeconds:F1} s.");

            for (var round = 1; round <= 5; round++)
            {
                clock.Restart();
                await using (var db = Context(connection))
                {
                    var principal = new ClaimsPrincipal(new ClaimsIdentity(
                        [new Claim(KlimasporClaims.Organisation, buyerId.ToString()), new Claim(ClaimTypes.Role, Roles.Analyst)], "bench"));
                    var loaded = await ContractFootprints.Load(null, window, new AppServices(db, new Tenant(principal, db), TimeProvider.System), CancellationToken.None);
                    var mapping = clock.Elapsed;
                    clock.Restart();
                    var floorRows = await Floor(connection, buyerId, window);
                    Console.WriteLine($"Round {round}: mapping {mapping.TotalMilliseconds:F0} ms for {loaded.Value!.Count:N0} contracts; " +
                        $"SQL floor {clock.Elapsed.TotalMilliseconds:F0} ms ({floorRows:N0} rows).");
                }
            }

            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    private static SqliteAppDbContext Context(string connection) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(connection).Options);

    private static async Task<(Guid Buyer, StatisticsWindow Window)> Seed(string connection, int count)
    {
        await using var db = Context(connection);
        await db.Database.MigrateAsync();
        var now = DateTime.UtcNow;
        var buyer = new Organisation { OrgNo = "958935420", Name = "Benchmark kommune", Kind = OrganisationKind.Buyer, CreatedAt = now };
        var supplier = new Organisation { OrgNo = "911223341", Name = "Benchmark Transport AS", Kind = OrganisationKind.Supplier, CreatedAt = now };
        db.Organisations.AddRange(buyer, supplier);
        ContractCategory[] categories = [ContractCategory.Renovasjon, ContractCategory.ReparasjonOgService, ContractCategory.Varelevering,
            ContractCategory.Bygg, ContractCategory.Anlegg, ContractCategory.Transporttjeneste];
        var window = new StatisticsWindow("2026-01", "2026-12");
        var months = window.EachMonth().ToList();
        for (var i = 0; i < count; i++)
        {
            var category = categories[i % categories.Length];
            var contract = new Contract
            {
                Reference = $"BEN-{i:D5}",
                Title = $"Benchmarkkontrakt {i}",
                BuyerUnitId = buyer.Id,
                SupplierId = supplier.Id,
                Category = category,
                FootprintCategory = FootprintCategories.DefaultFor(category),
                StartDate = new DateOnly(2025, 1, 1),
                EndDate = new DateOnly(2028, 12, 31),
                ValueNok = 4_000_000m + i * 1_000m,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Contracts.Add(contract);
            if (i % 5 != 4)
            {
                foreach (var month in months)
                {
                    var submission = Guid.NewGuid();
                    db.StatisticsRows.Add(Row(contract.Id, submission, month, "diesel", "vehicle:lastebil", 1_900 + i % 300, 2_400));
                    db.StatisticsRows.Add(Row(contract.Id, submission, month, "el-batteri", "vehicle:varebil", 1_200, 0));
                }
            }

            if (i % 500 == 499)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync();
        return (buyer.Id, window);
    }

    private static StatisticsRow Row(Guid contract, Guid submission, string month, string carrier, string type, decimal km, decimal territorial) => new()
    {
        ContractId = contract,
        ReportId = submission,
        SubmissionId = submission,
        Period = month,
        Month = month,
        Carrier = carrier,
        Type = type,
        Sums = new KeyFigureSums
        {
            Lines = 1,
            VehicleLines = 1,
            Trips = 40,
            VehicleKm = km,
            EnergyFossil = territorial == 0 ? 0 : km * 3.8m,
            EnergyZeroEmission = territorial == 0 ? km * 0.33m : 0,
            ZeroEmissionKm = territorial == 0 ? km : 0,
            TerritorialEmissions = territorial,
            LifeCycleEmissions = territorial * 1.2m + km * 0.01m,
            DistanceBasedKm = territorial == 0 ? km : 0,
            DistanceBasedVehicleLines = territorial == 0 ? 1 : 0,
            LifeCycleDistanceBasedEmissions = territorial == 0 ? km * 0.01m : 0,
        },
    };

    /// <summary>The floor: one grouped statement over the buyer's vehicle rows in the window, and the contracts' facts.</summary>
    private static async Task<int> Floor(string connection, Guid buyer, StatisticsWindow window)
    {
        await using var sqlite = new SqliteConnection(connection);
        await sqlite.OpenAsync();
        var rows = 0;
        await using (var sums = sqlite.CreateCommand())
        {
            sums.CommandText = """
                SELECT s."ContractId", s."Type", s."Carrier", SUM(s."Sums_Trips"), SUM(s."Sums_VehicleKm"), SUM(s."Sums_EnergyZeroEmission"),
                       SUM(s."Sums_EnergyFossil"), SUM(s."Sums_TerritorialEmissions"), SUM(s."Sums_LifeCycleEmissions"), SUM(s."Sums_ZeroEmissionKm"),
                       SUM(s."Sums_DistanceBasedKm"), SUM(s."Sums_TerritorialDistanceBasedEmissions"), SUM(s."Sums_LifeCycleDistanceBasedEmissions")
                FROM "StatisticsRows" AS s
                JOIN "Contracts" AS c ON c."Id" = s."ContractId"
                WHERE c."BuyerUnitId" = @buyer AND s."Month" >= @from AND s."Month" <= @to AND s."Type" LIKE 'vehicle:%'
                GROUP BY s."ContractId", s."Type", s."Carrier"
                """;
            sums.Parameters.AddWithValue("@buyer", buyer.ToString().ToUpperInvariant());
            sums.Parameters.AddWithValue("@from", window.From);
            sums.Parameters.AddWithValue("@to", window.To);
            await using var reader = await sums.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows++;
            }
        }

        await using (var facts = sqlite.CreateCommand())
        {
            facts.CommandText = """
                SELECT c."Id", c."Reference", c."Title", c."Category", c."FootprintCategory", c."ValueNok", c."StartDate", c."EndDate"
                FROM "Contracts" AS c WHERE c."BuyerUnitId" = @buyer
                """;
            facts.Parameters.AddWithValue("@buyer", buyer.ToString().ToUpperInvariant());
            await using var reader = await facts.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows++;
            }
        }

        return rows;
    }
}
