using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using static Klimaspor.Data.DemoData;

namespace Klimaspor.Tests;

/// <summary>
/// Every list that pages, read at page 2 as a person reaches it, by the pager's link: page 2's rows, not page 1's
/// again (Razor Pages' own route value <c>page</c> once hid the query's number, and every list stayed on page 1).
/// </summary>
public sealed partial class PagingTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private const string Buyer = "oslo-oppfolger@demo.klimaspor.no";

    [Fact]
    public async Task Reports_PageTwo_ShowsPageTwosRows() =>
        await AssertPageTwo(await app.SignedIn(Buyer), "/Reports", "/Reports?page=2");

    [Fact]
    public async Task Contracts_PageTwo_ShowsPageTwosRows()
    {
        await AddContractsBeyondOnePage();

        await AssertPageTwo(await app.SignedIn(Buyer), "/Contracts", "/Contracts?page=2");
    }

    [Fact]
    public async Task AttentionList_PageTwo_ShowsPageTwosRows()
    {
        await AddContractsBeyondOnePage(); // each with its reports overdue: one item apiece on the attention list

        await AssertPageTwo(await app.SignedIn(Buyer), "/Compliance", "/Compliance?page=2");
    }

    [Fact]
    public async Task ComplianceHistory_PageTwo_ShowsPageTwosRuns()
    {
        // Each evaluation on demand adds a run to the history; enough of them give it a second page.
        var api = await Demo.Buyer(app);
        var contract = $"/api/v1/contracts/{await app.ContractId("OBF-2024-017")}";
        var runs = (await Json(await api.GetAsync(contract + "/compliance/history?pageSize=1"))).GetProperty("total").GetInt32();
        for (var i = runs; i <= Features.Compliance.ContractComplianceModel.HistoryPageSize; i++)
        {
            (await api.PostAsync(contract + "/compliance/evaluate", null)).EnsureSuccessStatusCode();
        }

        var page = $"/Contracts/{await app.ContractId("OBF-2024-017")}/Compliance";
        await AssertPageTwo(await app.SignedIn(Buyer), page, page + "?page=2#history-heading", "id=\"history-heading\"");
    }

    [Fact]
    public async Task Reports_Supplier_ReachesItsLatestDueReportThroughThePager()
    {
        // The latest due date sorts last (oldest first), so the last item of the list, on its last page.
        var supplier = await Demo.Supplier(app);
        var total = (await Json(await supplier.GetAsync("/api/v1/reports/due?pageSize=1"))).GetProperty("total").GetInt32();
        var latest = (await Json(await supplier.GetAsync($"/api/v1/reports/due?pageSize=1&page={total}"))).GetProperty("items")[0];
        var link = $"/Contracts/{latest.GetProperty("contractId").GetString()}/Reports/{latest.GetProperty("period").GetString()}\"";
        var browser = await app.SignedIn("fjordbygg@demo.klimaspor.no");

        var seen = new List<string>();
        for (var next = "/Reports?page=1"; next is not null && !seen.Contains(next);)
        {
            seen.Add(next);
            var html = await browser.GetStringAsync(next);
            if (html.Contains(link, StringComparison.Ordinal))
            {
                return;
            }

            next = PagerLink(html, seen.Count + 1);
        }

        Assert.Fail($"No page of /Reports links to {link} (read {string.Join(", ", seen)}).");
    }

    /// <summary>
    /// The demo data has fewer contracts than a page of the contracts list or the attention list holds: adds a page's
    /// worth to Oslobygg, begun a year ago so that their reports are overdue.
    /// </summary>
    private async Task AddContractsBeyondOnePage()
    {
        var api = await Demo.Buyer(app);
        var unit = await app.WithDb(db => db.Organisations.Where(o => o.OrgNo == OrgNo.Oslobygg).Select(o => o.Id).SingleAsync());
        var added = await app.WithDb(db => db.Contracts.CountAsync(c => c.Title == "Sideveksling"));
        for (var i = added; i < Features.Contracts.ListContracts.DefaultPageSize + 1; i++)
        {
            var created = await api.PostAsJsonAsync("/api/v1/contracts", new
            {
                reference = $"OBF-2099-{i:000}",
                title = "Sideveksling",
                buyerUnitId = unit,
                supplierOrgNo = OrgNo.Fjordbygg,
                subcontractorOrgNos = Array.Empty<string>(),
                category = "bygg",
                sites = new[] { new { name = "Tåsen brannstasjon", address = "Tåsenveien 71", municipality = "Oslo" } },
                startDate = DateTime.UtcNow.AddYears(-1).ToString("yyyy-MM-01", System.Globalization.CultureInfo.InvariantCulture),
                endDate = DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                valueNok = 1_000_000m,
            });
            Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        }
    }

    /// <summary>Page 1 links to page 2; page 2 marks itself current and shows rows, none of them page 1's.</summary>
    private static async Task AssertPageTwo(HttpClient browser, string first, string second, string tableAfter = "<main")
    {
        var one = await browser.GetStringAsync(first);
        Assert.Equal(second.Split('#')[0], PagerLink(one, 2));

        var two = await browser.GetStringAsync(second);
        Assert.Equal("2", CurrentPage().Match(two).Groups[1].Value);
        var rowsOne = Rows(one, tableAfter);
        var rowsTwo = Rows(two, tableAfter);
        Assert.NotEmpty(rowsOne);
        Assert.NotEmpty(rowsTwo);
        Assert.Empty(rowsTwo.Intersect(rowsOne));
    }

    private static string? PagerLink(string html, int page) =>
        PageLinks().Matches(html).Where(m => m.Groups[2].Value == page.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value).Split('#')[0]).FirstOrDefault();

    /// <summary>The rows of the first table body after <paramref name="after"/>.</summary>
    private static List<string> Rows(string html, string after)
    {
        var start = html.IndexOf(after, StringComparison.Ordinal);
        Assert.True(start >= 0, $"No {after} on the page.");
        var body = TableBody().Match(html, start);
        Assert.True(body.Success, "No table on the page.");
        return [.. TableRow().Matches(body.Groups[1].Value).Select(m => m.Groups[1].Value)];
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [GeneratedRegex("<a [^>]*href=\"([^\"]+)\"[^>]*>(\\d+)</a>")]
    private static partial Regex PageLinks();

    [GeneratedRegex("<a [^>]*aria-current=\"page\"[^>]*>(\\d+)</a>")]
    private static partial Regex CurrentPage();

    [GeneratedRegex("<tbody>(.*?)</tbody>", RegexOptions.Singleline)]
    private static partial Regex TableBody();

    [GeneratedRegex("<tr>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex TableRow();
}
