using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;
using static Klimaspor.Data.DemoData;

namespace Klimaspor.Tests;

/// <summary>
/// Issue 15 items 1, 2 and 7: the buyer's overview over the statistics rows. Known answers come from the reports
/// themselves: the overview's totals are the sum of the counted reports' own totals (issue 14 item 0: per report the
/// latest approved submission, else the latest awaiting review, never a returned one), and every breakdown adds up
/// to them.
/// </summary>
public abstract class StatisticsTests(KlimasporApp app)
{
    private const string Okern = "OBF-2024-017";
    private const string Ring2 = "BYM-2024-112";

    /// <summary>The sums a report's totals and the overview share: they must add up, unlike shares.</summary>
    private static readonly string[][] Sums =
    [
        ["energy"], ["siteEnergy"], ["energyByClass", "zeroEmission"], ["energyByClass", "fossil"], ["energyByClass", "liquidBiofuel"],
        ["territorial", "emissions"], ["lifeCycle", "emissions"], ["territorial", "avoided"], ["lifeCycle", "avoided"], ["lifeCycle", "effect"],
        ["lifeCycle", "avoidedByClass", "zeroEmission"], ["machineHours"], ["zeroEmissionMachineHours"], ["idleHours"], ["vehicleKm"],
        ["zeroEmissionKm"], ["zeroEmissionOrBiogasKm"], ["lines"],
    ];

    private static decimal At(JsonElement figures, string[] path) => path.Aggregate(figures, (e, p) => e.GetProperty(p)).GetDecimal();

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement;
    }

    private static async Task<JsonElement> Statistics(HttpClient client, string query) => await Json(await client.GetAsync("/api/v1/statistics?" + query));

    /// <summary>Each counted report's own totals, read over the API as the buyer reads the report.</summary>
    private async Task<List<JsonElement>> CountedReportTotals(HttpClient buyer, IReadOnlyCollection<string> units, string from, string to)
    {
        var reports = await app.WithDb(db => (
                from r in db.Reports
                join c in db.Contracts on r.ContractId equals c.Id
                where units.Contains(c.BuyerUnit!.OrgNo) && (r.Status == ReportStatus.Submitted || r.Status == ReportStatus.Approved)
                select new { r.ContractId, r.Period, Supplier = r.Supplier!.OrgNo, Main = r.SupplierId == c.SupplierId })
            .ToListAsync());
        var totals = new List<JsonElement>();
        foreach (var r in reports.Where(r => string.CompareOrdinal(r.Period, from) >= 0 && string.CompareOrdinal(r.Period, to) <= 0))
        {
            var report = await Json(await buyer.GetAsync($"/api/v1/contracts/{r.ContractId}/reports/{r.Period}" + (r.Main ? "" : "?supplier=" + r.Supplier)));
            totals.Add(report.GetProperty("submissions").EnumerateArray().Last().GetProperty("totals"));
        }

        return totals;
    }

    [Fact]
    public async Task Statistics_OsloYear_TotalsAreTheCountedReportsOwnTotalsAndEveryBreakdownAddsUp()
    {
        var oslo = await app.ApiFor(OrgNo.Oslo, Roles.Analyst);
        var reports = await CountedReportTotals(oslo, [OrgNo.Oslo, OrgNo.Oslobygg, OrgNo.Bymiljoetaten, OrgNo.Renovasjonsetaten], "2026-01", "2026-12");
        Assert.True(reports.Count >= 7, $"The demo has seven counted Oslo reports in 2026, found {reports.Count}.");

        foreach (var groupBy in new[] { "unit", "contract", "category", "energyCarrier", "type", "month" })
        {
            var answer = await Statistics(oslo, $"from=2026-01&to=2026-12&groupBy={groupBy}");
            var totals = answer.GetProperty("totals");
            var items = answer.GetProperty("items").EnumerateArray().ToList();
            Assert.Equal(reports.Count, totals.GetProperty("reports").GetInt32());
            foreach (var path in Sums)
            {
                var expected = reports.Sum(r => At(r, path));
                Assert.True(expected == At(totals.GetProperty("figures"), path), $"{groupBy} {string.Join('.', path)}: reports {expected}, totals {At(totals.GetProperty("figures"), path)}");
                Assert.True(expected == items.Sum(i => At(i.GetProperty("figures").GetProperty("figures"), path)),
                    $"{groupBy} {string.Join('.', path)}: the items do not add up to {expected}");
            }

            // A share is the group's own quotient, never a sum of shares.
            foreach (var item in items.Select(i => i.GetProperty("figures").GetProperty("figures")))
            {
                var hours = item.GetProperty("machineHours").GetDecimal();
                var share = item.GetProperty("zeroEmissionMachineHourShare");
                Assert.Equal<decimal?>(hours == 0 ? null : item.GetProperty("zeroEmissionMachineHours").GetDecimal() / hours,
                    share.ValueKind == JsonValueKind.Null ? null : share.GetDecimal());
            }
        }

        var byUnit = await Statistics(oslo, "year=2026&groupBy=unit");
        Assert.Equal(["Bymiljøetaten", "Oslobygg KF", "Renovasjons- og gjenvinningsetaten"],
            byUnit.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("label").GetString()).Order(StringComparer.Ordinal));
        Assert.Contains("returnert", byUnit.GetProperty("counted").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Statistics_OneContractsOneReport_SameKeyFiguresAsTheReportItself()
    {
        var oslo = await app.ApiFor(OrgNo.Oslo, Roles.FollowUpOfficer);
        var ring2 = await app.ContractId(Ring2);
        var report = await Json(await oslo.GetAsync($"/api/v1/contracts/{ring2}/reports/2026-09"));
        var own = report.GetProperty("submissions")[0].GetProperty("totals");

        var answer = await Statistics(oslo, $"month=2026-09&contract={ring2}");

        // Shares, intensities per machine hour and all: one report's rows give back exactly its own key figures.
        Assert.Equal(own.GetRawText(), answer.GetProperty("totals").GetProperty("figures").GetRawText());
    }

    [Fact]
    public async Task Statistics_ReturnedReport_DoesNotCount()
    {
        var oslo = await app.ApiFor(OrgNo.Oslo, Roles.FollowUpOfficer);
        var ring2 = await app.ContractId(Ring2);

        // Ring 2's October was returned (demo data): nothing of October counts; September, approved, does.
        var october = await Statistics(oslo, $"month=2026-10&contract={ring2}");
        var september = await Statistics(oslo, $"month=2026-09&contract={ring2}");

        Assert.Equal(0, october.GetProperty("totals").GetProperty("reports").GetInt32());
        Assert.Equal(0m, october.GetProperty("totals").GetProperty("figures").GetProperty("lifeCycle").GetProperty("emissions").GetDecimal());
        Assert.Equal(1, september.GetProperty("totals").GetProperty("reports").GetInt32());
        Assert.True(september.GetProperty("totals").GetProperty("figures").GetProperty("lifeCycle").GetProperty("emissions").GetDecimal() > 0);
    }

    [Fact]
    public async Task Statistics_SubmitReturnResubmitApprove_RowsFollowEachStep()
    {
        var supplier = await Demo.Supplier(app);
        var buyer = await app.ApiFor(OrgNo.Oslobygg, Roles.FollowUpOfficer);
        var okern = await app.ContractId(Okern);
        var url = $"/api/v1/contracts/{okern}/reports/2026-05";
        async Task<decimal> Territorial() => (await Statistics(buyer, $"month=2026-05&contract={okern}")).GetProperty("totals").GetProperty("figures")
            .GetProperty("territorial").GetProperty("emissions").GetDecimal();
        Assert.Equal(0m, await Territorial());

        Assert.Equal(HttpStatusCode.OK, (await supplier.PutDraftAsync(url, Body(1000))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await supplier.PostAsync(url + "/submit", null)).StatusCode);
        // 1 000 l diesel × 2.66 kg/l (Miljødirektoratet); the cable-electric excavator counts 0 territorially.
        Assert.Equal(2660m, await Territorial());

        Assert.Equal(HttpStatusCode.OK, (await buyer.PostAsJsonAsync(url + "/return", new { comment = "Feil liter." })).StatusCode);
        Assert.Equal(0m, await Territorial());

        await supplier.PutDraftAsync(url, Body(1100));
        Assert.Equal(HttpStatusCode.OK, (await supplier.PostAsync(url + "/submit", null)).StatusCode);
        Assert.Equal(2926m, await Territorial());
        Assert.Equal(HttpStatusCode.OK, (await buyer.PostAsync(url + "/approve", null)).StatusCode);
        Assert.Equal(2926m, await Territorial());
        // One report, one set of rows: the returned version left none behind.
        Assert.Equal(1, await app.WithDb(db => db.StatisticsRows.Where(r => r.ContractId == okern && r.Period == "2026-05").Select(r => r.SubmissionId).Distinct().CountAsync()));
    }

    private static object Body(decimal dieselLitres) => new
    {
        machines = new object[]
        {
            new { machineId = "VOLVO-A30G-5521", machineType = "dumper", weightTonnes = 24, energyCarrier = "diesel", emissionClass = "stage-v",
                operatingHours = 120, idleHours = 30, fuelLitres = dieselLitres, dataSource = "tankanlegg" },
            new { machineId = "VOLVO-EC230E-1042", machineType = "gravemaskin", weightTonnes = 23, energyCarrier = "el-kabel",
                operatingHours = 168, idleHours = 31, electricityKwh = 6720, dataSource = "telematikk" },
        },
    };

    [Fact]
    public async Task Statistics_Unit_SeesOnlyItsOwnAndNotAnotherUnit()
    {
        var oslobygg = await app.ApiFor(OrgNo.Oslobygg, Roles.FollowUpOfficer);
        var own = await CountedReportTotals(oslobygg, [OrgNo.Oslobygg], "2026-01", "2026-12");

        var answer = await Statistics(oslobygg, "year=2026&groupBy=unit");

        var unit = Assert.Single(answer.GetProperty("items").EnumerateArray());
        Assert.Equal("Oslobygg KF", unit.GetProperty("label").GetString());
        Assert.Equal(own.Sum(r => At(r, ["lifeCycle", "emissions"])), At(answer.GetProperty("totals").GetProperty("figures"), ["lifeCycle", "emissions"]));
        var renovasjon = await app.WithDb(db => db.Organisations.Where(o => o.OrgNo == OrgNo.Renovasjonsetaten).Select(o => o.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await oslobygg.GetAsync($"/api/v1/statistics?year=2026&unit={renovasjon}")).StatusCode);
        var ring2 = await app.ContractId(Ring2);
        Assert.Equal(HttpStatusCode.NotFound, (await oslobygg.GetAsync($"/api/v1/statistics?year=2026&contract={ring2}")).StatusCode);
        // Another buyer sees nothing of Oslo's.
        var asker = await Statistics(await app.ApiFor(OrgNo.Asker, Roles.Analyst), "year=2026&groupBy=contract");
        Assert.DoesNotContain(asker.GetProperty("items").EnumerateArray(), i => i.GetProperty("label").GetString()!.StartsWith(Okern, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await Demo.Supplier(app)).GetAsync("/api/v1/statistics")).StatusCode);
    }

    [Theory]
    [InlineData("groupBy=supplier", "groupBy", "energyCarrier")]
    [InlineData("from=2026-05&to=2026-01", "to", "2026-01")]
    [InlineData("from=2010-01&to=2026-12", "to", "10")]
    [InlineData("from=mai", "from", "2026-03")]
    [InlineData("tertial=2026-T4", "tertial", "T3")]
    [InlineData("category=romfart", "category", "anlegg")]
    public async Task Statistics_BadParameters_422ListingWhatIsAllowed(string query, string field, string allowed)
    {
        var response = await (await app.ApiFor(OrgNo.Oslo, Roles.Analyst)).GetAsync("/api/v1/statistics?" + query);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var error = Assert.Single(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(field, error.GetProperty("column").GetString());
        Assert.Contains(allowed, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Statistics_Tertial_IsFourMonthsAndCountsTheReportsDue()
    {
        var oslo = await app.ApiFor(OrgNo.Oslo, Roles.FollowUpOfficer);

        var answer = await Statistics(oslo, "tertial=2026-T3&groupBy=month");

        Assert.Equal("2026-09", answer.GetProperty("from").GetString());
        Assert.Equal("2026-12", answer.GetProperty("to").GetString());
        Assert.Equal(["2026-09", "2026-10", "2026-11", "2026-12"], answer.GetProperty("months").EnumerateArray().Select(m => m.GetProperty("key").GetString()));
        var byStatus = answer.GetProperty("reportsByStatus");
        Assert.True(byStatus.GetProperty("awaitingReview").GetInt32() >= 2, byStatus.GetRawText());
        var intensities = answer.GetProperty("totals").GetProperty("intensities");
        Assert.Equal(JsonValueKind.Null, intensities.GetProperty("emissionsPerTonneKm").GetProperty("value").ValueKind);
        Assert.True(intensities.GetProperty("territorialPerMachineHour").GetProperty("few").GetBoolean());
    }

    [Fact]
    public async Task OverviewPage_Buyer_IsTheHomePageWithUnitsSideBySideAndLinksToTheLists()
    {
        var buyer = await app.SignedIn("oslo-oppfolger@demo.klimaspor.no");

        var html = WebUtility.HtmlDecode(await buyer.GetStringAsync("/"));

        Assert.Contains("Oslobygg KF", html, StringComparison.Ordinal);
        Assert.Contains("Renovasjons- og gjenvinningsetaten", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Reports/AwaitingReview?", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Compliance", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("action=\"/Statistics\"", html, StringComparison.Ordinal);
        var bad = await buyer.GetAsync("/Statistics?groupBy=supplier");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("energyCarrier", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}

public sealed class StatisticsOnSqliteTests(SqliteApp app) : StatisticsTests(app), IClassFixture<SqliteApp>;

public sealed class StatisticsOnPostgresTests(PostgresApp app) : StatisticsTests(app), IClassFixture<PostgresApp>;
