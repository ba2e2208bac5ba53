using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Klimaspor.Tests;

/// <summary>The app started as a newcomer starts it: its own process, on a port of their choosing.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task Start_PortTaken_ExitsBeforeTheDatabaseWithOneLine()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;
        var database = Path.Combine(Path.GetTempPath(), $"klimaspor-port-{Guid.NewGuid():N}.db");
        using var process = Start($"http://localhost:{port}", database);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            SqliteApp.DeleteDatabase(database);
            Assert.Fail("The app kept running on a taken port.");
        }

        var lines = (await error).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.NotEqual(0, process.ExitCode);
        var line = Assert.Single(lines);
        Assert.Contains($"port {port} is in use", line);
        Assert.Contains("--urls", line);
        Assert.Equal("", (await output).Trim());
        Assert.False(File.Exists(database)); // neither migrated nor seeded
    }

    /// <summary>
    /// While another Klimaspor process migrates the same SQLite file (here: holds its migration lock), a start waits,
    /// says so in the log, and after the configured bound exits with one line that says why and what to do — where a
    /// start used to wait for ever on EF Core's lock without a word (issue 16, item 5).
    /// </summary>
    [Fact]
    public async Task Start_MigrationLockHeldElsewhere_WaitsThenExitsWithOneLine()
    {
        var database = Path.Combine(Path.GetTempPath(), $"klimaspor-held-{Guid.NewGuid():N}.db");
        try
        {
            await using var held = new FileStream(database + Data.MigrationLock.SuffixOfFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            using var process = Start("http://127.0.0.1:0", database, ("Database__MigrationLockWaitSeconds", "1"));
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("The start kept waiting for the migration lock.");
            }

            Assert.NotEqual(0, process.ExitCode);
            var line = Assert.Single((await error).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            Assert.Contains("migration lock", line, StringComparison.Ordinal);
            Assert.Contains("Database:MigrationLockWaitSeconds", line, StringComparison.Ordinal);
            Assert.Contains("Waiting for the migration lock", await output, StringComparison.Ordinal);
        }
        finally
        {
            SqliteApp.DeleteDatabase(database);
        }
    }

    /// <summary>
    /// The fault as it happened (issue 16, item 5): a first start killed with SIGKILL while EF Core applies its
    /// migrations, holding its lock row in <c>__EFMigrationsLock</c>; the next start waited for ever without a word. Now
    /// the restart, on the same file, finishes the migrations and is ready within a bound, and its log says it removed
    /// the stale lock. The kill comes when the first start logs its first migration; should the migrations all have
    /// finished by the time the kill lands (a fast machine), the attempt is repeated on a fresh file, so the test always
    /// restarts over a lock a dead process left.
    /// </summary>
    [Fact]
    public async Task Start_KilledDuringItsMigrations_RestartIsReadyWithinAMinute()
    {
        var database = Path.Combine(Path.GetTempPath(), $"klimaspor-kill9-{Guid.NewGuid():N}.db");
        try
        {
            var killedHoldingTheLock = false;
            for (var attempt = 1; attempt <= 3 && !killedHoldingTheLock; attempt++)
            {
                SqliteApp.DeleteDatabase(database);
                using var first = Start("http://127.0.0.1:0", database, MigrationsLogged);
                _ = first.StandardError.ReadToEndAsync();
                using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(60));
                await WaitForLine(first, "Applying migration", bound.Token);
                first.Kill(); // SIGKILL: no shutdown, no finally, no disposal
                await first.WaitForExitAsync(CancellationToken.None);
                killedHoldingTheLock = LockRows(database) > 0;
            }

            Assert.True(killedHoldingTheLock, "Three starts finished their migrations before the kill landed.");

            using var restart = Start("http://127.0.0.1:0", database, MigrationsLogged);
            var errors = restart.StandardError.ReadToEndAsync();
            var clock = Stopwatch.StartNew();
            try
            {
                using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(60));
                var address = await WaitForLine(restart, "Now listening on: ", bound.Token);
                using var http = new HttpClient { BaseAddress = new Uri(address[(address.IndexOf("Now listening on: ", StringComparison.Ordinal) + 18)..].Split('"')[0]) };
                while (true)
                {
                    using var ready = await http.GetAsync("/health/ready", bound.Token);
                    if (ready.StatusCode == HttpStatusCode.OK)
                    {
                        break;
                    }

                    await Task.Delay(200, bound.Token);
                }
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"The restart was not ready after {clock.Elapsed.TotalSeconds:F0} s. Its errors: {(restart.HasExited ? await errors : "(still running)")}");
            }
            finally
            {
                restart.Kill();
                await restart.WaitForExitAsync(CancellationToken.None);
            }

            Assert.Equal(0, LockRows(database));
            Assert.Contains(_lines, l => l.Contains("Removed a stale migration lock", StringComparison.Ordinal));
        }
        finally
        {
            SqliteApp.DeleteDatabase(database);
        }
    }

    private static readonly (string, string)[] MigrationsLogged = [("Logging__LogLevel__Microsoft.EntityFrameworkCore.Migrations", "Information")];

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _lines = new();

    /// <summary>Reads the process's output (JSON log lines) until one contains <paramref name="text"/>, keeping every line read.</summary>
    private async Task<string> WaitForLine(Process process, string text, CancellationToken cancellationToken)
    {
        while (await process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
        {
            _lines.Enqueue(line);
            if (line.Contains(text, StringComparison.Ordinal))
            {
                // Keep reading in the background, so the process never blocks on a full pipe and later lines are kept.
                _ = Task.Run(async () =>
                {
                    while (await process.StandardOutput.ReadLineAsync(CancellationToken.None) is { } more)
                    {
                        _lines.Enqueue(more);
                    }
                }, CancellationToken.None);
                return line;
            }
        }

        throw new InvalidOperationException($"The app ended without logging \"{text}\".");
    }

    /// <summary>EF Core's migration lock rows in the file (none where the table does not exist yet).</summary>
    private static long LockRows(string database)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'";
        if ((long)command.ExecuteScalar()! == 0)
        {
            return 0;
        }

        command.CommandText = "SELECT COUNT(*) FROM \"__EFMigrationsLock\"";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>The built app in its own process on a SQLite file, its output redirected.</summary>
    private static Process Start(string urls, string database, params (string Name, string Value)[] settings)
    {
        var app = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { app, "--urls", urls },
            WorkingDirectory = Path.GetDirectoryName(app)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Klimaspor"] = $"Data Source={database}";
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }
}
