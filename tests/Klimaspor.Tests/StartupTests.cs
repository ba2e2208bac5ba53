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
        var app = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { app, "--urls", $"http://localhost:{port}" },
            WorkingDirectory = Path.GetDirectoryName(app)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Klimaspor"] = $"Data Source={database}";

        using var process = Process.Start(start)!;
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
}
