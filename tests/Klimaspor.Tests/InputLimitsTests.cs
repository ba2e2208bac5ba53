using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Klimaspor.Data;
using Microsoft.EntityFrameworkCore;
using static Klimaspor.Data.DemoData;

namespace Klimaspor.Tests;

/// <summary>
/// Text and bodies a client should not send (issue 16, item 9): every free-text field has a limit and refuses control
/// characters, direction overrides and invisible-only text with a located 422 in the caller's language, the same on
/// both databases (a NUL was a 500 on PostgreSQL); a body over the server's limit is a 413 that says the limit;
/// answers with an organisation's data are not stored by caches; an uploaded file comes back as bytes to save.
/// </summary>
public abstract class InputLimitsTests(KlimasporApp app)
{
    /// <summary>Field, text (null: a megabyte) and the key whose text the answer must show, not the key itself.</summary>
    public static TheoryData<string, string?, string> HostileContractTexts => new()
    {
        { "title", "Brann\u0000stasjon", "Validation.ControlCharacter" },
        { "title", null, "Validation.TooLong" },
        { "title", "\u200B\u200B\u200B", "Validation.Invisible" },
        { "reference", "OBF-\u202E710-4202", "Validation.DirectionControl" },
        { "sites[0].name", "Tåsen\u0007", "Validation.ControlCharacter" },
        { "sites[0].address", "Tåsenveien \u2066 71", "Validation.DirectionControl" },
    };

    [Theory]
    [MemberData(nameof(HostileContractTexts))]
    public async Task CreateContract_HostileText_LocatedUnprocessableAndNothingStored(string field, string? text, string key)
    {
        var api = await Demo.Buyer(app);
        var before = await app.WithDb(db => db.Contracts.CountAsync());
        var body = await NewContract();
        Set(body, field, text ?? new string('x', 1_000_000));

        var response = await api.PostAsJsonAsync("/api/v1/contracts?culture=en", body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = Assert.Single((await Json(response)).GetProperty("errors").EnumerateArray());
        Assert.Equal(field, error.GetProperty("column").GetString());
        var message = error.GetProperty("message").GetString()!;
        Assert.DoesNotContain(key, message, StringComparison.Ordinal);
        Assert.StartsWith("The text", message, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDb(db => db.Contracts.CountAsync()));
    }

    [Theory]
    [InlineData("model", "Volvo\u0000A30G", "Validation.ControlCharacter")]
    [InlineData("model", null, "Template.TextTooLong")]
    [InlineData("machineId", "\u200B", "Validation.Invisible")]
    [InlineData("comment", "ok\u202Ekc", "Validation.DirectionControl")]
    public async Task SaveDraft_HostileTextCell_LocatedUnprocessable(string column, string? text, string key)
    {
        var supplier = await Demo.Supplier(app);
        var contractId = await app.ContractId("OBF-2024-017");
        var url = $"/api/v1/contracts/{contractId}/reports/2026-07";
        var machine = new JsonObject
        {
            ["machineId"] = "VOLVO-A30G-5521",
            ["machineType"] = "dumper",
            ["weightTonnes"] = 24,
            ["energyCarrier"] = "diesel",
            ["emissionClass"] = "stage-v",
            ["operatingHours"] = 120,
            ["fuelLitres"] = 1480,
            ["dataSource"] = "tankanlegg",
            [column] = text ?? new string('m', 1_000_000),
        };

        var response = await supplier.PutDraftAsync(url, new JsonObject { ["machines"] = new JsonArray(machine) });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = Assert.Single((await Json(response)).GetProperty("errors").EnumerateArray());
        Assert.Equal(column, error.GetProperty("column").GetString());
        Assert.Equal("machines", error.GetProperty("sheet").GetString());
        Assert.DoesNotContain(key, error.GetProperty("message").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonBody_OverTheServersLimit_ProblemThatSaysTheLimit()
    {
        var api = await Demo.Buyer(app);
        using var body = new ByteArrayContent(new byte[30_000_001]);
        body.Headers.ContentType = new("application/json");

        var response = await api.PostAsync("/api/v1/contracts", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var title = (await Json(response)).GetProperty("title").GetString()!;
        Assert.Contains("30000000", string.Concat(title.Where(char.IsAsciiDigit)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_WithAnOrganisationsData_NotStored()
    {
        var buyer = await Demo.Buyer(app);
        var supplier = await Demo.Supplier(app);
        var contractId = await app.ContractId("OBF-2024-017");
        var browser = await app.SignedIn("oslobygg@demo.klimaspor.no");

        foreach (var (client, path) in new[]
        {
            (buyer, "/api/v1/contracts"),
            (buyer, $"/api/v1/contracts/{contractId}"),
            (supplier, $"/api/v1/contracts/{contractId}/reports/2026-08/workbook"),
            (browser, "/Contracts?handler=Export"),
            (browser, "/Contracts"),
        })
        {
            var response = await client.GetAsync(path);

            Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{path} may be stored: {response.Headers.CacheControl}");
        }
    }

    [Fact]
    public async Task UploadedFile_SentAsHtml_ServedAsBytesToSave()
    {
        var supplier = await Demo.Supplier(app);
        var contractId = await app.ContractId("OBF-2024-017");
        var (fileId, period) = await app.WithDb(async db =>
        {
            var report = await db.Reports.Where(r => r.ContractId == contractId && r.Supplier!.OrgNo == OrgNo.Fjordbygg)
                .Select(r => new { r.Id, r.Period }).FirstAsync();
            var file = new UploadedReportFile
            {
                ReportId = report.Id,
                FileName = "rapport.html",
                ContentType = "text/html",
                Sha256 = "00",
                UploadedBy = "test",
                Content = "<script>alert(document.cookie)</script>"u8.ToArray(),
            };
            db.ReportFiles.Add(file);
            await db.SaveChangesAsync();
            return (file.Id, report.Period);
        });

        var response = await supplier.GetAsync($"/api/v1/contracts/{contractId}/reports/{period}/files/{fileId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/octet-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    private async Task<JsonObject> NewContract()
    {
        var unit = await app.WithDb(db => db.Organisations.Where(o => o.OrgNo == OrgNo.Oslobygg).Select(o => o.Id).SingleAsync());
        return new JsonObject
        {
            ["reference"] = $"T-{Guid.NewGuid():N}"[..20],
            ["title"] = "Ny brannstasjon Tåsen",
            ["buyerUnitId"] = unit,
            ["supplierOrgNo"] = OrgNo.Fjordbygg,
            ["category"] = "bygg",
            ["sites"] = new JsonArray(new JsonObject { ["name"] = "Tåsen brannstasjon", ["address"] = "Tåsenveien 71", ["municipality"] = "Oslo" }),
            ["startDate"] = "2026-01-01",
            ["endDate"] = "2027-06-30",
            ["valueNok"] = 1_000_000,
        };
    }

    private static void Set(JsonObject body, string field, string text)
    {
        if (field.StartsWith("sites[0].", StringComparison.Ordinal))
        {
            body["sites"]![0]![field["sites[0].".Length..]] = text;
        }
        else
        {
            body[field] = text;
        }
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}

public sealed class InputLimitsOnSqliteTests(SqliteApp app) : InputLimitsTests(app), IClassFixture<SqliteApp>;

public sealed class InputLimitsOnPostgresTests(PostgresApp app) : InputLimitsTests(app), IClassFixture<PostgresApp>;
