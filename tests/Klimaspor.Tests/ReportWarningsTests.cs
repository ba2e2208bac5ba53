using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Klimaspor.Features.Reports;

namespace Klimaspor.Tests;

/// <summary>
/// A submitted report's warnings: the page lists the first <see cref="ReportModel.MaxWarningsShown"/>, the CSV has them
/// all, for whoever may see the page. Hasle skole (OBF-2025-003, Oslobygg buys from Fjordbygg) has no demo reports.
/// </summary>
public abstract partial class ReportWarningsTests(KlimasporApp app)
{
    private const string Reference = "OBF-2025-003";

    /// <summary>Diesel excavators of 20 t burning 500 l an hour, far above the plausible 37.5: one warning each, on fuelLitres.</summary>
    private static object ThirstyExcavators(int count) => new
    {
        machines = Enumerable.Range(0, count).Select(i => new
        {
            machineId = $"PIN-{i:D4}",
            machineType = "gravemaskin",
            weightTonnes = 20,
            energyCarrier = "diesel",
            emissionClass = "stage-v",
            operatingHours = 10,
            idleHours = 1,
            fuelLitres = 5000,
            dataSource = "telematikk",
        }).ToArray(),
    };

    private async Task<string> Page(string period) => $"/Contracts/{await app.ContractId(Reference)}/Reports/{period}";

    private async Task Submit(string period, int machines)
    {
        var api = await Demo.Supplier(app);
        var url = $"/api/v1/contracts/{await app.ContractId(Reference)}/reports/{period}";
        Assert.Equal(HttpStatusCode.OK, (await api.PutDraftAsync(url, ThirstyExcavators(machines))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync(url + "/submit", null)).StatusCode);
    }

    private static async Task<string[]> CsvLines(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        return Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public async Task ManyWarnings_PageShowsTheFirstHundred_CsvHasThemAll()
    {
        await Submit("2026-05", 150);
        var supplier = await app.SignedIn("fjordbygg@demo.klimaspor.no");
        var page = await Page("2026-05");

        var html = await supplier.GetStringAsync(page);
        Assert.Equal(ReportModel.MaxWarningsShown, WarningItems().Count(html));
        Assert.Contains("<li>Maskiner #100, Drivstoff (liter): ", html);
        Assert.DoesNotContain("<li>Maskiner #101, ", html);
        Assert.Contains("<p class=\"ds-paragraph\">Viser de første 100 av 150 advarsler.</p>", html);
        Assert.Contains($"href=\"{page}?handler=Warnings\">Last ned alle advarslene (CSV for Excel)</a>", html);

        var response = await supplier.GetAsync(page + "?handler=Warnings");
        var lines = await CsvLines(response);
        Assert.Equal("advarsler-OBF-2025-003-2026-05.csv", response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal("\"Ark\";\"Linje\";\"Kolonne\";\"Kode\";\"Advarsel\"", lines[0]);
        Assert.Equal(151, lines.Length);
        for (var i = 1; i <= 150; i++)
        {
            Assert.StartsWith($"\"Maskiner\";\"{i}\";\"fuelLitres\";\"FuelRateOutOfRange\";\"", lines[i]);
        }
    }

    [Fact]
    public async Task FewWarnings_PageShowsThemAll_NoSentence()
    {
        await Submit("2026-06", 3);
        var supplier = await app.SignedIn("fjordbygg@demo.klimaspor.no");
        var page = await Page("2026-06");

        var html = await supplier.GetStringAsync(page);
        Assert.Equal(3, WarningItems().Count(html));
        Assert.DoesNotContain("Viser de første", html);
        Assert.Contains("?handler=Warnings\">Last ned alle advarslene (CSV for Excel)</a>", html);
        Assert.Equal(4, (await CsvLines(await supplier.GetAsync(page + "?handler=Warnings"))).Length);
    }

    [Fact]
    public async Task WarningsCsv_TheReportsSupplierAndBuyerOnly()
    {
        await Submit("2026-07", 2);
        var page = await Page("2026-07") + "?handler=Warnings";
        var orgNo = Data.DemoData.OrgNo.Fjordbygg;

        var buyer = await app.SignedIn("oslobygg@demo.klimaspor.no");
        Assert.Equal(3, (await CsvLines(await buyer.GetAsync(page))).Length);
        Assert.Equal(3, (await CsvLines(await buyer.GetAsync(page + "&supplier=" + orgNo))).Length);
        var withSupplier = await buyer.GetStringAsync(await Page("2026-07") + "?supplier=" + orgNo);
        Assert.Contains($"?handler=Warnings&amp;supplier={orgNo}\"", withSupplier);
        Assert.Contains($"?handler=Workbook&amp;supplier={orgNo}\"", withSupplier);
        Assert.Equal(HttpStatusCode.NotFound, (await buyer.GetAsync(page + "&supplier=999999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await buyer.GetAsync(await Page("2026-08") + "?handler=Warnings")).StatusCode); // not submitted

        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedIn("nordlys@demo.klimaspor.no")).GetAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedIn("asker@demo.klimaspor.no")).GetAsync(page)).StatusCode);
    }

    [Fact]
    public async Task Warnings_InEachReadersLanguage_WhateverTheSubmittersWas()
    {
        await Submit("2026-04", 1); // the supplier's client submits in bokmål
        var buyer = await app.SignedIn("oslobygg@demo.klimaspor.no");
        var page = await Page("2026-04");
        const string english = "500 litres per operating hour is unusual for gravemaskin of 20 t (expected ";

        Assert.Contains("<li>Maskiner #1, Drivstoff (liter): 500 liter per driftstime er uvanlig for gravemaskin på 20 tonn (forventet ", WebUtility.HtmlDecode(await buyer.GetStringAsync(page)));
        Assert.Contains("<li>Maskiner #1, Drivstoff (liter): 500 liter per driftstime er uvanleg for gravemaskin på 20 tonn (venta ", WebUtility.HtmlDecode(await buyer.GetStringAsync(page + "?culture=nn-NO")));
        Assert.Contains("<li>Machines #1, Fuel (litres): " + english, WebUtility.HtmlDecode(await buyer.GetStringAsync(page + "?culture=en")));
        var csv = await CsvLines(await buyer.GetAsync(page + "?handler=Warnings&culture=en"));
        Assert.StartsWith("\"Machines\";\"1\";\"fuelLitres\";\"FuelRateOutOfRange\";\"" + english, csv[1]);

        var api = await Demo.Supplier(app);
        var url = $"/api/v1/contracts/{await app.ContractId(Reference)}/reports/2026-04";
        var warning = JsonDocument.Parse(await api.GetStringAsync(url + "?culture=en")).RootElement.GetProperty("submissions")[0].GetProperty("warnings")[0];
        Assert.StartsWith(english, warning.GetProperty("message").GetString());
        Assert.False(warning.TryGetProperty("args", out _), "The arguments are stored, never sent.");
    }

    [Fact]
    public async Task Resubmitted_PageShowsTheLatestVersionsWarnings_ApiEveryVersions()
    {
        await Submit("2026-02", 2);
        var page = await Page("2026-02");
        var buyer = await app.SignedIn("oslobygg@demo.klimaspor.no");
        Assert.Equal(HttpStatusCode.Redirect, (await KlimasporApp.PostForm(buyer, page, page + "?handler=Return", new() { ["Comment"] = "Sjekk drivstoffet." })).StatusCode);
        await Submit("2026-02", 3);

        var html = await buyer.GetStringAsync(page);

        Assert.Equal(3, WarningItems().Count(html));
        Assert.Contains("<td>v1</td>", html);
        Assert.Contains("<td>v2</td>", html);
        var api = await Demo.Supplier(app);
        var submissions = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/contracts/{await app.ContractId(Reference)}/reports/2026-02")).RootElement.GetProperty("submissions");
        Assert.Equal([2, 3], submissions.EnumerateArray().Select(s => s.GetProperty("warnings").GetArrayLength()));
    }

    [GeneratedRegex(@"<li>Maskiner #[0-9]+, Drivstoff \(liter\): ")]
    private static partial Regex WarningItems();
}

public sealed class ReportWarningsOnSqliteTests(SqliteApp app) : ReportWarningsTests(app), IClassFixture<SqliteApp>;

public sealed class ReportWarningsOnPostgresTests(PostgresApp app) : ReportWarningsTests(app), IClassFixture<PostgresApp>;
