using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Klimaspor.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public static class DatabaseSetup
{
    /// <summary>The embedded default: a SQLite file beside the app's content, created and migrated at start-up.</summary>
    public const string DefaultSqliteConnection = "Data Source=klimaspor.db";

    public static IServiceCollection AddKlimasporDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = ReadProvider(configuration);
        var connection = configuration.GetConnectionString("Klimaspor");
        switch (provider)
        {
            case DatabaseProvider.Postgres:
                if (string.IsNullOrWhiteSpace(connection))
                {
                    throw new InvalidOperationException(
                        "Database:Provider is Postgres, but ConnectionStrings:Klimaspor is empty. Set it, e.g. " +
                        "ConnectionStrings__Klimaspor=\"Host=localhost;Database=klimaspor;Username=klimaspor;Password=...\".");
                }

                services.AddDbContext<AppDbContext, PostgresAppDbContext>(o => o.UseNpgsql(connection));
                break;
            default:
                services.AddDbContext<AppDbContext, SqliteAppDbContext>(o => o.UseSqlite(connection ?? DefaultSqliteConnection));
                break;
        }

        return services;
    }

    public static DatabaseProvider ReadProvider(IConfiguration configuration)
    {
        var value = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(value) || value.Equals("sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return DatabaseProvider.Sqlite;
        }

        if (value.Equals("postgres", StringComparison.OrdinalIgnoreCase) || value.Equals("postgresql", StringComparison.OrdinalIgnoreCase))
        {
            return DatabaseProvider.Postgres;
        }

        throw new InvalidOperationException($"Database:Provider '{value}' is not known: use Sqlite (the default) or Postgres.");
    }
}

/// <summary>Lets `dotnet ef migrations add X --context SqliteAppDbContext` build the model without starting the app.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(DatabaseSetup.DefaultSqliteConnection).Options);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=klimaspor_design").Options);
}
