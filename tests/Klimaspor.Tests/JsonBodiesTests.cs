using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Klimaspor.Tests;

/// <summary>
/// A JSON body is understood whole or refused whole (issue 16, items 1 and 3): a member the API does not name, a value
/// of the wrong shape or text that is not Unicode is refused with a located 422 and nothing is changed — never
/// dropped so that a draft loses its machines, never a 500. Broken JSON is 400. Both are problem+json.
/// </summary>
public abstract class JsonBodiesTests(KlimasporApp app)
{
    private static readonly object Draft = new
    {
        machines = new object[]
        {
            new { machineId = "CAT-320-7781", machineType = "gravemaskin", weightTonnes = 22, energyCarrier = "diesel", emissionClass = "stage-v",
                operatingHours = 140, idleHours = 20, fuelLitres = 1400, dataSource = "tankanlegg" },
            new { machineId = "CAT-950-88213", machineType = "hjullaster", weightTonnes = 19.5, energyCarrier = "hvo100", emissionClass = "stage-v",
                operatingHours = 120, idleHours = 30, fuelLitres = 1100, dataSource = "telematikk" },
        },
    };

    public static TheoryData<string, string, string?> DraftsNotUnderstood => new()
    {
        { """{ "machinez": [] }""", "machinez", null },
        { """{ "Machines": [] }""", "Machines", null },
        { """{ "machines": "abc" }""", "machines", null },
        { """{ "machines": { "machineId": "X" } }""", "machines", null },
        { """{ "machines": null }""", "machines", null },
        { """{ "machines": [ 42 ] }""", string.Empty, "machines[0]" },
        { """{ "machines": [ { "machineId": "X", "fuelLitrez": 5 } ] }""", "fuelLitrez", "machines[0].fuelLitrez" },
        { """{ "machines": [ { "machineId": { "id": "X" } } ] }""", "machineId", "machines[0].machineId" },
        { """{ "machines": [ { "machineId": "\ud800" } ] }""", "machineId", "machines[0].machineId" },
    };

    [Theory]
    [MemberData(nameof(DraftsNotUnderstood))]
    public async Task DraftPut_MemberNotUnderstood_Located422AndDraftKept(string body, string column, string? path)
    {
        var supplier = await Demo.Supplier(app);
        var url = $"/api/v1/contracts/{await app.ContractId("OBF-2024-017")}/reports/2026-06";
        using var saved = await supplier.PutDraftAsync(url, Draft);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        using var put = new HttpRequestMessage(HttpMethod.Put, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        put.Headers.IfMatch.Add(saved.Headers.ETag!);
        using var refused = await supplier.SendAsync(put);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var error = Assert.Single((await Json(refused)).GetProperty("errors").EnumerateArray());
        Assert.Equal(column, error.GetProperty("column").GetString());
        Assert.Equal(path, error.TryGetProperty("path", out var p) ? p.GetString() : null);
        var kept = await Json(await supplier.GetAsync(url));
        Assert.Equal(["CAT-320-7781", "CAT-950-88213"], kept.GetProperty("draft").GetProperty("machines").EnumerateArray().Select(m => m.GetProperty("machineId").GetString()));
    }

    [Fact]
    public async Task DraftPut_EmptyList_NoLinesOfThatKind()
    {
        var supplier = await Demo.Supplier(app);
        var url = $"/api/v1/contracts/{await app.ContractId("OBF-2024-017")}/reports/2026-06";
        using var saved = await supplier.PutDraftAsync(url, Draft);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        using var emptied = await supplier.PutDraftAsync(url, new { machines = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.OK, emptied.StatusCode);
        Assert.Empty((await Json(await supplier.GetAsync(url))).GetProperty("draft").GetProperty("machines").EnumerateArray());
    }

    [Theory]
    [InlineData("""{ "machinez": [] }""", "machinez")]
    [InlineData("""{ "Machines": [] }""", "Machines")]
    [InlineData("""{ "machines": "abc" }""", "machines")]
    [InlineData("""{ "machines": [ 42 ] }""", "machines[0]")]
    [InlineData("""{ "machines": [ { "machineId": "X", "fuelLitrez": 5 } ] }""", "machines[0].fuelLitrez")]
    [InlineData("""{ "territorialFactorSet": "\ud800" }""", "territorialFactorSet")]
    public async Task CalculationPost_MemberNotUnderstood_Located422(string body, string column)
    {
        var supplier = await Demo.Supplier(app);

        using var refused = await supplier.PostAsync("/api/v1/calculations", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(column, Assert.Single((await Json(refused)).GetProperty("errors").EnumerateArray()).GetProperty("column").GetString());
    }

    [Theory]
    [InlineData("{ \"machines\": [")]
    [InlineData("{ machines: [] }")]
    [InlineData("{ \"machines\": [] } trailing")]
    public async Task AnyJsonBody_BrokenSyntax_400Problem(string body)
    {
        var supplier = await Demo.Supplier(app);
        var url = $"/api/v1/contracts/{await app.ContractId("OBF-2024-017")}/reports/2026-06";

        foreach (var (method, path) in new[] { ("POST", "/api/v1/calculations"), ("PUT", url) })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            using var refused = await supplier.SendAsync(request);

            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Single((await Json(refused)).GetProperty("errors").EnumerateArray());
        }
    }

    [Fact]
    public async Task AnyJsonBody_InvalidUtf8InText_Located422Never500()
    {
        var supplier = await Demo.Supplier(app);
        var url = $"/api/v1/contracts/{await app.ContractId("OBF-2024-017")}/reports/2026-06";
        // A string holding 0xC3 0x28 (a lead byte without its continuation) and a lone 0xFF.
        byte[] body = [.. Encoding.ASCII.GetBytes("{ \"machines\": [ { \"machineId\": \""), 0xC3, 0x28, 0xFF, .. Encoding.ASCII.GetBytes("\" } ] }")];

        foreach (var (method, path) in new[] { ("POST", "/api/v1/calculations"), ("PUT", url) })
        {
            using var content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = content };
            using var refused = await supplier.SendAsync(request);

            Assert.True(refused.StatusCode == HttpStatusCode.UnprocessableEntity, $"{method} {path}: {refused.StatusCode}");
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}

public sealed class JsonBodiesOnSqliteTests(SqliteApp app) : JsonBodiesTests(app), IClassFixture<SqliteApp>;

public sealed class JsonBodiesOnPostgresTests(PostgresApp app) : JsonBodiesTests(app), IClassFixture<PostgresApp>;
