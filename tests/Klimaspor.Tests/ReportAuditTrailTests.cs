using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;
using static Klimaspor.Data.DemoData;

namespace Klimaspor.Tests;

/// <summary>The buyer reads the audit trail in their own language; what is stored stays the same whatever the language.</summary>
public sealed partial class ReportAuditTrailTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static readonly object Lines = new
    {
        machines = new[] { new { machineId = "VOLVO-A30G-5521", machineType = "dumper", weightTonnes = 24, energyCarrier = "diesel", emissionClass = "stage-v",
            operatingHours = 120, idleHours = 30, fuelLitres = 1000, dataSource = "tankanlegg" } },
    };

    [Theory]
    [InlineData("nb-NO", "Sendt inn (Utkast → Sendt inn, versjon 1)", "Sendt tilbake (Sendt inn → Sendt tilbake: «Dumperen mangler tanklogg.»)", "Utkast lagret (API)")]
    [InlineData("nn-NO", "Send inn (Utkast → Send inn, versjon 1)", "Send tilbake (Send inn → Send tilbake: «Dumperen mangler tanklogg.»)", "Utkast lagra (API)")]
    [InlineData("en", "Submitted (Draft → Submitted, version 1)", "Returned (Submitted → Returned: “Dumperen mangler tanklogg.”)", "Draft saved (API)")]
    public async Task AuditTrail_ReadInEachLanguage_StatusesAndActionsInThatLanguage(string culture, string submitted, string returned, string saved)
    {
        var page = await ReturnedReport();
        var buyer = await app.SignedIn("oslobygg@demo.klimaspor.no");

        var html = WebUtility.HtmlDecode(await buyer.GetStringAsync($"{page}?culture={culture}"));

        var rows = AuditCells().Matches(html[html.LastIndexOf("<table", StringComparison.Ordinal)..])
            .Select(m => m.Groups[1].Value.Trim()).ToList();
        Assert.Equal([returned, submitted, saved], rows);
    }

    [Fact]
    public async Task AuditTrail_Stored_LanguageNeutralCodes()
    {
        await ReturnedReport();
        var contractId = await app.ContractId("OBF-2024-017");

        var entries = await app.WithDb(db => db.ReportAudit.Where(a => db.Reports.Any(r => r.Id == a.ReportId && r.ContractId == contractId && r.Period == "2026-05"))
            .OrderBy(a => a.At).Select(a => new { a.Action, a.Before, a.After }).ToListAsync());

        Assert.Equal(
            [("submitted", "Draft", "Submitted v1"), ("returned", "Submitted", "Returned: Dumperen mangler tanklogg.")],
            entries.Skip(1).Select(e => (e.Action, e.Before, e.After)));
        Assert.Equal("draft-saved:api", entries[0].Action);
    }

    /// <summary>
    /// OBF-2024-017's May 2026: saved and submitted over the API, returned by Oslobygg with a comment; once per fixture
    /// (the tests of a class run one at a time).
    /// </summary>
    private async Task<string> ReturnedReport()
    {
        var contractId = await app.ContractId("OBF-2024-017");
        var url = $"/api/v1/contracts/{contractId}/reports/2026-05";
        if (!await app.WithDb(db => db.Reports.AnyAsync(r => r.ContractId == contractId && r.Period == "2026-05")))
        {
            var supplier = await Demo.Supplier(app);
            Assert.Equal(HttpStatusCode.OK, (await supplier.PutDraftAsync(url, Lines)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await supplier.PostAsync(url + "/submit", null)).StatusCode);
            var buyer = await app.ApiFor(OrgNo.Oslobygg, Roles.FollowUpOfficer);
            Assert.Equal(HttpStatusCode.OK, (await buyer.PostAsJsonAsync(url + "/return", new { comment = "Dumperen mangler tanklogg." })).StatusCode);
        }

        return $"/Contracts/{contractId}/Reports/2026-05";
    }

    // The third cell of each row of the audit table: what happened.
    [GeneratedRegex(@"<tr>\s*<td>[^<]*</td><td>[^<]*</td>\s*<td>([^<]*)</td>", RegexOptions.Singleline)]
    private static partial Regex AuditCells();
}
