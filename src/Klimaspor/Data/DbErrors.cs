using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Data;

/// <summary>What a failed save means, the same on SQLite and PostgreSQL.</summary>
public static class DbErrors
{
    /// <summary>A unique index said no after our own check passed: someone took the reference at the same moment.</summary>
    public static bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException?.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase) == true ||
        exception.InnerException is Npgsql.PostgresException { SqlState: "23505" };
}
