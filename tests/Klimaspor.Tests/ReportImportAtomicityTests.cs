using System.Net;
using Klimaspor.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Klimaspor.Tests;

/// <summary>
/// Storing an upload fails the moment its file is saved (a full disk, a dropped connection, a process killed): the
/// draft it came with must not be left behind without it.
/// </summary>
public abstract class ReportImportAtomicityTests(KlimasporApp app)
{
    private const string Rapport = "Kontrakt;ASK-2024-031\nLeverandør org.nr.;918 765 433\nPeriode;2026-02\n";
    private const string Machines = "Maskin-ID;Maskintype;Vekt (tonn);Energibærer;Utslippsklasse;Driftstimer;Strøm (kWh);Datakilde\n" +
        "TK-1;Tårnkran;40;el-kabel;nullutslipp;160;2 880;maaler\n";

    [Fact]
    public async Task Import_FailsWhileStoringTheFile_NeitherDraftNorFileNorAuditStored()
    {
        var supplier = await Demo.Supplier(app);
        var contractId = await app.ContractId("ASK-2024-031");
        var auditBefore = await app.WithDb(db => db.ReportAudit.CountAsync());
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(Rapport)), "file", "Rapport.csv" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(Machines)), "file", "Maskiner.csv" },
        };

        var response = await supplier.PostAsync("/api/v1/reports/import", form);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(0, await app.WithDb(db => db.Reports.CountAsync(r => r.ContractId == contractId && r.Period == "2026-02")));
        Assert.Equal(0, await app.WithDb(db => db.ReportFiles.CountAsync(f => f.FileName == "Maskiner.csv")));
        Assert.Equal(auditBefore, await app.WithDb(db => db.ReportAudit.CountAsync()));

        // The same draft without a file (over the API) stores: the failure was the file's alone.
        var url = $"/api/v1/contracts/{contractId}/reports/2026-02";
        var viaApi = await supplier.PutDraftAsync(url, new
        {
            machines = new[] { new { machineId = "TK-1", machineType = "taarnkran", weightTonnes = 40, energyCarrier = "el-kabel", emissionClass = "nullutslipp",
                operatingHours = 160, electricityKwh = 2880, dataSource = "maaler" } },
        });
        Assert.Equal(HttpStatusCode.OK, viaApi.StatusCode);
    }

    /// <summary>Fails every SaveChanges that would store an uploaded file, before anything reaches the database.</summary>
    internal sealed class FileSaveFails : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken = default) =>
            eventData.Context!.ChangeTracker.Entries<UploadedReportFile>().Any(e => e.State == EntityState.Added)
                ? throw new IOException("Simulated failure while storing an uploaded file.")
                : base.SavingChangesAsync(eventData, result, cancellationToken);

        public static void AddTo(IWebHostBuilder builder) => builder.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(new FileSaveFails()));
            services.ConfigureDbContext<PostgresAppDbContext>(o => o.AddInterceptors(new FileSaveFails()));
        });
    }
}

public sealed class FileSaveFailsSqliteApp : SqliteApp
{
    protected override void ConfigureMore(IWebHostBuilder builder) => ReportImportAtomicityTests.FileSaveFails.AddTo(builder);
}

public sealed class FileSaveFailsPostgresApp : PostgresApp
{
    protected override void ConfigureMore(IWebHostBuilder builder) => ReportImportAtomicityTests.FileSaveFails.AddTo(builder);
}

public sealed class ReportImportAtomicityOnSqliteTests(FileSaveFailsSqliteApp app) : ReportImportAtomicityTests(app), IClassFixture<FileSaveFailsSqliteApp>;

public sealed class ReportImportAtomicityOnPostgresTests(FileSaveFailsPostgresApp app) : ReportImportAtomicityTests(app), IClassFixture<FileSaveFailsPostgresApp>;
