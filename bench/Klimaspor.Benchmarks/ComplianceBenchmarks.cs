using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Klimaspor.Domain.Requirements;

namespace Klimaspor.Benchmarks;

/// <summary>
/// Issue 5: re-evaluating one contract of 36 monthly reports after a submission in under 50 ms. The other figure (every
/// requirement of 10 000 contracts in under 10 s) needs 2 GB of contracts in memory and is measured by the
/// <c>compliance</c> command (<see cref="ComplianceCommand"/>) rather than by BenchmarkDotNet's repeated launches.
/// </summary>
[MemoryDiagnoser]
public class ComplianceBenchmarks
{
    private ContractFacts _contract = new();

    [GlobalSetup]
    public void Setup() => _contract = ComplianceContracts.Generate(1)[0];

    [Benchmark(Description = "Re-evaluate one contract: 36 monthly reports × 20 lines, 7 requirements")]
    public IReadOnlyList<RequirementCompliance> EvaluateOneContract() =>
        ComplianceEvaluation.Evaluate(_contract, ComplianceContracts.Rules, ComplianceContracts.Today);
}

/// <summary>
/// <c>dotnet run -c Release --project bench/Klimaspor.Benchmarks -- compliance [contracts]</c>: generates the contracts,
/// evaluates every requirement of every one of them three times (in parallel over contracts, as a batch job would, and
/// once on one thread), then re-evaluates one contract many times, and prints the figures.
/// </summary>
internal static class ComplianceCommand
{
    public static int Run(string[] args)
    {
        var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
        var rules = ComplianceContracts.Rules;
        var clock = Stopwatch.StartNew();
        var contracts = ComplianceContracts.Generate(count);
        var lines = ComplianceContracts.LineCount(contracts);
        Console.WriteLine($"Generated {count:N0} contracts × {ComplianceContracts.Periods} periods, {lines:N0} fact lines, in {clock.Elapsed.TotalSeconds:F1} s; " +
            $"managed heap {GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024:F0} MB.");
        Console.WriteLine($"{rules.Count} requirements: {string.Join(", ", rules.Select(r => r.Key + " (" + r.Window + ")"))}.");
        Console.WriteLine($"Processors: {Environment.ProcessorCount}; server GC: {System.Runtime.GCSettings.IsServerGC}.");

        // Warm-up on a few contracts so that the first round does not measure the JIT.
        EvaluateAll(contracts.AsSpan(0, Math.Min(50, count)).ToArray(), rules, parallel: false);

        for (var round = 1; round <= 3; round++)
        {
            var gen2 = GC.CollectionCount(2);
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            clock.Restart();
            var statuses = EvaluateAll(contracts, rules, parallel: true);
            var elapsed = clock.Elapsed;
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            Console.WriteLine($"Round {round}, parallel: {elapsed.TotalSeconds:F2} s for {count:N0} contracts ({count * rules.Count:N0} requirements, " +
                $"{count / elapsed.TotalSeconds:N0} contracts/s, CPU time {cpu.TotalSeconds:F2} s); allocated {allocated / 1024.0 / count:F0} kB per contract; " +
                $"gen2 collections {GC.CollectionCount(2) - gen2}; {Describe(statuses)}.");
        }

        var oneThreadCpu = Process.GetCurrentProcess().TotalProcessorTime;
        clock.Restart();
        EvaluateAll(contracts, rules, parallel: false);
        Console.WriteLine($"One thread: {clock.Elapsed.TotalSeconds:F2} s (CPU time {(Process.GetCurrentProcess().TotalProcessorTime - oneThreadCpu).TotalSeconds:F2} s).");

        var one = contracts[count / 2];
        var timings = new double[500];
        for (var i = 0; i < timings.Length; i++)
        {
            clock.Restart();
            ComplianceEvaluation.Evaluate(one, rules, ComplianceContracts.Today);
            timings[i] = clock.Elapsed.TotalMilliseconds;
        }

        Array.Sort(timings);
        Console.WriteLine($"Re-evaluate one contract ({one.Periods.Sum(p => p.Lines.Count):N0} lines, {rules.Count} requirements), {timings.Length} times: " +
            $"median {timings[timings.Length / 2]:F3} ms, 99th percentile {timings[(int)(timings.Length * 0.99)]:F3} ms, max {timings[^1]:F3} ms.");
        return 0;
    }

    /// <summary>Evaluates every contract and keeps only a count per status, as a batch job that writes each result away would.</summary>
    private static long[] EvaluateAll(ContractFacts[] contracts, IReadOnlyList<RequirementRule> rules, bool parallel)
    {
        var statuses = new long[Enum.GetValues<ComplianceStatus>().Length];
        void Tally(IReadOnlyList<RequirementCompliance> compliance)
        {
            Span<long> counts = stackalloc long[statuses.Length];
            foreach (var requirement in compliance)
            {
                foreach (var verdict in requirement.Verdicts)
                {
                    counts[(int)verdict.Status]++;
                }
            }

            for (var i = 0; i < counts.Length; i++)
            {
                Interlocked.Add(ref statuses[i], counts[i]);
            }
        }

        if (parallel)
        {
            Parallel.For(0, contracts.Length, i => Tally(ComplianceEvaluation.Evaluate(contracts[i], rules, ComplianceContracts.Today)));
        }
        else
        {
            foreach (var contract in contracts)
            {
                Tally(ComplianceEvaluation.Evaluate(contract, rules, ComplianceContracts.Today));
            }
        }

        return statuses;
    }

    private static string Describe(long[] statuses) =>
        string.Join(", ", Enum.GetValues<ComplianceStatus>().Select(s => $"{s} {statuses[(int)s]:N0}"));
}
