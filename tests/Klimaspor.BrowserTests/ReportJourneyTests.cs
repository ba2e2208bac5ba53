using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Organisations;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Template;
using Klimaspor.Features.Reports.Workbook;
using Microsoft.Playwright;

namespace Klimaspor.BrowserTests;

/// <summary>
/// A month reported with the workbook: the supplier downloads it prefilled, uploads it with two mistakes, sees both
/// located, uploads it fixed and submits; the buyer approves. Filling in the workbook in Excel is stood in for by
/// writing it with the app's own workbook writer.
/// </summary>
public sealed class ReportJourneyTests(LiveApp app) : IClassFixture<LiveApp>
{
    private static MachineLine Machine(string id, string type, string carrier, decimal hours, decimal? litres, decimal? kwh) => new()
    {
        MachineId = id,
        MachineType = type,
        WeightTonnes = 23,
        EnergyCarrier = carrier,
        EmissionClass = carrier.StartsWith("el-", StringComparison.Ordinal) ? "nullutslipp" : "stage-v",
        OperatingHours = new Hours(hours),
        IdleHours = new Hours(hours / 5),
        FuelLitres = litres is { } l ? new Litres(l) : null,
        ElectricityKwh = kwh is { } k ? new KilowattHours(k) : null,
        DataSource = "telematikk",
    };

    private static string Workbook(params MachineLine[] machines)
    {
        var path = Path.Combine(Path.GetTempPath(), $"klimaspor-journey-{Guid.NewGuid():N}.xlsx");
        using var file = File.Create(path);
        ReportWorkbookWriter.Write(file, new ReportWorkbookContent
        {
            ContractRef = "OBF-2025-003",
            SupplierOrgNo = OrganisationNumber.Parse("918765433"),
            Period = ReportingPeriod.Month(2026, 10),
            Machines = machines,
            Values = PrefilledValues.All,
        });
        return path;
    }

    [Fact]
    public async Task Supplier_ReportsWithTheWorkbook_FixesTwoMistakes_Submits_BuyerApproves()
    {
        await using var supplier = await app.OpenAsync(DemoUsers.Fjordbygg);
        var page = supplier.Page;
        await page.GotoAsync("/Contracts");
        await page.GetByRole(AriaRole.Link, new() { Name = "OBF-2025-003", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "2026-10", Exact = true }).ClickAsync();
        var reportUrl = page.Url;

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { NameRegex = new("rapportmalen", System.Text.RegularExpressions.RegexOptions.IgnoreCase) }).ClickAsync());
        var downloaded = Path.Combine(Path.GetTempPath(), $"klimaspor-download-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(downloaded);
        await using (var stream = File.OpenRead(downloaded))
        {
            var read = ReportWorkbookReader.Read(stream);
            Assert.True(read.Succeeded);
            var header = TemplateParser.ParseReportHeader(read.Value.Single(s => s.Key == "Rapport").Value);
            Assert.Equal("OBF-2025-003", header.Header?.ContractRef);
            Assert.Equal("2026-10", header.Period?.FirstDay.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        }

        var withMistakes = Workbook(
            Machine("VOLVO-EC230E-1042", "gravemaskin", "el-batteri", 168, litres: 40, kwh: 6720),   // litres on a battery machine
            Machine("VOLVO-A30G-5521", "flyvemaskin", "diesel", 120, litres: 1480, kwh: null));      // not a machine type
        await page.Locator("#files").SetInputFilesAsync(withMistakes);
        await page.GetByRole(AriaRole.Button, new() { Name = "Last opp", Exact = true }).ClickAsync();
        var errors = await page.Locator("#error-summary").InnerTextAsync();
        Assert.Contains("rad 2, kolonne M (Drivstoff (liter))", errors, StringComparison.Ordinal);
        Assert.Contains("rad 3, kolonne C (Maskintype)", errors, StringComparison.Ordinal);

        var fixedWorkbook = Workbook(
            Machine("VOLVO-EC230E-1042", "gravemaskin", "el-batteri", 168, litres: null, kwh: 6720),
            Machine("VOLVO-A30G-5521", "dumper", "diesel", 120, litres: 1480, kwh: null));
        await page.Locator("#files").SetInputFilesAsync(fixedWorkbook);
        await page.GetByRole(AriaRole.Button, new() { Name = "Last opp", Exact = true }).ClickAsync();
        Assert.Contains("lagret som utkast", await page.GetByRole(AriaRole.Status).First.InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send inn", Exact = true }).ClickAsync();
        Assert.Contains("Tall for innsendt versjon 1", await page.Locator("#figures-heading").InnerTextAsync(), StringComparison.Ordinal);

        await using var buyer = await app.OpenAsync(DemoUsers.OslobyggFollowUp);
        await buyer.Page.GotoAsync(reportUrl);
        await buyer.Page.GetByRole(AriaRole.Button, new() { Name = "Godkjenn", Exact = true }).ClickAsync();
        Assert.Contains("Rapporten er godkjent.", await buyer.Page.GetByRole(AriaRole.Status).First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Godkjent", await buyer.Page.Locator("table").Last.InnerTextAsync(), StringComparison.Ordinal); // the audit trail
        await AxeCheck.AssertNoViolationsAsync(buyer.Page);

        File.Delete(withMistakes);
        File.Delete(fixedWorkbook);
        File.Delete(downloaded);
    }
}
