using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Klimaspor.Data;
using Klimaspor.Domain.Emissions;
using Klimaspor.Features.FactorSets;
using Klimaspor.Features.Reports;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Tests;

/// <summary>
/// How reports are kept (docs/adr/0005): packed lines, traces recomputed for the lines shown, large drafts without the
/// line form. Hasle skole (OBF-2025-003) has no demo reports.
/// </summary>
public abstract partial class ReportStorageTests(KlimasporApp app)
{
    private const string Reference = "OBF-2025-003";

    private static object Machines(int count) => new
    {
        machines = Enumerable.Range(0, count).Select(i => i % 2 == 0
            ? (object)new
            {
                machineId = $"PIN-{i:D4}",
                machineType = "gravemaskin",
                weightTonnes = 20 + (i % 7),
                energyCarrier = "diesel",
                emissionClass = "stage-v",
                operatingHours = 100 + (i % 13),
                idleHours = 10,
                fuelLitres = 900 + i,
                dataSource = "telematikk"
            }
            : new
            {
                machineId = $"PIN-{i:D4}",
                machineType = "hjullaster",
                weightTonnes = 18,
                energyCarrier = "el-kabel",
                emissionClass = "nullutslipp",
                operatingHours = 120,
                idleHours = 12,
                electricityKwh = 4000 + i,
                dataSource = "telematikk"
            }).ToArray(),
    };

    private async Task<string> Page(string period) => $"/Contracts/{await app.ContractId(Reference)}/Reports/{period}";

    private async Task<Guid> ReportId(string period)
    {
        var contractId = await app.ContractId(Reference);
        return await app.WithDb(db => db.Reports.Where(r => r.ContractId == contractId && r.Period == period).Select(r => r.Id).SingleAsync());
    }

    private async Task<string> Api(string period) => $"/api/v1/contracts/{await app.ContractId(Reference)}/reports/{period}";

    [Fact]
    public async Task LargeDraft_NoLineForm_SubmittedFromThePage_LinesShownAHundredAtATimeWithRecomputedTraces()
    {
        var api = await Demo.Supplier(app);
        Assert.Equal(HttpStatusCode.OK, (await api.PutDraftAsync(await Api("2026-05"), Machines(1001))).StatusCode);
        var supplier = await app.SignedIn("fjordbygg@demo.klimaspor.no");
        var page = await Page("2026-05");

        var draft = await supplier.GetStringAsync(page);
        Assert.Contains("Dette utkastet har", draft);
        Assert.DoesNotContain("id=\"line-form\"", draft);
        Assert.DoesNotContain("PIN-0000", draft);
        Assert.Equal(HttpStatusCode.Redirect, (await KlimasporApp.PostForm(supplier, page, page + "?handler=Submit", [])).StatusCode);

        var first = await supplier.GetStringAsync(page);
        Assert.Contains("Linje 1–100 av 1001", first);
        Assert.Equal(100, TraceRows().Count(first));
        Assert.Contains("linesPage=2", first);
        var last = await supplier.GetStringAsync(page + "?linesPage=11");
        Assert.Contains("Linje 1001–1001 av 1001", last);
        Assert.Equal(1, TraceRows().Count(last));
        Assert.Contains("linesPage=10", last);

        // The traces of a page are those of the whole report calculated at once, for the same lines.
        var reportId = await ReportId("2026-05");
        var (shown, whole) = await app.WithDb(async db =>
        {
            var pageTwo = (await ReportTraces.Page(reportId, 2, db, CancellationToken.None))!;
            var submission = await db.ReportSubmissions.SingleAsync(s => s.ReportId == reportId);
            return (pageTwo.Result, await Recalculated(db, submission));
        });
        Assert.Equal(100, shown.Traces.Count);
        Assert.Equal(Json(whole.Traces.Skip(100).Take(100)), Json(shown.Traces));
        Assert.Equal(Json(whole.Lines.Skip(100).Take(100)), Json(shown.Lines));

        // A stored figure the factor sets no longer give shows without a trace: a trace never explains another number.
        await app.WithDb(async db =>
        {
            var submission = await db.ReportSubmissions.SingleAsync(s => s.ReportId == reportId);
            var lines = submission.Result().Lines.ToList();
            lines[150] = lines[150] with { Carrier = "hvo100" };
            submission.CalculatedLines = PackedJson.Pack(lines, FactorSetStore.Json);
            return await db.SaveChangesAsync();
        });
        var tampered = (await app.WithDb(db => ReportTraces.Page(reportId, 2, db, CancellationToken.None)))!.Result;
        Assert.Equal(99, tampered.Traces.Count);
        Assert.DoesNotContain(tampered.Traces, t => t.Index == 150);
    }

    /// <summary>The submission's lines calculated again with its factor set versions, traces included.</summary>
    private static async Task<CalculationResult> Recalculated(AppDbContext db, ReportSubmission submission)
    {
        var stored = ReportStore.Summary(submission.ResultJson);
        var territorial = await FactorSetStore.LoadPublished(db, stored.Territorial.Key, stored.Territorial.Version, CancellationToken.None);
        var lifeCycle = await FactorSetStore.LoadPublished(db, stored.LifeCycle.Key, stored.LifeCycle.Version, CancellationToken.None);
        return EmissionCalculation.Calculate(submission.Submitted(), territorial!, lifeCycle!, includeTrace: true);
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, FactorSetStore.Json);

    [GeneratedRegex("class=\"trace-row\"")]
    private static partial Regex TraceRows();
}

public sealed class ReportStorageOnSqliteTests(SqliteApp app) : ReportStorageTests(app), IClassFixture<SqliteApp>;

public sealed class ReportStorageOnPostgresTests(PostgresApp app) : ReportStorageTests(app), IClassFixture<PostgresApp>;
