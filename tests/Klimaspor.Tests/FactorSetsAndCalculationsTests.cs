using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Klimaspor.Web;
using static Klimaspor.Data.DemoData;

namespace Klimaspor.Tests;

/// <summary>Factor sets and calculations over the API, with known answers from the published factors.</summary>
public abstract class FactorSetsAndCalculationsTests(KlimasporApp app)
{
    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static object Machine(string carrier, decimal? litres = null, decimal? kwh = null, decimal hours = 100) => new
    {
        machineId = "PIN-" + carrier,
        machineType = "gravemaskin",
        weightTonnes = 21m,
        energyCarrier = carrier,
        emissionClass = carrier.StartsWith("el-", StringComparison.Ordinal) ? "nullutslipp" : "stage-v",
        operatingHours = hours,
        fuelLitres = litres,
        electricityKwh = kwh,
        dataSource = "manuell",
    };

    private static async Task<JsonElement> Calculate(HttpClient api, object body)
    {
        var response = await api.PostAsJsonAsync("/api/v1/calculations", body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await Json(response);
    }

    [Fact]
    public async Task FactorSets_ReferenceSets_ShipWithEverySource()
    {
        var sets = await Json(await (await Demo.Supplier(app)).GetAsync("/api/v1/factor-sets"));

        var keys = sets.EnumerateArray().Select(s => s.GetProperty("key").GetString()).ToList();
        Assert.Contains("no-territorial-2021", keys);
        Assert.Contains("lifecycle-wtw-2023", keys);
        var factors = sets.EnumerateArray().SelectMany(s => s.GetProperty("versions")[0].GetProperty("factors").EnumerateArray()).ToList();
        Assert.All(factors, f => Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("source").GetString())));
    }

    [Fact]
    public async Task Calculation_1000LitresDiesel_GivesThePublishedFigures()
    {
        var result = await Calculate(await Demo.Supplier(app), new { machines = new[] { Machine("diesel", litres: 1000) } });
        var totals = result.GetProperty("totals");

        // Miljødirektoratet (NIR 2021): 2.66 kg CO2 per litre and 10.056 kWh per litre.
        Assert.Equal(2660m, totals.GetProperty("territorial").GetProperty("emissions").GetDecimal());
        Assert.Equal(10056m, totals.GetProperty("energy").GetDecimal());
        // UK DESNZ 2023: 2.65937 combustion + 0.62409 well-to-tank per litre.
        Assert.Equal(3283.46m, totals.GetProperty("lifeCycle").GetProperty("emissions").GetDecimal());
        Assert.Equal("no-territorial-2021", result.GetProperty("territorial").GetProperty("key").GetString());
        Assert.NotEmpty(result.GetProperty("trace")[0].GetProperty("steps").EnumerateArray());
    }

    [Fact]
    public async Task Calculation_1000LitresHvo_ZeroTerritorialAnd314WellToWheel()
    {
        var totals = (await Calculate(await Demo.Supplier(app), new { machines = new[] { Machine("hvo100", litres: 1000) } })).GetProperty("totals");

        // Territorial accounts count biogenic CO2 as 0; DESNZ 2023: 0.03558 + 0.27844 kg CO2e per litre of HVO.
        Assert.Equal(0m, totals.GetProperty("territorial").GetProperty("emissions").GetDecimal());
        Assert.Equal(314.02m, totals.GetProperty("lifeCycle").GetProperty("emissions").GetDecimal());
        Assert.True(totals.GetProperty("territorial").GetProperty("avoided").GetDecimal() > 0);
    }

    [Fact]
    public async Task Calculation_DistrictHeatingUnderLifeCycle_NotAvailableOnTheLineNeverRefused()
    {
        // Issue 14 item 15: district heating's life-cycle figure is "not available" on that line, "never a refused report".
        var response = await (await Demo.Supplier(app)).PostAsJsonAsync("/api/v1/calculations", new
        {
            energy = new[] { new { sourceId = "Måler 1", energyCarrier = "fjernvarme", purpose = "byggvarme", quantity = 5000m, unit = "kWh", dataSource = "maaler" } },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Json(response);
        var line = body.GetProperty("lines")[0];
        Assert.True(line.GetProperty("lifeCycleNotAvailable").GetBoolean());
        Assert.Equal(5000m, line.GetProperty("energy").GetDecimal());
        Assert.Equal(1, body.GetProperty("totals").GetProperty("lifeCycle").GetProperty("linesNotAvailable").GetInt32());
    }

    [Fact]
    public async Task Calculation_NegativeQuantityAndLitresOnBattery_EachLocated()
    {
        var response = await (await Demo.Supplier(app)).PostAsJsonAsync("/api/v1/calculations", new
        {
            machines = new[] { Machine("diesel", litres: -5), Machine("el-batteri", litres: 40, kwh: 900) },
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var columns = (await Json(response)).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("column").GetString()).ToList();
        Assert.Contains("machines[0].fuelLitres", columns);
        Assert.Contains("machines[1].fuelLitres", columns);
    }

    [Fact]
    public async Task Calculation_UnknownFactorSet_Refused()
    {
        var response = await (await Demo.Supplier(app)).PostAsJsonAsync("/api/v1/calculations",
            new { factorSet = "finnes-ikke-2020", machines = new[] { Machine("diesel", litres: 10) } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("factorSet", (await Json(response)).GetProperty("errors")[0].GetProperty("column").GetString());
    }

    [Fact]
    public async Task FactorSet_CopyEditPublish_NewVersionUsedOnlyOncePublished_AndPublishedNeverChanges()
    {
        var admin = await app.ApiFor(OrgNo.Operator, Roles.SystemAdmin);
        var supplier = await Demo.Supplier(app);
        const string key = "test-territorial-a";

        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/factor-sets", new { key, basedOn = "no-territorial-2021" })).StatusCode);
        await EditDieselFactor(admin, key, 1, 2.70m);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/factor-sets/{key}/versions/1/publish", null)).StatusCode);

        // A draft v2 is never used until published.
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync($"/api/v1/factor-sets/{key}/versions", null)).StatusCode);
        await EditDieselFactor(admin, key, 2, 2.80m);
        var beforePublish = await Calculate(supplier, new { factorSet = key, machines = new[] { Machine("diesel", litres: 1000) } });
        Assert.Equal(2700m, beforePublish.GetProperty("totals").GetProperty("territorial").GetProperty("emissions").GetDecimal());

        await admin.PostAsync($"/api/v1/factor-sets/{key}/versions/2/publish", null);
        var latest = await Calculate(supplier, new { factorSet = key, machines = new[] { Machine("diesel", litres: 1000) } });
        var pinned = await Calculate(supplier, new { factorSet = key + "@1", machines = new[] { Machine("diesel", litres: 1000) } });
        Assert.Equal(2800m, latest.GetProperty("totals").GetProperty("territorial").GetProperty("emissions").GetDecimal());
        Assert.Equal(2700m, pinned.GetProperty("totals").GetProperty("territorial").GetProperty("emissions").GetDecimal());

        var versions = (await Json(await admin.GetAsync("/api/v1/factor-sets"))).EnumerateArray().Single(s => s.GetProperty("key").GetString() == key).GetProperty("versions");
        var changePublished = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/factor-sets/{key}/versions/1")
        {
            Content = JsonContent.Create(new { description = "endret" }),
            Headers = { { "If-Match", $"\"{versions[0].GetProperty("rowVersion").GetString()}\"" } },
        };
        // A published version is locked: 409 with the locked problem type (docs/adr/0009).
        var locked = await admin.SendAsync(changePublished);
        Assert.Equal(HttpStatusCode.Conflict, locked.StatusCode);
        Assert.Equal("https://klimaspor.no/problems/locked", (await Json(locked)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task FactorSet_DraftsAndChanges_OnlyForSystemAdministrators()
    {
        var admin = await app.ApiFor(OrgNo.Operator, Roles.SystemAdmin);
        var buyer = await Demo.Buyer(app);
        await admin.PostAsJsonAsync("/api/v1/factor-sets", new { key = "test-territorial-b", basedOn = "no-territorial-2021" });

        Assert.Equal(HttpStatusCode.Forbidden, (await buyer.PostAsJsonAsync("/api/v1/factor-sets", new { key = "test-x", basedOn = "no-territorial-2021" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await buyer.PostAsync("/api/v1/factor-sets/test-territorial-b/versions/1/publish", null)).StatusCode);
        var seenByBuyer = (await Json(await buyer.GetAsync("/api/v1/factor-sets"))).EnumerateArray().Select(s => s.GetProperty("key").GetString());
        Assert.DoesNotContain("test-territorial-b", seenByBuyer);
    }

    [Fact]
    public async Task StoredCalculation_KeepsItsFigures_RecalculationStoredBeside()
    {
        var admin = await app.ApiFor(OrgNo.Operator, Roles.SystemAdmin);
        const string key = "test-territorial-c";
        await admin.PostAsJsonAsync("/api/v1/factor-sets", new { key, basedOn = "no-territorial-2021" });
        await admin.PostAsync($"/api/v1/factor-sets/{key}/versions/1/publish", null);
        var buyer = await Demo.Buyer(app);

        var saved = await buyer.PostAsJsonAsync("/api/v1/calculations/saved",
            new { title = "Økern, mars", calculation = new { factorSet = key, machines = new[] { Machine("diesel", litres: 1000) } } });
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        var id = (await Json(saved)).GetProperty("id").GetGuid();

        await admin.PostAsync($"/api/v1/factor-sets/{key}/versions", null);
        await EditDieselFactor(admin, key, 2, 3.00m);
        await admin.PostAsync($"/api/v1/factor-sets/{key}/versions/2/publish", null);
        var recalculated = await buyer.PostAsJsonAsync($"/api/v1/calculations/saved/{id}/recalculate", new { territorialFactorSet = key });
        var original = await Json(await buyer.GetAsync($"/api/v1/calculations/saved/{id}"));

        Assert.Equal(HttpStatusCode.Created, recalculated.StatusCode);
        Assert.Equal(1, original.GetProperty("territorial").GetProperty("version").GetInt32());
        Assert.Equal(2660m, original.GetProperty("totals").GetProperty("territorial").GetProperty("emissions").GetDecimal());
        var again = original.GetProperty("recalculations")[0];
        Assert.Equal(2, again.GetProperty("territorial").GetProperty("version").GetInt32());
        Assert.Equal(3000m, again.GetProperty("totals").GetProperty("territorial").GetProperty("emissions").GetDecimal());
        Assert.Equal(HttpStatusCode.NotFound, (await (await Demo.Supplier(app)).GetAsync($"/api/v1/calculations/saved/{id}")).StatusCode);
    }

    [Fact]
    public async Task OrganisationChoice_UsedForItsCalculations_AndOnlyBuyerAdminsChoose()
    {
        var admin = await app.ApiFor(OrgNo.Operator, Roles.SystemAdmin);
        const string key = "test-territorial-d";
        await admin.PostAsJsonAsync("/api/v1/factor-sets", new { key, basedOn = "no-territorial-2021" });
        await EditDieselFactor(admin, key, 1, 2.50m);
        await admin.PostAsync($"/api/v1/factor-sets/{key}/versions/1/publish", null);
        var askerAdmin = await app.ApiFor(OrgNo.Asker, Roles.BuyerAdmin);
        var askerOfficer = await app.ApiFor(OrgNo.Asker, Roles.FollowUpOfficer);

        Assert.Equal(HttpStatusCode.Forbidden, (await askerOfficer.PutAsJsonAsync("/api/v1/organisations/me/factor-sets", new { territorial = key })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await askerAdmin.PutAsJsonAsync("/api/v1/organisations/me/factor-sets", new { territorial = "lifecycle-wtw-2023" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await askerAdmin.PutAsJsonAsync("/api/v1/organisations/me/factor-sets", new { territorial = key })).StatusCode);
        var result = await Calculate(askerOfficer, new { machines = new[] { Machine("diesel", litres: 1000) } });

        Assert.Equal(key, result.GetProperty("territorial").GetProperty("key").GetString());
        Assert.Equal(2500m, result.GetProperty("totals").GetProperty("territorial").GetProperty("emissions").GetDecimal());
    }

    [Fact]
    public async Task FactorSetDraft_CreatedThenEditedWithTheETagItAnswered_EachAnswerCarriesTheNextVersionToken()
    {
        var admin = await app.ApiFor(OrgNo.Operator, Roles.SystemAdmin);
        const string key = "test-territorial-e";

        var created = await admin.PostAsJsonAsync("/api/v1/factor-sets", new { key, basedOn = "no-territorial-2021" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draft = await Json(created);
        Assert.Equal(key, draft.GetProperty("key").GetString());
        Assert.Equal("Draft", draft.GetProperty("status").GetString());
        Assert.Equal($"\"{draft.GetProperty("rowVersion").GetString()}\"", created.Headers.ETag?.Tag);

        var edit = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/factor-sets/{key}/versions/1")
        {
            Content = JsonContent.Create(new { description = "endret" }),
            Headers = { { "If-Match", created.Headers.ETag!.Tag } },
        };
        var edited = await admin.SendAsync(edit);
        Assert.True(edited.StatusCode == HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());
        Assert.Equal("endret", (await Json(edited)).GetProperty("description").GetString());
        Assert.NotEqual(created.Headers.ETag, edited.Headers.ETag);
    }

    /// <summary>Sets the diesel factor of a draft version through the API, as an administrator's tool would.</summary>
    private static async Task EditDieselFactor(HttpClient admin, string key, int version, decimal kgPerLitre)
    {
        var set = (await Json(await admin.GetAsync("/api/v1/factor-sets"))).EnumerateArray().Single(s => s.GetProperty("key").GetString() == key);
        var draft = set.GetProperty("versions").EnumerateArray().Single(v => v.GetProperty("version").GetInt32() == version);
        var factors = JsonNode.Parse(draft.GetProperty("factors").GetRawText())!.AsArray();
        foreach (var factor in factors.Where(f => f!["carrier"]!.GetValue<string>() == "diesel"))
        {
            factor!["kgCo2ePerUnit"] = kgPerLitre;
        }

        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/factor-sets/{key}/versions/{version}")
        {
            Content = JsonContent.Create(new { factors }),
            Headers = { { "If-Match", $"\"{draft.GetProperty("rowVersion").GetString()}\"" } },
        };
        var response = await admin.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}

public sealed class FactorSetsAndCalculationsOnSqliteTests(SqliteApp app) : FactorSetsAndCalculationsTests(app), IClassFixture<SqliteApp>;

public sealed class FactorSetsAndCalculationsOnPostgresTests(PostgresApp app) : FactorSetsAndCalculationsTests(app), IClassFixture<PostgresApp>;
