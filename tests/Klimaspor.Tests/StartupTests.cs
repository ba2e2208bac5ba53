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
