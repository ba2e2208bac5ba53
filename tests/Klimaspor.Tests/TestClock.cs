using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Klimaspor.Tests;

/// <summary>A clock the tests move by hand, so deadlines can pass without waiting. It starts at the real time unless told.</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public TestClock()
        : this(DateTimeOffset.UtcNow)
    {
    }

    public override DateTimeOffset GetUtcNow() => _now;

    public DateTime UtcNow => _now.UtcDateTime;

    public void Advance(TimeSpan by) => _now += by;

    public static void Use(IWebHostBuilder builder, TestClock clock) =>
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock));
}

/// <summary>An app on SQLite whose clock the tests move.</summary>
public sealed class ClockedSqliteApp : SqliteApp
{
    public TestClock Clock { get; } = new();

    protected override void ConfigureMore(IWebHostBuilder builder) => TestClock.Use(builder, Clock);
}

/// <summary>An app on PostgreSQL whose clock the tests move.</summary>
public sealed class ClockedPostgresApp : PostgresApp
{
    public TestClock Clock { get; } = new();

    protected override void ConfigureMore(IWebHostBuilder builder) => TestClock.Use(builder, Clock);
}
