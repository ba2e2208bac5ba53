using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Klimaspor.Web;
using static Klimaspor.Data.DemoData;

namespace Klimaspor.Tests;

/// <summary>
/// Every reporter counts and a returned report counts for nothing (issue 14 items 6 and 0). The domain README: the
/// contractor's reporter is the "supplier (main contractor; subcontractors report through it or directly)"; the
/// template's <c>ownerOrgNo</c> on a machine or vehicle line is the "organisation number (subcontractor or rental firm)".
/// </summary>
public abstract class SubcontractorReportsTests(KlimasporApp app)
{
    // Asker's Risenga contract: Fjordbygg the main supplier, Vestmo Massetransport named as subcontractor.
    private const string Contract = "ASK-2024-031";
    private const string Requirement = "oslo-2025-maskiner-utslippsfrie";

    private static async Task<JsonElement> Json(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static JsonElement Verdict(JsonElement compliance, string window) =>
        compliance.GetProperty("requirements").EnumerateArray().Single(r => r.GetProperty("key").GetString() == Requirement)
            .GetProperty("verdicts").EnumerateArray().Single(v => v.GetProperty("window").GetString() == window);

    private static object ElectricExcavator() => new
    {
        machineId = "KOMATSU-PC210LCE-31",
        machineType = "gravemaskin",
        weightTonnes = 21,
        energyCarrier = "el-kabel",
        operatingHours = 150,
        electricityKwh = 5900,
        dataSource = "telematikk",
    };

    private static object ElectricExcavator(string ownerOrgNo) => new
    {
        machineId = "VOLVO-EC230E-" + ownerOrgNo,
        ownerOrgNo,
        machineType = "gravemaskin",
        weightTonnes = 23,
        energyCarrier = "el-kabel",
        operatingHours = 120,
        electricityKwh = 4800,
        dataSource = "telematikk",
    };

    private static async Task Submit(HttpClient supplier, string url, object lines)
    {
        Assert.Equal(HttpStatusCode.OK, (await supplier.PutDraftAsync(url, lines)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await supplier.PostAsync(url + "/submit", null)).StatusCode);
    }

    [Fact]
    public async Task Subcontractor_MissingUntilOnTheMainSuppliersLinesOrInItsOwnReport_AReturnedReportCountsForNothing()
    {
        var buyer = await app.ApiFor(OrgNo.Asker, Roles.FollowUpOfficer);
        var fjordbygg = await Demo.Supplier(app);
        var vestmo = await app.ApiFor(OrgNo.Vestmo, Roles.SupplierReporter);
        var contract = $"/api/v1/contracts/{await app.ContractId(Contract)}";
        Assert.Equal(HttpStatusCode.Created, (await buyer.PostAsJsonAsync(contract + "/requirements", new { preset = "oslo-2025-utslippsfri-byggeplass" })).StatusCode);

        // June: the main supplier's report alone, all electric, long past its due date.
        await Submit(fjordbygg, contract + "/reports/2025-06", new { machines = new[] { ElectricExcavator() } });
        var june = Verdict(await Json(await buyer.GetAsync(contract + "/compliance?culture=en")), "2025-06");
        Assert.Equal("CannotAssess", june.GetProperty("status").GetString());
        var reason = Assert.Single(june.GetProperty("explanation").EnumerateArray());
        Assert.Equal("Requirement.ReportersMissing", reason.GetProperty("messageKey").GetString());
        Assert.Contains("Vestmo Massetransport AS (922998817) – 2025-06", reason.GetProperty("text").GetString(), StringComparison.Ordinal);
        // The contract's reports list names who is missing: Vestmo, not started and overdue, beside the main supplier's report.
        var periods = (await Json(await buyer.GetAsync(contract + "/reports"))).EnumerateArray().Where(p => p.GetProperty("period").GetString() == "2025-06").ToList();
        Assert.Contains(periods, p => p.GetProperty("supplierOrgNo").GetString() == OrgNo.Fjordbygg && p.GetProperty("status").GetString() == "Submitted");
        Assert.Contains(periods, p => p.GetProperty("supplierOrgNo").GetString() == OrgNo.Vestmo && p.GetProperty("status").GetString() == "NotStarted"
            && p.GetProperty("overdue").GetBoolean());

        // July: Vestmo's machine on the main supplier's lines, with its organisation number.
        await Submit(fjordbygg, contract + "/reports/2025-07", new { machines = new[] { ElectricExcavator(), ElectricExcavator(OrgNo.Vestmo) } });
        Assert.Equal("Met", Verdict(await Json(await buyer.GetAsync(contract + "/compliance")), "2025-07").GetProperty("status").GetString());

        // June again: Vestmo submits a report of its own.
        await Submit(vestmo, contract + "/reports/2025-06", new { machines = new[] { ElectricExcavator(OrgNo.Vestmo) } });
        Assert.Equal("Met", Verdict(await Json(await buyer.GetAsync(contract + "/compliance")), "2025-06").GetProperty("status").GetString());
        Assert.DoesNotContain((await Json(await buyer.GetAsync(contract + "/reports"))).EnumerateArray(),
            p => p.GetProperty("period").GetString() is "2025-06" or "2025-07" && p.GetProperty("status").GetString() == "NotStarted");

        // The buyer returns July: its figures stop counting at once, and the main supplier is who is missing.
        Assert.Equal(HttpStatusCode.OK, (await buyer.PostAsJsonAsync(contract + "/reports/2025-07/return", new { comment = "Legg ved timelister." })).StatusCode);
        var afterReturn = await Json(await buyer.GetAsync(contract + "/compliance?culture=en"));
        Assert.Equal("returned 2025-07", afterReturn.GetProperty("trigger").GetString());
        var july = Verdict(afterReturn, "2025-07");
        Assert.Equal("CannotAssess", july.GetProperty("status").GetString());
        Assert.Contains("Fjordbygg Entreprenør AS (918765433) – 2025-07",
            Assert.Single(july.GetProperty("explanation").EnumerateArray()).GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    /// <summary>
    /// Issue 14 item 6: a subcontractor has reported when "declared by the main supplier to have had no activity"; until
    /// then the contract, /Reports and the attention list show who is missing. Only the main supplier declares, only
    /// for the subcontractors the contract names, and never for one its own lines name.
    /// </summary>
    [Fact]
    public async Task NoActivity_DeclaredByTheMainSupplier_CountsAsReported_AndEveryListNamesWhoIsMissing()
    {
        var buyer = await app.ApiFor(OrgNo.Asker, Roles.FollowUpOfficer);
        var fjordbygg = await Demo.Supplier(app);
        var vestmo = await app.ApiFor(OrgNo.Vestmo, Roles.SupplierReporter);
        var contract = $"/api/v1/contracts/{await app.ContractId(Contract)}";

        // September: Vestmo declared without activity. October: the main supplier's report alone.
        await Submit(fjordbygg, contract + "/reports/2025-09", new { machines = new[] { ElectricExcavator() }, noActivity = new[] { OrgNo.Vestmo } });
        await Submit(fjordbygg, contract + "/reports/2025-10", new { machines = new[] { ElectricExcavator() } });
        var september = await Json(await fjordbygg.GetAsync(contract + "/reports/2025-09"));
        Assert.Equal(OrgNo.Vestmo, Assert.Single(september.GetProperty("draft").GetProperty("noActivity").EnumerateArray()).GetString());

        var periods = (await Json(await buyer.GetAsync(contract + "/reports"))).EnumerateArray().ToList();
        Assert.DoesNotContain(periods, p => p.GetProperty("period").GetString() == "2025-09" && p.GetProperty("supplierOrgNo").GetString() == OrgNo.Vestmo);
        Assert.Contains(periods, p => p.GetProperty("period").GetString() == "2025-10" && p.GetProperty("supplierOrgNo").GetString() == OrgNo.Vestmo
            && p.GetProperty("status").GetString() == "NotStarted");

        // What is owed: the buyer sees Vestmo missing for October, not September; Vestmo sees October owed by itself.
        static async Task<List<JsonElement>> Due(HttpClient client) =>
            [.. (await Json(await client.GetAsync("/api/v1/reports/due?pageSize=500"))).GetProperty("items").EnumerateArray()
                .Where(d => d.GetProperty("contractReference").GetString() == Contract)];
        var owed = await Due(buyer);
        Assert.Contains(owed, d => d.GetProperty("period").GetString() == "2025-10" && d.GetProperty("supplierOrgNo").GetString() == OrgNo.Vestmo
            && d.GetProperty("overdue").GetBoolean());
        Assert.DoesNotContain(owed, d => d.GetProperty("period").GetString() is "2025-09" or "2025-10" && d.GetProperty("supplierOrgNo").GetString() == OrgNo.Fjordbygg);
        Assert.DoesNotContain(owed, d => d.GetProperty("period").GetString() == "2025-09");
        Assert.Contains(await Due(vestmo), d => d.GetProperty("period").GetString() == "2025-10");
        Assert.DoesNotContain(await Due(vestmo), d => d.GetProperty("period").GetString() == "2025-09");
        Assert.DoesNotContain(await Due(fjordbygg), d => d.GetProperty("period").GetString() is "2025-09" or "2025-10");

        // The attention list's overdue reports name Vestmo for October.
        var attention = (await Json(await buyer.GetAsync("/api/v1/compliance/attention?pageSize=200&culture=en"))).GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("kind").GetString() == "ReportOverdue" && i.GetProperty("reference").GetString() == Contract);
        Assert.Contains("2025-10", attention.GetProperty("windows").EnumerateArray().Select(w => w.GetString()));
        Assert.DoesNotContain("2025-09", attention.GetProperty("windows").EnumerateArray().Select(w => w.GetString()));
        Assert.Contains(attention.GetProperty("explanation").EnumerateArray(), e => e.GetProperty("text").GetString()!.Contains("Vestmo Massetransport AS (922998817)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Demo_Ring2September_VestmoDeclaredWithoutActivity_HasReported()
    {
        var buyer = await Demo.Buyer(app);
        var periods = (await Json(await buyer.GetAsync($"/api/v1/contracts/{await app.ContractId("BYM-2024-112")}/reports"))).EnumerateArray().ToList();

        Assert.DoesNotContain(periods, p => p.GetProperty("period").GetString() == "2026-09" && p.GetProperty("supplierOrgNo").GetString() == OrgNo.Vestmo);
        Assert.Contains(periods, p => p.GetProperty("period").GetString() == "2026-09" && p.GetProperty("status").GetString() == "Approved");
        // The reviewer sees the declaration on the report page.
        var html = System.Net.WebUtility.HtmlDecode(await (await app.SignedIn("oslo-oppfolger@demo.klimaspor.no"))
            .GetStringAsync($"/Contracts/{await app.ContractId("BYM-2024-112")}/Reports/2026-09"));
        Assert.Contains("Oppgitt uten aktivitet i perioden: Vestmo Massetransport AS (922998817).", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoActivity_ThatCannotBeTrue_IsRefusedWhereItWasSent_AndNothingIsStored()
    {
        var fjordbygg = await Demo.Supplier(app);
        var vestmo = await app.ApiFor(OrgNo.Vestmo, Roles.SupplierReporter);
        var contract = $"/api/v1/contracts/{await app.ContractId(Contract)}";
        var url = contract + "/reports/2025-11";

        async Task Refused(HttpClient client, object body, string field, string named)
        {
            var response = await client.PutDraftAsync(url, body);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            var error = Assert.Single((await Json(response)).GetProperty("errors").EnumerateArray());
            Assert.Equal(field, error.GetProperty("column").GetString());
            Assert.Contains(named, error.GetProperty("message").GetString(), StringComparison.Ordinal);
            Assert.Equal("NotStarted", (await Json(await client.GetAsync(url))).GetProperty("status").GetString());
        }

        // Not a valid organisation number; not a subcontractor on this contract (Grønn Maskin is on others); the
        // subcontractor declaring for others; and Vestmo declared idle beside a line with its own machine.
        await Refused(fjordbygg, new { machines = new[] { ElectricExcavator() }, noActivity = new[] { "123" } }, "noActivity[0]", "123");
        await Refused(fjordbygg, new { machines = new[] { ElectricExcavator() }, noActivity = new[] { OrgNo.GronnMaskin } }, "noActivity",
            OrgNo.GronnMaskin + " er ikke underentreprenør på denne kontrakten. Underentreprenører på kontrakten: Vestmo Massetransport AS (922998817).");
        await Refused(vestmo, new { machines = new[] { ElectricExcavator(OrgNo.Vestmo) }, noActivity = new[] { OrgNo.Vestmo } }, "noActivity", "Bare kontraktens hovedleverandør");
        await Refused(fjordbygg, new { machines = new[] { ElectricExcavator(OrgNo.Vestmo) }, noActivity = new[] { OrgNo.Vestmo } }, "noActivity",
            OrgNo.Vestmo + " er oppgitt uten aktivitet, men linjer i denne rapporten har den som eier.");
        await Refused(fjordbygg, new { machines = new[] { ElectricExcavator() }, noActivity = OrgNo.Vestmo }, "noActivity", "noActivity");
    }
}

public sealed class SubcontractorReportsOnSqliteTests(SqliteApp app) : SubcontractorReportsTests(app), IClassFixture<SqliteApp>;

public sealed class SubcontractorReportsOnPostgresTests(PostgresApp app) : SubcontractorReportsTests(app), IClassFixture<PostgresApp>;
