using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;
using static Klimaspor.Data.DemoData;

namespace Klimaspor.Tests;

/// <summary>A buyer gives a contract its requirements over the API: from presets, composed, changed and removed.</summary>
public abstract class RequirementsApiTests(KlimasporApp app)
{
    private static async Task<JsonElement> Json(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private async Task<string> Url(string reference) => $"/api/v1/contracts/{await app.ContractId(reference)}/requirements";

    /// <summary>A catalogue metric's definition, as the catalogue hands it out for composing.</summary>
    private static async Task<JsonElement> Metric(HttpClient client, string code) =>
        (await Json(await client.GetAsync("/api/v1/requirements/catalogue"))).GetProperty("metrics").EnumerateArray()
            .Single(m => m.GetProperty("code").GetString() == code).GetProperty("definition").Clone();

    private static HttpRequestMessage WithIfMatch(HttpMethod method, string url, string? etag, object? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        }

        return request;
    }

    [Fact]
    public async Task Catalogue_InEnglish_HasMetricsPresetsWithParametersAndCodeLists()
    {
        var supplier = await Demo.Supplier(app);

        var catalogue = await Json(await supplier.GetAsync("/api/v1/requirements/catalogue?culture=en"));

        var metric = catalogue.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("code").GetString() == "ze-machine-hour-share");
        Assert.Equal("Zero-emission share of machine hours", metric.GetProperty("name").GetString());
        Assert.Equal("Share", metric.GetProperty("unit").GetString());
        Assert.Equal("Machine", metric.GetProperty("definition").GetProperty("lineKind").GetString());
        var promise = catalogue.GetProperty("presets").EnumerateArray().Single(p => p.GetProperty("key").GetString() == "tilbudt-utslippsfri-andel");
        var parameter = promise.GetProperty("parameters")[0];
        Assert.Equal("andel", parameter.GetProperty("name").GetString());
        Assert.Equal(0.9m, parameter.GetProperty("default").GetDecimal());
        // Each preset's clauses cite their source, with the source's own sentence, and mark what Klimaspor adds (issue 14 item 2).
        var kriterieveiviseren = catalogue.GetProperty("presets").EnumerateArray().Single(p => p.GetProperty("key").GetString() == "kriterieveiviseren-bygg-og-anlegg");
        Assert.Equal(2, kriterieveiviseren.GetProperty("version").GetInt32());
        var stage = kriterieveiviseren.GetProperty("clauses").EnumerateArray().Single(c => c.GetProperty("ruleKey").GetString() == "kriterieveiviseren-minst-stage-iiib");
        Assert.StartsWith("https://kriterieveiviseren.difi.no/", stage.GetProperty("sourceUrl").GetString(), StringComparison.Ordinal);
        Assert.Contains("Steg IIIb", stage.GetProperty("quote").GetString(), StringComparison.Ordinal);
        Assert.Equal("euro-vi-som-stage-iiib", stage.GetProperty("additions")[0].GetProperty("switch").GetString());
        var oslo2019 = catalogue.GetProperty("presets").EnumerateArray().Single(p => p.GetProperty("key").GetString() == "oslo-2019-fossilfri-byggeplass");
        Assert.Equal(JsonValueKind.Null, oslo2019.GetProperty("parameters")[0].GetProperty("default").ValueKind);
        var machineTypes = catalogue.GetProperty("codeLists").EnumerateArray().Single(l => l.GetProperty("name").GetString() == "machineType");
        Assert.Contains(machineTypes.GetProperty("codes").EnumerateArray(), c => c.GetProperty("code").GetString() == "gravemaskin" && c.GetProperty("label").GetString() == "Excavator");
    }

    [Fact]
    public async Task Requirement_FromPresetChangedAndRemoved_ETagsGuardEveryChangeAndEachIsEvaluated()
    {
        var buyer = await app.ApiFor(OrgNo.Oslobygg, Roles.FollowUpOfficer);
        var url = await Url("OBF-2025-021");

        var created = await buyer.PostAsJsonAsync(url, new { preset = "tilbudt-utslippsfri-andel", parameters = new { andel = 0.8 } });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var rule = (await Json(created))[0].GetProperty("rule");
        Assert.Equal(0.8m, rule.GetProperty("threshold").GetDecimal());
        Assert.Equal("Promise", rule.GetProperty("kind").GetString());
        Assert.Equal("Cumulative", rule.GetProperty("window").GetString());
        Assert.EndsWith("/requirements/tilbudt-utslippsfri-andel", created.Headers.Location!.ToString());
        var contract = await Json(await buyer.GetAsync($"/api/v1/contracts/{await app.ContractId("OBF-2025-021")}"));
        Assert.Equal("tilbudt-utslippsfri-andel", contract.GetProperty("requirements")[0].GetProperty("key").GetString());

        var one = await buyer.GetAsync(url + "/tilbudt-utslippsfri-andel");
        var etag = one.Headers.ETag!.Tag;
        var changedRule = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>((await Json(one)).GetProperty("rule").GetRawText())!;
        changedRule["threshold"] = JsonSerializer.SerializeToElement(0.85m);
        var changed = await buyer.SendAsync(WithIfMatch(HttpMethod.Put, url + "/tilbudt-utslippsfri-andel", etag, changedRule));
        Assert.True(changed.StatusCode == HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());
        Assert.Equal(0.85m, (await Json(changed)).GetProperty("rule").GetProperty("threshold").GetDecimal());
        Assert.NotEqual(etag, changed.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.PreconditionFailed, (await buyer.SendAsync(WithIfMatch(HttpMethod.Put, url + "/tilbudt-utslippsfri-andel", etag, changedRule))).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await buyer.SendAsync(WithIfMatch(HttpMethod.Put, url + "/tilbudt-utslippsfri-andel", null, changedRule))).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await buyer.SendAsync(WithIfMatch(HttpMethod.Delete, url + "/tilbudt-utslippsfri-andel", etag))).StatusCode);
        Assert.Equal(0.85m, (await Json(await buyer.GetAsync(url)))[0].GetProperty("rule").GetProperty("threshold").GetDecimal());

        var removed = await buyer.SendAsync(WithIfMatch(HttpMethod.Delete, url + "/tilbudt-utslippsfri-andel", changed.Headers.ETag!.Tag));
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(0, (await Json(await buyer.GetAsync(url))).GetArrayLength());

        // Added, changed, removed: each evaluated the contract again, and the history keeps all three.
        var history = await Json(await buyer.GetAsync(url.Replace("/requirements", "/compliance/history", StringComparison.Ordinal)));
        Assert.Equal(3, history.GetProperty("total").GetInt32());
        Assert.All(history.GetProperty("items").EnumerateArray(), run => Assert.Equal("requirements", run.GetProperty("trigger").GetString()));
    }

    [Fact]
    public async Task Requirement_GivenByAnOlderPresetVersion_KeepsItsClauseShowsTheNewerOneAndCanAdoptIt()
    {
        // Oslo 2025 as contracts got it before version 2: at least 100 % of machine hours, stored without a version.
        var buyer = await app.ApiFor(OrgNo.Oslobygg, Roles.FollowUpOfficer);
        var url = await Url("OBF-2025-003");
        var contractId = await app.ContractId("OBF-2025-003");
        const string clause = "Minst 100 % av maskintimene på bygge- og anleggsplassen skal være utslippsfrie.";
        await app.WithDb(async db =>
        {
            db.Requirements.Add(new Data.ContractRequirement
            {
                ContractId = contractId,
                Key = "oslo-2025-maskiner-utslippsfrie",
                Position = 50,
                RuleJson = Features.Compliance.RequirementStore.Write(new Domain.Requirements.RequirementRule
                {
                    Key = "oslo-2025-maskiner-utslippsfrie",
                    ClauseText = clause,
                    Metric = Domain.Requirements.MetricCatalogue.Find(Domain.Requirements.MetricCatalogue.ZeroEmissionMachineHourShare)!.Definition,
                    Comparison = Domain.Requirements.Comparison.AtLeast,
                    Threshold = 1,
                }),
                PresetKey = "oslo-2025-utslippsfri-byggeplass",
                ChangedBy = "test",
            });
            return await db.SaveChangesAsync();
        });

        var one = await buyer.GetAsync(url + "/oslo-2025-maskiner-utslippsfrie");
        var view = await Json(one);

        Assert.Equal(clause, view.GetProperty("rule").GetProperty("clauseText").GetString());
        var newer = view.GetProperty("newerPresetVersion");
        Assert.StartsWith("Alle maskiner", newer.GetProperty("clauseText").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, newer.GetProperty("fromPreset").GetProperty("version").GetInt32());

        var adopted = await buyer.SendAsync(WithIfMatch(HttpMethod.Put, url + "/oslo-2025-maskiner-utslippsfrie", one.Headers.ETag!.Tag, newer));
        Assert.True(adopted.StatusCode == HttpStatusCode.OK, await adopted.Content.ReadAsStringAsync());
        var after = await Json(adopted);
        Assert.Equal("machines-not-zero-emission", after.GetProperty("rule").GetProperty("metric").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("newerPresetVersion").ValueKind);
    }

    [Fact]
    public async Task Post_BodyOfWrongTypes_LocatedForTheEditorAndNotFoundForAnOutsider()
    {
        var url = await Url("BYM-2025-008");
        static StringContent Body() => new("""{ "rule": { "key": "k", "threshold": "høy" } }""", System.Text.Encoding.UTF8, "application/json");

        // The buyer's editor learns where the body could not be read, and nothing is stored.
        var editor = await app.ApiFor(OrgNo.Bymiljoetaten, Roles.FollowUpOfficer);
        var refused = await editor.PostAsync(url, Body());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("rule.threshold", (await Json(refused)).GetProperty("errors")[0].GetProperty("column").GetString());
        var contractId = await app.ContractId("BYM-2025-008");
        Assert.False(await app.WithDb(db => db.Requirements.AnyAsync(r => r.ContractId == contractId)));

        // Another organisation's editor learns nothing, not even how the body was read: the contract is not there.
        var outsider = await app.ApiFor(OrgNo.Asker, Roles.FollowUpOfficer);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsync(url, Body())).StatusCode);
    }

    [Fact]
    public async Task ComposedRule_WithMistakes_EveryErrorLocatedInTheCallersLanguageAndNothingStored()
    {
        var buyer = await app.ApiFor(OrgNo.Bymiljoetaten, Roles.FollowUpOfficer);
        var url = await Url("BYM-2025-008");

        var response = await buyer.PostAsJsonAsync(url + "?culture=en", new
        {
            rule = new
            {
                key = "Ugyldig nøkkel",
                // No clause text at all: named with the other mistakes, not a stop at the first.
                kind = "MinimumRequirement",
                metric = await Metric(buyer, "ze-machine-hour-share"),
                scope = new { types = new[] { "flyvemaskin" } },
                comparison = "AtLeast",
                threshold = 1.5,
                window = "EachPeriod",
            },
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = (await Json(response)).GetProperty("errors").EnumerateArray().ToList();
        var columns = errors.Select(e => e.GetProperty("column").GetString()).ToList();
        Assert.Contains("rule.key", columns);
        Assert.Contains("rule.clauseText", columns);
        Assert.Contains("rule.scope.types[0]", columns);
        Assert.Contains("rule.threshold", columns);
        Assert.Contains(errors, e => e.GetProperty("column").GetString() == "rule.scope.types[0]" && e.GetProperty("message").GetString()!.Contains("flyvemaskin", StringComparison.Ordinal));
        var contractId = await app.ContractId("BYM-2025-008");
        Assert.False(await app.WithDb(db => db.Requirements.AnyAsync(r => r.ContractId == contractId)));
        Assert.False(await app.WithDb(db => db.ComplianceRuns.AnyAsync(r => r.ContractId == contractId)));
    }

    [Fact]
    public async Task Post_SameIdempotencyKey_AddsOnce_AndTheSameKeyWithAnotherBodyIsRefused()
    {
        var buyer = await app.ApiFor(OrgNo.Bymiljoetaten, Roles.FollowUpOfficer);
        var url = await Url("BYM-2025-041");
        HttpRequestMessage Post(decimal share)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(new { preset = "tomgang", parameters = new { grense = share } }) };
            request.Headers.Add("Idempotency-Key", "vinterdrift-transport");
            return request;
        }

        var first = await buyer.SendAsync(Post(0.2m));
        var again = await buyer.SendAsync(Post(0.2m));
        var other = await buyer.SendAsync(Post(0.5m));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        var contractId = await app.ContractId("BYM-2025-041");
        Assert.Equal(1, await app.WithDb(db => db.Requirements.CountAsync(r => r.ContractId == contractId)));

        // The same preset again without the key: its rule's key is taken, and the answer says so.
        var duplicate = await buyer.PostAsJsonAsync(url, new { preset = "tomgang" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
        Assert.Contains("tomgang-hoyst", await duplicate.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Requirements_SupplierAndAnalystRead_OnlyTheBuyersEditorsChange()
    {
        var buyer = await app.ApiFor(OrgNo.Viken, Roles.FollowUpOfficer);
        var url = await Url("VFK-2025-030");
        Assert.Equal(HttpStatusCode.Created, (await buyer.PostAsJsonAsync(url, new { preset = "tomgang" })).StatusCode);
        var etag = (await buyer.GetAsync(url + "/tomgang-hoyst")).Headers.ETag!.Tag;
        var supplier = await Demo.Supplier(app);
        var analyst = await app.ApiFor(OrgNo.Viken, Roles.Analyst);

        Assert.Equal(1, (await Json(await supplier.GetAsync(url))).GetArrayLength());
        Assert.Equal(1, (await Json(await analyst.GetAsync(url))).GetArrayLength());
        Assert.Equal(HttpStatusCode.Forbidden, (await supplier.PostAsJsonAsync(url, new { preset = "rapporter-i-tide" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsJsonAsync(url, new { preset = "rapporter-i-tide" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supplier.SendAsync(WithIfMatch(HttpMethod.Delete, url + "/tomgang-hoyst", etag))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supplier.SendAsync(WithIfMatch(HttpMethod.Put, url + "/tomgang-hoyst", etag, new { key = "tomgang-hoyst" }))).StatusCode);
        var contractId = await app.ContractId("VFK-2025-030");
        Assert.Equal(1, await app.WithDb(db => db.Requirements.CountAsync(r => r.ContractId == contractId)));
    }
}

public sealed class RequirementsApiOnSqliteTests(SqliteApp app) : RequirementsApiTests(app), IClassFixture<SqliteApp>;

public sealed class RequirementsApiOnPostgresTests(PostgresApp app) : RequirementsApiTests(app), IClassFixture<PostgresApp>;
