using System.Linq.Expressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage;

namespace Klimaspor.Data;

/// <summary>
/// Large binary values (a report's packed lines, calculated lines, fact lines and warnings, an uploaded file) each in a
/// table of its own, keyed by its entity's key (EF Core entity splitting), and on SQLite written by incremental blob
/// I/O rather than as statement parameters (docs/adr/0007).
/// </summary>
/// <remarks>
/// Bound as a parameter, SQLite copies a value once when it is bound and once more when it builds the row, in native
/// memory, on top of the managed array: a 100 000-line submission's 22 MB cost 53 MB of native memory during its save.
/// Written into a <c>zeroblob</c> that ends its row, the value goes from the managed array into the database pages and
/// nowhere else. A value alone in its table is always at the end of its row, and updating it never reads another large
/// value back (SQLite rebuilds a whole row on update).
/// </remarks>
public static class LargeValues
{
    private const string Annotation = "Klimaspor:LargeValue";
    private const string PropertiesAnnotation = "Klimaspor:LargeValueProperties";

    /// <summary>Keeps <paramref name="property"/> in <paramref name="table"/>, next to nothing but its entity's key.</summary>
    public static void StoreApart<TEntity>(EntityTypeBuilder<TEntity> entity, string table, Expression<Func<TEntity, byte[]?>> property)
        where TEntity : class
    {
        entity.SplitToTable(table, t => t.Property(property));
        entity.Property(property).HasAnnotation(Annotation, true);
    }

    /// <summary>
    /// SQLite's save: the large values being written are held back (an empty value is written in their place), the rest
    /// is saved as usual, then each value is written into its row, all in one transaction.
    /// </summary>
    internal static async Task<int> SaveAsync(DbContext db, Func<CancellationToken, Task<int>> save, CancellationToken cancellationToken)
    {
        using var detected = new ChangesDetected(db.ChangeTracker);
        var held = HoldBack(db);
        if (held.Count == 0)
        {
            return await save(cancellationToken);
        }

        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var saved = await save(cancellationToken);
            Write(db, held);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            Restore(held, saved: true);
            return saved;
        }
        catch
        {
            Restore(held, saved: false);
            throw;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    internal static int Save(DbContext db, Func<int> save)
    {
        using var detected = new ChangesDetected(db.ChangeTracker);
        var held = HoldBack(db);
        if (held.Count == 0)
        {
            return save();
        }

        using var own = db.Database.CurrentTransaction is null ? db.Database.BeginTransaction() : null;
        try
        {
            var saved = save();
            Write(db, held);
            own?.Commit();
            Restore(held, saved: true);
            return saved;
        }
        catch
        {
            Restore(held, saved: false);
            throw;
        }
    }

    private sealed record Held(EntityEntry Entry, IProperty Property, byte[] Value);

    /// <summary>
    /// Changes are detected once, here, as the save would detect them (when the context detects changes at all), and
    /// not again by the save: on a context tracking many entities that is the save's costliest step.
    /// </summary>
    private sealed class ChangesDetected : IDisposable
    {
        private readonly ChangeTracker _tracker;
        private readonly bool _auto;

        public ChangesDetected(ChangeTracker tracker)
        {
            _tracker = tracker;
            _auto = tracker.AutoDetectChangesEnabled;
            if (_auto)
            {
                tracker.DetectChanges();
                tracker.AutoDetectChangesEnabled = false;
            }
        }

        public void Dispose() => _tracker.AutoDetectChangesEnabled = _auto;
    }

    private static List<Held> HoldBack(DbContext db)
    {
        var held = new List<Held>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            var properties = LargeProperties(entry.Metadata);
            if (properties.Length == 0 || entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            foreach (var property in properties)
            {
                var value = entry.Property(property);
                if (value.CurrentValue is byte[] { Length: > 0 } bytes && (entry.State == EntityState.Added || value.IsModified))
                {
                    held.Add(new Held(entry, property, bytes));
                    value.CurrentValue = Array.Empty<byte>();
                }
            }
        }

        return held;
    }

    /// <summary>An entity type's large values, found once per model rather than at every save.</summary>
    private static IProperty[] LargeProperties(IEntityType type) =>
        type.GetOrAddRuntimeAnnotationValue(PropertiesAnnotation, t => t!.GetProperties().Where(p => p.FindAnnotation(Annotation) is not null).ToArray(), type);

    private static void Write(DbContext db, List<Held> held)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var (entry, property, value) in held)
        {
            var column = property.GetTableColumnMappings().Single().Column;
            var table = column.Table.Name;
            var key = entry.Metadata.FindPrimaryKey()!.Properties.Single();
            using var command = connection.CreateCommand();
            command.Transaction = (SqliteTransaction?)transaction;
            command.CommandText =
                $"UPDATE \"{table}\" SET \"{column.Name}\" = zeroblob($length) WHERE \"{key.GetColumnName(StoreObjectIdentifier.Table(table))}\" = $key RETURNING rowid";
            command.Parameters.AddWithValue("$length", value.Length);
            command.Parameters.Add(((RelationalTypeMapping)key.GetRelationalTypeMapping()).CreateParameter(command, "$key", entry.Property(key).CurrentValue));
            var rowid = command.ExecuteScalar() as long?
                ?? throw new InvalidOperationException($"No row in {table} for the {entry.Metadata.ClrType.Name} being saved.");
            using var blob = new SqliteBlob(connection, table, column.Name, rowid);
            blob.Write(value);
        }
    }

    private static void Restore(List<Held> held, bool saved)
    {
        foreach (var (entry, property, value) in held)
        {
            var stored = entry.Property(property);
            var accepted = saved && entry.State == EntityState.Unchanged;
            stored.CurrentValue = value;
            if (accepted)
            {
                stored.OriginalValue = value;
                stored.IsModified = false;
            }
        }
    }
}
