using System.Data.Common;
using System.Security.Cryptography;
using Klimaspor.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Klimaspor.Tests;

/// <summary>
/// Large values in tables of their own (docs/adr/0007): written whole (on SQLite by blob I/O), all or nothing with the
/// rest of the save, and moved there from the old columns by the migration without a byte lost, and back.
/// Each class has its own app: one test migrates its database down and up again.
/// </summary>
public abstract class LargeValueStorageTests(KlimasporApp app)
{
    [Fact]
    public async Task Save_NewAndReplacedValuesOfSeveralPages_ReadBackByteForByte()
    {
        var first = RandomNumberGenerator.GetBytes(3 * 1024 * 1024 + 17);
        var second = RandomNumberGenerator.GetBytes(700_001);
        var fileId = await app.WithDb(async db =>
        {
            var file = NewFile(await db.Reports.Select(r => r.Id).FirstAsync(), first);
            db.ReportFiles.Add(file);
            await db.SaveChangesAsync();
            Assert.Same(first, file.Content);
            Assert.Equal(EntityState.Unchanged, db.Entry(file).State);
            return file.Id;
        });
        Assert.Equal(first, await Content(fileId));

        await app.WithDb(async db =>
        {
            var file = await db.ReportFiles.SingleAsync(f => f.Id == fileId);
            file.Content = second;
            return await db.SaveChangesAsync();
        });
        Assert.Equal(second, await Content(fileId));
    }

    [Fact]
    public async Task Save_RefusedByTheDatabase_StoresNothingAndKeepsTheValuesInHand()
    {
        var lines = RandomNumberGenerator.GetBytes(500_000);
        var facts = RandomNumberGenerator.GetBytes(200_000);
        var existing = await app.WithDb(db => db.ReportSubmissions.Select(s => new { s.ReportId, s.Version }).FirstAsync());
        // The same report and version as a stored submission: the unique index refuses it, after its values are held back.
        var twin = new ReportSubmission { ReportId = existing.ReportId, Version = existing.Version, ResultJson = "{}", SubmittedBy = "Test", Lines = lines, Facts = facts };
        var file = NewFile(existing.ReportId, RandomNumberGenerator.GetBytes(300_000));

        await app.WithDb(async db =>
        {
            db.ReportFiles.Add(file);
            db.ReportSubmissions.Add(twin);
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            return 0;
        });

        Assert.Same(lines, twin.Lines);
        Assert.Same(facts, twin.Facts);
        Assert.False(await app.WithDb(db => db.ReportSubmissions.AnyAsync(s => s.Id == twin.Id)));
        Assert.False(await app.WithDb(db => db.ReportFiles.AnyAsync(f => f.Id == file.Id)));
    }

    [Fact]
    public async Task Migration_DownToColumnsAndUpAgain_KeepsEveryValue()
    {
        // The demo data has submissions; an uploaded file and a draft save's audit entry with its lines are added here.
        await app.WithDb(async db =>
        {
            var reportId = await db.Reports.Select(r => r.Id).FirstAsync();
            db.ReportFiles.Add(NewFile(reportId, RandomNumberGenerator.GetBytes(150_000)));
            db.ReportAudit.Add(new ReportAuditEntry
            {
                ReportId = reportId,
                At = DateTime.UtcNow,
                Actor = "Test",
                Action = "draft-saved:form",
                AfterLines = RandomNumberGenerator.GetBytes(100_000),
            });
            return await db.SaveChangesAsync();
        });
        var before = await app.WithDb(Values);
        Assert.NotEmpty(before);
        Assert.Contains(before, v => v.Key.StartsWith("ReportSubmissions.Lines", StringComparison.Ordinal));
        Assert.Contains(before, v => v.Key.StartsWith("ReportAudit.AfterLines", StringComparison.Ordinal));
        Assert.Contains(before, v => v.Key.StartsWith("ReportFiles.Content", StringComparison.Ordinal));

        var down = await app.WithDb(async db =>
        {
            var target = db.Database.GetMigrations().Single(m => m.EndsWith("_PackedWarnings", StringComparison.Ordinal));
            await db.GetService<IMigrator>().MigrateAsync(target);
            return await Columns(db);
        });
        Assert.Equal(before, down);

        await app.WithDb(async db =>
        {
            await db.Database.MigrateAsync();
            return 0;
        });
        Assert.Equal(before, await app.WithDb(Values));
    }

    private Task<byte[]> Content(Guid fileId) => app.WithDb(db => db.ReportFiles.Where(f => f.Id == fileId).Select(f => f.Content).SingleAsync());

    private static UploadedReportFile NewFile(Guid reportId, byte[] content) => new()
    {
        ReportId = reportId,
        FileName = "vedlegg.bin",
        ContentType = "application/octet-stream",
        Size = content.Length,
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
        UploadedBy = "Test",
        UploadedAt = DateTime.UtcNow,
        Content = content,
    };

    /// <summary>Every large value as the model reads it: "Table.Column/Id" → its bytes' hash.</summary>
    private static async Task<SortedDictionary<string, string>> Values(AppDbContext db)
    {
        var values = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in await db.ReportSubmissions.AsNoTracking().ToListAsync())
        {
            Add(values, "ReportSubmissions.Lines", s.Id, s.Lines);
            Add(values, "ReportSubmissions.CalculatedLines", s.Id, s.CalculatedLines);
            Add(values, "ReportSubmissions.Facts", s.Id, s.Facts);
            Add(values, "ReportSubmissions.Warnings", s.Id, s.Warnings);
        }

        foreach (var a in await db.ReportAudit.AsNoTracking().ToListAsync())
        {
            Add(values, "ReportAudit.AfterLines", a.Id, a.AfterLines);
        }

        foreach (var f in await db.ReportFiles.AsNoTracking().ToListAsync())
        {
            Add(values, "ReportFiles.Content", f.Id, f.Content);
        }

        return values;
    }

    /// <summary>The same, read with plain SQL from the columns the values were kept in before they had tables of their own.</summary>
    private static async Task<SortedDictionary<string, string>> Columns(AppDbContext db)
    {
        var values = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            foreach (var (table, column) in new[]
            {
                ("ReportSubmissions", "Lines"), ("ReportSubmissions", "CalculatedLines"), ("ReportSubmissions", "Facts"), ("ReportSubmissions", "Warnings"),
                ("ReportAudit", "AfterLines"), ("ReportFiles", "Content"),
            })
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT \"Id\", \"{column}\" FROM \"{table}\"";
                await using DbDataReader reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    Add(values, $"{table}.{column}", reader.GetGuid(0), reader.IsDBNull(1) ? null : (byte[])reader.GetValue(1));
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return values;
    }

    private static void Add(SortedDictionary<string, string> values, string column, Guid id, byte[]? value)
    {
        if (value is not null)
        {
            values.Add($"{column}/{id}", Convert.ToHexString(SHA256.HashData(value)));
        }
    }
}

public sealed class LargeValueStorageOnSqliteTests(SqliteApp app) : LargeValueStorageTests(app), IClassFixture<SqliteApp>;

public sealed class LargeValueStorageOnPostgresTests(PostgresApp app) : LargeValueStorageTests(app), IClassFixture<PostgresApp>;
