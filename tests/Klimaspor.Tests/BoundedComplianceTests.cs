using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Klimaspor.Features.Compliance;
using Klimaspor.Web;
using static Klimaspor.Data.DemoData;

namespace Klimaspor.Tests;

/// <summary>
/// A compliance answer does not grow with the data: a verdict lists the first offenders and counts the rest, and the
/// rest are paged through on their own route and on the page.
/// </summary>
public abstract class BoundedComplianceTests(KlimasporApp app)
{
    private const string Requirement = "oslo-2025-maskiner-utslippsfrie";
    private const int Failing = 150;

    private static async Task<JsonElement> Json(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static JsonElement Machines(JsonElement compliance) =>
        compliance.GetProperty("requirements").EnumerateArray().Single(r => r.GetProperty("key").GetString() == Requirement);

    private static List<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(o => o.GetString()!)];

    // Both tests read the same contract; the first to ask prepares it.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<KlimasporApp, Lazy<Task<(string, string)>>> Prepared = new();

    private Task<(string Contract, string Window)> ContractWithManyFailingMachines() =>
        Prepared.GetOrAdd(app, _ => new Lazy<Task<(string, string)>>(Prepare)).Value;

    /// <summary>Hasle (OBF-2025-003) under Oslo's 2025 criteria, with a report of 150 diesel machines for the current window.</summary>
    private async Task<(string, string)> Prepare()
    {
        var buyer = await app.ApiFor(OrgNo.Oslobygg, Roles.FollowUpOfficer);
        var supplier = await Demo.Supplier(app);
        var contract = $"/api/v1/contracts/{await app.ContractId("OBF-2025-003")}";
        Assert.Equal(HttpStatusCode.Created, (await buyer.PostAsJsonAsync(contract + "/requirements", new { preset = "oslo-2025-utslippsfri-byggeplass" })).StatusCode);
        var window = Machines(await Json(await buyer.GetAsync(contract + "/compliance"))).GetProperty("current").GetProperty("window").GetString()!;
        var machines = Enumerable.Range(1, Failing).Select(i => new
        {
            machineId = $"DIESEL-{i:000}",
            // Hired from the contract's subcontractor: the report covers it, so the month is complete (issue 14 item 6).
            ownerOrgNo = OrgNo.GronnMaskin,
            machineType = "dumper",
            weightTonnes = 24,
            energyCarrier = "diesel",
            emissionClass = "stage-v",
            operatingHours = 100 + i,
            idleHours = 10,
            fuelLitres = 10 * (100 + i),
            dataSource = "tankanlegg",
        }).ToArray();
        Assert.Equal(HttpStatusCode.OK, (await supplier.PutDraftAsync($"{contract}/reports/{window}", new { machines })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await supplier.PostAsync($"{contract}/reports/{window}/submit", null)).StatusCode);
        return (contract, window);
    }

    [Fact]
    public async Task Compliance_ReportWithManyFailingMachines_ListsTheCapAndCountsTheRest_TheRestPagedOnItsRoute()
    {
        var (contract, window) = await ContractWithManyFailingMachines();
        var buyer = await app.ApiFor(OrgNo.Oslobygg, Roles.FollowUpOfficer);

        var machines = Machines(await Json(await buyer.GetAsync(contract + "/compliance")));

        var current = machines.GetProperty("current");
        Assert.Equal(window, current.GetProperty("window").GetString());
        Assert.Equal("NotMet", current.GetProperty("status").GetString());
        Assert.Equal(ComplianceView.MaxOffendersShown, current.GetProperty("offenders").GetArrayLength());
        Assert.Equal(Failing - ComplianceView.MaxOffendersShown, current.GetProperty("moreOffenders").GetInt32());
        var verdict = machines.GetProperty("verdicts").EnumerateArray().Single(v => v.GetProperty("window").GetString() == window);
        Assert.Equal(ComplianceView.MaxOffendersShown, verdict.GetProperty("offenders").GetArrayLength());

        var first = await Json(await buyer.GetAsync($"{contract}/compliance/{Requirement}/offenders?window={window}"));
        var second = await Json(await buyer.GetAsync($"{contract}/compliance/{Requirement}/offenders?window={window}&page=2"));
        Assert.Equal(Failing, first.GetProperty("total").GetInt32());
        Assert.Equal(Strings(current.GetProperty("offenders")), Strings(first.GetProperty("items")));
        var all = Strings(first.GetProperty("items")).Concat(Strings(second.GetProperty("items"))).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Enumerable.Range(1, Failing).Select(i => $"DIESEL-{i:000}"), all);

        // Not another organisation's to read.
        var outsider = await app.ApiFor(OrgNo.Asker, Roles.FollowUpOfficer);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"{contract}/compliance/{Requirement}/offenders")).StatusCode);
    }

    [Fact]
    public async Task CompliancePage_ReportWithManyFailingMachines_ShowsTheCapAndHowManyMore_AndPagesToTheRest()
    {
        var (contract, _) = await ContractWithManyFailingMachines();
        var browser = await app.SignedIn("oslo-oppfolger@demo.klimaspor.no");
        var page = contract.Replace("/api/v1/contracts/", "/Contracts/", StringComparison.Ordinal) + "/Compliance";

        var html = WebUtility.HtmlDecode(await browser.GetStringAsync(page));
        var rest = WebUtility.HtmlDecode(await browser.GetStringAsync($"{page}?offenders={Requirement}&offendersPage=2"));

        static List<string> Named(string text) =>
            [.. System.Text.RegularExpressions.Regex.Matches(text, @"DIESEL-\d{3}").Select(m => m.Value).Distinct()];
        var shown = Named(html);
        Assert.Equal(ComplianceView.MaxOffendersShown, shown.Count);
        Assert.Contains($"og {Failing - ComplianceView.MaxOffendersShown} til", html, StringComparison.Ordinal);
        Assert.Contains("offenders=" + Requirement, html, StringComparison.Ordinal);
        Assert.Equal(Failing, shown.Union(Named(rest)).Count());
    }
}

public sealed class BoundedComplianceOnSqliteTests(SqliteApp app) : BoundedComplianceTests(app), IClassFixture<SqliteApp>;

public sealed class BoundedComplianceOnPostgresTests(PostgresApp app) : BoundedComplianceTests(app), IClassFixture<PostgresApp>;
