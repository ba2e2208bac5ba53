using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

// One app and one Chromium per test class; classes run one after another, because two apps and two browsers at once
// on a two-core machine (CI's size) make timings flaky rather than the run faster.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Klimaspor.BrowserTests;

/// <summary>
/// Klimaspor on a real Kestrel port with its own SQLite file and the demo data, and one headless Chromium, shared by
/// the tests of a class. Each test opens its own browser context, so cookies and storage never leak between tests.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xUnit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class LiveApp : IAsyncLifetime
{
    /// <summary>Debian's Chromium; `playwright install` cannot download browsers here and is not needed.</summary>
    public const string DefaultChromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"klimaspor-browser-{Guid.NewGuid():N}.db");
    private readonly ConcurrentDictionary<string, Task<string>> _signedInStates = new();
    private KestrelAppFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public IServiceProvider Services => (_factory ?? throw NotStarted()).Services;

    private IBrowser Browser => _browser ?? throw NotStarted();

    public async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("KLIMASPOR_CHROMIUM") is { Length: > 0 } configured ? configured : DefaultChromium;
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {chromium}. The browser tests drive Debian's Chromium: install it with " +
                "`apt-get install chromium`, or set KLIMASPOR_CHROMIUM to the path of a Chromium executable.");
        }

        _factory = new KestrelAppFactory(_databasePath);
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseAddress = _factory.ClientOptions.BaseAddress;

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh browser context; with <paramref name="email"/>, already signed in as that demo user.</summary>
    public async Task<BrowserSession> OpenAsync(string? email = null)
    {
        var options = new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), Locale = "nb-NO" };
        if (email is not null)
        {
            // Signing in through the form once per user and reusing the cookies keeps the suite quick.
            options.StorageState = await _signedInStates.GetOrAdd(email, SignInOnceAsync);
        }

        var context = await Browser.NewContextAsync(options);
        try
        {
            return new BrowserSession(context, await context.NewPageAsync());
        }
        catch
        {
            await context.CloseAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        // Pooled connections keep the file open; release them before deleting it.
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _databasePath, _databasePath + "-shm", _databasePath + "-wal" })
        {
            File.Delete(file);
        }
    }

    private async Task<string> SignInOnceAsync(string email)
    {
        await using var session = await OpenAsync();
        await session.SignInAsync(email);
        return await session.Context.StorageStateAsync();
    }

    private static InvalidOperationException NotStarted() => new("The app is not started: LiveApp.InitializeAsync has not run.");

    private sealed class KestrelAppFactory(string databasePath) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Klimaspor", $"Data Source={databasePath}");
            builder.UseSetting("DemoData:Enabled", "true");
            // The demo as written, whatever the month the tests run in: their expectations name its months.
            builder.UseSetting("DemoData:AsOf", "2026-12");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        }
    }
}
