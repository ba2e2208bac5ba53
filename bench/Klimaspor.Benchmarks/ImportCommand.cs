extern alias app;
using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using app::Klimaspor.Data;
using app::Klimaspor.Features.FactorSets;
using app::Klimaspor.Features.Reports;
using app::Klimaspor.Features.Requirements;
using app::Klimaspor.Web;
using Klimaspor.Domain.Contracts;
using Klimaspor.Domain.Requirements;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/Klimaspor.Benchmarks -- import [lines] [runs] [submit]</c>: issue 4's figure
/// end to end. Writes the benchmark workbook, measures the floor (the SDK's streaming walk of it), then per run, in a
/// fresh SQLite database migrated and seeded as the app does, imports it with the real handler as the supplier and,
/// with <c>submit</c>, submits it (figures with the owner's factor sets, the submission stored, compliance evaluated
/// against the Oslo 2025 and Kriterieveiviseren presets); <c>keep</c> leaves the databases for inspection. Prints wall time per phase, peak working set, GC and the
/// database's size.
/// </summary>
/// <remarks>
/// BenchmarkDotNet is not used: each run needs its own database, and the figure that matters is the peak resident set
/// of one import, which its repeated in-process invocations would blur. The peak is reset (Linux: <c>clear_refs</c>)
/// before each run, so writing the workbook and the runs before do not count.
/// </remarks>
internal static class ImportCommand
{
    private const string ContractRef = "K-2025-017";
    private const string SupplierOrgNo = "974760673";

    public static async Task<int> Run(string[] args)
    {
        var lines = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
        var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
        var submit = args.Contains("submit");
        var keep = args.Contains("keep");
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

        var clock = Stopwatch.StartNew();
        var file = WorkbookBenchmarkReports.Write(lines);
        Console.WriteLine($"Workbook: {lines:N0} machine lines, {file.Length / 1024.0 / 1024:F1} MB, written in {clock.Elapsed.TotalSeconds:F1} s.");
        Console.WriteLine($"Processors: {Environment.ProcessorCount}; server GC: {System.Runtime.GCSettings.IsServerGC}; .NET {Environment.Version}.");

        // The floor twice: the first includes the SDK's JIT; the second is what a warm process pays.
        var floor = TimeSpan.Zero;
        for (var i = 0; i < 2; i++)
        {
            ResetPeak();
            var baseline = WorkingSetMb();
            var managedAtStart = GC.GetTotalMemory(false);
            clock.Restart();
            WorkbookBenchmarks.WalkCells(file);
            floor = clock.Elapsed;
            Console.WriteLine($"Floor {i + 1} (OpenXmlReader walk): {floor.TotalSeconds:F2} s, peak working set {PeakMb():F0} MB (resident at start {baseline:F0} MB).");
        }

        for (var run = 1; run <= runs; run++)
        {
            var path = Path.Combine(Path.GetTempPath(), $"klimaspor-bench-{Guid.NewGuid():N}.db");
            try
            {
                var options = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={path}").Options;
                var (supplierId, contractId) = await Seed(options);
                ResetPeak();
                var baseline = WorkingSetMb();
                var composition = Resident();
                var managedAtStart = GC.GetTotalMemory(false);
                var gen0 = GC.CollectionCount(0);
                var gen1 = GC.CollectionCount(1);
                var gen2 = GC.CollectionCount(2);
                var allocated = GC.GetTotalAllocatedBytes(precise: true);

                using var probe = PeakProbe.Start();
                clock.Restart();
                await Import(options, supplierId, file);
                var import = clock.Elapsed;
                var importPeak = PeakMb();
                var submitted = TimeSpan.Zero;
                if (submit)
                {
                    await Submit(options, supplierId, contractId);
                    submitted = clock.Elapsed - import;
                }

                var total = clock.Elapsed;
                probe?.Dispose();
                var gc = GC.GetGCMemoryInfo(GCKind.Any);
                SqliteConnection.ClearAllPools();
                var size = new FileInfo(path).Length + (File.Exists(path + "-wal") ? new FileInfo(path + "-wal").Length : 0);
                Console.WriteLine(
                    $"Run {run} (resident at start {baseline:F0} MB: {composition}; managed {managedAtStart / 1024.0 / 1024:F0} MB): import {import.TotalSeconds:F2} s (peak {importPeak:F0} MB)" +
                    (submit ? $", submit {submitted.TotalSeconds:F2} s" : "") +
                    $", total {total.TotalSeconds:F2} s = {total / floor:F2} × the floor; peak working set {PeakMb():F0} MB; " +
                    $"allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / 1024:F0} MB, collections {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2} (gen 0/1/2), " +
                    $"GC heap {gc.HeapSizeBytes / 1024.0 / 1024:F0} MB (committed {gc.TotalCommittedBytes / 1024.0 / 1024:F0} MB); database {size / 1024.0 / 1024:F1} MB" +
                    (probe is null ? "." : $"; {probe}."));
            }
            finally
            {
                SqliteConnection.ClearAllPools();
                if (keep)
                {
                    Console.WriteLine($"Kept {path}.");
                    path = "/nonexistent";
                }

                foreach (var leftover in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
                {
                    File.Delete(leftover);
                }
            }
        }

        return 0;
    }

    // One request each, as the app serves them: in methods of their own, so that nothing they return outlives them in this state machine.
    private static async Task Import(DbContextOptions<SqliteAppDbContext> options, Guid supplierId, byte[] file)
    {
        await using var db = new SqliteAppDbContext(options);
        var outcome = await ImportReport.Handle([new UploadedFile("rapport.xlsx", ReportUploads.WorkbookContentType, file)], null, null,
            new AppServices(db, Supplier(db, supplierId), TimeProvider.System), ReportUploads.Limits(ReportUploads.DefaultMaxBytes), CancellationToken.None);
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException($"Import refused: {outcome.Kind}, {outcome.Problems.Count} problems, the first {(outcome.Problems.Count > 0 ? outcome.Problems[0].MessageKey : null)}.");
        }
    }

    private static async Task Submit(DbContextOptions<SqliteAppDbContext> options, Guid supplierId, Guid contractId)
    {
        await using var db = new SqliteAppDbContext(options);
        var outcome = await SubmitReport.Handle(new ReportRef(contractId, "2025-03"), new AppServices(db, Supplier(db, supplierId), TimeProvider.System),
            TextsLocalizer.Load(), CancellationToken.None);
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException($"Submit refused: {outcome.Kind}, the first problem {(outcome.Problems.Count > 0 ? outcome.Problems[0].MessageKey : null)}.");
        }
    }

    /// <summary>As the app starts: migrations and the reference factor sets; then a buyer, the supplier and its contract with requirements.</summary>
    private static async Task<(Guid Supplier, Guid Contract)> Seed(DbContextOptions<SqliteAppDbContext> options)
    {
        await using var db = new SqliteAppDbContext(options);
        await db.Database.MigrateAsync();
        var now = DateTime.UtcNow;
        await FactorSetStore.EnsureReferenceSetsAsync(db, now, CancellationToken.None);
        var buyer = new Organisation { Name = "Benchmark kommune", OrgNo = "940101808", Kind = OrganisationKind.Buyer, CreatedAt = now };
        var supplier = new Organisation { Name = "Benchmark Entreprenør AS", OrgNo = SupplierOrgNo, Kind = OrganisationKind.Supplier, CreatedAt = now };
        var contract = new Contract
        {
            Reference = ContractRef,
            Title = "Benchmark",
            BuyerUnitId = buyer.Id,
            SupplierId = supplier.Id,
            Category = ContractCategory.Bygg,
            StartDate = new DateOnly(2025, 1, 1),
            EndDate = new DateOnly(2025, 12, 31),
            ReportingFrequency = ReportingFrequency.Monthly,
            ReportDueDay = ContractRules.DefaultReportDueDay,
            CreatedAt = now,
            UpdatedAt = now,
            SearchText = "k-2025-017 benchmark",
        };
        db.Organisations.AddRange(buyer, supplier);
        db.Contracts.Add(contract);
        var position = 0;
        foreach (var rule in new[] { RequirementPresets.Oslo2025EmissionFreeSite, RequirementPresets.Kriterieveiviseren }.SelectMany(p => RequirementPresets.Build(p, new Dictionary<string, decimal>())))
        {
            db.Requirements.Add(new ContractRequirement
            {
                ContractId = contract.Id,
                Key = rule.Key,
                Position = position++,
                RuleJson = RequirementStore.Write(rule),
                CreatedAt = now,
                UpdatedAt = now,
                ChangedBy = "Benchmark",
            });
        }

        await db.SaveChangesAsync();
        return (supplier.Id, contract.Id);
    }

    private static Tenant Supplier(AppDbContext db, Guid supplierId) =>
        new(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(KlimasporClaims.Organisation, supplierId.ToString()), new Claim(KlimasporClaims.Role, Roles.SupplierReporter), new Claim(KlimasporClaims.Name, "Benchmark")],
            "benchmark", KlimasporClaims.Name, KlimasporClaims.Role)), db);

    private static double WorkingSetMb()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64 / 1024.0 / 1024;
    }

    /// <summary>
    /// What the resident set is made of (Linux): anonymous memory (the managed heap, native allocations), mapped files
    /// (the assemblies' pages) and shared memory (where the runtime double-maps the code it compiles).
    /// </summary>
    private static string Resident()
    {
        if (!File.Exists("/proc/self/status"))
        {
            return "composition unknown";
        }

        var fields = File.ReadAllLines("/proc/self/status").Select(l => l.Split(':', 2)).Where(p => p.Length == 2 && p[0].StartsWith("Rss", StringComparison.Ordinal))
            .ToDictionary(p => p[0], p => double.Parse(p[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024);
        return $"anonymous {fields.GetValueOrDefault("RssAnon"):F0} MB, files {fields.GetValueOrDefault("RssFile"):F0} MB, shared {fields.GetValueOrDefault("RssShmem"):F0} MB";
    }

    private static double PeakMb()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / 1024.0 / 1024;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);

    /// <summary>Resets the kernel's peak resident set (VmHWM, which PeakWorkingSet64 reads); a no-op where there is no procfs.</summary>
    private static void ResetPeak()
    {
        // The kernel resets the peak to what is resident now: give back what earlier work left committed first.
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        if (OperatingSystem.IsLinux())
        {
            // SQLite's native copies of large values stay in glibc's arenas after they are freed; hand them back too.
            _ = MallocTrim(0);
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
    }
}
