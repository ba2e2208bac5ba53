using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Tests;

/// <summary>Reporting in the browser without script, and the same content arriving by different ways.</summary>
public sealed class ReportPagesTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private const string Rows = "Maskin-ID\tMaskintype\tVekt (tonn)\tEnergibærer\tUtslippsklasse\tDriftstimer\tTomgangstimer\tDrivstoff (liter)\tStrøm (kWh)\tDatakilde\n" +
        "VOLVO-A30G-5521\tDumper\t24\tdiesel\tstage-v\t120\t35\t1 480\t\ttankanlegg\n" +
        "VOLVO-EC230E-1042\tGravemaskin\t23\tel-kabel\tnullutslipp\t168\t31\t\t6 720\ttelematikk\n";

    private async Task<string> ReportPage(string reference, string period) => $"/Contracts/{await app.ContractId(reference)}/Reports/{period}";

    [Fact]
    public async Task Supplier_SavesWithMistakes_SeesThemLocated_FixesAndSubmits_BuyerApproves()
    {
        var supplier = await app.SignedIn("fjordbygg@demo.klimaspor.no");
        var page = await ReportPage("OBF-2025-003", "2026-04");

        var wrong = await KlimasporApp.PostForm(supplier, page, page + "?handler=Paste",
            new() { ["Machines"] = Rows.Replace("\t1 480\t", "\t1 480 l\t", StringComparison.Ordinal).Replace("Dumper", "Flyvemaskin", StringComparison.Ordinal) });
        var html = await wrong.Content.ReadAsStringAsync();
        // Located as in the pasted sheet: the column's letter and header, never the template's key.
        Assert.Contains("Maskiner, rad 2, kolonne H (Drivstoff (liter))", html);
        Assert.Contains("Maskiner, rad 2, kolonne B (Maskintype)", html);
        Assert.DoesNotContain("fuelLitres:", html);
        var contractId = await app.ContractId("OBF-2025-003");
        Assert.False(await app.WithDb(db => db.Reports.AnyAsync(r => r.ContractId == contractId)));

        Assert.Equal(HttpStatusCode.Redirect, (await KlimasporApp.PostForm(supplier, page, page + "?handler=Paste", new() { ["Machines"] = Rows })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await KlimasporApp.PostForm(supplier, page, page + "?handler=Submit", [])).StatusCode);
        Assert.Contains("Tall for innsendt versjon 1", await supplier.GetStringAsync(page));

        var buyer = await app.SignedIn("oslobygg@demo.klimaspor.no");
        var noComment = await KlimasporApp.PostForm(buyer, page, page + "?handler=Return", new() { ["Comment"] = "" });
        Assert.Contains("Skriv hva leverandøren må rette.", await noComment.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await KlimasporApp.PostForm(buyer, page, page + "?handler=Approve", [])).StatusCode);
        var approved = await buyer.GetStringAsync(page);
        Assert.Contains("Godkjent", approved);
        Assert.Contains("Endringslogg", approved);
    }

    [Fact]
    public async Task SameContent_ByApiJsonWebPasteAndLineForm_StoresIdenticalLines()
    {
        var viaApi = await (await Demo.Supplier(app)).PutAsJsonAsync($"/api/v1/contracts/{await app.ContractId("VFK-2025-030")}/reports/2026-02", new
        {
            machines = new object[]
            {
                new { machineId = "VOLVO-A30G-5521", machineType = "dumper", weightTonnes = 24, energyCarrier = "diesel", emissionClass = "stage-v",
                    operatingHours = 120, idleHours = 35, fuelLitres = 1480, dataSource = "tankanlegg" },
                new { machineId = "VOLVO-EC230E-1042", machineType = "gravemaskin", weightTonnes = 23, energyCarrier = "el-kabel", emissionClass = "nullutslipp",
                    operatingHours = 168, idleHours = 31, electricityKwh = 6720, dataSource = "telematikk" },
            },
        });
        Assert.Equal(HttpStatusCode.OK, viaApi.StatusCode);

        var supplier = await app.SignedIn("fjordbygg@demo.klimaspor.no");
        var page = await ReportPage("VFK-2025-030", "2026-03");
        await KlimasporApp.PostForm(supplier, page, page + "?handler=Paste", new() { ["Machines"] = Rows });
        // The same rows as semicolon-separated CSV text with English headers, pasted into the same form.
        var csvPage = await ReportPage("VFK-2025-030", "2026-04");
        await KlimasporApp.PostForm(supplier, csvPage, csvPage + "?handler=Paste", new()
        {
            ["Machines"] = "Machine ID;Machine type;Weight (t);Energy carrier;Emission class;Operating hours;Idle hours;Fuel (litres);Electricity (kWh);Data source\n" +
                "VOLVO-A30G-5521;dumper;24;diesel;stage-v;120;35;1480;;tankanlegg\nVOLVO-EC230E-1042;gravemaskin;23;el-kabel;nullutslipp;168;31;;6720;telematikk\n",
        });

        // And typed into the line-by-line form, one input per cell, as Norwegian numbers.
        var formPage = await ReportPage("VFK-2025-030", "2026-05");
        await KlimasporApp.PostForm(supplier, formPage, formPage + "?handler=Save", new()
        {
            ["LineForm"] = "true",
            ["machines[0].machineId"] = "VOLVO-A30G-5521",
            ["machines[0].machineType"] = "dumper",
            ["machines[0].weightTonnes"] = "24,0",
            ["machines[0].energyCarrier"] = "diesel",
            ["machines[0].emissionClass"] = "stage-v",
            ["machines[0].operatingHours"] = "120",
            ["machines[0].idleHours"] = "35",
            ["machines[0].fuelLitres"] = "1 480",
            ["machines[0].dataSource"] = "tankanlegg",
            ["machines[1].machineId"] = "VOLVO-EC230E-1042",
            ["machines[1].machineType"] = "gravemaskin",
            ["machines[1].weightTonnes"] = "23",
            ["machines[1].energyCarrier"] = "el-kabel",
            ["machines[1].emissionClass"] = "nullutslipp",
            ["machines[1].operatingHours"] = "168",
            ["machines[1].idleHours"] = "31",
            ["machines[1].electricityKwh"] = "6720",
            ["machines[1].dataSource"] = "telematikk",
        });

        var contractId = await app.ContractId("VFK-2025-030");
        var drafts = await app.WithDb(db => db.Reports.Where(r => r.ContractId == contractId).OrderBy(r => r.Period).DraftTextsAsync());
        Assert.Equal(4, drafts.Count);
        Assert.All(drafts, d => Assert.Equal(drafts[0], d));
    }

    [Fact]
    public async Task ReportPage_SubmissionTime_ShownAsAClockInNorwayShowsIt()
    {
        // A demo report of Oslobygg's, from its main supplier, with one version submitted.
        var report = await app.WithDb(db => (from s in db.ReportSubmissions
                                             join r in db.Reports on s.ReportId equals r.Id
                                             join c in db.Contracts on r.ContractId equals c.Id
                                             where c.Reference.StartsWith("OBF-") && r.SupplierId == c.SupplierId && r.Version == 1
                                             orderby c.Reference, r.Period
                                             select new { c.Reference, r.Period, s.SubmittedAt }).FirstAsync());
        var submitted = report.SubmittedAt;
        var buyer = await app.SignedIn("oslobygg@demo.klimaspor.no");

        var html = await buyer.GetStringAsync(await ReportPage(report.Reference, report.Period));

        // Stored in UTC; shown as the clock in Oslo shows it (the system's time zone database is the independent
        // witness here), not in UTC, whatever zone the server keeps.
        var oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");
        var inOslo = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(submitted, DateTimeKind.Utc), oslo);
        const string Bokmal = "dd.MM.yyyy HH:mm";
        Assert.Contains(inOslo.ToString(Bokmal, System.Globalization.CultureInfo.InvariantCulture), html, StringComparison.Ordinal);
        Assert.DoesNotContain(submitted.ToString(Bokmal, System.Globalization.CultureInfo.InvariantCulture), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportPage_OtherSuppliersReport_NotFound()
    {
        var outsider = await app.SignedIn("nordlys@demo.klimaspor.no");

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(await ReportPage("OBF-2024-017", "2026-03"))).StatusCode);
    }

    [Fact]
    public async Task ContractPage_ListsPeriodsWithOverdueReports()
    {
        var buyer = await app.SignedIn("asker@demo.klimaspor.no");

        var html = await buyer.GetStringAsync($"/Contracts/Details/{await app.ContractId("ASK-2025-007")}");

        Assert.Contains("Rapportering", html);
        Assert.Contains("2025-04", html);
        Assert.Contains("Forsinket", html);
    }
}
