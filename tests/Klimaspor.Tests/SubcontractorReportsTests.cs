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
}

public sealed class SubcontractorReportsOnSqliteTests(SqliteApp app) : SubcontractorReportsTests(app), IClassFixture<SqliteApp>;

public sealed class SubcontractorReportsOnPostgresTests(PostgresApp app) : SubcontractorReportsTests(app), IClassFixture<PostgresApp>;
