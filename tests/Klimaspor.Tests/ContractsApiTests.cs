using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Klimaspor.Data;
using Microsoft.EntityFrameworkCore;
using static Klimaspor.Data.DemoData;

namespace Klimaspor.Tests;

/// <summary>The contracts API as systems use it, on each database provider.</summary>
public abstract class ContractsApiTests(KlimasporApp app)
{
    private static object NewContract(string reference, string? supplier = OrgNo.Fjordbygg, string title = "Ny brannstasjon Tåsen") => new
    {
        reference,
        title,
        buyerUnitId = (Guid?)null,
        supplierOrgNo = supplier,
        subcontractorOrgNos = new[] { "998 877 660" },
        category = "bygg",
        sites = new[] { new { name = "Tåsen brannstasjon", address = "Tåsenveien 71", municipality = "Oslo" } },
        startDate = "2026-01-01",
        endDate = "2027-06-30",
        valueNok = 98_500_000.50m,
        doffinId = "2025-104411",
    };

    private async Task<object> WithUnit(object body, string unitOrgNo = OrgNo.Oslobygg)
    {
        var unit = await app.WithDb(db => db.Organisations.Where(o => o.OrgNo == unitOrgNo).Select(o => o.Id).SingleAsync());
        var json = JsonSerializer.SerializeToNode(body)!;
        json["buyerUnitId"] = unit;
        return json;
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static List<string> References(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("reference").GetString()!)];

    [Fact]
    public async Task List_DemoBuyer_SeesItsOrganisationAndSubUnitsOnly()
    {
        var api = await Demo.Buyer(app);
        var page = await Json(await api.GetAsync("/api/v1/contracts?pageSize=200&status=all"));

        var references = References(page);
        Assert.Contains("OBF-2024-017", references); // Oslobygg KF, a sub-unit
        Assert.Contains("OK-2025-090", references); // Oslo kommune itself
        Assert.DoesNotContain(references, r => r.StartsWith("ASK-", StringComparison.Ordinal) || r.StartsWith("VFK-", StringComparison.Ordinal));
        Assert.Equal(references.Count, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task List_SubUnitUser_SeesOnlyItsUnit()
    {
        var api = await app.ApiFor(OrgNo.Oslobygg, Demo.Role);
        var references = References(await Json(await api.GetAsync("/api/v1/contracts?pageSize=200")));

        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.StartsWith("OBF-", r));
    }

    [Fact]
    public async Task List_Supplier_SeesContractsItIsPartyTo()
    {
        // Grønn Maskinutleie is only ever a subcontractor in the demo data.
        var api = await app.ApiFor(OrgNo.GronnMaskin, Klimaspor.Web.Roles.SupplierReporter);
        var references = References(await Json(await api.GetAsync("/api/v1/contracts?pageSize=200")));

        Assert.Contains("OBF-2024-017", references);
        Assert.Contains("VFK-2024-055", references);
        Assert.DoesNotContain("REG-2023-004", references);
    }

    [Fact]
    public async Task List_SortedByValueDescending_OrdersInTheDatabase()
    {
        var api = await Demo.Buyer(app);
        var items = (await Json(await api.GetAsync("/api/v1/contracts?sort=-valueNok&pageSize=200&status=all"))).GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("valueNok").GetDecimal()).ToList();

        Assert.True(items.Count > 5);
        Assert.Equal(items.OrderByDescending(v => v), items);
        // The largest demo contract: the Groruddalen waste contract created from the demo's scenario (DemoScenarios).
        Assert.Equal(420_000_000m, items[0]);
    }

    [Fact]
    public async Task SumAndOrderOfDecimals_RunInTheDatabase_Exactly()
    {
        // Decimals must sum and sort in SQL on both providers (on SQLite they are stored as integer millionths).
        var (sum, max) = await app.WithDb(async db => (
            await db.Contracts.SumAsync(c => c.ValueNok),
            await db.Contracts.OrderByDescending(c => c.ValueNok).Select(c => c.ValueNok).FirstAsync()));
        var inMemory = await app.WithDb(async db => (await db.Contracts.Select(c => c.ValueNok).ToListAsync()).Sum());

        Assert.Equal(inMemory, sum);
        Assert.Equal(420_000_000m, max);
    }

    [Fact]
    public async Task List_SearchWithNorwegianLetters_IgnoresCase()
    {
        var api = await Demo.Buyer(app);
        var references = References(await Json(await api.GetAsync("/api/v1/contracts?search=ØKERN")));

        Assert.Equal(["OBF-2024-017"], references);
    }

    [Fact]
    public async Task List_Paging_SplitsWithoutOverlap()
    {
        var api = await Demo.Buyer(app);
        var first = await Json(await api.GetAsync("/api/v1/contracts?pageSize=4&page=1"));
        var second = await Json(await api.GetAsync("/api/v1/contracts?pageSize=4&page=2"));

        Assert.Equal(4, References(first).Count);
        Assert.Empty(References(first).Intersect(References(second)));
        Assert.Equal(first.GetProperty("total").GetInt32(), second.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Create_ValidContract_Returns201AndReadsBack()
    {
        var api = await Demo.Buyer(app);
        var response = await api.PostAsJsonAsync("/api/v1/contracts", await WithUnit(NewContract("OBF-2026-001")));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await Json(response);
        var read = await api.GetAsync(response.Headers.Location);
        var contract = await Json(read);
        Assert.Equal("Ny brannstasjon Tåsen", contract.GetProperty("title").GetString());
        Assert.Equal("Oslobygg KF", contract.GetProperty("buyer").GetProperty("name").GetString());
        Assert.Equal(OrgNo.Fjordbygg, contract.GetProperty("supplier").GetProperty("orgNo").GetString());
        Assert.Equal("Grønn Maskinutleie AS", contract.GetProperty("subcontractors")[0].GetProperty("name").GetString());
        Assert.Equal(98_500_000.50m, contract.GetProperty("valueNok").GetDecimal());
        Assert.Equal("Tåsenveien 71", contract.GetProperty("sites")[0].GetProperty("address").GetString());
        Assert.Equal("monthly", contract.GetProperty("reportingFrequency").GetString());
        Assert.Equal(10, contract.GetProperty("reportDueDay").GetInt32());
        Assert.Equal(created.GetProperty("id").GetGuid(), contract.GetProperty("id").GetGuid());
        Assert.Equal($"\"{contract.GetProperty("rowVersion").GetString()}\"", read.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Create_EveryKindOfMistake_Returns422WithEachLocatedAndStoresNothing()
    {
        var api = await Demo.Buyer(app);
        var before = await app.WithDb(db => db.Contracts.CountAsync());
        var body = await WithUnit(new
        {
            reference = "OBF-2024-017", // taken
            title = new string('x', 201),
            supplierOrgNo = "123456789", // check digit wrong
            subcontractorOrgNos = new[] { "974760673" }, // valid, but no such supplier here
            category = "bygg",
            startDate = "2026-05-01",
            endDate = "2026-01-31",
            valueNok = 1m,
            doffinId = "2025-12",
        });

        var response = await api.PostAsJsonAsync("/api/v1/contracts", body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = (await Json(response)).GetProperty("errors").EnumerateArray()
            .ToDictionary(e => e.GetProperty("column").GetString()!, e => e.GetProperty("message").GetString()!);
        Assert.Contains("title", errors.Keys);
        Assert.Contains("supplierOrgNo", errors.Keys);
        Assert.Contains("endDate", errors.Keys);
        Assert.Contains("doffinId", errors.Keys);
        Assert.Contains("organisasjonsnummeret", errors["supplierOrgNo"], StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await app.WithDb(db => db.Contracts.CountAsync()));
    }

    [Fact]
    public async Task Create_DuplicateReferenceAndUnknownSupplier_Named()
    {
        var api = await Demo.Buyer(app);
        var response = await api.PostAsJsonAsync("/api/v1/contracts", await WithUnit(NewContract("OBF-2024-017", supplier: "974760673")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var columns = (await Json(response)).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("column").GetString()).ToList();
        Assert.Contains("reference", columns);
        Assert.Contains("supplierOrgNo", columns);
    }

    [Fact]
    public async Task Create_ForAnotherOrganisationsUnit_Refused()
    {
        var api = await Demo.Buyer(app);
        var response = await api.PostAsJsonAsync("/api/v1/contracts", await WithUnit(NewContract("ASK-2026-900"), OrgNo.Asker));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.False(await app.WithDb(db => db.Contracts.AnyAsync(c => c.Reference == "ASK-2026-900")));
    }

    [Fact]
    public async Task Create_DateNotInIsoForm_Returns422NamingTheField()
    {
        var api = await Demo.Buyer(app);
        var response = await api.PostAsync("/api/v1/contracts",
            new StringContent("""{ "reference": "X-1", "startDate": "31.12.2026" }""", System.Text.Encoding.UTF8, "application/json"));

        // Well-formed JSON of the wrong shape is refused like any other invalid input; only broken JSON is 400 (docs/api-input.md).
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await Json(response);
        Assert.Equal("startDate", problem.GetProperty("errors")[0].GetProperty("column").GetString());
    }

    [Fact]
    public async Task Create_SameIdempotencyKeyTwice_StoresOneContract()
    {
        var api = await Demo.Buyer(app);
        var body = await WithUnit(NewContract("OBF-2026-002"));
        HttpRequestMessage Request(object content) => new(HttpMethod.Post, "/api/v1/contracts")
        {
            Content = JsonContent.Create(content),
            Headers = { { "Idempotency-Key", "bid-2026-002-first" } },
        };

        var first = await api.SendAsync(Request(body));
        var second = await api.SendAsync(Request(body));
        var different = await api.SendAsync(Request(await WithUnit(NewContract("OBF-2026-003"))));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal((await Json(first)).GetProperty("id").GetGuid(), (await Json(second)).GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, different.StatusCode);
        Assert.Equal(1, await app.WithDb(db => db.Contracts.CountAsync(c => c.Reference == "OBF-2026-002")));
        Assert.False(await app.WithDb(db => db.Contracts.AnyAsync(c => c.Reference == "OBF-2026-003")));
    }

    [Fact]
    public async Task Update_StaleETag_Returns412AndKeepsTheFirstEdit()
    {
        var api = await Demo.Buyer(app);
        var created = await api.PostAsJsonAsync("/api/v1/contracts", await WithUnit(NewContract("OBF-2026-010")));
        var location = created.Headers.Location!;
        var etag = created.Headers.ETag!;

        var firstBody = await WithUnit(NewContract("OBF-2026-010", title: "Første endring"));
        var first = new HttpRequestMessage(HttpMethod.Put, location) { Content = JsonContent.Create(firstBody), Headers = { IfMatch = { etag } } };
        var second = new HttpRequestMessage(HttpMethod.Put, location)
        {
            Content = JsonContent.Create(await WithUnit(NewContract("OBF-2026-010", title: "Andre endring"))),
            Headers = { IfMatch = { etag } },
        };

        Assert.Equal(HttpStatusCode.OK, (await api.SendAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await api.SendAsync(second)).StatusCode);
        Assert.Equal("Første endring", (await Json(await api.GetAsync(location))).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Update_WithoutIfMatch_Returns428()
    {
        var api = await Demo.Buyer(app);
        var id = await app.ContractId("OK-2025-090");

        var response = await api.PutAsJsonAsync($"/api/v1/contracts/{id}", await WithUnit(NewContract("OK-2025-090")));

        Assert.Equal(HttpStatusCode.PreconditionRequired, response.StatusCode);
    }

    [Fact]
    public async Task Archive_HidesFromDefaultList_RestoreBringsItBack()
    {
        var api = await Demo.Buyer(app);
        var created = await Json(await api.PostAsJsonAsync("/api/v1/contracts", await WithUnit(NewContract("OBF-2026-020"))));
        var id = created.GetProperty("id").GetGuid();

        var archived = await api.PostAsync($"/api/v1/contracts/{id}/archive", null);
        var active = References(await Json(await api.GetAsync("/api/v1/contracts?search=OBF-2026-020")));
        var inArchive = References(await Json(await api.GetAsync("/api/v1/contracts?search=OBF-2026-020&status=archived")));
        await api.PostAsync($"/api/v1/contracts/{id}/restore", null);
        var restored = References(await Json(await api.GetAsync("/api/v1/contracts?search=OBF-2026-020")));

        Assert.Equal(HttpStatusCode.OK, archived.StatusCode);
        Assert.Empty(active);
        Assert.Equal(["OBF-2026-020"], inArchive);
        Assert.Equal(["OBF-2026-020"], restored);
    }

    [Fact]
    public async Task Supplier_CannotCreateChangeOrArchive()
    {
        var api = await Demo.Supplier(app);
        var own = await app.ContractId("OBF-2024-017"); // Fjordbygg is its main supplier

        var create = await api.PostAsJsonAsync("/api/v1/contracts", await WithUnit(NewContract("FJB-1")));
        var update = await api.PutAsJsonAsync($"/api/v1/contracts/{own}", await WithUnit(NewContract("OBF-2024-017")));
        var archive = await api.PostAsync($"/api/v1/contracts/{own}/archive", null);
        var read = await api.GetAsync($"/api/v1/contracts/{own}");

        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, update.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, archive.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task Analyst_ReadsButCannotCreate()
    {
        var api = await app.ApiFor(OrgNo.Oslo, Klimaspor.Web.Roles.Analyst);

        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/contracts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync("/api/v1/contracts", await WithUnit(NewContract("OBF-2026-030")))).StatusCode);
    }

    [Fact]
    public async Task Token_WrongSecret_Returns401InvalidClient()
    {
        var client = app.CreateClient();
        var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = DemoData.SupplierClientId,
            ["client_secret"] = "not-the-secret",
        }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", (await Json(response)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Api_WithoutToken_Returns401_AndIgnoresCookies()
    {
        var signedIn = await app.SignedIn("oslo-oppfolger@demo.klimaspor.no");

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/v1/contracts")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await signedIn.GetAsync("/api/v1/contracts")).StatusCode);
    }

    [Fact]
    public async Task Health_Ready_Returns200()
    {
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task Me_DemoBuyer_ListsItsUnits()
    {
        var me = await Json(await (await Demo.Buyer(app)).GetAsync("/api/v1/me"));

        Assert.Equal("Oslo kommune", me.GetProperty("organisation").GetProperty("name").GetString());
        Assert.Equal(4, me.GetProperty("buyerUnits").GetArrayLength());
    }
}

public sealed class ContractsApiOnSqliteTests(SqliteApp app) : ContractsApiTests(app), IClassFixture<SqliteApp>;

public sealed class ContractsApiOnPostgresTests(PostgresApp app) : ContractsApiTests(app), IClassFixture<PostgresApp>;
