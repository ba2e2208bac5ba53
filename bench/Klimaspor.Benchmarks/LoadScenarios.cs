using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Klimaspor.Benchmarks;

/// <summary>What the load runs on, read from the demo data through the API.</summary>
/// <param name="Contracts">The buyer's contracts that have an evaluation (the compliance read's round).</param>
/// <param name="Slots">One report period per client for the submission mix: the demo supplier's, on contracts the demo buyer follows up, not yet submitted.</param>
internal sealed record Demo(IReadOnlyList<Guid> Contracts, IReadOnlyList<(Guid Contract, string Period)> Slots)
{
    public static async Task<Demo> Discover(HttpClient http, string buyer, string supplier, int clients)
    {
        var visible = await Ids(http, buyer);
        var evaluated = new List<Guid>();
        foreach (var id in visible)
        {
            using var response = await Send(http, HttpMethod.Get, $"/api/v1/contracts/{id}/compliance", buyer);
            if (response.IsSuccessStatusCode)
            {
                evaluated.Add(id);
            }
        }

        var slots = new List<(Guid, string)>();
        foreach (var id in (await Ids(http, supplier)).Where(visible.Contains))
        {
            using var response = await Send(http, HttpMethod.Get, $"/api/v1/contracts/{id}/reports", supplier);
            using var periods = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            slots.AddRange(periods.RootElement.EnumerateArray()
                .Where(p => p.GetProperty("status").GetString() is "NotStarted" or "Draft" or "Returned")
                .Select(p => (id, p.GetProperty("period").GetString()!)));
        }

        if (evaluated.Count == 0 || slots.Count < clients)
        {
            throw new InvalidOperationException($"The demo data has {evaluated.Count} evaluated contracts and {slots.Count} open periods; the load needs one and {clients}.");
        }

        return new Demo(evaluated, slots.Take(clients).ToList());
    }

    private static async Task<List<Guid>> Ids(HttpClient http, string token)
    {
        using var response = await Send(http, HttpMethod.Get, "/api/v1/contracts?pageSize=200", token);
        response.EnsureSuccessStatusCode();
        using var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return page.RootElement.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ToList();
    }

    public static Task<HttpResponseMessage> Send(HttpClient http, HttpMethod method, string path, string token, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http.SendAsync(request);
    }
}

/// <summary>
/// The submission mix: each client owns one report period and goes round the supplier's cycle on it — the draft PUT,
/// the submit (figures, storage, the contract's evaluation) and, so that it can go round again, the buyer's return with
/// a comment. Each step is timed on its own.
/// </summary>
internal sealed class SubmissionMix(Demo world, string buyer, string supplier)
{
    private const string Draft = """
        { "machines": [ { "machineId": "VOLVO-EC300E-1187", "machineType": "gravemaskin", "weightTonnes": 30, "energyCarrier": "diesel",
          "emissionClass": "stage-v", "operatingHours": 142, "idleHours": 31, "fuelLitres": 2150, "dataSource": "tankanlegg" },
          { "machineId": "KOBELCO-SK85-0412", "machineType": "gravemaskin", "weightTonnes": 8.5, "energyCarrier": "el-batteri",
          "emissionClass": "nullutslipp", "operatingHours": 120, "electricityKwh": 1900, "dataSource": "maaler" } ] }
        """;

    private static readonly string[] Steps = ["draft PUT", "submit", "return (buyer)"];

    /// <summary>Each client's report's row version as the last answer gave it: the next draft PUT's If-Match.</summary>
    private readonly string?[] _versions = new string?[world.Slots.Count];

    private int _lostRaces;

    /// <summary>
    /// 409s answered to a submit or a return: on one contract, evaluations at the same moment race for its deviations,
    /// and the loser is told to try again (README, "answer 409 when they lose a race"). The cycle does, after a short
    /// random pause, up to ten times, as a client should; an eleventh 409 is an error. (Sixteen clients on each of two
    /// contracts is far more contention than one contract's suppliers make.)
    /// </summary>
    public int LostRaces => _lostRaces;

    public async Task<IReadOnlyList<PhaseResult>> Drive(HttpClient http, TimeSpan duration, MemorySampler memory)
    {
        var timings = Steps.Select(_ => new System.Collections.Concurrent.ConcurrentBag<double>()).ToArray();
        var errors = new int[Steps.Length];
        var firstErrors = new string?[Steps.Length];
        var racesBefore = _lostRaces;
        var cycle = Cycle(http, (step, ms, ok, error) =>
        {
            timings[step].Add(ms);
            if (!ok)
            {
                Interlocked.Increment(ref errors[step]);
                Interlocked.CompareExchange(ref firstErrors[step], error, null);
            }
        });
        var whole = await LoadCommand.Drive(cycle, world.Slots.Count, duration, memory, "submission mix: one cycle (draft PUT + submit + return)");
        Console.WriteLine($"Submission mix: {_lostRaces - racesBefore} lost races (409) retried in {whole.Count} cycles.");
        return [.. Steps.Select((name, i) => PhaseResult.Of("submission mix: " + name, [.. timings[i]], whole.Elapsed, errors[i], whole.Memory, firstErrors[i])), whole];
    }

    public Func<int, long, Task<bool>> Cycle(HttpClient http, Action<int, double, bool, string?>? observe = null) => async (client, _) =>
    {
        var (contract, period) = world.Slots[client];
        var path = $"/api/v1/contracts/{contract}/reports/{period}";
        if (_versions[client] is null)
        {
            // A draft left by an earlier run needs its version; a period never reported has none (404).
            using var found = await Demo.Send(http, HttpMethod.Get, path, supplier);
            if (found.IsSuccessStatusCode)
            {
                using var report = JsonDocument.Parse(await found.Content.ReadAsStringAsync());
                _versions[client] = report.RootElement.GetProperty("rowVersion").GetString();
            }
        }

        return await Step(0, () =>
            {
                var content = new StringContent(Draft, Encoding.UTF8, "application/json");
                var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = content };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", supplier);
                if (_versions[client] is { } version)
                {
                    request.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
                }

                return http.SendAsync(request);
            })
            && await Step(1, () => Demo.Send(http, HttpMethod.Post, path + "/submit", supplier))
            && await Step(2, () => Demo.Send(http, HttpMethod.Post, path + "/return", buyer,
                new StringContent("""{ "comment": "Mangler timer for tomgang på gravemaskinen; send på nytt." }""", Encoding.UTF8, "application/json")));

        async Task<bool> Step(int step, Func<Task<HttpResponseMessage>> send)
        {
            for (var attempt = 1; ; attempt++)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await send();
                var body = await response.Content.ReadAsStringAsync();
                var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (response.StatusCode == System.Net.HttpStatusCode.Conflict && step > 0 && attempt <= 10)
                {
                    Interlocked.Increment(ref _lostRaces);
                    observe?.Invoke(step, ms, true, null);
                    await Task.Delay(Random.Shared.Next(10, 50) * attempt);
                    continue;
                }

                if (response.IsSuccessStatusCode)
                {
                    using var report = JsonDocument.Parse(body);
                    _versions[client] = report.RootElement.GetProperty("rowVersion").GetString();
                }

                observe?.Invoke(step, ms, response.IsSuccessStatusCode,
                    response.IsSuccessStatusCode ? null : $"{(int)response.StatusCode}: {body[..Math.Min(300, body.Length)]}");
                return response.IsSuccessStatusCode;
            }
        }
    };
}

/// <summary>
/// Issue 16 item 2's memory figure: the app's peak resident set while it refuses a CSV upload of 250 000 bad rows
/// (the answer is bounded by the tests; its memory is measured here). The kernel's high-water mark is reset first
/// where the benchmark may (Linux, same user or root), and the resident set is also sampled every 10 ms.
/// </summary>
internal static class ImportBadRows
{
    private const string Header = "Maskin-ID;Maskintype;Vekt (tonn);Energibærer;Utslippsklasse;Driftstimer;Strøm (kWh);Datakilde\n";
    private const string BadRow = ";ukjent;tung;vann;euro-0;mange;;gjetning\n";

    public static async Task<string> Measure(HttpClient http, string supplier, int pid)
    {
        // 249 999 rows and the header: the template's row limit.
        var rows = new StringBuilder(Header);
        for (var i = 1; i < 250_000; i++)
        {
            rows.Append('M').Append(i).Append(BadRow);
        }

        var machines = Encoding.UTF8.GetBytes(rows.ToString());
        var reset = TryResetPeak(pid);
        var before = MemorySampler.ResidentMb(pid);
        var peak = before;
        using var stop = new CancellationTokenSource();
        var sampling = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, MemorySampler.ResidentMb(pid));
                await Task.Delay(10);
            }
        });

        var clock = Stopwatch.StartNew();
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes("Kontrakt;OBF-2024-017\nLeverandør org.nr.;918 765 433\nPeriode;2026-01\n")), "file", "Rapport.csv" },
            { new ByteArrayContent(machines), "file", "Maskiner.csv" },
        };
        using var response = await Demo.Send(http, HttpMethod.Post, "/api/v1/reports/import", supplier, form);
        var answer = await response.Content.ReadAsByteArrayAsync();
        var took = clock.Elapsed;
        await stop.CancelAsync();
        await sampling;
        var highWater = MemorySampler.ResidentMb(pid, "VmHWM");
        return $"Import of {machines.Length / 1024.0 / 1024:F1} MB of CSV, 249 999 bad rows: {(int)response.StatusCode} in {took.TotalSeconds:F1} s, answer {answer.Length:N0} bytes; " +
            $"app working set {before:F0} MB before, peak {peak:F0} MB sampled every 10 ms" +
            (reset ? $", {highWater:F0} MB high-water mark (VmHWM, reset before the upload)." : $" (VmHWM {highWater:F0} MB since the app started; could not reset it).");
    }

    private static bool TryResetPeak(int pid)
    {
        try
        {
            File.WriteAllText($"/proc/{pid}/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
