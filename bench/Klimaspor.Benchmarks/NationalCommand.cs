extern alias app;
using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using app::Klimaspor.Data;
using app::Klimaspor.Features.Calculations;
using app::Klimaspor.Features.FactorSets;
using app::Klimaspor.Features.Reports;
using app::Klimaspor.Features.Statistics;
using app::Klimaspor.Web;
using Klimaspor.Domain.Contracts;
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Domain.Reporting.Template;
using Klimaspor.Domain.Statistics;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Klimaspor.Benchmarks;

/// <summary>
/// Issue 15's scale: a national data set on PostgreSQL and the overview's speed over it.
/// <code>
/// national build   "&lt;connection&gt;" [buyers 600] [contracts 10000] [months 36]
/// national measure "&lt;connection&gt;" [runs 40]
/// </code>
/// <c>build</c> migrates an empty database as the app does and fills it by a bulk path: buyer organisations with units,
/// suppliers, contracts, one report a month per contract, each submitted once, most approved, some awaiting review, a
/// few returned. The reports' lines come from a few dozen templates (<see cref="BenchmarkReports"/>, about 20 lines
/// each: 7 million lines for 10 000 contracts × 36 months); each template is calculated once per month by the app's own
/// calculation, and every report is frozen by the app's own <see cref="ReportStore.Freeze"/> and broken down by the
/// domain's <see cref="StatisticsBreakdown.Of"/>, as <see cref="ReportAggregates.Refresh"/> does. It is saved in large
/// batches, the statistics rows by PostgreSQL's binary COPY (<see cref="StatisticsCopy"/>), and it checks on a sample that the real path (<see cref="ReportAggregates.Refresh"/>) gives exactly the
/// statistics rows the bulk path stored. Build it once and keep it as a dump (<c>pg_dump -Fc</c>), outside CI.
/// <para>
/// <c>measure</c> times the overview (<see cref="GetStatistics"/>, as a request runs it: a new unit of work each time)
/// for the largest buyer organisation and one year, and, as the floor, a hand-written SQL <c>GROUP BY</c> over the
/// same statistics rows summing the same columns; then the cost of keeping the rows current on one submission
/// (<see cref="ReportAggregates.Refresh"/> and its save), which must not grow with the portfolio: run it on a small and
/// a national database and compare.
/// </para>
/// </summary>
internal static class NationalCommand
{
    private const int Templates = 48;
    private const int LinesPerReport = 20;
    private static readonly DateOnly FirstMonth = new(2024, 1, 1);

    private static readonly ContractCategory[] Categories =
    [
        ContractCategory.Bygg, ContractCategory.Bygg, ContractCategory.Anlegg, ContractCategory.Anlegg, ContractCategory.DriftOgVedlikehold,
        ContractCategory.Renovasjon, ContractCategory.Varelevering, ContractCategory.Transporttjeneste,
    ];

    public static async Task<int> Run(string[] args)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        if (args.Length < 3 || args[1] is not ("build" or "measure"))
        {
            Console.Error.WriteLine("Usage: national build \"<connection>\" [buyers] [contracts] [months] | national measure \"<connection>\" [runs]");
            return 2;
        }

        var options = new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(args[2]).Options;
        int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
        return args[1] == "build"
            ? await Build(options, args[2], Arg(3, 600), Arg(4, 10_000), Arg(5, 36))
            : await Measure(options, args[2], Arg(3, 40));
    }

    private static async Task<int> Build(DbContextOptions<PostgresAppDbContext> options, string connection, int buyers, int contracts, int months)
    {
        var clock = Stopwatch.StartNew();
        var now = DateTime.UtcNow;
        await using (var db = new PostgresAppDbContext(options))
        {
            await db.Database.MigrateAsync();
            if (await db.Contracts.AnyAsync())
            {
                Console.Error.WriteLine("The database has contracts already: build into an empty one.");
                return 1;
            }

            await FactorSetStore.EnsureReferenceSetsAsync(db, now, CancellationToken.None);
        }

        // A fixed seed: every build makes the same national data set.
#pragma warning disable CA5394 // Random is not used for security.
        var random = new Random(15);
        var numbers = OrgNumbers().GetEnumerator();
        string NextOrgNo()
        {
            numbers.MoveNext();
            return numbers.Current;
        }

        var units = new List<Guid>();
        var suppliers = new List<Guid>();
        await using (var db = new PostgresAppDbContext(options))
        {
            for (var b = 0; b < buyers; b++)
            {
                var buyer = new Organisation { Name = $"Kommune {b + 1:000}", OrgNo = NextOrgNo(), Kind = OrganisationKind.Buyer, CreatedAt = now };
                db.Organisations.Add(buyer);
                units.Add(buyer.Id);
                // One to four units under each buyer: agencies that buy on their own contracts.
                for (var u = random.Next(1, 5); u > 0; u--)
                {
                    var unit = new Organisation { Name = $"Kommune {b + 1:000} etat {u}", OrgNo = NextOrgNo(), Kind = OrganisationKind.Buyer, ParentId = buyer.Id, CreatedAt = now };
                    db.Organisations.Add(unit);
                    units.Add(unit.Id);
                }
            }

            for (var s = 0; s < Math.Max(10, contracts / 25); s++)
            {
                var supplier = new Organisation { Name = $"Entreprenør {s + 1:0000} AS", OrgNo = NextOrgNo(), Kind = OrganisationKind.Supplier, CreatedAt = now };
                db.Organisations.Add(supplier);
                suppliers.Add(supplier.Id);
            }

            await db.SaveChangesAsync();
        }

        Console.WriteLine($"Organisations: {units.Count:N0} buyers and units, {suppliers.Count:N0} suppliers ({clock.Elapsed.TotalSeconds:F0} s).");

        // Each template calculated once per month, as a submission of it would be.
        var localizer = TextsLocalizer.Load();
        var periods = Enumerable.Range(0, months).Select(m => ReportingPeriod.Month(FirstMonth.AddMonths(m).Year, FirstMonth.AddMonths(m).Month)).ToArray();
        var templates = Enumerable.Range(0, Templates).Select(t => BenchmarkReports.Generate(LinesPerReport, seed: 1000 + t)).ToArray();
        var packed = templates.Select(ReportStore.Pack).ToArray();
        var calculated = new (CalculationResult Result, IReadOnlyList<LineWarning> Warnings, IReadOnlyList<BreakdownRow> Rows)[Templates, months];
        for (var t = 0; t < Templates; t++)
        {
            for (var m = 0; m < months; m++)
            {
                var calculation = CalculateLines.Run(templates[t], ReferenceFactorSets.NoTerritorial2021V2, ReferenceFactorSets.LifecycleWtw2023V2,
                    periods[m].FirstDay, periods[m].LastDay, includeTrace: false).Value!;
                calculated[t, m] = (calculation.Result, [.. CalculationsApi.Localized(calculation.Warnings, localizer, keepArguments: true)],
                    StatisticsBreakdown.Of(templates[t], calculation.Result.Lines, periods[m], new HashSet<int>()));
            }
        }

        Console.WriteLine($"Templates calculated: {Templates} × {months} months ({clock.Elapsed.TotalSeconds:F0} s).");

        long lines = 0, rows = 0;
        const int Batch = 50;
        var statistics = new List<StatisticsRow>();
        var copy = await StatisticsCopy.Open(connection);
        for (var first = 0; first < contracts; first += Batch)
        {
            await using var db = new PostgresAppDbContext(options);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var c = first; c < Math.Min(first + Batch, contracts); c++)
            {
                var number = (c + 1).ToString("00000", CultureInfo.InvariantCulture);
                var contract = new Contract
                {
                    Reference = "NAT-" + number,
                    Title = "Nasjonal kontrakt " + number,
                    BuyerUnitId = units[random.Next(units.Count)],
                    SupplierId = suppliers[random.Next(suppliers.Count)],
                    Category = Categories[random.Next(Categories.Length)],
                    StartDate = FirstMonth,
                    EndDate = FirstMonth.AddMonths(months).AddDays(-1),
                    ValueNok = random.Next(10, 500) * 1_000_000m,
                    ReportingFrequency = ReportingFrequency.Monthly,
                    ReportDueDay = ContractRules.DefaultReportDueDay,
                    CreatedAt = now,
                    UpdatedAt = now,
                    SearchText = "nat-" + number,
                };
                db.Contracts.Add(contract);
                for (var m = 0; m < months; m++)
                {
                    var t = random.Next(Templates);
                    // Most approved; the last months partly awaiting review; a few returned (they count for nothing).
                    var status = random.Next(100) switch
                    {
                        < 3 => ReportStatus.Returned,
                        < 10 => ReportStatus.Submitted,
                        _ when m >= months - 2 => ReportStatus.Submitted,
                        _ => ReportStatus.Approved,
                    };
                    var submittedAt = periods[m].LastDay.AddDays(6).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
                    var report = new SupplierReport
                    {
                        ContractId = contract.Id,
                        SupplierId = contract.SupplierId,
                        Period = ReportingSchedule.Key(periods[m]),
                        Status = status,
                        DraftLines = packed[t],
                        DraftSource = "api",
                        Version = 1,
                        CreatedAt = submittedAt,
                        UpdatedAt = submittedAt,
                    };
                    db.Reports.Add(report);
                    var (result, warnings, breakdown) = calculated[t, m];
                    var submission = ReportStore.Freeze(report.Id, 1, templates[t], packed[t], result, warnings, periods[m], "Nasjonal benchmark", submittedAt).Submission;
                    db.ReportSubmissions.Add(submission);
                    lines += LinesPerReport;
                    if (status == ReportStatus.Returned)
                    {
                        continue;
                    }

                    foreach (var row in breakdown)
                    {
                        statistics.Add(new StatisticsRow
                        {
                            ContractId = contract.Id,
                            ReportId = report.Id,
                            SubmissionId = submission.Id,
                            Period = report.Period,
                            Month = row.Key.Month,
                            Carrier = row.Key.Carrier,
                            Type = row.Key.Type,
                            SharedMachineLines = row.SharedMachineLines,
                            Sums = row.Sums,
                        });
                        rows++;
                    }
                }
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
            await copy.Write(statistics);
            statistics.Clear();
            if ((first / Batch) % 20 == 0 || first + Batch >= contracts)
            {
                Console.WriteLine($"  {Math.Min(first + Batch, contracts):N0} contracts, {lines:N0} lines, {rows:N0} statistics rows ({clock.Elapsed.TotalSeconds:F0} s).");
            }
        }
#pragma warning restore CA5394

        Console.WriteLine($"Built: {contracts:N0} contracts × {months} reports, {lines:N0} lines, {rows:N0} statistics rows in {clock.Elapsed.TotalMinutes:F1} min.");
        return await SameAsRealPath(options, samples: 40) ? 0 : 1;
    }

    /// <summary>
    /// The proof that the bulk path stores what the real one would: for a sample of contract periods, the real path's
    /// refresh (in a unit of work that is never saved) removes exactly the rows it adds back.
    /// </summary>
    private static async Task<bool> SameAsRealPath(DbContextOptions<PostgresAppDbContext> options, int samples)
    {
        await using var db = new PostgresAppDbContext(options);
        var pairs = await db.Reports.AsNoTracking().OrderBy(r => r.Id).Select(r => new { r.ContractId, r.Period }).Take(samples * 50).ToListAsync();
        var checkedRows = 0;
        foreach (var pair in pairs.Where((_, i) => i % 50 == 0))
        {
            db.ChangeTracker.Clear();
            await ReportAggregates.Refresh(db, pair.ContractId, pair.Period, CancellationToken.None);
            // The sums compared as values (the record's equality): PostgreSQL gives decimals back with the column's scale.
            static (string Key, KeyFigureSums Sums) Row(StatisticsRow r) => ($"{r.SubmissionId}|{r.Month}|{r.Carrier}|{r.Type}|{r.SharedMachineLines}", r.Sums);
            var removed = db.ChangeTracker.Entries<StatisticsRow>().Where(e => e.State == EntityState.Deleted).Select(e => Row(e.Entity)).OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
            var added = db.ChangeTracker.Entries<StatisticsRow>().Where(e => e.State == EntityState.Added).Select(e => Row(e.Entity)).OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
            if (!removed.SequenceEqual(added))
            {
                Console.Error.WriteLine($"The bulk path's rows for contract {pair.ContractId}, {pair.Period} differ from the real path's: {removed.Count} stored, {added.Count} refreshed.");
                return false;
            }

            checkedRows += added.Count;
        }

        Console.WriteLine($"Same as the real path: {pairs.Count / 50} sampled contract periods, {checkedRows} statistics rows, identical.");
        return true;
    }

    private static async Task<int> Measure(DbContextOptions<PostgresAppDbContext> options, string connection, int runs)
    {
        var localizer = TextsLocalizer.Load();
        Guid buyer;
        int contracts;
        long statisticsRows;
        await using (var db = new PostgresAppDbContext(options))
        {
            // The buyer with the most contracts across its units: the heaviest overview.
            var byTop = await db.Contracts.AsNoTracking()
                .Join(db.Organisations, c => c.BuyerUnitId, o => o.Id, (c, o) => o.ParentId ?? o.Id)
                .GroupBy(top => top).Select(g => new { Top = g.Key, Count = g.Count() })
                .OrderByDescending(g => g.Count).FirstAsync();
            (buyer, contracts) = (byTop.Top, byTop.Count);
            statisticsRows = await db.StatisticsRows.LongCountAsync();
        }

        var year = (await LatestYear(options)).ToString(CultureInfo.InvariantCulture);
        Console.WriteLine($"Database: {statisticsRows:N0} statistics rows. Buyer {buyer} with {contracts} contracts; year {year}; {runs} runs each after 3 warm-ups.");

        var overview = await Time(runs, async () =>
        {
            await using var db = new PostgresAppDbContext(options);
            var outcome = await GetStatistics.Handle(new StatisticsQuery(Year: year), new AppServices(db, Buyer(db, buyer), TimeProvider.System), localizer, CancellationToken.None);
            if (!outcome.Succeeded)
            {
                throw new InvalidOperationException("The overview refused: " + outcome.Kind);
            }
        });

        // The floor: the same rows summed by hand in one GROUP BY per unit, over one pooled connection per run as a request gets.
        var sumColumns = await SumColumns(connection);
        var floorSql = $"""
            SELECT c."BuyerUnitId", {string.Join(", ", sumColumns.Select(col => $"sum(r.\"{col}\")"))}
            FROM "StatisticsRows" r JOIN "Contracts" c ON c."Id" = r."ContractId" JOIN "Organisations" o ON o."Id" = c."BuyerUnitId"
            WHERE (o."Id" = @buyer OR o."ParentId" = @buyer) AND r."Month" BETWEEN @from AND @to
            GROUP BY c."BuyerUnitId"
            """;
        var floor = await Time(runs, async () =>
        {
            await using var conn = new NpgsqlConnection(connection);
            await conn.OpenAsync();
            await using var command = new NpgsqlCommand(floorSql, conn);
            command.Parameters.AddWithValue("buyer", buyer);
            command.Parameters.AddWithValue("from", year + "-01");
            command.Parameters.AddWithValue("to", year + "-12");
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
            }
        });
        Console.WriteLine($"Overview, one organisation and year: p50 {overview.P50:F1} ms, p95 {overview.P95:F1} ms (target p95 < 300 ms); " +
            $"floor (GROUP BY of the same rows) p50 {floor.P50:F1} ms, p95 {floor.P95:F1} ms; p95 ratio {overview.P95 / floor.P95:F1} × the floor.");

        // Keeping the rows current on one submission: what SubmitReport adds to its unit of work, and the save.
        var sample = await SampleContractPeriods(options, runs);
        var refresh = await Time(sample.Count, async () =>
        {
            var (contractId, period) = sample[Random.Shared.Next(sample.Count)];
            await using var db = new PostgresAppDbContext(options);
            await ReportAggregates.Refresh(db, contractId, period, CancellationToken.None);
            await db.SaveChangesAsync();
        });
        Console.WriteLine($"Keeping the statistics rows current on one submission (refresh and save): p50 {refresh.P50:F1} ms, p95 {refresh.P95:F1} ms " +
            $"over {statisticsRows:N0} rows.");
        return 0;
    }

    private static async Task<int> LatestYear(DbContextOptions<PostgresAppDbContext> options)
    {
        await using var db = new PostgresAppDbContext(options);
        var latest = await db.StatisticsRows.MaxAsync(r => r.Month);
        return int.Parse(latest[..4], CultureInfo.InvariantCulture);
    }

    private static async Task<List<(Guid ContractId, string Period)>> SampleContractPeriods(DbContextOptions<PostgresAppDbContext> options, int count)
    {
        await using var db = new PostgresAppDbContext(options);
        var reports = await db.Reports.AsNoTracking().Where(r => r.Status != ReportStatus.Returned).OrderBy(r => r.Id).Take(count * 97)
            .Select(r => new { r.ContractId, r.Period }).ToListAsync();
        return [.. reports.Where((_, i) => i % 97 == 0).Select(r => (r.ContractId, r.Period))];
    }

    /// <summary>Every stored sum of a statistics row (the complex property's columns), so the floor adds what the overview adds.</summary>
    private static async Task<List<string>> SumColumns(string connection)
    {
        await using var conn = new NpgsqlConnection(connection);
        await conn.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'StatisticsRows' AND column_name LIKE 'Sums\\_%' ORDER BY ordinal_position", conn);
        var columns = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    private static async Task<(double P50, double P95)> Time(int runs, Func<Task> action)
    {
        for (var i = 0; i < 3; i++)
        {
            await action();
        }

        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await action();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return (times[(int)Math.Floor(0.5 * (runs - 1))], times[(int)Math.Ceiling(0.95 * (runs - 1))]);
    }

    private static Tenant Buyer(AppDbContext db, Guid organisationId) =>
        new(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(KlimasporClaims.Organisation, organisationId.ToString()), new Claim(KlimasporClaims.Role, Roles.FollowUpOfficer), new Claim(KlimasporClaims.Name, "Benchmark")],
            "benchmark", KlimasporClaims.Name, KlimasporClaims.Role)), db);

    /// <summary>Valid organisation numbers (modulus 11, as Enhetsregisteret checks them), none of them a real one's range.</summary>
    private static IEnumerable<string> OrgNumbers()
    {
        int[] weights = [3, 2, 7, 6, 5, 4, 3, 2];
        for (var body = 81_000_000; ; body++)
        {
            var digits = body.ToString("00000000", CultureInfo.InvariantCulture);
            var sum = digits.Select((d, i) => (d - '0') * weights[i]).Sum();
            var check = 11 - (sum % 11);
            if (check == 10)
            {
                continue;
            }

            yield return digits + (check == 11 ? 0 : check).ToString(CultureInfo.InvariantCulture);
        }
    }
}

/// <summary>
/// Statistics rows by PostgreSQL's binary COPY: millions of rows of sixty columns, which saving through the change tracker
/// would take hours to write. Each column is named by the model (the complex property's columns are <c>Sums_*</c>), so
/// the rows land as the app's own saves would put them, which the build checks on a sample against the real path.
/// </summary>
internal sealed class StatisticsCopy
{
    private readonly string _connection;
    private readonly string[] _columns;
    private readonly System.Reflection.PropertyInfo[] _sums;

    private StatisticsCopy(string connection, string[] columns)
    {
        _connection = connection;
        _columns = columns;
        _sums = [.. columns.Where(c => c.StartsWith("Sums_", StringComparison.Ordinal))
            .Select(c => typeof(KeyFigureSums).GetProperty(c["Sums_".Length..]) ?? throw new InvalidOperationException($"No sum for column {c}."))];
    }

    public static async Task<StatisticsCopy> Open(string connection)
    {
        await using var conn = new NpgsqlConnection(connection);
        await conn.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'StatisticsRows' ORDER BY ordinal_position", conn);
        var columns = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add(reader.GetString(0));
        }

        return new StatisticsCopy(connection, [.. columns]);
    }

    public async Task Write(IReadOnlyList<StatisticsRow> rows)
    {
        await using var conn = new NpgsqlConnection(_connection);
        await conn.OpenAsync();
        await using var import = await conn.BeginBinaryImportAsync(
            $"COPY \"StatisticsRows\" ({string.Join(", ", _columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            await import.StartRowAsync();
            var sum = 0;
            foreach (var column in _columns)
            {
                switch (column)
                {
                    case "Id": await import.WriteAsync(row.Id, NpgsqlTypes.NpgsqlDbType.Uuid); break;
                    case "ContractId": await import.WriteAsync(row.ContractId, NpgsqlTypes.NpgsqlDbType.Uuid); break;
                    case "ReportId": await import.WriteAsync(row.ReportId, NpgsqlTypes.NpgsqlDbType.Uuid); break;
                    case "SubmissionId": await import.WriteAsync(row.SubmissionId, NpgsqlTypes.NpgsqlDbType.Uuid); break;
                    case "Period": await import.WriteAsync(row.Period, NpgsqlTypes.NpgsqlDbType.Varchar); break;
                    case "Month": await import.WriteAsync(row.Month, NpgsqlTypes.NpgsqlDbType.Varchar); break;
                    case "Carrier": await import.WriteAsync(row.Carrier, NpgsqlTypes.NpgsqlDbType.Varchar); break;
                    case "Type": await import.WriteAsync(row.Type, NpgsqlTypes.NpgsqlDbType.Varchar); break;
                    case "SharedMachineLines": await import.WriteAsync(row.SharedMachineLines, NpgsqlTypes.NpgsqlDbType.Integer); break;
                    default:
                        var value = _sums[sum++].GetValue(row.Sums);
                        if (value is long whole)
                        {
                            await import.WriteAsync(whole, NpgsqlTypes.NpgsqlDbType.Bigint);
                        }
                        else
                        {
                            await import.WriteAsync((decimal)value!, NpgsqlTypes.NpgsqlDbType.Numeric);
                        }

                        break;
                }
            }
        }

        await import.CompleteAsync();
    }
}
