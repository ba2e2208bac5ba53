using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;
using static Klimaspor.Data.DemoData;

namespace Klimaspor.Tests;

/// <summary>
/// Issue 17 item 4 over HTTP: a named scenario on a contract's transport footprint is saved with its before and after;
/// a share above 100 % is refused and nothing is stored; another organisation's scenario and another organisation's
/// contract are not found; a scenario becomes the catalogue's requirements on a contract (existing or created from it),
/// which the evaluation then follows. The baseline is one month Ren By reports on Groruddalen's waste collection
/// (2023-07, before the demo's own months): 100 trips, 2 000 km by diesel refuse trucks (its own and its subcontractor
/// Elvedal's), km only, so its energy is SWANA's 8.6011 kWh/km from the consumption table.
/// </summary>
public abstract class TransportScenariosTests(KlimasporApp app)
{
    private const string Waste = "REG-2023-004";
    private const string Month = "2023-07";
    private const string Url = "/api/v1/transport-footprint/scenarios";

    private static async Task<JsonElement> Json(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private Task<HttpClient> Buyer() => app.ApiFor(OrgNo.Renovasjonsetaten, Roles.FollowUpOfficer);

    /// <summary>Ren By's report for the month, submitted once for the class's app.</summary>
    private async Task<Guid> Baseline()
    {
        var contractId = await app.ContractId(Waste);
        if (!await app.WithDb(db => db.Reports.AnyAsync(r => r.ContractId == contractId && r.Period == Month && r.Version > 0)))
        {
            var supplier = await app.ApiFor(OrgNo.RenBy, Roles.SupplierReporter);
            var url = $"/api/v1/contracts/{contractId}/reports/{Month}";
            var draft = await supplier.PutDraftAsync(url, new
            {
                vehicles = new object[]
                {
                    new { regNo = "RB 10001", vehicleType = "renovasjonsbil", purpose = "avfall", energyCarrier = "diesel", emissionClass = "euro-vi",
                        trips = 60, distanceKm = 1200m, dataSource = "manuell" },
                    // The subcontractor's truck, in the main supplier's report, so that the month has every reporter.
                    new { regNo = "EV 10002", ownerOrgNo = OrgNo.Elvedal, vehicleType = "renovasjonsbil", purpose = "avfall", energyCarrier = "diesel",
                        emissionClass = "euro-vi", trips = 40, distanceKm = 800m, dataSource = "manuell" },
                },
            });
            Assert.True(draft.StatusCode == HttpStatusCode.OK, await draft.Content.ReadAsStringAsync());
            var submitted = await supplier.PostAsync(url + "/submit", null);
            Assert.True(submitted.StatusCode == HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());
        }

        return contractId;
    }

    private static object Scenario(Guid contractId, object levers, string name = "60 % elektriske renovasjonsbiler, resten biogass") =>
        new { name, contractId, from = Month, to = Month, levers };

    [Fact]
    public async Task Save_ElectricAndBiogasOnTheWasteContract_BeforeAndAfterByHandStoredAndListed()
    {
        var contractId = await Baseline();
        var buyer = await Buyer();

        var saved = await buyer.PostAsJsonAsync(Url, Scenario(contractId, new { electricShare = 0.6m, biogasShare = 0.4m }));

        Assert.True(saved.StatusCode == HttpStatusCode.Created, await saved.Content.ReadAsStringAsync());
        var read = await Json(await buyer.GetAsync(saved.Headers.Location));
        var before = read.GetProperty("result").GetProperty("before");
        var after = read.GetProperty("result").GetProperty("after");
        // Before: 2 000 km × 8.6011 = 17 202.2 kWh. After: 1 200 km electric × 3.0986 = 3 718.32 kWh and 800 km on biogas
        // × 10.0346 = 8 027.68 kWh; the trips stay 100, 60 of them zero-emission.
        Assert.Equal((100m, 2000m, 17_202.2m), (before.GetProperty("trips").GetDecimal(), before.GetProperty("km").GetDecimal(), before.GetProperty("energyKwh").GetDecimal()));
        Assert.Equal((100m, 2000m, 11_746m), (after.GetProperty("trips").GetDecimal(), after.GetProperty("km").GetDecimal(), after.GetProperty("energyKwh").GetDecimal()));
        Assert.Equal((0.6m, 1m), (after.GetProperty("zeroEmissionShare").GetDecimal(), after.GetProperty("zeroEmissionOrBiogasShare").GetDecimal()));
        Assert.True(after.GetProperty("territorialKg").GetDecimal() < before.GetProperty("territorialKg").GetDecimal());
        Assert.Equal(Waste, read.GetProperty("scope").GetProperty("contractReference").GetString());
        var listed = (await Json(await buyer.GetAsync(Url))).EnumerateArray().Select(s => s.GetProperty("id").GetGuid());
        Assert.Contains(read.GetProperty("id").GetGuid(), listed);
    }

    [Fact]
    public async Task Save_ShareAbove100OrShiftsAboveAllTrips_422LocatedNothingStored()
    {
        var contractId = await Baseline();
        var buyer = await Buyer();
        var before = await app.WithDb(db => db.TransportScenarios.CountAsync());

        var above = await buyer.PostAsJsonAsync(Url, Scenario(contractId, new { electricShare = 1.2m }));
        var sum = await buyer.PostAsJsonAsync(Url, Scenario(contractId, new { electricShare = 0.7m, biogasShare = 0.4m }));
        var negative = await buyer.PostAsJsonAsync(Url, Scenario(contractId, new { frequencyCut = -0.1m }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, above.StatusCode);
        Assert.Equal(["levers.electricShare"], (await Json(above)).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("column").GetString()));
        Assert.Equal(["levers"], (await Json(sum)).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("column").GetString()));
        Assert.Equal(["levers.frequencyCut"], (await Json(negative)).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("column").GetString()));
        Assert.Equal(before, await app.WithDb(db => db.TransportScenarios.CountAsync()));
    }

    [Fact]
    public async Task Scenario_OfAnotherOrganisation_NotFoundNotListedAndNoStrategy()
    {
        var contractId = await Baseline();
        var saved = await Json(await (await Buyer()).PostAsJsonAsync(Url, Scenario(contractId, new { electricShare = 1m }, "Alt elektrisk")));
        var id = saved.GetProperty("id").GetGuid();
        var asker = await app.ApiFor(OrgNo.Asker, Roles.FollowUpOfficer);
        var askerContract = await app.WithDb(db => db.Contracts.Where(c => c.BuyerUnit!.OrgNo == OrgNo.Asker).Select(c => c.Id).FirstAsync());

        var get = await asker.GetAsync($"{Url}/{id}");
        var strategy = await asker.PostAsJsonAsync($"{Url}/{id}/strategy", new { contractId = askerContract });
        var list = await asker.GetAsync(Url);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, strategy.StatusCode);
        Assert.DoesNotContain(id.ToString(), await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDb(db => db.Requirements.CountAsync(r => r.ContractId == askerContract && r.Key.StartsWith("transport-"))));
    }

    [Fact]
    public async Task Scenario_OnAnotherOrganisationsContract_NotFound()
    {
        var buyer = await Buyer();
        var other = await app.ContractId("OBF-2024-017");

        var response = await buyer.PostAsJsonAsync(Url, Scenario(other, new { electricShare = 0.5m }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Strategy_OnAnotherOrganisationsContract_NotFoundNothingAdded()
    {
        var contractId = await Baseline();
        var buyer = await Buyer();
        var saved = await Json(await buyer.PostAsJsonAsync(Url, Scenario(contractId, new { electricShare = 0.6m, biogasShare = 0.4m })));
        var other = await app.ContractId("OBF-2024-017");
        var requirementsBefore = await app.WithDb(db => db.Requirements.CountAsync(r => r.ContractId == other));

        var response = await buyer.PostAsJsonAsync($"{Url}/{saved.GetProperty("id").GetGuid()}/strategy", new { contractId = other });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(requirementsBefore, await app.WithDb(db => db.Requirements.CountAsync(r => r.ContractId == other)));
    }

    [Fact]
    public async Task Strategy_OnTheWasteContract_RequirementsAddedAndTheEvaluationFollowsThem()
    {
        var contractId = await Baseline();
        var buyer = await Buyer();
        // 50 % electric, 30 % biogas, 20 % fewer trips: ze-or-biogas 80 % of km, Euro VI, at most ⌈80 × 7 ÷ 31⌉ = 19 trips a week.
        // (A share of 100 % would be evaluated as "every vehicle", EveryItem's reading of such a rule.)
        var saved = await Json(await buyer.PostAsJsonAsync(Url, Scenario(contractId, new { electricShare = 0.5m, biogasShare = 0.3m, consolidationCut = 0.2m })));
        var id = saved.GetProperty("id").GetGuid();

        var preview = await Json(await buyer.GetAsync($"{Url}/{id}/strategy"));
        var applied = await buyer.PostAsJsonAsync($"{Url}/{id}/strategy", new { contractId });

        Assert.Equal(["transport-utslippsfri-eller-biogass-andel", "transport-euro-vi", "transport-hoyst-turer-per-uke"],
            preview.GetProperty("requirements").EnumerateArray().Select(r => r.GetProperty("preset").GetString()));
        Assert.True(applied.StatusCode == HttpStatusCode.OK, await applied.Content.ReadAsStringAsync());
        // The demo contract already requires Euro VI: that one stays as it is.
        var answer = await Json(applied);
        Assert.Equal(["transport-utslippsfri-eller-biogass-andel", "transport-hoyst-turer-per-uke"], answer.GetProperty("added").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal(["transport-minst-euro-vi"], answer.GetProperty("alreadyThere").EnumerateArray().Select(k => k.GetString()));
        var compliance = (await Json(await buyer.GetAsync($"/api/v1/contracts/{contractId}/compliance"))).GetProperty("requirements").EnumerateArray()
            .ToDictionary(r => r.GetProperty("key").GetString()!);
        var share = compliance["transport-utslippsfri-eller-biogass-andel"];
        var trips = compliance["transport-hoyst-turer-per-uke"];
        Assert.Equal(0.8m, share.GetProperty("threshold").GetDecimal());
        Assert.Equal(19m, trips.GetProperty("threshold").GetDecimal());
        // Ren By's diesel month breaks the plan's share; its 100 trips are 22.6 a week, above 19.
        var july = share.GetProperty("verdicts").EnumerateArray().Single(v => v.GetProperty("window").GetString() == Month);
        Assert.Equal(("NotMet", 0m), (july.GetProperty("status").GetString(), july.GetProperty("measured").GetDecimal()));
        var julyTrips = trips.GetProperty("verdicts").EnumerateArray().Single(v => v.GetProperty("window").GetString() == Month);
        Assert.Equal("NotMet", julyTrips.GetProperty("status").GetString());
        Assert.Equal(decimal.Round(100m * 7 / 31, 4), decimal.Round(julyTrips.GetProperty("measured").GetDecimal(), 4));
        var again = await Json(await buyer.PostAsJsonAsync($"{Url}/{id}/strategy", new { contractId }));
        Assert.Empty(again.GetProperty("added").EnumerateArray());
    }

    [Fact]
    public async Task Strategy_NewContractFromTheScenario_CreatedWithItsRequirementsAndABadOneStoresNothing()
    {
        var contractId = await Baseline();
        var buyer = await Buyer();
        var saved = await Json(await buyer.PostAsJsonAsync(Url, Scenario(contractId, new { electricShare = 0.6m, biogasShare = 0.4m })));
        var id = saved.GetProperty("id").GetGuid();
        var unit = await app.WithDb(db => db.Organisations.Where(o => o.OrgNo == OrgNo.Renovasjonsetaten).Select(o => o.Id).SingleAsync());
        object Draft(string reference, string end) => new
        {
            reference,
            title = "Avfallsinnsamling Groruddalen 2028–2032",
            buyerUnitId = unit,
            supplierOrgNo = OrgNo.RenBy,
            startDate = "2028-06-01",
            endDate = end,
            valueNok = 400_000_000m,
        };
        var contractsBefore = await app.WithDb(db => db.Contracts.CountAsync());

        var refused = await buyer.PostAsJsonAsync($"{Url}/{id}/strategy", new { newContract = Draft("REG-2028-BAD", "2027-01-01") });
        var created = await buyer.PostAsJsonAsync($"{Url}/{id}/strategy", new { newContract = Draft("REG-2028-GRO", "2032-05-31") });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("newContract.endDate", (await Json(refused)).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("column").GetString()));
        Assert.True(created.StatusCode == HttpStatusCode.OK, await created.Content.ReadAsStringAsync());
        Assert.Equal(contractsBefore + 1, await app.WithDb(db => db.Contracts.CountAsync()));
        var newId = (await Json(created)).GetProperty("contractId").GetGuid();
        var keys = await app.WithDb(db => db.Requirements.Where(r => r.ContractId == newId).OrderBy(r => r.Position).Select(r => r.Key).ToListAsync());
        Assert.Equal(["transport-utslippsfri-eller-biogass-andel", "transport-minst-euro-vi"], keys);
        // The category the draft left out is the scenario's contract's: waste collection.
        Assert.Equal(Domain.Contracts.ContractCategory.Renovasjon, await app.WithDb(db => db.Contracts.Where(c => c.Id == newId).Select(c => c.Category).SingleAsync()));
        Assert.Equal(newId, await app.WithDb(db => db.TransportScenarios.Where(s => s.Id == id).Select(s => s.StrategyContractId).SingleAsync()));
    }
}

public sealed class TransportScenariosOnSqliteTests(SqliteApp app) : TransportScenariosTests(app), IClassFixture<SqliteApp>;

public sealed class TransportScenariosOnPostgresTests(PostgresApp app) : TransportScenariosTests(app), IClassFixture<PostgresApp>;

/// <summary>A stored scenario for the walks: one the named organisation owns, on the named contract.</summary>
internal static class StoredScenarios
{
    public static async Task<Guid> Of(KlimasporApp app, Guid organisationId, Guid contractId) => await app.WithDb(async db =>
    {
        if (await db.TransportScenarios.Where(s => s.OrganisationId == organisationId && s.ContractId == contractId).Select(s => (Guid?)s.Id).FirstOrDefaultAsync() is { } existing)
        {
            return existing;
        }

        var baseline = new List<Domain.Transport.ScenarioBaselineRow> { new("renovasjonsbil", "diesel", 100, 2000, null, 17_202.2m, 4_550m, 5_616.4m) };
        var result = Domain.Transport.TransportScenarios.Run(baseline, new Domain.Transport.ScenarioLevers { ElectricShare = 1 },
            Domain.Emissions.ReferenceFactorSets.NoTerritorial2021, Domain.Emissions.ReferenceFactorSets.LifecycleWtw2023).Value!;
        var row = new Data.TransportScenario
        {
            OrganisationId = organisationId,
            Name = "Alt elektrisk",
            ContractId = contractId,
            WindowFrom = "2025-01",
            WindowTo = "2025-12",
            BaselineJson = JsonSerializer.Serialize(baseline, Data.StoredJson.Options),
            LeversJson = JsonSerializer.Serialize(new Domain.Transport.ScenarioLevers { ElectricShare = 1 }, Data.StoredJson.Options),
            ResultJson = JsonSerializer.Serialize(result, Data.StoredJson.Options),
            TerritorialFactorSet = "no-territorial-2021@1",
            LifeCycleFactorSet = "lifecycle-wtw-2023@1",
            CreatedBy = "Test",
            CreatedAt = DateTime.UtcNow,
        };
        db.TransportScenarios.Add(row);
        await db.SaveChangesAsync();
        return row.Id;
    });
}
