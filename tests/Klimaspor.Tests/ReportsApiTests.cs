using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;
using static Klimaspor.Data.DemoData;

namespace Klimaspor.Tests;

/// <summary>A month reported over the API, reviewed, corrected and approved; every step audited.</summary>
public abstract class ReportsApiTests(KlimasporApp app)
{
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

    private static async Task<JsonElement> Json(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task Draft_ReplacedWithoutOrWithAStaleIfMatch_428Or412AndNothingChanged()
    {
        var supplier = await Demo.Supplier(app);
        var url = await Url("OBF-2024-017", "2026-02");

        // Creating the draft needs no If-Match; its answer carries the ETag for the next change.
        using var created = await supplier.PutAsJsonAsync(url, Body(400));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var etag = created.Headers.ETag;
        Assert.NotNull(etag);

        using var missing = await supplier.PutAsJsonAsync(url, Body(500));
        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
        Assert.Equal("https://klimaspor.no/problems/if-match-required", (await Json(missing)).GetProperty("type").GetString());

        using var staleRequest = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(Body(600)), Headers = { { "If-Match", "\"00000000000000000000000000000000\"" } } };
        using var stale = await supplier.SendAsync(staleRequest);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("https://klimaspor.no/problems/stale", (await Json(stale)).GetProperty("type").GetString());

        var kept = await Json(await supplier.GetAsync(url));
        Assert.Equal(400m, kept.GetProperty("draft").GetProperty("machines")[0].GetProperty("fuelLitres").GetDecimal());

        using var currentRequest = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(Body(700)), Headers = { IfMatch = { etag } } };
        Assert.Equal(HttpStatusCode.OK, (await supplier.SendAsync(currentRequest)).StatusCode);
    }

    [Fact]
    public async Task Approve_ManyAtOnce_OneApprovesTheRestAre409NoneFail()
    {
        var supplier = await Demo.Supplier(app);
        var buyer = await app.ApiFor(OrgNo.Oslobygg, Roles.FollowUpOfficer);
        var url = await Url("OBF-2024-017", "2026-04");
        Assert.Equal(HttpStatusCode.OK, (await supplier.PutDraftAsync(url, Body(300))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await supplier.PostAsync(url + "/submit", null)).StatusCode);

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => buyer.PostAsync(url + "/approve", null)));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        var contractId = await app.ContractId("OBF-2024-017");
        // This report's approvals only: the demo has approved reports of other contracts for the same month.
        var approvals = await app.WithDb(db => db.ReportAudit.CountAsync(a => a.Action == "approved"
            && db.Reports.Any(r => r.Id == a.ReportId && r.ContractId == contractId && r.Period == "2026-04")));
        Assert.Equal(1, approvals);
    }

    private async Task<string> Url(string reference, string period) => $"/api/v1/contracts/{await app.ContractId(reference)}/reports/{period}";

    [Fact]
    public async Task Report_DraftSubmitReturnCorrectApprove_VersionsAndFiguresKept()
    {
        var supplier = await Demo.Supplier(app);
        var buyer = await app.ApiFor(OrgNo.Oslobygg, Roles.FollowUpOfficer);
        var url = await Url("OBF-2024-017", "2026-03");

        var draft = await supplier.PutDraftAsync(url, Body(1000));
        Assert.True(draft.StatusCode == HttpStatusCode.OK, await draft.Content.ReadAsStringAsync());
        Assert.Equal("Draft", (await Json(draft)).GetProperty("status").GetString());

        var submitted = await Json(await supplier.PostAsync(url + "/submit", null));
        Assert.Equal("Submitted", submitted.GetProperty("status").GetString());
        // 1 000 l diesel × 2.66 kg/l (Miljødirektoratet); the cable-electric excavator counts 0 territorially.
        Assert.Equal(2660m, submitted.GetProperty("submissions")[0].GetProperty("totals").GetProperty("territorial").GetProperty("emissions").GetDecimal());
        Assert.Equal(HttpStatusCode.Conflict, (await supplier.PutDraftAsync(url, Body(900))).StatusCode); // locked while in review

        var returned = await buyer.PostAsJsonAsync(url + "/return", new { comment = "Dumperen brukte 1 100 liter ifølge tankloggen." });
        Assert.Equal("Returned", (await Json(returned)).GetProperty("status").GetString());
        await supplier.PutDraftAsync(url, Body(1100));
        await supplier.PostAsync(url + "/submit", null);
        var approved = await Json(await buyer.PostAsync(url + "/approve", null));

        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        Assert.Equal(2, approved.GetProperty("version").GetInt32());
        var submissions = approved.GetProperty("submissions");
        Assert.Equal(2660m, submissions[0].GetProperty("totals").GetProperty("territorial").GetProperty("emissions").GetDecimal());
        Assert.Equal(2926m, submissions[1].GetProperty("totals").GetProperty("territorial").GetProperty("emissions").GetDecimal());
        Assert.Equal("no-territorial-2021", submissions[1].GetProperty("territorial").GetProperty("key").GetString());

        var reportId = approved.GetProperty("id").GetGuid();
        var actions = await app.WithDb(db => db.ReportAudit.Where(a => a.ReportId == reportId).OrderBy(a => a.At).Select(a => a.Action).ToListAsync());
        Assert.Equal(["draft-saved:api", "submitted", "returned", "draft-saved:api", "submitted", "approved"], actions);
    }

    [Fact]
    public async Task Draft_WithMistakes_EveryErrorLocatedAndNothingStored()
    {
        var supplier = await Demo.Supplier(app);
        var url = await Url("OBF-2025-003", "2026-02");

        var response = await supplier.PutDraftAsync(url, new
        {
            machines = new object[]
            {
                new { machineId = "M1", machineType = "gravemaskin", weightTonnes = 21, energyCarrier = "el-batteri", operatingHours = 100, fuelLitres = 50, dataSource = "manuell" },
                new { machineId = "M2", machineType = "flyvemaskin", weightTonnes = 21, energyCarrier = "diesel", emissionClass = "stage-v", operatingHours = 900, fuelLitres = 900, dataSource = "manuell" },
            },
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await Json(response)).GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("sheet").GetString(), e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString())).ToList();
        Assert.Contains(("machines", 1, "fuelLitres"), errors);    // litres on a battery machine
        Assert.Contains(("machines", 2, "machineType"), errors);   // not in the code list
        Assert.Contains(("machines", 2, "operatingHours"), errors); // 900 h is more than 28 days × 24 h
        var contractId = await app.ContractId("OBF-2025-003");
        Assert.False(await app.WithDb(db => db.Reports.AnyAsync(r => r.ContractId == contractId)));
    }

    [Fact]
    public async Task Reports_Tenancy_SuppliersOwnOnly_BuyersReviewOnly()
    {
        var url = await Url("OBF-2024-017", "2026-01");
        var outsider = await app.ApiFor(OrgNo.Nordlys, Roles.SupplierReporter); // not party to OBF-2024-017
        var subcontractor = await app.ApiFor(OrgNo.GronnMaskin, Roles.SupplierReporter);
        var buyer = await Demo.Buyer(app);

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PutDraftAsync(url, Body(500))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await buyer.PutDraftAsync(url, Body(500))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await subcontractor.PutDraftAsync(url, Body(500))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await subcontractor.PostAsync(url + "/approve", null)).StatusCode);

        // The main supplier's report for the period is its own, separate from the subcontractor's.
        var main = await Json(await (await Demo.Supplier(app)).GetAsync(url));
        Assert.Equal("NotStarted", main.GetProperty("status").GetString());
        var subcontractors = await Json(await buyer.GetAsync(url + "?supplier=" + OrgNo.GronnMaskin));
        Assert.Equal("Draft", subcontractors.GetProperty("status").GetString());

        // Its workbook too, by the same parameter: the subcontractor's report, not the main supplier's.
        Assert.Equal(OrgNo.GronnMaskin, await WorkbookSupplier(await buyer.GetAsync(url + "/workbook?supplier=" + OrgNo.GronnMaskin)));
        Assert.Equal(OrgNo.Fjordbygg, await WorkbookSupplier(await buyer.GetAsync(url + "/workbook")));
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(url + "/workbook")).StatusCode);
    }

    /// <summary>The supplier named on a downloaded workbook's Rapport sheet.</summary>
    private static async Task<string> WorkbookSupplier(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sheets = Reports.WorkbookSamples.Read(await response.Content.ReadAsStreamAsync());
        var rapport = sheets.First(s => Domain.Reporting.Template.TemplateSheets.Report.IsNamed(s.Key)).Value;
        return Domain.Reporting.Template.TemplateParser.ParseReportHeader(rapport).Header!.SupplierOrgNo.ToString();
    }

    [Fact]
    public async Task Report_PeriodOutsideTheContract_NotFound()
    {
        var supplier = await Demo.Supplier(app);

        Assert.Equal(HttpStatusCode.NotFound, (await supplier.PutDraftAsync(await Url("OBF-2024-017", "2023-05"), Body(10))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supplier.GetAsync(await Url("OBF-2024-017", "mars"))).StatusCode);
    }

    [Fact]
    public async Task Submit_Twice_StoresOneVersion()
    {
        var supplier = await Demo.Supplier(app);
        var url = await Url("ASK-2024-031", "2025-11");
        await supplier.PutDraftAsync(url, Body(700));

        await supplier.PostAsync(url + "/submit", null);
        var again = await Json(await supplier.PostAsync(url + "/submit", null));

        Assert.Equal(1, again.GetProperty("version").GetInt32());
        Assert.Single(again.GetProperty("submissions").EnumerateArray());
    }

    [Fact]
    public async Task Submit_MachineAlsoInOtherSuppliersReports_WarnedOnTheSubmissionForBothSides()
    {
        // Økern (Oslobygg): the subcontractor Grønn Maskinutleie reports the dumper for May; on Oslobygg's Bjørnholt
        // contract Nordlys reports the wheel loader for the first half of May.
        var subcontractor = await app.ApiFor(OrgNo.GronnMaskin, Roles.SupplierReporter);
        var okern = await Url("OBF-2024-017", "2026-05");
        Assert.Equal(HttpStatusCode.OK, (await subcontractor.PutDraftAsync(okern, new
        {
            machines = new object[] { new { machineId = "volvo a30g 5521", machineType = "dumper", weightTonnes = 24, energyCarrier = "hvo100",
                emissionClass = "stage-v", operatingHours = 80, idleHours = 10, fuelLitres = 900, dataSource = "tankanlegg" } },
        })).StatusCode);
        await subcontractor.PostAsync(okern + "/submit", null);
        var nordlys = await app.ApiFor(OrgNo.Nordlys, Roles.SupplierReporter);
        var bjornholt = await Url("OBF-2025-021", "2026-05");
        await nordlys.PutDraftAsync(bjornholt, new
        {
            machines = new object[] { new { machineId = "CAT-950-88213", machineType = "hjullaster", weightTonnes = 19.5, energyCarrier = "hvo100",
                emissionClass = "stage-v", toDate = "2026-05-15", operatingHours = 70, idleHours = 20, fuelLitres = 800, dataSource = "telematikk" } },
        });
        await nordlys.PostAsync(bjornholt + "/submit", null);

        var supplier = await Demo.Supplier(app);
        await supplier.PutDraftAsync(okern, new
        {
            machines = new object[]
            {
                new { machineId = "VOLVO-A30G-5521", machineType = "dumper", weightTonnes = 24, energyCarrier = "diesel", emissionClass = "stage-v",
                    operatingHours = 120, idleHours = 30, fuelLitres = 1000, dataSource = "tankanlegg" },
                new { machineId = "CAT-950-88213", machineType = "hjullaster", weightTonnes = 19.5, energyCarrier = "hvo100", emissionClass = "stage-v",
                    fromDate = "2026-05-10", operatingHours = 90, idleHours = 20, fuelLitres = 1000, dataSource = "telematikk" },
                // Only from the 20th, after Nordlys had it: no overlap, no warning.
                new { machineId = "KOMATSU-PC55-771", machineType = "minigraver", weightTonnes = 5.5, energyCarrier = "el-batteri",
                    fromDate = "2026-05-20", operatingHours = 40, electricityKwh = 480, dataSource = "maaler" },
            },
        });
        var submitted = await Json(await supplier.PostAsync(okern + "/submit", null));

        var warnings = submitted.GetProperty("submissions")[0].GetProperty("warnings").EnumerateArray()
            .Where(w => w.GetProperty("code").GetString() == "MachineInSeveralReports").ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.GetProperty("row").GetInt32() == 1 && w.GetProperty("column").GetString() == "machineId"
            && w.GetProperty("message").GetString()!.Contains("998 877 660", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.GetProperty("row").GetInt32() == 2 && w.GetProperty("message").GetString()!.Contains("922 334 455", StringComparison.Ordinal));

        // The buyer sees the same warnings on the report.
        var buyer = await app.ApiFor(OrgNo.Oslobygg, Roles.FollowUpOfficer);
        var seen = await Json(await buyer.GetAsync(okern));
        Assert.Equal(2, seen.GetProperty("submissions")[0].GetProperty("warnings").EnumerateArray().Count(w => w.GetProperty("code").GetString() == "MachineInSeveralReports"));
    }

    [Fact]
    public async Task Periods_ListShowsOverdueMissingReports()
    {
        var buyer = await app.ApiFor(OrgNo.Asker, Roles.FollowUpOfficer);
        var periods = await Json(await buyer.GetAsync($"/api/v1/contracts/{await app.ContractId("ASK-2025-007")}/reports"));

        // ASK-2025-007 began in April 2025 and no report exists: every ended period whose 10th has passed is overdue.
        var april = periods.EnumerateArray().Single(p => p.GetProperty("period").GetString() == "2025-04");
        Assert.Equal("NotStarted", april.GetProperty("status").GetString());
        Assert.True(april.GetProperty("overdue").GetBoolean());
        Assert.Equal("2025-05-10", april.GetProperty("dueDate").GetString());
    }
}

public sealed class ReportsApiOnSqliteTests(SqliteApp app) : ReportsApiTests(app), IClassFixture<SqliteApp>;

public sealed class ReportsApiOnPostgresTests(PostgresApp app) : ReportsApiTests(app), IClassFixture<PostgresApp>;
