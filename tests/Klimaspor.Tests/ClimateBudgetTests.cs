using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;
using PdfSharp.Pdf.IO;
using static Klimaspor.Data.DemoData;

namespace Klimaspor.Tests;

/// <summary>
/// Issue 15 item 4, the climate budget "per unit and tertial (January–April, May–August, September–December), each
/// tertial and the year to date … as a page, an Excel workbook and a PDF … A report once produced is kept with the
/// submission versions it used, so it can be reproduced." Known answers come from the overview (the same counted
/// reports, issue 14 item 0) and from adding the tertials.
/// </summary>
public abstract class ClimateBudgetTests(KlimasporApp app)
{
    private const string Okern = "OBF-2024-017";
    private const string Ring2 = "BYM-2024-112";
    private const string Year = "2026";

    /// <summary>The budget's sums: each period's is its contracts' sum, and the year to date's is the tertials'.</summary>
    private static readonly string[][] Sums =
    [
        ["constructionEnergy", "total"], ["constructionEnergy", "byClass", "zeroEmission"], ["constructionEnergy", "byClass", "biogas"],
        ["constructionEnergy", "byClass", "fossil"], ["territorialEmissions"], ["lifeCycleEmissions"], ["territorialAvoided", "zeroEmission"],
        ["lifeCycleAvoided", "biogas"], ["massTransport", "km"], ["massTransport", "zeroEmissionKm"], ["massTransport", "biogasKm"],
        ["wasteTransport", "km"], ["wasteTransport", "zeroEmissionKm"], ["wasteTransport", "biogasKm"],
    ];

    private static decimal Amount(JsonElement e) => e.ValueKind == JsonValueKind.Object ? e.GetProperty("value").GetDecimal() : e.GetDecimal();

    private static decimal At(JsonElement e, string[] path) => Amount(path.Aggregate(e, (x, p) => x.GetProperty(p)));

    private static decimal? Share(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetDecimal();

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created, $"{response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private static async Task<JsonElement> Budget(HttpClient client, string query) => await Json(await client.GetAsync("/api/v1/climate-budget?" + query));

    private Task<Guid> Unit(string orgNo) => app.WithDb(db => db.Organisations.Where(o => o.OrgNo == orgNo).Select(o => o.Id).SingleAsync());

    [Fact]
    public async Task ClimateBudget_OsloYear_EachTertialIsTheOverviewsAndTheYearToDateAddsThemUp()
    {
        var oslo = await app.ApiFor(OrgNo.Oslo, Roles.Analyst);

        var budget = await Budget(oslo, "year=" + Year);

        var periods = budget.GetProperty("periods").EnumerateArray().ToList();
        Assert.Equal(["2026-T1", "2026-T2", "2026-T3", "2026-YTD"], periods.Select(p => p.GetProperty("name").GetString()));
        Assert.Equal("2026-05", periods[1].GetProperty("from").GetString());
        Assert.Equal("2026-08", periods[1].GetProperty("to").GetString());
        for (var t = 1; t <= 3; t++)
        {
            var overview = await Json(await oslo.GetAsync($"/api/v1/statistics?tertial={Year}-T{t}"));
            var figures = overview.GetProperty("totals").GetProperty("figures");
            var period = periods[t - 1].GetProperty("figures");
            Assert.Equal(At(figures, ["siteEnergy"]), At(period, ["constructionEnergy", "total"]));
            Assert.Equal(At(figures, ["territorial", "emissions"]), At(period, ["territorialEmissions"]));
            Assert.Equal(At(figures, ["lifeCycle", "avoidedByClass", "zeroEmission"]), At(period, ["lifeCycleAvoided", "zeroEmission"]));
            Assert.Equal(At(figures, ["massTransport", "km"]), At(period, ["massTransport", "km"]));
            Assert.Equal(overview.GetProperty("contractsByStatus").GetProperty("met").GetInt32(), periods[t - 1].GetProperty("contractsMet").GetInt32());
            Assert.Equal(overview.GetProperty("contractsByStatus").GetProperty("notMet").GetInt32(), periods[t - 1].GetProperty("contractsNotMet").GetInt32());
        }

        var toDate = periods[3].GetProperty("figures");
        foreach (var path in Sums)
        {
            Assert.True(At(toDate, path) == periods.Take(3).Sum(p => At(p.GetProperty("figures"), path)), $"{string.Join('.', path)}: the year to date is not the tertials' sum");
            foreach (var period in periods)
            {
                var contracts = period.GetProperty("contracts").EnumerateArray().ToList();
                Assert.True(At(period.GetProperty("figures"), path) == contracts.Sum(c => At(c.GetProperty("figures"), path)),
                    $"{period.GetProperty("name").GetString()} {string.Join('.', path)}: the contracts behind it do not add up");
            }
        }

        // The demo drives masses and waste: the shares are the year's own quotients, never a sum of the tertials' shares.
        var mass = toDate.GetProperty("massTransport");
        Assert.True(At(mass, ["km"]) > 0, mass.GetRawText());
        Assert.Equal(At(mass, ["zeroEmissionKm"]) / At(mass, ["km"]), Share(mass.GetProperty("zeroEmissionShare")));
        Assert.Equal(At(mass, ["biogasKm"]) / At(mass, ["km"]), Share(mass.GetProperty("biogasShare")));
        var energy = toDate.GetProperty("constructionEnergy");
        Assert.Equal(At(energy, ["byClass", "biogas"]) / At(energy, ["total"]), Share(energy.GetProperty("biogasShare")));
        Assert.True(At(toDate, ["wasteTransport", "km"]) > 0);
        Assert.NotEmpty(budget.GetProperty("factorSets").EnumerateArray());
    }

    [Fact]
    public async Task ClimateBudget_Unit_SeesOnlyItsOwn()
    {
        var oslobygg = await app.ApiFor(OrgNo.Oslobygg, Roles.FollowUpOfficer);
        var oslobyggId = await Unit(OrgNo.Oslobygg);
        var own = await app.WithDb(db => db.Contracts.Where(c => c.BuyerUnitId == oslobyggId).Select(c => c.Id).ToListAsync());

        var budget = await Budget(oslobygg, "year=" + Year);

        Assert.Equal("Oslobygg KF", budget.GetProperty("unitName").GetString());
        var behind = budget.GetProperty("periods").EnumerateArray().SelectMany(p => p.GetProperty("contracts").EnumerateArray()).Select(c => c.GetProperty("id").GetGuid()).ToList();
        Assert.NotEmpty(behind);
        Assert.All(behind, id => Assert.Contains(id, own));
        // Oslo, the top organisation, picks the unit and gets the same figures.
        var picked = await Budget(await app.ApiFor(OrgNo.Oslo, Roles.Analyst), $"year={Year}&unit={oslobyggId}");
        Assert.Equal(budget.GetProperty("periods").GetRawText(), picked.GetProperty("periods").GetRawText());

        var renovasjon = await Unit(OrgNo.Renovasjonsetaten);
        Assert.Equal(HttpStatusCode.NotFound, (await oslobygg.GetAsync($"/api/v1/climate-budget?year={Year}&unit={renovasjon}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiFor(OrgNo.Asker, Roles.Analyst)).GetAsync($"/api/v1/climate-budget?unit={oslobyggId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await Demo.Supplier(app)).GetAsync("/api/v1/climate-budget")).StatusCode);
    }

    [Fact]
    public async Task ClimateBudget_ReturnedReport_DoesNotCount()
    {
        var bym = await app.ApiFor(OrgNo.Bymiljoetaten, Roles.FollowUpOfficer);
        var ring2 = await app.ContractId(Ring2);
        var returned = await app.WithDb(db => (
                from s in db.ReportSubmissions
                join r in db.Reports on s.ReportId equals r.Id
                where r.ContractId == ring2 && r.Status == ReportStatus.Returned
                select s.Id)
            .ToListAsync());
        Assert.NotEmpty(returned);

        var budget = await Budget(bym, "year=" + Year);

        var used = budget.GetProperty("submissions").EnumerateArray().Select(s => s.GetProperty("submissionId").GetGuid()).ToList();
        Assert.NotEmpty(used);
        Assert.DoesNotContain(used, returned.Contains);
    }

    [Theory]
    [InlineData("year=1999", "year", "2000")]
    [InlineData("year=tjuesekstjue", "year", "2000")]
    public async Task ClimateBudget_BadYear_422ListingWhatIsAllowed(string query, string field, string allowed)
    {
        var response = await (await app.ApiFor(OrgNo.Oslo, Roles.Analyst)).GetAsync("/api/v1/climate-budget?" + query);

        await AssertRefused(response, field, allowed);
    }

    [Fact]
    public async Task ProduceReport_TertialFour_422ListingTheTertials()
    {
        var response = await (await app.ApiFor(OrgNo.Oslobygg, Roles.FollowUpOfficer)).PostAsJsonAsync("/api/v1/climate-budget/reports", new { year = 2026, tertial = 4 });

        await AssertRefused(response, "tertial", "1, 2, 3");
    }

    private static async Task AssertRefused(HttpResponseMessage response, string field, string allowed)
    {
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = Assert.Single(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(field, error.GetProperty("column").GetString());
        Assert.Contains(allowed, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClimateBudgetWorkbook_Oslobygg_OpensWithTheSameFiguresAsTheApiAndThePdfIsTagged()
    {
        var oslobygg = await app.ApiFor(OrgNo.Oslobygg, Roles.FollowUpOfficer);
        var budget = await Budget(oslobygg, "year=" + Year);
        var periods = budget.GetProperty("periods").EnumerateArray().ToList();

        var response = await oslobygg.GetAsync($"/api/v1/climate-budget/export?year={Year}&format=xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var sheets = ExportsTests.Sheets(workbook);
        Assert.Equal(["Tall per periode", "1. tertial 2026", "2. tertial 2026", "3. tertial 2026", "Hittil i år 2026", "Definisjoner og kilder"], sheets.Keys);
        var summary = sheets["Tall per periode"];
        Assert.Equal(["Tall", "Enhet", "1. tertial 2026", "2. tertial 2026", "3. tertial 2026", "Hittil i år 2026"], summary[0].Select(c => c.Text));
        void Row(string label, string[] path, decimal factor = 1m)
        {
            var row = summary.Single(r => r[0].Text == label);
            // A share with nothing to divide is not available: an empty cell, never 0.
            var value = (JsonElement p) => path.Aggregate(p.GetProperty("figures"), (x, step) => x.GetProperty(step));
            Assert.Equal(periods.Select(p => value(p).ValueKind == JsonValueKind.Null ? null : (decimal?)(Amount(value(p)) * factor)), row.Skip(2).Select(c => c.Number));
        }

        Row("Byggeplassenergi", ["constructionEnergy", "total"]);
        Row("Byggeplassenergi: Biogass", ["constructionEnergy", "byClass", "biogas"]);
        Row("Massetransport", ["massTransport", "km"]);
        Row("Massetransport: utslippsfri andel", ["massTransport", "zeroEmissionShare"], 100m);
        Row("Avfallstransport", ["wasteTransport", "km"]);
        Assert.Equal(periods.Select(p => (decimal?)p.GetProperty("contractsMet").GetInt32()), summary.Single(r => r[0].Text == "Kontrakter med krav oppfylt").Skip(2).Select(c => c.Number));
        // Each period's contracts, the total last, as the API gives them; the factor set versions on the last sheet.
        var yearToDate = sheets["Hittil i år 2026"];
        Assert.Equal(periods[3].GetProperty("contracts").GetArrayLength() + 2, yearToDate.Count);
        Assert.Equal("Sum", yearToDate[^1][0].Text);
        var key = budget.GetProperty("factorSets")[0].GetProperty("key").GetString()!;
        Assert.Contains(sheets["Definisjoner og kilder"].SelectMany(r => r), c => c.Text?.Contains(key, StringComparison.Ordinal) == true);

        var pdf = await oslobygg.GetAsync($"/api/v1/climate-budget/export?year={Year}&format=pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        using var document = PdfReader.Open(new MemoryStream(await pdf.Content.ReadAsByteArrayAsync()), PdfDocumentOpenMode.Import);
        Assert.True(document.Internals.Catalog.Elements.ContainsKey("/StructTreeRoot"), "The PDF is not tagged.");
        Assert.Contains("Oslobygg KF", ExportsTests.Text(document), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProducedReport_NewSubmissionAfterwards_StaysAsProducedAndSaysTheLiveFiguresDiffer()
    {
        var buyer = await app.ApiFor(OrgNo.Oslobygg, Roles.FollowUpOfficer);
        var produced = await Json(await buyer.PostAsJsonAsync("/api/v1/climate-budget/reports", new { year = 2026, tertial = 2 }));
        var id = produced.GetProperty("id").GetGuid();
        var first = await Json(await buyer.GetAsync($"/api/v1/climate-budget/reports/{id}"));
        Assert.False(first.GetProperty("liveDiffers").GetBoolean());
        Assert.Equal(["2026-T1", "2026-T2", "2026-YTD"], first.GetProperty("budget").GetProperty("periods").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        var storedTerritorial = At(first.GetProperty("budget").GetProperty("periods")[1].GetProperty("figures"), ["territorialEmissions"]);

        // Økern's May had no report; now its supplier submits one: 1 000 l diesel, 2 660 kg CO2e territorial (Miljødirektoratet's 2.66 kg/l).
        var supplier = await Demo.Supplier(app);
        var url = $"/api/v1/contracts/{await app.ContractId(Okern)}/reports/2026-05";
        Assert.Equal(HttpStatusCode.OK, (await supplier.PutDraftAsync(url, new
        {
            machines = new object[]
            {
                new { machineId = "VOLVO-A30G-5521", machineType = "dumper", weightTonnes = 24, energyCarrier = "diesel", emissionClass = "stage-v",
                    operatingHours = 120, idleHours = 30, fuelLitres = 1000, dataSource = "tankanlegg" },
            },
        })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await supplier.PostAsync(url + "/submit", null)).StatusCode);

        var again = await Json(await buyer.GetAsync($"/api/v1/climate-budget/reports/{id}"));
        Assert.Equal(first.GetProperty("budget").GetRawText(), again.GetProperty("budget").GetRawText());
        Assert.True(again.GetProperty("liveDiffers").GetBoolean());
        var live = await Budget(buyer, "year=" + Year);
        Assert.Equal(storedTerritorial + 2660m, At(live.GetProperty("periods")[1].GetProperty("figures"), ["territorialEmissions"]));

        // The file is the report as produced, and another organisation cannot read it.
        var file = await buyer.GetAsync($"/api/v1/climate-budget/reports/{id}/export?format=xlsx");
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await file.Content.ReadAsByteArrayAsync()), false);
        var t2 = ExportsTests.Sheets(workbook)["Tall per periode"].Single(r => r[0].Text == "Utslipp, territorielt");
        Assert.Equal(storedTerritorial, t2[3].Number);
        Assert.Contains((await Json(await buyer.GetAsync("/api/v1/climate-budget/reports"))).EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiFor(OrgNo.Asker, Roles.Analyst)).GetAsync($"/api/v1/climate-budget/reports/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiFor(OrgNo.Renovasjonsetaten, Roles.Analyst)).GetAsync($"/api/v1/climate-budget/reports/{id}/export?format=pdf")).StatusCode);
    }

    [Fact]
    public async Task ClimateBudgetPage_FollowUpOfficer_ShowsTheFiguresProducesAReportAndDownloads()
    {
        var browser = await app.SignedIn("oslobygg@demo.klimaspor.no");

        var html = WebUtility.HtmlDecode(await browser.GetStringAsync($"/ClimateBudget?year={Year}"));

        Assert.Contains("Klimabudsjett Oslobygg KF 2026", html, StringComparison.Ordinal);
        Assert.Contains("Massetransport: utslippsfri andel", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/ClimateBudget?", html, StringComparison.Ordinal);
        var xlsx = await browser.GetAsync($"/ClimateBudget?handler=File&year={Year}&format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Klimabudsjett", WebUtility.HtmlDecode(await browser.GetStringAsync("/Statistics")), StringComparison.Ordinal);
    }
}

public sealed class ClimateBudgetOnSqliteTests(SqliteApp app) : ClimateBudgetTests(app), IClassFixture<SqliteApp>;

public sealed class ClimateBudgetOnPostgresTests(PostgresApp app) : ClimateBudgetTests(app), IClassFixture<PostgresApp>;
