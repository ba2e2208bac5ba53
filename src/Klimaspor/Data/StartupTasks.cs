using Klimaspor.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Data;

/// <summary>
/// Brings the database to the current migration, loads the token key and seeds demo data, before the app takes
/// requests (hosted services start before the server listens). Migrations take an exclusive lock, so several
/// instances starting together apply them once, and a lock a killed start left behind is removed (MigrationLock).
/// </summary>
public sealed class StartupTasks(IServiceProvider services, IConfiguration configuration, ILogger<StartupTasks> logger) : IHostedService
{
    public sealed class Readiness
    {
        public bool IsReady { get; set; }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var wait = TimeSpan.FromSeconds(configuration.GetValue("Database:MigrationLockWaitSeconds", 60));
        using (await MigrationLock.TakeAsync(db, wait, logger, cancellationToken))
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            if (pending > 0 && logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("Applying {Count} database migrations.", pending);
            }

            await db.Database.MigrateAsync(cancellationToken);
        }

        await Features.Reports.ReportStore.FillAnswersForAsync(db, cancellationToken);
        await scope.ServiceProvider.GetRequiredService<TokenKeys>().LoadAsync(db, configuration, cancellationToken);
        await Features.FactorSets.FactorSetStore.EnsureReferenceSetsAsync(db, scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
            cancellationToken);
        await DemoData.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>());

        // Off unless switched on (appsettings.Development.json does): demo users have a published password.
        if (configuration.GetValue("DemoData:Enabled", false))
        {
            var seeded = await DemoData.SeedAsync(scope.ServiceProvider, cancellationToken);
            if (seeded)
            {
                logger.LogInformation("Seeded demo data: organisations, contracts, users and API clients (see README).");
            }
        }

        services.GetRequiredService<Readiness>().IsReady = true;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
