using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Data;

/// <summary>
/// Keeps a start-up from waiting forever on a migration lock that nobody holds.
/// EF Core's lock on SQLite is a row in <c>__EFMigrationsLock</c>; a process killed while migrating leaves the row,
/// and the next start polls for it to go, for ever and without a word. A row cannot say whether its owner lives, so
/// every Klimaspor start takes a lock the operating system drops when the process dies — an exclusive lock on the
/// file <c>&lt;database&gt;-migrating</c> beside the database — before it migrates. Whoever holds that lock is the
/// only Klimaspor process migrating, so a lock row it finds was left by a process that died: it removes the row and
/// says so. A second start waits for the file lock a bounded time, saying it waits, and then gives up with one line.
/// (A timestamp rule could not tell a dead start from a slow migration; the file is never deleted, because a process
/// waiting on a deleted file would hold a lock nobody else sees.) On PostgreSQL, EF Core locks the history table
/// inside the migration's transaction, which the server releases when the session ends, so a killed start leaves no
/// lock there and nothing is needed.
/// </summary>
public sealed class MigrationLock : IDisposable
{
    public const string SuffixOfFile = "-migrating";
    private const string LockTable = "__EFMigrationsLock";
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    private readonly FileStream? _held;

    private MigrationLock(FileStream? held) => _held = held;

    /// <summary>A start that gave up waiting for the lock; its message is the one line the operator reads.</summary>
    public sealed class NotTakenException(string message) : Exception(message);

    /// <summary>Takes the lock (SQLite file databases only) and removes a lock row a dead process left behind.</summary>
    public static async Task<MigrationLock> TakeAsync(AppDbContext db, TimeSpan wait, ILogger logger, CancellationToken ct)
    {
        if (!db.Database.IsSqlite() || db.Database.GetDbConnection() is not SqliteConnection connection
            || LockFileOf(connection.ConnectionString) is not { } file)
        {
            return new MigrationLock(null);
        }

        var held = await HoldAsync(file, wait, logger, ct);
        try
        {
            await RemoveStaleRowAsync(db, logger, ct);
            return new MigrationLock(held);
        }
        catch
        {
            await held.DisposeAsync();
            throw;
        }
    }

    /// <summary>The lock file of a SQLite database on disk; none for an in-memory database.</summary>
    public static string? LockFileOf(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:"
            ? null
            : builder.DataSource + SuffixOfFile;
    }

    private static async Task<FileStream> HoldAsync(string file, TimeSpan wait, ILogger logger, CancellationToken ct)
    {
        // Wall time, not the app's TimeProvider: a test's stopped clock must not make this wait for ever.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var said = false;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive lock the operating system releases when the process ends, however it ends.
                return new FileStream(file, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < wait)
            {
                if (!said)
                {
                    logger.LogWarning("Waiting for the migration lock {File}: another Klimaspor process is migrating this database (waiting up to {Seconds} s).",
                        file, (int)wait.TotalSeconds);
                    said = true;
                }

                await Task.Delay(Poll, ct);
            }
            catch (IOException)
            {
                throw new NotTakenException($"Klimaspor did not start: another process held the migration lock {file} for {(int)wait.TotalSeconds} s. " +
                    "Stop the other Klimaspor process using this database, or raise Database:MigrationLockWaitSeconds.");
            }
        }
    }

    private static async Task RemoveStaleRowAsync(AppDbContext db, ILogger logger, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var exists = connection.CreateCommand();
            exists.CommandText = $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{LockTable}'";
            if (Convert.ToInt64(await exists.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) == 0)
            {
                return;
            }

            await using var remove = connection.CreateCommand();
            remove.CommandText = $"DELETE FROM \"{LockTable}\" RETURNING \"Timestamp\"";
            if (await remove.ExecuteScalarAsync(ct) is string taken)
            {
                logger.LogWarning("Removed a stale migration lock from {Taken}: the process that took it is gone.", taken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public void Dispose() => _held?.Dispose();
}
