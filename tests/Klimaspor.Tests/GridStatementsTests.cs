using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Klimaspor.Features.Compliance;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;
using static Klimaspor.Data.DemoData;

namespace Klimaspor.Tests;

/// <summary>
/// Grid capacity as the site's statement (issue 14 item 4), over the API: the supplier states it once per site and month,
/// the buyer's administrator accepts or rejects, and an accepted statement is what relieves the evaluation.
/// </summary>
public abstract class GridStatementsTests(KlimasporApp app)
{
    /// <summary>Hasle skole: one site, Fjordbygg as supplier.</summary>
    private const string Hasle = "OBF-2025-003";

    /// <summary>Ring 2: two sites (Ullevål, Carl Berners plass), Nordlys as supplier.</summary>
    private const string Ring2 = "BYM-2024-112";

    private static async Task<JsonElement> Json(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private async Task<string> Url(string reference) => $"/api/v1/contracts/{await app.ContractId(reference)}/grid-statements";

    private Task<int> Count() => app.WithDb(db => db.GridStatements.CountAsync());

    private static object Statement(string from, string to, string? site = null) => new
    {
        site,
        periodFrom = from,
        periodTo = to,
        neededKw = 400,
        availableKw = 250,
        gridOwnerReference = "Elvia AS, 12.04.2026, sak 2026-118001",
    };

    [Fact]
    public async Task State_OneSiteContractWithoutSite_AcceptedStatementReachesTheEvaluationPerPeriod()
    {
        var url = await Url(Hasle);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(Statement("2026-05", "2026-06")) };
        request.Headers.Add("Idempotency-Key", "nett-hasle-2026-05");
        var stated = await (await Demo.Supplier(app)).SendAsync(request);
        Assert.True(stated.StatusCode == HttpStatusCode.Created, await stated.Content.ReadAsStringAsync());
        var body = await Json(stated);
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal(JsonValueKind.Null, body.GetProperty("site").ValueKind);
        Assert.Equal(0.625m, body.GetProperty("reliefFactor").GetDecimal());
        Assert.Equal("stated", body.GetProperty("status").GetString());

        // Not in the evaluation until the buyer accepts; the supplier and the advisor may not accept it.
        var contractId = await app.ContractId(Hasle);
        Assert.DoesNotContain((await app.WithDb(db => WaiverFacts.Load(db, contractId, CancellationToken.None))).Grid, g => g.Period == "2026-05");
        Assert.Equal(HttpStatusCode.Forbidden, (await (await Demo.Supplier(app)).PostAsJsonAsync($"{url}/{id}/decision", new { decision = "accepted" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await Demo.Buyer(app)).PostAsJsonAsync($"{url}/{id}/decision", new { decision = "accepted" })).StatusCode);

        var admin = await app.ApiFor(OrgNo.Oslo, Roles.BuyerAdmin);
        var accepted = await Json(await admin.PostAsJsonAsync($"{url}/{id}/decision", new { decision = "accepted" }));
        Assert.Equal("accepted", accepted.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync($"{url}/{id}/decision", new { decision = "rejected", comment = "Likevel ikke." })).StatusCode);

        var (_, grid) = await app.WithDb(db => WaiverFacts.Load(db, contractId, CancellationToken.None));
        Assert.Equal(["2026-05", "2026-06"], grid.Select(g => g.Period));
        Assert.All(grid, g => Assert.Equal((250m, 400m, (string?)null), (g.AvailableKw, g.NeededKw, g.Site)));
        Assert.Equal(id, (await Json(await (await Demo.Supplier(app)).GetAsync($"{url}/{id}"))).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task State_BadInput_422LocatedAndNothingStored()
    {
        var before = await Count();

        var response = await (await Demo.Supplier(app)).PostAsJsonAsync(await Url(Hasle) + "?culture=en", new
        {
            site = "Økern",
            periodFrom = "2024-01",
            periodTo = "mai",
            neededKw = 300,
            availableKw = 300,
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var fields = (await Json(response)).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("column").GetString()).ToList();
        Assert.Equal(["availableKw", "gridOwnerReference", "periodFrom", "periodTo", "site"], fields.Order(StringComparer.Ordinal));
        Assert.Equal(before, await Count());
    }

    [Fact]
    public async Task State_TwoSiteContract_NeedsTheSiteAndOneStatementPerSiteAndMonth()
    {
        var url = await Url(Ring2);
        var nordlys = await app.ApiFor(OrgNo.Nordlys, Roles.SupplierReporter);
        var before = await Count();

        var noSite = await nordlys.PostAsJsonAsync(url, Statement("2026-09", "2026-10"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noSite.StatusCode);
        Assert.Equal("site", (await Json(noSite)).GetProperty("errors")[0].GetProperty("column").GetString());

        // The demo has a statement for Carl Berners plass in September–October: another for October there overlaps.
        var overlap = await nordlys.PostAsJsonAsync(url, Statement("2026-10", "2026-10", "Ring 2 Carl Berners plass"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, overlap.StatusCode);
        Assert.Equal("periodFrom", (await Json(overlap)).GetProperty("errors")[0].GetProperty("column").GetString());
        Assert.Equal(before, await Count());

        var otherSite = await nordlys.PostAsJsonAsync(url, Statement("2026-09", "2026-10", "ring 2 ullevål"));
        Assert.Equal(HttpStatusCode.Created, otherSite.StatusCode);
        Assert.Equal("Ring 2 Ullevål", (await Json(otherSite)).GetProperty("site").GetString());
    }

    [Fact]
    public async Task GridStatements_OtherOrganisations_SeeNothingAndChangeNothing()
    {
        var url = await Url("OBF-2024-017");
        var statement = await app.WithDb(db => db.GridStatements.Where(g => g.GridOwnerReference.Contains("2026-118734")).Select(g => new { g.Id, g.RowVersion }).SingleAsync());
        var before = await Count();

        foreach (var outsider in new[] { await app.ApiFor(OrgNo.Asker, Roles.BuyerAdmin), await app.ApiFor(OrgNo.Nordlys, Roles.SupplierReporter) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsJsonAsync(url, Statement("2027-03", "2027-03"))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsJsonAsync($"{url}/{statement.Id}/decision", new { decision = "rejected", comment = "x" })).StatusCode);
        }

        Assert.Equal(before, await Count());
        Assert.Equal(statement.RowVersion, await app.WithDb(db => db.GridStatements.Where(g => g.Id == statement.Id).Select(g => g.RowVersion).SingleAsync()));
    }
}

public sealed class GridStatementsOnSqliteTests(SqliteApp app) : GridStatementsTests(app), IClassFixture<SqliteApp>;

public sealed class GridStatementsOnPostgresTests(PostgresApp app) : GridStatementsTests(app), IClassFixture<PostgresApp>;
