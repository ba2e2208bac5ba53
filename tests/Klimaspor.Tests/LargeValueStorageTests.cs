using System.Security.Cryptography;
using Klimaspor.Data;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Tests;

/// <summary>
/// Large values in tables of their own (docs/adr/0007): written whole (on SQLite by blob I/O), all or nothing with the
/// rest of the save.
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
}

public sealed class LargeValueStorageOnSqliteTests(SqliteApp app) : LargeValueStorageTests(app), IClassFixture<SqliteApp>;

public sealed class LargeValueStorageOnPostgresTests(PostgresApp app) : LargeValueStorageTests(app), IClassFixture<PostgresApp>;
