using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Klimaspor.Domain.Requirements;
using Klimaspor.Features.Compliance;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;
using static Klimaspor.Data.DemoData;

namespace Klimaspor.Tests;

/// <summary>Waivers (fravik) over the API and in the browser: the supplier applies, the advisor assesses, the buyer decides.</summary>
public abstract class WaiversTests(KlimasporApp app)
{
    /// <summary>Hasle skole: Oslobygg KF's, with Fjordbygg as supplier (the demo supplier client) and Grønn Maskinutleie as subcontractor.</summary>
    private const string Hasle = "OBF-2025-003";

    private static object Application(string machineId, string reason = "market") => new
    {
        machineId,
        machineType = "gravemaskin",
        machineDescription = "Beltegraver 36 t",
        fromDate = "2026-05-04",
        toDate = "2026-07-17",
        reason,
        justification = "Ingen elektrisk beltegraver i 36-tonnsklassen er ledig.",
        evidence = "Markedsundersøkelse april 2026.",
        companiesAsked = "Pon Equipment, Volvo Maskin, Nasta",
        replacementMachine = "Cat 336, Stage V",
        replacementFuel = "hvo100",
        replacementEmissionClass = "stage-v",
        mitigatingMeasures = "Tomgangsstopp etter tre minutter.",
    };

    private static async Task<JsonElement> Json(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private async Task<string> Url(string reference) => $"/api/v1/contracts/{await app.ContractId(reference)}/waivers";

    private Task<HttpClient> Advisor() => Demo.Buyer(app);

    private Task<HttpClient> BuyerAdmin() => app.ApiFor(OrgNo.Oslo, Roles.BuyerAdmin);

    private Task<int> WaiverCount() => app.WithDb(db => db.Waivers.CountAsync());

    [Fact]
    public async Task Waiver_ApplyAssessApprove_ApprovedWithHistoryAndCountedInTheFacts()
    {
        var supplier = await Demo.Supplier(app);
        var url = await Url(Hasle);

        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(Application("CAT-336-90001")) };
        request.Headers.Add("Idempotency-Key", "fravik-cat-336-90001");
        var applied = await supplier.SendAsync(request);
        Assert.True(applied.StatusCode == HttpStatusCode.Created, await applied.Content.ReadAsStringAsync());
        var waiver = await Json(applied);
        var id = waiver.GetProperty("id").GetGuid();
        Assert.Matches(@"^FRAVIK-\d{4}-\d{4}$", waiver.GetProperty("reference").GetString());
        Assert.Equal("Applied", waiver.GetProperty("status").GetString());
        Assert.EndsWith($"/waivers/{id}", applied.Headers.Location!.ToString());

        // The same key and body again: the first answer, nothing new stored.
        var count = await WaiverCount();
        using var again = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(Application("CAT-336-90001")) };
        again.Headers.Add("Idempotency-Key", "fravik-cat-336-90001");
        var replay = await supplier.SendAsync(again);
        Assert.Equal(id, (await Json(replay)).GetProperty("id").GetGuid());
        Assert.Equal(count, await WaiverCount());

        var early = await (await BuyerAdmin()).PostAsJsonAsync($"{url}/{id}/decision", new { decision = "approved", comment = "Ok." });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        var outOfOrder = await Json(early);
        Assert.Equal("https://klimaspor.no/problems/out-of-order", outOfOrder.GetProperty("type").GetString());
        Assert.Contains("må vurderes av rådgiveren", outOfOrder.GetProperty("detail").GetString());

        var assessed = await (await Advisor()).PostAsJsonAsync($"{url}/{id}/assessment", new { assessment = "Godt dokumentert.", recommendation = "approve" });
        Assert.Equal("Assessed", (await Json(assessed)).GetProperty("status").GetString());

        Assert.Equal(HttpStatusCode.Forbidden, (await supplier.PostAsJsonAsync($"{url}/{id}/decision", new { decision = "approved" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await Advisor()).PostAsJsonAsync($"{url}/{id}/decision", new { decision = "approved" })).StatusCode);

        var decided = await (await BuyerAdmin()).PostAsJsonAsync($"{url}/{id}/decision", new { decision = "approved", comment = "Godkjent for mai–juli." });
        var approved = await Json(decided);
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        Assert.Equal("approved", approved.GetProperty("decision").GetProperty("decision").GetString());
        Assert.Equal("approve", approved.GetProperty("assessment").GetProperty("recommendation").GetString());
        Assert.Equal(["applied", "assessed-approve", "approved"], approved.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()));

        var twice = await (await BuyerAdmin()).PostAsJsonAsync($"{url}/{id}/decision", new { decision = "rejected", comment = "Likevel ikke." });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(WaiverStatus.Approved, await app.WithDb(db => db.Waivers.Where(w => w.Id == id).Select(w => w.Status).SingleAsync()));

        var contractId = await app.ContractId(Hasle);
        var (waivers, _) = await app.WithDb(db => WaiverFacts.Load(db, contractId, CancellationToken.None));
        var facts = Assert.Single(waivers, w => w.MachineId == "CAT-336-90001");
        Assert.Equal((new DateOnly(2026, 5, 4), new DateOnly(2026, 7, 17), "hvo100"), (facts.From, facts.To, facts.ReplacementFuel));
    }

    [Fact]
    public async Task Waiver_Rejected_NeedsACommentAndIsLeftOutOfTheFacts()
    {
        var url = await Url(Hasle);
        var id = (await Json(await (await Demo.Supplier(app)).PostAsJsonAsync(url, Application("VOLVO-A30G-90002", "market")))).GetProperty("id").GetGuid();
        await (await Advisor()).PostAsJsonAsync($"{url}/{id}/assessment", new { assessment = "Elektriske alternativer finnes.", recommendation = "reject" });

        var noComment = await (await BuyerAdmin()).PostAsJsonAsync($"{url}/{id}/decision", new { decision = "rejected" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noComment.StatusCode);
        Assert.Equal("comment", (await Json(noComment)).GetProperty("errors")[0].GetProperty("column").GetString());

        var rejected = await (await BuyerAdmin()).PostAsJsonAsync($"{url}/{id}/decision", new { decision = "rejected", comment = "Elektrisk maskin er tilgjengelig." });
        Assert.Equal("Rejected", (await Json(rejected)).GetProperty("status").GetString());

        var contractId = await app.ContractId(Hasle);
        var (waivers, _) = await app.WithDb(db => WaiverFacts.Load(db, contractId, CancellationToken.None));
        Assert.DoesNotContain(waivers, w => w.MachineId == "VOLVO-A30G-90002");
    }

    [Fact]
    public async Task Apply_BadInput_422NamesEveryFieldInTheCallersLanguageAndStoresNothing()
    {
        var before = await WaiverCount();

        var response = await (await Demo.Supplier(app)).PostAsJsonAsync(await Url(Hasle) + "?culture=en", new
        {
            machineId = "",
            fromDate = "2024-01-10",
            toDate = "mai",
            reason = "weather",
            replacementFuel = "kull",
            availableKw = 10,
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await Json(response)).GetProperty("errors").EnumerateArray().ToDictionary(e => e.GetProperty("column").GetString()!, e => e.GetProperty("message").GetString());
        Assert.Equal("Fill in this field.", errors["machineId"]);
        Assert.Equal("The date must fall within the contract period, 2025-03-01 to 2026-12-31.", errors["fromDate"]);
        Assert.Equal("'mai' is not a date (YYYY-MM-DD).", errors["toDate"]);
        Assert.Contains("grid capacity page", errors["availableKw"], StringComparison.Ordinal);
        Assert.Equal("The value is not in the list.", errors["reason"]);
        Assert.Equal("The value is not in the list.", errors["replacementFuel"]);
        Assert.Contains("justification", errors.Keys);
        Assert.Contains("replacementMachine", errors.Keys);
        Assert.Equal(before, await WaiverCount());
    }

    [Fact]
    public async Task Apply_ByTheBuyerOrASubcontractor_IsForbiddenAndStoresNothing()
    {
        var before = await WaiverCount();
        var url = await Url(Hasle);

        Assert.Equal(HttpStatusCode.Forbidden, (await (await Advisor()).PostAsJsonAsync(url, Application("X-1"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiFor(OrgNo.GronnMaskin, Roles.SupplierReporter)).PostAsJsonAsync(url, Application("X-2"))).StatusCode);
        Assert.Equal(before, await WaiverCount());
    }

    [Fact]
    public async Task Waivers_OtherOrganisations_SeeNothingAndChangeNothing()
    {
        var url = await Url("OBF-2024-017");
        var waiver = await app.WithDb(db => db.Waivers.Where(w => w.Reference == "FRAVIK-2026-0003").Select(w => new { w.Id, w.RowVersion }).SingleAsync());
        var outsiders = new[]
        {
            await app.ApiFor(OrgNo.Asker, Roles.BuyerAdmin),
            await app.ApiFor(OrgNo.Bymiljoetaten, Roles.FollowUpOfficer),
            await app.ApiFor(OrgNo.Nordlys, Roles.SupplierReporter),
        };

        foreach (var outsider in outsiders)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"{url}/{waiver.Id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsJsonAsync($"{url}/{waiver.Id}/assessment", new { assessment = "x", recommendation = "approve" })).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsJsonAsync($"{url}/{waiver.Id}/decision", new { decision = "approved" })).StatusCode);
        }

        // A waiver is reached only through its own contract.
        Assert.Equal(HttpStatusCode.NotFound, (await (await Demo.Supplier(app)).GetAsync($"{await Url(Hasle)}/{waiver.Id}")).StatusCode);
        Assert.Equal(waiver.RowVersion, await app.WithDb(db => db.Waivers.Where(w => w.Id == waiver.Id).Select(w => w.RowVersion).SingleAsync()));
    }

    [Fact]
    public async Task WaiverFacts_DemoContract_ApprovedDaysAndTheSitesGridStatementPerPeriod()
    {
        var contractId = await app.ContractId("OBF-2024-017");

        var (waivers, grid) = await app.WithDb(db => WaiverFacts.Load(db, contractId, CancellationToken.None));

        // FRAVIK-2026-0001: applied for 2 November–18 December, approved in part to 4 December; the grid-capacity waiver
        // 0002 July–January; the rejected 0003 is left out. The grid's figures are the site's accepted statement.
        var partly = Assert.Single(waivers, w => w.Reference == "FRAVIK-2026-0001");
        Assert.Equal(("CAT-336-47121", new DateOnly(2026, 11, 2), new DateOnly(2026, 12, 4)), (partly.MachineId, partly.From, partly.To));
        Assert.Equal((new DateOnly(2026, 7, 1), new DateOnly(2027, 1, 31)), Assert.Single(waivers, w => w.Reference == "FRAVIK-2026-0002") is var g2 ? (g2.From, g2.To) : default);
        Assert.DoesNotContain(waivers, w => w.Reference == "FRAVIK-2026-0003");
        Assert.Equal(["2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12", "2027-01"], grid.Select(g => g.Period));
        Assert.All(grid, g => Assert.Equal((250m, 400m, (string?)null), (g.AvailableKw, g.NeededKw, g.Site)));
    }

    [Fact]
    public async Task Waiver_PartlyApproved_TheFactsCarryTheFewerDaysAndTheViewSaysPartly()
    {
        var url = await Url(Hasle);
        var id = (await Json(await (await Demo.Supplier(app)).PostAsJsonAsync(url, Application("CAT-336-90004")))).GetProperty("id").GetGuid();
        await (await Advisor()).PostAsJsonAsync($"{url}/{id}/assessment", new { assessment = "Bare mai er dokumentert.", recommendation = "approve" });
        var before = await app.WithDb(db => db.Waivers.Where(w => w.Id == id).Select(w => w.RowVersion).SingleAsync());

        // Days outside those applied for: 422 at the field, and nothing changes.
        var outside = await (await BuyerAdmin()).PostAsJsonAsync($"{url}/{id}/decision",
            new { decision = "partly-approved", comment = "Bare mai.", approvedFrom = "2026-04-01", approvedTo = "2026-05-31" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, outside.StatusCode);
        Assert.Equal("approvedFrom", (await Json(outside)).GetProperty("errors")[0].GetProperty("column").GetString());
        Assert.Equal(before, await app.WithDb(db => db.Waivers.Where(w => w.Id == id).Select(w => w.RowVersion).SingleAsync()));

        var decided = await Json(await (await BuyerAdmin()).PostAsJsonAsync($"{url}/{id}/decision",
            new { decision = "partly-approved", comment = "Bare mai er dokumentert.", approvedFrom = "2026-05-04", approvedTo = "2026-05-31" }));
        Assert.Equal("Approved", decided.GetProperty("status").GetString());
        Assert.Equal("partly-approved", decided.GetProperty("decision").GetProperty("decision").GetString());
        Assert.Equal("2026-05-31", decided.GetProperty("decision").GetProperty("approvedToDate").GetString());

        var contractId = await app.ContractId(Hasle);
        var (waivers, _) = await app.WithDb(db => WaiverFacts.Load(db, contractId, CancellationToken.None));
        var facts = Assert.Single(waivers, w => w.MachineId == "CAT-336-90004");
        Assert.Equal((new DateOnly(2026, 5, 4), new DateOnly(2026, 5, 31)), (facts.From, facts.To));
    }

    [Fact]
    public async Task Waiver_MoreDocumentationNeeded_SupplierSendsAgainAndTheBuyerDecides()
    {
        var url = await Url(Hasle);
        var supplier = await Demo.Supplier(app);
        var id = (await Json(await supplier.PostAsJsonAsync(url, Application("CAT-336-90005")))).GetProperty("id").GetGuid();
        await (await Advisor()).PostAsJsonAsync($"{url}/{id}/assessment", new { assessment = "Mangler svar fra Nasta.", recommendation = "approve" });

        var noMessage = await (await BuyerAdmin()).PostAsJsonAsync($"{url}/{id}/decision", new { decision = "more-documentation" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noMessage.StatusCode);
        var asked = await Json(await (await BuyerAdmin()).PostAsJsonAsync($"{url}/{id}/decision", new { decision = "more-documentation", comment = "Legg ved svaret fra Nasta." }));
        Assert.Equal("MoreDocumentationNeeded", asked.GetProperty("status").GetString());
        Assert.Equal("Legg ved svaret fra Nasta.", asked.GetProperty("decision").GetProperty("comment").GetString());

        // Not in the evaluation while it is back with the supplier; a decision now is out of order.
        var contractId = await app.ContractId(Hasle);
        Assert.DoesNotContain((await app.WithDb(db => WaiverFacts.Load(db, contractId, CancellationToken.None))).Waivers, w => w.MachineId == "CAT-336-90005");
        Assert.Equal(HttpStatusCode.Conflict, (await (await BuyerAdmin()).PostAsJsonAsync($"{url}/{id}/decision", new { decision = "approved" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await Advisor()).PostAsJsonAsync($"{url}/{id}/resubmission", new { documentation = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await supplier.PostAsJsonAsync($"{url}/{id}/resubmission", new { documentation = " " })).StatusCode);

        var sent = await Json(await supplier.PostAsJsonAsync($"{url}/{id}/resubmission", new { documentation = "Svar fra Nasta 20.04.2026: elektrisk ZX300 utsolgt." }));
        Assert.Equal("Assessed", sent.GetProperty("status").GetString());
        Assert.EndsWith("Svar fra Nasta 20.04.2026: elektrisk ZX300 utsolgt.", sent.GetProperty("evidence").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await supplier.PostAsJsonAsync($"{url}/{id}/resubmission", new { documentation = "Igjen." })).StatusCode);

        var approved = await Json(await (await BuyerAdmin()).PostAsJsonAsync($"{url}/{id}/decision", new { decision = "approved" }));
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        Assert.Equal(["applied", "assessed-approve", "more-documentation", "resubmitted", "approved"],
            approved.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task WaiverPages_SupplierAppliesWithMistakesThenRight_AdvisorAssesses_AdminDecides()
    {
        var contractId = await app.ContractId(Hasle);
        var newPage = $"/Contracts/{contractId}/Waivers/New";
        var supplier = await app.SignedIn("fjordbygg@demo.klimaspor.no");
        var before = await WaiverCount();

        var wrong = await KlimasporApp.PostForm(supplier, newPage, newPage, new()
        {
            ["Form.MachineId"] = "LIEBHERR-LTM1060-90003",
            ["Form.FromDate"] = "2026-10-12",
            ["Form.ToDate"] = "2026-09-30",
            ["Form.Reason"] = "grid-capacity",
        });
        var html = await wrong.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Til og med dato: Siste dag 2026-09-30 er før første dag 2026-10-12.", html, StringComparison.Ordinal);
        Assert.Equal(before, await WaiverCount());

        var right = await KlimasporApp.PostForm(supplier, newPage, newPage, new()
        {
            ["Form.MachineId"] = "LIEBHERR-LTM1060-90003",
            ["Form.MachineType"] = "mobilkran",
            ["Form.FromDate"] = "2026-09-14",
            ["Form.ToDate"] = "2026-10-09",
            ["Form.Reason"] = "grid-capacity",
            ["Form.Justification"] = "Byggestrømmen rekker ikke til kranen.",
            ["Form.ReplacementMachine"] = "Liebherr LTM 1060, Stage V",
            ["Form.ReplacementFuel"] = "hvo100",
        });
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        var detail = right.Headers.Location!.ToString();
        Assert.Contains("14.09.2026 – 09.10.2026", await supplier.GetStringAsync(detail), StringComparison.Ordinal);

        var advisor = await app.SignedIn("oslobygg@demo.klimaspor.no");
        Assert.Equal(HttpStatusCode.Redirect,
            (await KlimasporApp.PostForm(advisor, detail, detail + "?handler=Assess", new() { ["Recommendation"] = "approve", ["Assessment"] = "Dokumentert av nettselskapet." })).StatusCode);

        var admin = await app.SignedIn("oslo-admin@demo.klimaspor.no");
        var noComment = await KlimasporApp.PostForm(admin, detail, detail + "?handler=Decide", new() { ["Decision"] = "rejected" });
        Assert.Contains("Begrunnelse for vedtaket: Fyll ut feltet.", await noComment.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await KlimasporApp.PostForm(admin, detail, detail + "?handler=Decide", new() { ["Decision"] = "approved" })).StatusCode);

        var page = await supplier.GetStringAsync(detail);
        Assert.Contains("Godkjente fraviket", page); // the history names the step
        Assert.Contains("Dokumentert av nettselskapet.", page);
        var list = await supplier.GetStringAsync($"/Contracts/{contractId}/Waivers");
        Assert.Contains("LIEBHERR-LTM1060-90003", list);
    }

    [Fact]
    public async Task WaiverPages_SupplierOnTheDecideHandler_IsForbiddenAndNothingChanges()
    {
        var waiver = await app.WithDb(db => db.Waivers.Where(w => w.Reference == "FRAVIK-2026-0005").Select(w => new { w.Id, w.ContractId, w.RowVersion }).SingleAsync());
        var detail = $"/Contracts/{waiver.ContractId}/Waivers/{waiver.Id}";
        var nordlys = await app.SignedIn("nordlys@demo.klimaspor.no");

        var response = await KlimasporApp.PostForm(nordlys, detail, detail + "?handler=Decide", new() { ["Decision"] = "approved" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(waiver.RowVersion, await app.WithDb(db => db.Waivers.Where(w => w.Id == waiver.Id).Select(w => w.RowVersion).SingleAsync()));
    }
}

public sealed class WaiversOnSqliteTests(SqliteApp app) : WaiversTests(app), IClassFixture<SqliteApp>;

public sealed class WaiversOnPostgresTests(PostgresApp app) : WaiversTests(app), IClassFixture<PostgresApp>;
