using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;
using static Klimaspor.Data.DemoData;

namespace Klimaspor.Tests;

/// <summary>
/// Walks every operation of the OpenAPI document — read at run time, so a route added later is walked without anyone
/// remembering to add it — with a fixed small set of malformed inputs: bad ids, extreme numbers, wrong types, broken
/// encodings, wrong content types, empty, deep and large bodies. A client's mistake is a 4xx; any 5xx fails the walk,
/// named by route and case (issue 16, item 3).
/// </summary>
public abstract class MalformedInputWalkTests(KlimasporApp app)
{
    private const string Target = "OBF-2024-017";

    /// <summary>Leaf values of the wrong kind or out of range, as raw JSON: each fills every leaf of a body's schema in one case.</summary>
    private static readonly (string Case, string Json)[] BadLeaves =
    [
        ("number beyond double", "1e309"),
        ("number beyond decimal", "79228162514264337593543950336"),
        ("negative", "-1"),
        ("lone surrogate", "\"\\ud800\""),
        ("object for a value", "{}"),
        ("empty text", "\"\""),
    ];

    /// <summary>Values for query parameters: paging beyond int, below one, not a number, broken text.</summary>
    private static readonly (string Case, string Value)[] BadQueries =
    [
        ("int max", "2147483647"),
        ("minus one", "-1"),
        ("1e309", "1e309"),
        ("invalid UTF-8 escape", "%ED%A0%80%FF"),
    ];

    [Fact]
    public async Task EveryOperation_MalformedInput_NeverA5xx()
    {
        using var document = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"));
        var root = document.RootElement;
        var callers = new (string Name, HttpClient Client)[]
        {
            ("buyer admin", await app.ApiFor(OrgNo.Oslobygg, Roles.BuyerAdmin)),
            ("supplier", await Demo.Supplier(app)),
            ("system admin", await app.ApiFor(OrgNo.Operator, Roles.SystemAdmin)),
            // A network's routes answer only its members' people: Oslo's administrator, in the demo network.
            ("network member", await app.ApiFor(OrgNo.Oslo, Roles.BuyerAdmin)),
        };
        var values = await RealValues();
        var failures = new List<string>();
        var walked = 0;

        foreach (var pathItem in root.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in pathItem.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete" or "patch"))
            {
                var method = new HttpMethod(operation.Name.ToUpperInvariant());
                var parameters = Parameters(operation.Value, pathItem.Value);
                var realPath = Fill(pathItem.Name, parameters, name => values.TryGetValue(name, out var v) ? v
                    : throw new InvalidOperationException($"The walk does not know how to fill {{{name}}} in {pathItem.Name}: add it to RealValues."));
                var hasBody = method != HttpMethod.Get && method != HttpMethod.Delete;
                var caller = await ReachingCaller(callers, method, realPath, hasBody);
                var cases = new List<(string Case, string Path, Func<HttpContent?> Content)>();

                foreach (var (name, value) in new[] { ("nil GUID", Guid.Empty.ToString()), ("unknown GUID", "3f2c9a5e-7d1b-4c8e-9a6f-0b1d2e3f4a5b"), ("not a GUID", "not-a-guid"),
                             ("long text", new string('x', 2000)) })
                {
                    if (parameters.Any(p => p.In == "path"))
                    {
                        cases.Add(($"path parameters: {name}", Fill(pathItem.Name, parameters, _ => Uri.EscapeDataString(value)), () => hasBody ? Json("{}") : null));
                    }
                }

                var query = parameters.Where(p => p.In == "query").ToList();
                foreach (var (name, value) in BadQueries.Where(_ => query.Count > 0))
                {
                    cases.Add(($"query: {name}", realPath + "?" + string.Join('&', query.Select(p => $"{p.Name}={value}")), () => hasBody ? Json("{}") : null));
                }

                if (hasBody)
                {
                    var schema = BodySchema(operation.Value);
                    cases.Add(("empty body", realPath, () => Json(string.Empty)));
                    cases.Add(("body null", realPath, () => Json("null")));
                    cases.Add(("body an array", realPath, () => Json("[]")));
                    cases.Add(("body a string", realPath, () => Json("\"x\"")));
                    cases.Add(("body nested 100 deep", realPath, () => Json(new string('[', 100) + new string(']', 100))));
                    cases.Add(("wrong content type", realPath, () => new StringContent("{}", Encoding.UTF8, "text/plain")));
                    cases.Add(("form content type", realPath, () => new StringContent("a=1", Encoding.UTF8, "application/x-www-form-urlencoded")));
                    cases.Add(("JSON in Latin-1", realPath, () => new ByteArrayContent(Encoding.Latin1.GetBytes("{\"title\":\"Økern\"}"))
                    {
                        Headers = { ContentType = MediaTypeHeaderValue.Parse("application/json; charset=iso-8859-1") },
                    }));
                    cases.Add(("JSON in an unknown charset", realPath, () => new ByteArrayContent("{}"u8.ToArray())
                    {
                        Headers = { ContentType = MediaTypeHeaderValue.Parse("application/json; charset=no-such-charset") },
                    }));
                    foreach (var (name, leaf) in BadLeaves)
                    {
                        cases.Add(($"every value {name}", realPath, () => Json(Body(root, schema, leaf, 0))));
                    }

                    cases.Add(("every value invalid UTF-8", realPath, () => Bytes(Body(root, schema, "\"\u0001\"", 0))));
                    cases.Add(("every value 100 000 characters", realPath, () => Json(Body(root, schema, "\"" + new string('a', 100_000) + "\"", 0))));
                }

                foreach (var (name, path, content) in cases)
                {
                    using var request = new HttpRequestMessage(method, path) { Content = content() };
                    using var response = await caller.Client.SendAsync(request);
                    walked++;
                    if ((int)response.StatusCode >= 500)
                    {
                        var body = await response.Content.ReadAsStringAsync();
                        failures.Add($"{method} {pathItem.Name} [{name}] as {caller.Name}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {walked} calls failed:\n" + string.Join('\n', failures));
        Assert.True(walked > 300, $"Only {walked} calls: did the OpenAPI document lose its operations?");
    }

    private sealed record Parameter(string Name, string In);

    private static List<Parameter> Parameters(JsonElement operation, JsonElement pathItem) =>
        [.. new[] { operation, pathItem }
            .Where(e => e.TryGetProperty("parameters", out _))
            .SelectMany(e => e.GetProperty("parameters").EnumerateArray())
            .Select(p => new Parameter(p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!))
            .Where(p => p.In is "path" or "query")
            .DistinctBy(p => (p.Name, p.In))];

    private static string Fill(string template, List<Parameter> parameters, Func<string, string> value) =>
        parameters.Where(p => p.In == "path").Aggregate(template, (path, p) => path.Replace("{" + p.Name + "}", value(p.Name), StringComparison.Ordinal));

    /// <summary>The first caller the route lets in with a harmless call, so the malformed input reaches the code behind the route's access check.</summary>
    private static async Task<(string Name, HttpClient Client)> ReachingCaller((string Name, HttpClient Client)[] callers, HttpMethod method, string path, bool hasBody)
    {
        foreach (var caller in callers)
        {
            using var probe = new HttpRequestMessage(method, path) { Content = hasBody ? Json("{}") : null };
            using var response = await caller.Client.SendAsync(probe);
            if (response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.Unauthorized))
            {
                return caller;
            }
        }

        return callers[0];
    }

    private static JsonElement? BodySchema(JsonElement operation) =>
        operation.TryGetProperty("requestBody", out var body) && body.TryGetProperty("content", out var content)
            && content.EnumerateObject().FirstOrDefault(c => c.Name.Contains("json", StringComparison.Ordinal)) is { Value.ValueKind: JsonValueKind.Object } json
            && json.Value.TryGetProperty("schema", out var schema)
            ? schema
            : null;

    /// <summary>A body in the schema's shape with <paramref name="leaf"/> at every leaf; a schema that says nothing gets the report's sheets.</summary>
    private static string Body(JsonElement root, JsonElement? schema, string leaf, int depth)
    {
        var resolved = schema is { } s ? Resolve(root, s) : (JsonElement?)null;
        if (resolved is { } r && r.TryGetProperty("properties", out var properties) && depth < 3)
        {
            return "{" + string.Join(',', properties.EnumerateObject().Select(p => JsonSerializer.Serialize(p.Name) + ":" + Body(root, p.Value, leaf, depth + 1))) + "}";
        }

        if (resolved is { } a && a.TryGetProperty("items", out var items) && depth < 3)
        {
            return "[" + Body(root, items, leaf, depth + 1) + "]";
        }

        return depth == 0 ? "{\"machines\":[{\"machineId\":" + leaf + ",\"fuelLitres\":" + leaf + "}],\"key\":" + leaf + "}" : leaf;
    }

    private static JsonElement Resolve(JsonElement root, JsonElement schema)
    {
        for (var i = 0; i < 10 && schema.ValueKind == JsonValueKind.Object; i++)
        {
            if (schema.TryGetProperty("$ref", out var reference))
            {
                var name = reference.GetString()!.Split('/')[^1];
                schema = root.GetProperty("components").GetProperty("schemas").GetProperty(name);
            }
            else if (schema.TryGetProperty("oneOf", out var oneOf) || schema.TryGetProperty("anyOf", out oneOf))
            {
                schema = oneOf.EnumerateArray().FirstOrDefault(o => !(o.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null"));
            }
            else
            {
                break;
            }
        }

        return schema;
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>The body with every U+0001 marker replaced by bytes that are not UTF-8: a lead byte without its continuation, and 0xFF.</summary>
    private static ByteArrayContent Bytes(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json).SelectMany(b => b == 0x01 ? new byte[] { 0xC3, 0x28, 0xFF } : [b]).ToArray();
        return new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
    }

    /// <summary>Real ids of the walked contract's objects, so that a case reaches the code behind "not found".</summary>
    private async Task<Dictionary<string, string>> RealValues()
    {
        var contractId = await app.ContractId(Target);
        var waiverId = await app.WithDb(db => db.Waivers.Where(w => w.ContractId == contractId).Select(w => (Guid?)w.Id).FirstOrDefaultAsync());
        var deviationId = await app.WithDb(db => db.Deviations.Where(d => d.ContractId == contractId).Select(d => (Guid?)d.Id).FirstOrDefaultAsync());
        var bonusId = await app.WithDb(db => db.Bonuses.Where(b => b.ContractId == contractId).Select(b => (Guid?)b.Id).FirstOrDefaultAsync());
        var runId = await app.WithDb(db => db.ComplianceRuns.Where(r => r.ContractId == contractId).Select(r => (Guid?)r.Id).FirstOrDefaultAsync());
        var fileId = await app.WithDb(db => db.ReportFiles.Select(f => (Guid?)f.Id).FirstOrDefaultAsync());
        var calculationId = await app.WithDb(db => db.Calculations.Select(c => (Guid?)c.Id).FirstOrDefaultAsync());
        var errorReportId = await app.WithDb(db => db.ImportErrorReports.Select(e => (Guid?)e.Id).FirstOrDefaultAsync());
        var statementId = await app.WithDb(db => db.GridStatements.Where(g => g.ContractId == contractId).Select(g => (Guid?)g.Id).FirstOrDefaultAsync());
        // The tertial report the demo produces for the walked contract's unit (Oslobygg KF).
        var reportId = await app.WithDb(db => db.ClimateBudgetReports.Select(r => (Guid?)r.Id).FirstOrDefaultAsync());
        var networkId = await app.WithDb(db => db.Networks.Where(n => n.Name == Data.DemoNetworks.Name).Select(n => (Guid?)n.Id).FirstOrDefaultAsync());
        var unknown = Guid.NewGuid();
        var owner = await app.WithDb(db => db.Contracts.Where(c => c.Id == contractId).Select(c => c.BuyerUnitId).SingleAsync());
        var scenarioId = await StoredScenarios.Of(app, owner, contractId);
        return new Dictionary<string, string>
        {
            // A transport scenario of the target's unit, the walk's buyer's own (issue 17 item 4).
            ["scenarioId"] = scenarioId.ToString(),
            ["id"] = contractId.ToString(),
            ["fileId"] = (fileId ?? unknown).ToString(),
            ["requirementKey"] = "oslo-2025-maskiner-utslippsfrie",
            ["runId"] = (runId ?? unknown).ToString(),
            ["waiverId"] = (waiverId ?? unknown).ToString(),
            ["deviationId"] = (deviationId ?? unknown).ToString(),
            ["bonusId"] = (bonusId ?? unknown).ToString(),
            ["key"] = "no-territorial-2021",
            ["version"] = "1",
            ["period"] = "2026-03",
            ["calculationId"] = (calculationId ?? unknown).ToString(),
            ["errorReportId"] = (errorReportId ?? unknown).ToString(),
            ["statementId"] = (statementId ?? unknown).ToString(),
            ["reportId"] = (reportId ?? unknown).ToString(),
            ["networkId"] = (networkId ?? unknown).ToString(),
            // Oslo publishes its open data in the demo.
            ["orgNo"] = Data.DemoData.OrgNo.Oslo,
        };
    }
}

public sealed class MalformedInputWalkOnSqliteTests(SqliteApp app) : MalformedInputWalkTests(app), IClassFixture<SqliteApp>;

public sealed class MalformedInputWalkOnPostgresTests(PostgresApp app) : MalformedInputWalkTests(app), IClassFixture<PostgresApp>;
