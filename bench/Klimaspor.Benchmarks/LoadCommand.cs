extern alias app;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using app::Klimaspor.Data;
using Npgsql;

namespace Klimaspor.Benchmarks;

/// <summary>
/// <c>bench/load.sh</c> runs this against the app it started (Release, PostgreSQL, demo data): issue 16's load figure.
/// Each phase runs 32 clients for a fixed time, each sending its next request as soon as the last is answered, and
/// reports requests per second, p50, p99 and the app's working set (its resident set, read from /proc every second).
/// The reads' floor is the same SQL the app issues for them (<see cref="FloorQueries"/>) sent straight through Npgsql
/// by as many clients in the same run. Then the hot path's extra queries, a soak run of everything mixed for memory,
/// and the peak working set while the app refuses a CSV of 250 000 bad rows.
/// </summary>
/// <remarks>
/// Not BenchmarkDotNet: what is measured is another process under concurrent load. The clients share one HttpClient
/// with enough connections for all of them, as a proxy in front of the app would keep them open.
/// </remarks>
internal static class LoadCommand
{
    public static async Task<int> Run(string[] args)
    {
        var options = LoadOptions.Parse(args);
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Clients * 2, UseCookies = false })
        {
            BaseAddress = options.App,
            Timeout = TimeSpan.FromMinutes(5),
        };

        var started = Stopwatch.StartNew();
        await WaitUntilReady(http, TimeSpan.FromMinutes(10));
        Console.WriteLine($"App ready after {started.Elapsed.TotalSeconds:F0} s (migrations and demo data). Processors: {Environment.ProcessorCount}; " +
            $"{options.Clients} clients; {options.Seconds} s a phase; soak {options.Soak} s; machine load {LoadAverage()}.");

        var buyer = await Token(http, DemoData.BuyerClientId, DemoData.BuyerClientSecret);
        var supplier = await Token(http, DemoData.SupplierClientId, DemoData.SupplierClientSecret);
        var world = await Demo.Discover(http, buyer, supplier, options.Clients);
        Console.WriteLine($"Demo data: the buyer sees {world.Contracts.Count} contracts; {world.Slots.Count} open report periods for the submission mix.");

        await using var database = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(options.Database) { MaxPoolSize = options.Clients + 8 }.ConnectionString);
        var memory = new MemorySampler(options.Pid);
        var reads = Reads(world, buyer);
        var binding = await FloorQueries.Binding.Read(database);
        var floors = FloorQueries.For(world, binding);

        // JIT, pools and caches warm on both sides before anything counts.
        foreach (var read in reads)
        {
            await Drive(read.Send(http), options.Clients, TimeSpan.FromSeconds(3), null);
        }

        foreach (var floor in floors)
        {
            await Drive(floor.Run(database), options.Clients, TimeSpan.FromSeconds(2), null);
        }

        var results = new List<PhaseResult>();
        var duration = TimeSpan.FromSeconds(options.Seconds);

        // What any request costs before a feature's own work: the framework alone, then a token request with four tiny queries.
        foreach (var baseline in Baselines(buyer))
        {
            await Drive(baseline.Send(http), options.Clients, TimeSpan.FromSeconds(2), null);
            results.Add(await Drive(baseline.Send(http), options.Clients, duration / 2, memory, baseline.Name));
        }

        foreach (var read in reads)
        {
            results.Add(await Drive(read.Send(http), options.Clients, duration, memory, read.Name));
            var floor = floors.Single(f => f.Name == read.Name);
            results.Add(await Drive(floor.Run(database), options.Clients, duration, null, read.Name + " — floor (same SQL, Npgsql)"));
        }

        var mix = new SubmissionMix(world, buyer, supplier);
        results.AddRange(await mix.Drive(http, duration, memory));

        foreach (var extra in FloorQueries.HotPathExtras(binding))
        {
            results.Add(await Drive(extra.Run(database), options.Clients, TimeSpan.FromSeconds(Math.Max(5, options.Seconds / 3)), null, extra.Name));
        }

        Print(results);

        var soak = await Soak(http, reads, mix, options, memory);
        var import = await ImportBadRows.Measure(http, supplier, options.Pid);
        Console.WriteLine(import);

        var errors = results.Sum(r => r.Errors) + soak.Errors;
        Console.WriteLine(errors == 0 ? "No errors." : $"{errors} errors: see above.");
        return errors == 0 ? 0 : 1;
    }

    /// <summary>A read as a client sends it: the buyer's token, and the next contract in turn where the route names one.</summary>
    internal sealed record Read(string Name, Func<HttpClient, int, HttpRequestMessage> Request)
    {
        public Func<int, long, Task<bool>> Send(HttpClient http) => async (client, n) =>
        {
            using var request = Request(http, (int)((client + n) % int.MaxValue));
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
            return response.IsSuccessStatusCode;
        };
    }

    private static List<Read> Baselines(string buyer) =>
    [
        new("baseline: GET /health/live (no authentication, no database)", (_, _) => new HttpRequestMessage(HttpMethod.Get, "/health/live")),
        new("baseline: GET /api/v1/me (token, client check, scope, two small queries)", (_, _) =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", buyer);
            return request;
        }),
    ];

    private static List<Read> Reads(Demo world, string buyer)
    {
        HttpRequestMessage Get(string path)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", buyer);
            return request;
        }

        return
        [
            new("contracts list", (_, _) => Get("/api/v1/contracts")),
            new("reports due list", (_, _) => Get("/api/v1/reports/due")),
            new("compliance of a contract", (_, i) => Get($"/api/v1/contracts/{world.Contracts[i % world.Contracts.Count]}/compliance")),
            new("attention list", (_, _) => Get("/api/v1/compliance/attention")),
        ];
    }

    /// <summary>
    /// Runs <paramref name="clients"/> loops of <paramref name="operation"/> (client number, iteration) for the duration
    /// and collects each one's time; a false answer or an exception is an error.
    /// </summary>
    internal static async Task<PhaseResult> Drive(Func<int, long, Task<bool>> operation, int clients, TimeSpan duration, MemorySampler? memory, string? name = null)
    {
        var until = Stopwatch.StartNew();
        var sampling = memory?.Start();
        var cpuAtStart = memory?.CpuSeconds() ?? 0;
        var latencies = new List<double>[clients];
        var errors = new int[clients];
        var firstError = new string?[clients];
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var mine = latencies[client] = new List<double>(4096);
            for (long n = 0; until.Elapsed < duration; n++)
            {
                var start = Stopwatch.GetTimestamp();
                bool ok;
                try
                {
                    ok = await operation(client, n);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or NpgsqlException or InvalidOperationException)
                {
                    firstError[client] ??= e.Message;
                    ok = false;
                }

                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if (!ok)
                {
                    errors[client]++;
                }
            }
        })));
        var elapsed = until.Elapsed;
        var cpu = memory is null ? double.NaN : memory.CpuSeconds() - cpuAtStart;
        var samples = sampling is null ? [] : await sampling.Stop();
        return PhaseResult.Of(name ?? "warm-up", [.. latencies.SelectMany(l => l)], elapsed, errors.Sum(), samples, firstError.FirstOrDefault(e => e is not null)) with { AppCpuSeconds = cpu };
    }

    private static async Task<SoakResult> Soak(HttpClient http, List<Read> reads, SubmissionMix mix, LoadOptions options, MemorySampler memory)
    {
        // Every client alternates the four reads with its submission cycle, for minutes: whatever a request leaves behind adds up.
        var duration = TimeSpan.FromSeconds(options.Soak);
        var sends = reads.Select(r => r.Send(http)).ToList();
        var cycle = mix.Cycle(http);
        var result = await Drive(async (client, n) => (n % 5) switch
        {
            4 => await cycle(client, n / 5),
            var i => await sends[(int)i](client, n),
        }, options.Clients, duration, memory, "soak: the four reads and the submission cycle mixed");
        var window = TimeSpan.FromSeconds(Math.Min(60, options.Soak / 4.0));
        var first = result.Memory.Where(s => s.At <= window).ToList();
        var last = result.Memory.Where(s => s.At >= result.Elapsed - window).ToList();
        Console.WriteLine();
        Console.WriteLine($"Soak {result.Elapsed.TotalSeconds:F0} s: {result.Count:N0} operations ({result.PerSecond:F0}/s), p50 {result.P50:F1} ms, p99 {result.P99:F1} ms, {result.Errors} errors" +
            (result.FirstError is null ? "" : $" (first: {result.FirstError})") +
            $"; app CPU {result.AppCpuMsPerRequest:F2} ms an operation; {mix.LostRaces} lost races (409) retried in the submission cycles so far.");
        if (first.Count > 0 && last.Count > 0)
        {
            Console.WriteLine($"Working set, first {window.TotalSeconds:F0} s: mean {first.Average(s => s.Mb):F0} MB, max {first.Max(s => s.Mb):F0} MB; " +
                $"last {window.TotalSeconds:F0} s: mean {last.Average(s => s.Mb):F0} MB, max {last.Max(s => s.Mb):F0} MB; change of the means {last.Average(s => s.Mb) - first.Average(s => s.Mb):+0;-0} MB.");
            Console.WriteLine("Working set every 10 s (MB): " + string.Join(" ", result.Memory.Where((_, i) => i % 10 == 0).Select(s => s.Mb.ToString("F0", CultureInfo.InvariantCulture))));
        }

        return new SoakResult(result.Errors);
    }

    private sealed record SoakResult(int Errors);

    private static void Print(List<PhaseResult> results)
    {
        Console.WriteLine();
        Console.WriteLine("| phase | requests/s | p50 ms | p99 ms | max ms | errors | app CPU ms a request | app working set MB (mean / max) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---|");
        foreach (var r in results)
        {
            var memory = r.Memory.Count == 0 ? "–" : $"{r.Memory.Average(s => s.Mb):F0} / {r.Memory.Max(s => s.Mb):F0}";
            var cpu = double.IsNaN(r.AppCpuSeconds) ? "–" : r.AppCpuMsPerRequest.ToString("F2", CultureInfo.InvariantCulture);
            Console.WriteLine($"| {r.Name} | {r.PerSecond:F0} | {r.P50:F1} | {r.P99:F1} | {r.Max:F0} | {r.Errors} | {cpu} | {memory} |");
        }

        foreach (var r in results.Where(r => r.FirstError is not null))
        {
            Console.WriteLine($"{r.Name}: first error: {r.FirstError}");
        }
    }

    private static async Task WaitUntilReady(HttpClient http, TimeSpan bound)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var response = await http.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (clock.Elapsed < bound)
            {
            }

            if (clock.Elapsed > bound)
            {
                throw new TimeoutException($"The app was not ready after {bound.TotalMinutes} minutes.");
            }

            await Task.Delay(500);
        }
    }

    private static async Task<string> Token(HttpClient http, string clientId, string secret)
    {
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        }));
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    internal static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    internal sealed record LoadOptions(Uri App, int Pid, string Database, int Seconds, int Soak, int Clients)
    {
        public static LoadOptions Parse(string[] args)
        {
            string Value(string name, string? fallback = null)
            {
                var at = Array.IndexOf(args, name);
                return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback ?? throw new ArgumentException($"load needs {name}.");
            }

            return new LoadOptions(new Uri(Value("--app")), int.Parse(Value("--pid"), CultureInfo.InvariantCulture), Value("--db"),
                int.Parse(Value("--seconds", "30"), CultureInfo.InvariantCulture), int.Parse(Value("--soak", "300"), CultureInfo.InvariantCulture),
                int.Parse(Value("--clients", "32"), CultureInfo.InvariantCulture));
        }
    }
}

/// <summary>One phase's figures: every operation's time, and the app's working set sampled meanwhile.</summary>
internal sealed record PhaseResult(string Name, int Count, TimeSpan Elapsed, double P50, double P99, double Max, int Errors, IReadOnlyList<MemorySample> Memory, string? FirstError)
{
    /// <summary>The app process's CPU time (user and system) over the phase: unlike wall time, hardly moved by other load on the machine.</summary>
    public double AppCpuSeconds { get; init; } = double.NaN;

    public double AppCpuMsPerRequest => AppCpuSeconds * 1000 / Count;

    public double PerSecond => Count / Elapsed.TotalSeconds;

    public static PhaseResult Of(string name, double[] latencies, TimeSpan elapsed, int errors, IReadOnlyList<MemorySample> memory, string? firstError)
    {
        Array.Sort(latencies);
        double At(double q) => latencies.Length == 0 ? double.NaN : latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(q * latencies.Length) - 1)];
        return new PhaseResult(name, latencies.Length, elapsed, At(0.50), At(0.99), latencies.Length == 0 ? double.NaN : latencies[^1], errors, memory, firstError);
    }
}

internal readonly record struct MemorySample(TimeSpan At, double Mb);

/// <summary>The app's resident set (what Process.WorkingSet64 reports) from /proc, every second while a phase runs.</summary>
internal sealed class MemorySampler(int pid)
{
    public Running Start() => new(pid);

    /// <summary>The process's user and system CPU time so far (/proc/pid/stat, fields 14 and 15, in clock ticks of 10 ms).</summary>
    public double CpuSeconds()
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    public static double ResidentMb(int pid, string field = "VmRSS")
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
            {
                return double.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
            }
        }

        return double.NaN;
    }

    internal sealed class Running : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task<List<MemorySample>> _loop;

        public Running(int pid)
        {
            _loop = Task.Run(async () =>
            {
                var samples = new List<MemorySample>();
                var clock = Stopwatch.StartNew();
                while (!_stop.IsCancellationRequested)
                {
                    samples.Add(new MemorySample(clock.Elapsed, ResidentMb(pid)));
                    try
                    {
                        await Task.Delay(TimeSpan.FromSeconds(1), _stop.Token);
                    }
                    catch (OperationCanceledException)
                    {
                    }
                }

                return samples;
            });
        }

        public async Task<List<MemorySample>> Stop()
        {
            await _stop.CancelAsync();
            var samples = await _loop;
            Dispose();
            return samples;
        }

        public void Dispose() => _stop.Dispose();
    }
}
