using System.Net;
using System.Text;
using System.Text.Json;
using Klimaspor.Domain.Reporting.Template;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;
using static Klimaspor.Data.DemoData;

namespace Klimaspor.Tests;

/// <summary>
/// An upload as wrong as it can be answers within fixed bounds: the first errors, the count of the rest and the whole
/// list as a file for the uploader only; values echoed cut; a cell beyond Excel's own limit refused at its cell;
/// idempotency keys kept a day and their answers kept only up to a size.
/// </summary>
public abstract class BoundedImportTests(KlimasporApp app, TestClock clock)
{
    private const string Import = "/api/v1/reports/import";
    private const string Header = "Maskin-ID;Maskintype;Vekt (tonn);Energibærer;Utslippsklasse;Driftstimer;Strøm (kWh);Datakilde\n";

    // Every value but the id wrong: an unknown type, carrier, class and source, and text where numbers belong.
    private const string BadRow = ";ukjent;tung;vann;euro-0;mange;;gjetning\n";

    private static byte[] Rapport(string period) => Encoding.UTF8.GetBytes($"Kontrakt;ASK-2024-031\nLeverandør org.nr.;918 765 433\nPeriode;{period}\n");

    private static MultipartFormDataContent Files(string period, byte[] machines)
    {
        // A fixed boundary: a repeat with the same key must be the same body, byte for byte.
        var form = new MultipartFormDataContent("bounded-import-test")
        {
            { new ByteArrayContent(Rapport(period)), "file", "Rapport.csv" },
            { new ByteArrayContent(machines), "file", "Maskiner.csv" },
        };
        return form;
    }

    private static byte[] BadRows(int count)
    {
        var text = new StringBuilder(Header, Header.Length + (count * (BadRow.Length + 8)));
        for (var i = 1; i <= count; i++)
        {
            text.Append('M').Append(i).Append(BadRow);
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static byte[] GoodRows(int count)
    {
        var text = new StringBuilder(Header);
        for (var i = 1; i <= count; i++)
        {
            text.Append("TK-").Append(i).Append(";Tårnkran;40;el-kabel;nullutslipp;160;2 880;maaler\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task Import_250000BadRows_AnswersTheFirst1000ErrorsWithinAMegabyteAndCountsTheRest()
    {
        var supplier = await Demo.Supplier(app);
        var one = await Json(await supplier.PostAsync(Import, Files("2026-01", BadRows(1))));
        var perRow = one.GetProperty("errors").GetArrayLength();
        Assert.True(perRow >= 5, $"a bad row has {perRow} errors");
        // The row limit (250 000) counts the header too.
        const int Rows = 249_999;

        var response = await supplier.PostAsync(Import, Files("2026-01", BadRows(Rows)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(body.Length < 1024 * 1024, $"the answer is {body.Length:N0} bytes");
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(Problems.MaxErrorsShown, problem.GetProperty("errors").GetArrayLength());
        Assert.Equal((perRow * Rows) - Problems.MaxErrorsShown, problem.GetProperty("moreErrors").GetInt32());
        Assert.Equal(2, problem.GetProperty("errors")[0].GetProperty("row").GetInt32());

        // The whole list, as far as it was kept, for the uploader's organisation: one row per error, then the count of the rest.
        var link = problem.GetProperty("errorReport").GetString()!;
        var report = await supplier.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal("text/csv", report.Content.Headers.ContentType!.MediaType);
        var lines = (await report.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + ReportTemplate.MaxErrorsKept + 1, lines.Length);
        Assert.Contains("\"Ark\";\"Rad\";\"Kolonne\"", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("\"Maskiner\";\"2\";", lines[1], StringComparison.Ordinal);
        Assert.Equal(((perRow * Rows) - ReportTemplate.MaxErrorsKept).ToString(System.Globalization.CultureInfo.InvariantCulture),
            string.Concat(lines[^1].Where(char.IsAsciiDigit)));

        // Nobody else gets it: not another supplier, not the contract's buyer.
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiFor(OrgNo.Nordlys, Roles.SupplierReporter)).GetAsync(link)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiFor(OrgNo.Asker, Roles.FollowUpOfficer)).GetAsync(link)).StatusCode);

        // A day later it is gone, and writing the next one deletes it.
        clock.Advance(TimeSpan.FromHours(25));
        try
        {
            Assert.Equal(HttpStatusCode.NotFound, (await supplier.GetAsync(link)).StatusCode);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, (await supplier.PostAsync(Import, Files("2026-01", BadRows(2_000)))).StatusCode);
            var id = Guid.Parse(link[(link.LastIndexOf('/') + 1)..]);
            Assert.False(await app.WithDb(db => db.ImportErrorReports.AnyAsync(r => r.Id == id)));
        }
        finally
        {
            clock.Advance(-TimeSpan.FromHours(25));
        }
    }

    [Fact]
    public async Task UploadPage_ManyBadRows_ShowsTheFirst1000ErrorsHowManyMoreAndTheWholeListToDownload()
    {
        const int Rows = 20_000;
        var browser = await app.SignedIn("fjordbygg@demo.klimaspor.no");
        var page = $"/Contracts/{await app.ContractId("ASK-2024-031")}/Reports/2026-05";

        var response = await ReportImportTests.UploadOnPage(browser, page, ("Maskiner.csv", BadRows(Rows)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(html.Length < 2 * 1024 * 1024, $"the page is {html.Length:N0} characters");
        // Each error once under the field and once in the summary at the top.
        Assert.Equal(2 * Problems.MaxErrorsShown, System.Text.RegularExpressions.Regex.Count(html, "Maskiner, rad "));
        Assert.Contains(" feil til.", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        var link = System.Text.RegularExpressions.Regex.Match(html, "id=\"error-report\" href=\"([^\"]+)\"").Groups[1].Value;
        var report = await browser.GetAsync(WebUtility.HtmlDecode(link));
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal("text/csv", report.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedIn("nordlys@demo.klimaspor.no")).GetAsync(WebUtility.HtmlDecode(link))).StatusCode);
    }

    [Fact]
    public async Task Import_FewErrors_ListsThemAllWithoutCountOrReport()
    {
        var supplier = await Demo.Supplier(app);

        var problem = await Json(await supplier.PostAsync(Import, Files("2026-01", BadRows(3))));

        Assert.True(problem.GetProperty("errors").GetArrayLength() > 3);
        Assert.False(problem.TryGetProperty("moreErrors", out _));
        Assert.False(problem.TryGetProperty("errorReport", out _));
    }

    [Fact]
    public async Task Import_LongValueInACode_EchoedCutTo200Characters()
    {
        var supplier = await Demo.Supplier(app);
        var machines = Encoding.UTF8.GetBytes(Header + "TK-1;" + new string('x', 5_000) + ";40;el-kabel;nullutslipp;160;2 880;maaler\n");

        var problem = await Json(await supplier.PostAsync(Import, Files("2026-01", machines)));

        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        var value = error.GetProperty("value").GetString()!;
        Assert.Equal(200, value.Length);
        Assert.EndsWith("…", value, StringComparison.Ordinal);
        Assert.True(error.GetProperty("message").GetString()!.Length < 600);
    }

    [Fact]
    public async Task Import_CellLongerThanExcelAllows_RefusedAtItsCell()
    {
        var supplier = await Demo.Supplier(app);
        var machines = Encoding.UTF8.GetBytes(Header + "TK-1;Tårnkran;40;el-kabel;nullutslipp;160;2 880;" + new string('m', 40_000) + "\n");

        var response = await supplier.PostAsync(Import, Files("2026-01", machines));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = Assert.Single((await Json(response)).GetProperty("errors").EnumerateArray());
        Assert.Equal("Maskiner", error.GetProperty("sheet").GetString());
        Assert.Equal(2, error.GetProperty("row").GetInt32());
        Assert.Contains("H2", error.GetProperty("message").GetString()!, StringComparison.Ordinal);
        Assert.Contains("32", error.GetProperty("message").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Idempotency_KeyOlderThanADay_PurgedAndFreeAgain()
    {
        var buyer = await app.ApiFor(OrgNo.Oslobygg, Roles.FollowUpOfficer);
        HttpRequestMessage Evaluate(Guid contract) => new(HttpMethod.Post, $"/api/v1/contracts/{contract}/compliance/evaluate")
        {
            Headers = { { Idempotency.Header, "evaluate-once" } },
        };
        var contract = await app.ContractId("OBF-2024-017");
        Assert.Equal(HttpStatusCode.Created, (await buyer.SendAsync(Evaluate(contract))).StatusCode);
        var replayed = await buyer.SendAsync(Evaluate(contract));
        Assert.True(replayed.Headers.Contains("Idempotent-Replayed"));

        clock.Advance(TimeSpan.FromHours(25));
        try
        {
            var again = await buyer.SendAsync(Evaluate(contract));

            Assert.Equal(HttpStatusCode.Created, again.StatusCode);
            Assert.False(again.Headers.Contains("Idempotent-Replayed"));
            var cutoff = clock.UtcNow - TimeSpan.FromHours(24);
            Assert.False(await app.WithDb(db => db.IdempotencyRecords.AnyAsync(r => r.CreatedAt < cutoff)));
        }
        finally
        {
            clock.Advance(-TimeSpan.FromHours(25));
        }
    }

    [Fact]
    public async Task Idempotency_AnswerLargerThanKept_ReplaysStatusAndLocationWithoutTheBody()
    {
        var supplier = await Demo.Supplier(app);
        HttpRequestMessage Upload() => new(HttpMethod.Post, Import)
        {
            Content = Files("2026-03", GoodRows(8_000)),
            Headers = { { Idempotency.Header, "large-upload" } },
        };

        var first = await supplier.SendAsync(Upload());
        var body = await first.Content.ReadAsByteArrayAsync();
        var second = await supplier.SendAsync(Upload());

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.True(body.Length > Idempotency.MaxKeptBodyBytes, $"the answer is {body.Length:N0} bytes");
        var record = await app.WithDb(db => db.IdempotencyRecords.SingleAsync(r => r.Key == "large-upload"));
        Assert.True(record.BodyOmitted);
        Assert.Empty(record.ResponseBody);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.True(second.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Import_SameFileAfterItsKeyIsPurged_StillOneReportAndOneKeptFile()
    {
        var supplier = await Demo.Supplier(app);
        var machines = GoodRows(3);
        HttpRequestMessage Upload() => new(HttpMethod.Post, Import)
        {
            Content = Files("2026-04", machines),
            Headers = { { Idempotency.Header, "april-upload" } },
        };
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(machines));
        var contractId = await app.ContractId("ASK-2024-031");
        Assert.Equal(HttpStatusCode.Created, (await supplier.SendAsync(Upload())).StatusCode);

        clock.Advance(TimeSpan.FromHours(25));
        HttpResponseMessage again;
        try
        {
            again = await supplier.SendAsync(Upload());
        }
        finally
        {
            clock.Advance(-TimeSpan.FromHours(25));
        }

        // Handled anew (the key is gone), and still the one report with the file kept once, by its hash.
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.False(again.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, await app.WithDb(db => db.Reports.CountAsync(r => r.ContractId == contractId && r.Period == "2026-04")));
        Assert.Equal(1, await app.WithDb(db => db.ReportFiles.CountAsync(f => f.Sha256 == hash)));

        // Once submitted, the same file again stores no second report: the submitted one is not replaced.
        Assert.Equal(HttpStatusCode.OK, (await supplier.PostAsync($"/api/v1/contracts/{contractId}/reports/2026-04/submit", null)).StatusCode);
        var resent = await supplier.PostAsync(Import, Files("2026-04", machines));
        Assert.Equal(HttpStatusCode.Conflict, resent.StatusCode);
        Assert.Equal(1, await app.WithDb(db => db.Reports.CountAsync(r => r.ContractId == contractId && r.Period == "2026-04")));
        Assert.Equal(1, await app.WithDb(db => db.ReportFiles.CountAsync(f => f.Sha256 == hash)));
    }
}

public sealed class BoundedImportOnSqliteTests(ClockedSqliteApp app) : BoundedImportTests(app, app.Clock), IClassFixture<ClockedSqliteApp>;

public sealed class BoundedImportOnPostgresTests(ClockedPostgresApp app) : BoundedImportTests(app, app.Clock), IClassFixture<ClockedPostgresApp>;
