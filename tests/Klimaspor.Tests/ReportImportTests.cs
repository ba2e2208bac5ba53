using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Klimaspor.Data;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Tests;

/// <summary>Reports arriving as files: the prefilled workbook round trip, CSV files, refusals, and the kept file.</summary>
public sealed class ReportImportTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static readonly object Lines = new
    {
        machines = new object[]
        {
            new { machineId = "VOLVO-A30G-5521", machineType = "dumper", weightTonnes = 24, energyCarrier = "diesel", emissionClass = "stage-v",
                operatingHours = 120, idleHours = 35, fuelLitres = 1480, dataSource = "tankanlegg" },
            new { machineId = "CAT-950-88213", machineType = "hjullaster", weightTonnes = 19.5, energyCarrier = "hvo100", emissionClass = "stage-v",
                operatingHours = 142, idleHours = 48, fuelLitres = 1610, dataSource = "telematikk" },
        },
        vehicles = new object[]
        {
            new { regNo = "EL12345", vehicleType = "lastebil", purpose = "massetransport", energyCarrier = "el-batteri", trips = 64, distanceKm = 2240,
                loadTonnes = 1650, electricityKwh = 2910, idleMinutes = 300, dataSource = "telematikk" },
        },
        energy = new object[] { new { sourceId = "Byggestrøm", energyCarrier = "el-nett", purpose = "byggvarme", quantity = 18400, unit = "kWh", dataSource = "maaler" } },
    };

    /// <summary>Files as a browser or client uploads them: one multipart part each, typed by their extension.</summary>
    internal static MultipartFormDataContent Files(params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue(name.EndsWith(".xlsx", StringComparison.Ordinal)
                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : name.EndsWith(".zip", StringComparison.Ordinal) ? "application/zip" : "text/csv");
            form.Add(part, "file", name);
        }

        return form;
    }

    [Fact]
    public async Task Workbook_DownloadedFilledAndUploaded_StoresTheSameLinesAsTheApi()
    {
        var supplier = await Demo.Supplier(app);
        var contractId = await app.ContractId("OBF-2024-017");
        var url = $"/api/v1/contracts/{contractId}/reports/2026-06";
        Assert.Equal(HttpStatusCode.OK, (await supplier.PutDraftAsync(url, Lines)).StatusCode);
        var viaApi = await app.WithDb(db => db.Reports.Where(r => r.ContractId == contractId && r.Period == "2026-06").DraftTextAsync());

        // The prefilled workbook holds the draft; uploading it to another period (edited Rapport sheet aside) stores the same lines.
        var workbook = await supplier.GetAsync(url + "/workbook");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.Content.Headers.ContentType!.MediaType);
        var bytes = await workbook.Content.ReadAsByteArrayAsync();
        var uploaded = await supplier.PostAsync("/api/v1/reports/import", Files(("Klimaspor-OBF-2024-017-2026-06.xlsx", bytes)));

        Assert.True(uploaded.StatusCode == HttpStatusCode.Created, await uploaded.Content.ReadAsStringAsync());
        var viaWorkbook = await app.WithDb(db => db.Reports.Where(r => r.ContractId == contractId && r.Period == "2026-06").DraftTextAsync());
        Assert.Equal(viaApi, viaWorkbook);
        var files = await app.WithDb(db => db.ReportFiles.Where(f => f.FileName == "Klimaspor-OBF-2024-017-2026-06.xlsx").ToListAsync());
        var file = Assert.Single(files);
        Assert.Equal(bytes.LongLength, file.Size);
        Assert.Equal(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)), file.Sha256);

        // The same upload twice: one report, one kept file.
        await supplier.PostAsync("/api/v1/reports/import", Files(("Klimaspor-OBF-2024-017-2026-06.xlsx", bytes)));
        Assert.Equal(1, await app.WithDb(db => db.ReportFiles.CountAsync(f => f.Sha256 == file.Sha256)));
        Assert.Equal(1, await app.WithDb(db => db.Reports.CountAsync(r => r.ContractId == contractId && r.Period == "2026-06")));

        // The buyer opens exactly what arrived; another supplier cannot.
        var buyer = await Demo.Buyer(app);
        Assert.Equal(bytes, await buyer.GetByteArrayAsync($"{url}/files/{file.Id}?supplier={Data.DemoData.OrgNo.Fjordbygg}"));
        var other = await app.ApiFor(Data.DemoData.OrgNo.Nordlys, Klimaspor.Web.Roles.SupplierReporter);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{url}/files/{file.Id}")).StatusCode);
    }

    [Fact]
    public async Task CsvFiles_NamedAfterSheets_ImportedWithContractAndPeriodFromRapport()
    {
        var supplier = await Demo.Supplier(app);
        var rapport = Encoding.UTF8.GetBytes("Kontrakt;ASK-2024-031\nLeverandør org.nr.;918 765 433\nPeriode;01.2026\n");
        const string Header = "Maskin-ID;Maskintype;Vekt (tonn);Energibærer;Utslippsklasse;Driftstimer;Strøm (kWh);Datakilde\n";
        // Windows-1252 (here its Latin-1 part), as older Excel saves CSV: "Tårnkran" must still be read.
        var withoutKwh = Encoding.Latin1.GetBytes(Header + "TK-1;Tårnkran;40;el-kabel;nullutslipp;160;;maaler\n");
        var withKwh = Encoding.Latin1.GetBytes(Header + "TK-1;Tårnkran;40;el-kabel;nullutslipp;160;2 880;maaler\n");

        var refused = await supplier.PostAsync("/api/v1/reports/import", Files(("Rapport.csv", rapport), ("Maskiner.csv", withoutKwh)));
        var accepted = await supplier.PostAsync("/api/v1/reports/import", Files(("Rapport.csv", rapport), ("Maskiner.csv", withKwh)));

        // A cable-electric crane needs its kWh: the error names sheet, row and column as in the file.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var error = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
        Assert.Equal("Maskiner", error.GetProperty("sheet").GetString());
        Assert.Equal(2, error.GetProperty("row").GetInt32());
        Assert.Equal("electricityKwh", error.GetProperty("column").GetString());
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var report = JsonDocument.Parse(await accepted.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("2026-01", report.GetProperty("period").GetString());
        Assert.Equal("taarnkran", report.GetProperty("draft").GetProperty("machines")[0].GetProperty("machineType").GetString());
    }

    [Fact]
    public async Task Workbook_BrokenPartWayThroughTheMachines_RefusedAndNothingStored()
    {
        // Read as it is parsed: the first machines are read and checked before the row out of order is reached.
        var header = new[] { "Maskin-ID", "Maskintype", "Vekt (tonn)", "Energibærer", "Utslippsklasse", "Driftstimer", "Strøm (kWh)", "Datakilde" };
        var file = new Reports.RawWorkbook()
            .Sheet("Rapport", Reports.RawWorkbook.Row(1, "Kontrakt", "ASK-2024-031"), Reports.RawWorkbook.Row(2, "Leverandør org.nr.", "918 765 433"),
                Reports.RawWorkbook.Row(3, "Periode", "02.2026"))
            .Sheet("Maskiner", Reports.RawWorkbook.Row(1, header), Reports.RawWorkbook.Row(2, "TK-1", "Tårnkran", "40", "el-kabel", "nullutslipp", "160", "2880", "maaler"),
                Reports.RawWorkbook.Row(3, "TK-2", "Tårnkran", "40", "el-kabel", "nullutslipp", "150", "2700", "maaler"),
                Reports.RawWorkbook.Row(2, "TK-3", "Tårnkran", "40", "el-kabel", "nullutslipp", "140", "2500", "maaler"))
            .Build();
        var whole = Reports.WorkbookSamples.Refusal(file);
        var supplier = await Demo.Supplier(app);
        var contractId = await app.ContractId("ASK-2024-031");
        int Stored(AppDbContext db) => db.Reports.Count(r => r.ContractId == contractId && r.Period == "2026-02") + db.ReportFiles.Count(f => f.FileName == "mars.xlsx");
        var before = await app.WithDb(db => Task.FromResult(Stored(db)));

        var response = await supplier.PostAsync("/api/v1/reports/import", Files(("mars.xlsx", file)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = Assert.Single(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("mars.xlsx", error.GetProperty("sheet").GetString());
        Assert.Equal(Domain.Reporting.MessageKeys.WorkbookCorrupt, whole.MessageKey);
        Assert.Equal(whole.Text("nb"), error.GetProperty("message").GetString());
        Assert.Equal(before, await app.WithDb(db => Task.FromResult(Stored(db))));
    }

    [Fact]
    public async Task Workbook_DownloadedInNynorsk_NynorskHeadersAndHelp_ReadsAsTheSameLinesAsBokmal()
    {
        var supplier = await Demo.Supplier(app);
        var contractId = await app.ContractId("OBF-2024-017");
        var url = $"/api/v1/contracts/{contractId}/reports/2026-04";
        Assert.Equal(HttpStatusCode.OK, (await supplier.PutAsJsonAsync(url, Lines)).StatusCode);
        var stored = await app.WithDb(db => db.Reports.Where(r => r.ContractId == contractId && r.Period == "2026-04").DraftTextAsync());

        var nynorsk = await supplier.GetByteArrayAsync(url + "/workbook?culture=nn-NO");
        var bokmal = await supplier.GetByteArrayAsync(url + "/workbook");

        var sheets = Reports.WorkbookSamples.Read(new MemoryStream(nynorsk));
        Assert.Contains("Køyretøy", sheets.Keys);
        Assert.Equal(Domain.Reporting.Template.TemplateSheets.Machines.Columns.Select(c => TextsLocalizer.Text(c.HeaderKey, "nn")), sheets["Maskiner"][0]);
        Assert.Contains("Energiberar", sheets["Maskiner"][0]);
        Assert.Contains("Hjullastar", sheets["Maskiner"].Select(row => row[2]));
        var fromNynorsk = Domain.Reporting.Template.ReportTemplate.Parse(sheets);
        var fromBokmal = Domain.Reporting.Template.ReportTemplate.Parse(Reports.WorkbookSamples.Read(new MemoryStream(bokmal)));
        Assert.Empty(fromNynorsk.Errors);
        Assert.Empty(fromNynorsk.Warnings);
        Assert.Equal(fromBokmal.Lines.Machines, fromNynorsk.Lines.Machines);
        Assert.Equal(fromBokmal.Lines.Vehicles, fromNynorsk.Lines.Vehicles);
        Assert.Equal(fromBokmal.Lines.Energy, fromNynorsk.Lines.Energy);

        // Uploaded, it is taken as any other workbook: the same lines stored.
        var uploaded = await supplier.PostAsync("/api/v1/reports/import", Files(("nynorsk.xlsx", nynorsk)));
        Assert.True(uploaded.StatusCode == HttpStatusCode.Created, await uploaded.Content.ReadAsStringAsync());
        Assert.Equal(stored, await app.WithDb(db => db.Reports.Where(r => r.ContractId == contractId && r.Period == "2026-04").DraftTextAsync()));
    }

    [Fact]
    public async Task Workbook_TwoBadCellsInOneRowOneInAnother_422WithEveryErrorNamedByHeaderAndLetter()
    {
        // The supplier's own column order, the data source first: the letters are where the values sat in the file.
        var header = new[] { "Datakilde", "Maskin-ID", "Maskintype", "Vekt (tonn)", "Energibærer", "Utslippsklasse", "Driftstimer", "Strøm (kWh)" };
        var file = new Reports.RawWorkbook()
            .Sheet("Rapport", Reports.RawWorkbook.Row(1, "Kontrakt", "ASK-2024-031"), Reports.RawWorkbook.Row(2, "Leverandør org.nr.", "918 765 433"),
                Reports.RawWorkbook.Row(3, "Periode", "02.2026"))
            .Sheet("Maskiner", Reports.RawWorkbook.Row(1, header),
                Reports.RawWorkbook.Row(2, "gjetting", "TK-1", "Flyvemaskin", "40", "el-kabel", "nullutslipp", "160", "2880"),
                Reports.RawWorkbook.Row(3, "maaler", "TK-2", "Tårnkran", "40", "el-kabel", "nullutslipp", "150", "2 700 kWh"))
            .Build();
        var supplier = await Demo.Supplier(app);

        var response = await supplier.PostAsync("/api/v1/reports/import?culture=nn-NO", Files(("feil.xlsx", file)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(
            [
                ("Maskiner", 2, "dataSource", "Datakjelde", "A"),
                ("Maskiner", 2, "machineType", "Maskintype", "C"),
                ("Maskiner", 3, "electricityKwh", "Straum (kWh)", "H"),
            ],
            errors.Select(e => (e.GetProperty("sheet").GetString(), e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString(),
                e.GetProperty("header").GetString(), e.GetProperty("columnLetter").GetString())));
        Assert.StartsWith("«gjetting» finst ikkje i lista for «Datakjelde». Vel ein av desse: Telematikk, ", errors[0].GetProperty("message").GetString(),
            StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDb(db => db.ReportFiles.CountAsync(f => f.FileName == "feil.xlsx")));
    }

    [Fact]
    public async Task JsonDraft_BadCode_ErrorNamesTheHeaderAndHasNoLetter()
    {
        var supplier = await Demo.Supplier(app);
        var url = $"/api/v1/contracts/{await app.ContractId("OBF-2024-017")}/reports/2026-06?culture=en";
        var body = new
        {
            machines = new[]
            {
                new { machineId = "M1", machineType = "flyvemaskin", weightTonnes = 21, energyCarrier = "diesel", emissionClass = "stage-v",
                    operatingHours = 100, fuelLitres = 900, dataSource = "manuell" },
            },
        };

        var response = await supplier.PutAsJsonAsync(url, body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = Assert.Single(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(("machines", 1, "machineType", "Machine type"),
            (error.GetProperty("sheet").GetString(), error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString(), error.GetProperty("header").GetString()));
        Assert.Equal(JsonValueKind.Null, error.GetProperty("columnLetter").ValueKind);
        Assert.StartsWith("“flyvemaskin” is not in the list for “Machine type”. Choose one of: Excavator (gravemaskin), ", error.GetProperty("message").GetString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Workbook_QuarterlyContract_DownloadedNamesTheQuarterByItsFirstMonthAndUploadsBack()
    {
        var contractId = await app.ContractId("OBF-2025-003");
        await app.WithDb(async db =>
        {
            // From 2025-03-01: quarters start in March, June, September and December.
            (await db.Contracts.SingleAsync(c => c.Id == contractId)).ReportingFrequency = Domain.Contracts.ReportingFrequency.Quarterly;
            return await db.SaveChangesAsync();
        });
        var supplier = await Demo.Supplier(app);
        var url = $"/api/v1/contracts/{contractId}/reports/2026-06";
        // A delivery in the quarter's last month: inside June–August, outside June alone.
        var draft = await supplier.PutDraftAsync(url, new
        {
            machines = new[] { new { machineId = "VOLVO-A30G-5521", machineType = "dumper", weightTonnes = 24, energyCarrier = "diesel", emissionClass = "stage-v",
                fromDate = "2026-07-01", toDate = "2026-08-31", operatingHours = 400, fuelLitres = 4900, dataSource = "tankanlegg" } },
            fuelDeliveries = new[] { new { deliveryDate = "2026-08-20", fuelSupplier = "Drivstoff AS", product = "diesel", quantity = 5000, unit = "liter" } },
        });
        Assert.True(draft.StatusCode == HttpStatusCode.OK, await draft.Content.ReadAsStringAsync());
        var stored = await app.WithDb(db => db.Reports.Where(r => r.ContractId == contractId && r.Period == "2026-06").DraftTextAsync());

        var bytes = await supplier.GetByteArrayAsync(url + "/workbook");
        var rapport = Reports.WorkbookSamples.Read(new MemoryStream(bytes))["Rapport"];
        Assert.Contains(rapport, row => row.Count == 2 && row[0] == "Periode" && row[1] == "2026-06");

        // Back over the API (contract and period from the Rapport sheet) and on the report page (the page's period).
        var viaApi = await supplier.PostAsync("/api/v1/reports/import", Files(("Klimaspor-OBF-2025-003-2026-06.xlsx", bytes)));
        Assert.True(viaApi.StatusCode == HttpStatusCode.Created, await viaApi.Content.ReadAsStringAsync());
        Assert.Equal("2026-06", JsonDocument.Parse(await viaApi.Content.ReadAsStringAsync()).RootElement.GetProperty("period").GetString());
        var browser = await app.SignedIn("fjordbygg@demo.klimaspor.no");
        var page = $"/Contracts/{contractId}/Reports/2026-06";
        var viaPage = await UploadOnPage(browser, page, ("kvartal.xlsx", bytes));
        Assert.Equal(HttpStatusCode.Redirect, viaPage.StatusCode);
        Assert.Equal(stored, await app.WithDb(db => db.Reports.Where(r => r.ContractId == contractId && r.Period == "2026-06").DraftTextAsync()));
        Assert.Equal(["draft-saved:api", "draft-saved:workbook", "draft-saved:workbook"], await app.WithDb(db => db.ReportAudit
            .Where(a => db.Reports.Any(r => r.Id == a.ReportId && r.ContractId == contractId && r.Period == "2026-06")).OrderBy(a => a.At).Select(a => a.Action).ToListAsync()));
    }

    /// <summary>Posts files to the report page's upload form as a browser would, antiforgery token included.</summary>
    internal static async Task<HttpResponseMessage> UploadOnPage(HttpClient browser, string page, params (string Name, byte[] Content)[] files)
    {
        var token = KlimasporApp.AntiforgeryToken(await browser.GetStringAsync(page)) ?? throw new InvalidOperationException("No upload form.");
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, content) in files)
        {
            form.Add(new ByteArrayContent(content), "files", name);
        }

        return await browser.PostAsync(page + "?handler=Upload", form);
    }

    [Fact]
    public async Task CsvZip_SheetsInAnyLanguageAndCase_StoresTheSameLinesAsTheApi()
    {
        var supplier = await Demo.Supplier(app);
        var contractId = await app.ContractId("OBF-2024-017");
        Assert.Equal(HttpStatusCode.OK, (await supplier.PutDraftAsync($"/api/v1/contracts/{contractId}/reports/2027-01", Lines)).StatusCode);
        // The same lines as CSV files: Norwegian and English sheet names and headers, any case, in a zipped folder.
        var zip = Reports.WorkbookSamples.Zip([
            ("februar/RAPPORT.csv", Encoding.UTF8.GetBytes("Kontrakt;OBF-2024-017\nLeverandør org.nr.;918 765 433\nPeriode;2027-02\n")),
            ("februar/maskiner.csv", Encoding.UTF8.GetBytes(
                "Maskin-ID;Maskintype;Vekt (tonn);Energibærer;Utslippsklasse;Driftstimer;Tomgangstimer;Drivstoff (liter);Datakilde\n" +
                "VOLVO-A30G-5521;Dumper;24;Diesel;stage-v;120;35;1 480;tankanlegg\n" +
                "CAT-950-88213;hjullaster;19,5;hvo100;stage-v;142;48;1 610;telematikk\n")),
            ("februar/Vehicles.CSV", Encoding.UTF8.GetBytes(
                "Registration no.,Vehicle type,Purpose,Energy carrier,Trips,Distance (km),Load (t),Electricity (kWh),Idle (minutes),Data source\n" +
                "EL12345,lastebil,massetransport,el-batteri,64,2240,1650,2910,300,telematikk\n")),
            ("februar/Energi.csv", Encoding.UTF8.GetBytes("Måler/kilde;Energibærer;Formål;Mengde;Enhet;Datakilde\nByggestrøm;el-nett;byggvarme;18 400;kWh;maaler\n")),
        ]);

        var response = await supplier.PostAsync("/api/v1/reports/import", Files(("februar.zip", zip)));

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var stored = await app.WithDb(db => db.Reports.Where(r => r.ContractId == contractId && (r.Period == "2027-01" || r.Period == "2027-02"))
            .OrderBy(r => r.Period).Select(r => new { r.DraftLines, r.DraftSource }).ToListAsync());
        Assert.Equal(StoredDrafts.Text(stored[0].DraftLines), StoredDrafts.Text(stored[1].DraftLines));
        Assert.Equal("csv", stored[1].DraftSource);
        var kept = await app.WithDb(db => db.ReportFiles.SingleAsync(f => f.FileName == "februar.zip"));
        Assert.Equal(zip, kept.Content);
    }

    [Fact]
    public async Task CsvZip_BombOrFileThatIsNotCsv_RefusedNamingItAndNothingStored()
    {
        var supplier = await Demo.Supplier(app);
        var rapport = Encoding.UTF8.GetBytes("Kontrakt;ASK-2024-031\nLeverandør org.nr.;918 765 433\nPeriode;2026-03\n");
        var before = await app.WithDb(async db => (await db.Reports.CountAsync(), await db.ReportFiles.CountAsync(), await db.ReportAudit.CountAsync()));
        // 20 MB of zeros packs to about 20 kB: a thousand to one.
        var bomb = Reports.WorkbookSamples.Zip([("Rapport.csv", rapport), ("Maskiner.csv", new byte[20 * 1024 * 1024])]);
        var withDocument = Reports.WorkbookSamples.Zip([("Rapport.csv", rapport), ("mars/notater.docx", Encoding.UTF8.GetBytes("Notater"))]);

        var bombed = await supplier.PostAsync("/api/v1/reports/import?culture=en", Files(("mars.zip", bomb)));
        var documented = await supplier.PostAsync("/api/v1/reports/import?culture=en", Files(("mars.zip", withDocument)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, bombed.StatusCode);
        var bombError = JsonDocument.Parse(await bombed.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
        Assert.Equal("mars.zip", bombError.GetProperty("sheet").GetString());
        Assert.StartsWith("The zip file is packed unusually tightly", bombError.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, documented.StatusCode);
        var documentError = JsonDocument.Parse(await documented.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
        Assert.Equal("mars/notater.docx", documentError.GetProperty("value").GetString());
        Assert.Contains("“mars/notater.docx” in the zip file is not a CSV file", documentError.GetProperty("message").GetString(), StringComparison.Ordinal);
        // On the report page, in the page's language.
        var browser = await app.SignedIn("fjordbygg@demo.klimaspor.no");
        var onPage = await UploadOnPage(browser, $"/Contracts/{await app.ContractId("ASK-2024-031")}/Reports/2026-03", ("mars.zip", withDocument));
        Assert.Equal(HttpStatusCode.OK, onPage.StatusCode);
        Assert.Contains("mars.zip: «mars/notater.docx» i zip-filen er ikke en CSV-fil.", WebUtility.HtmlDecode(await onPage.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDb(async db => (await db.Reports.CountAsync(), await db.ReportFiles.CountAsync(), await db.ReportAudit.CountAsync())));
    }

    [Fact]
    public async Task Upload_FileThatIsNotAWorkbook_RefusedClearlyAndNothingStored()
    {
        var supplier = await Demo.Supplier(app);
        var before = await app.WithDb(db => db.Reports.CountAsync());

        var response = await supplier.PostAsync("/api/v1/reports/import", Files(("rapport.xlsx", Encoding.UTF8.GetBytes("Maskin-ID;Maskintype\nM1;gravemaskin\n"))));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var message = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0].GetProperty("message").GetString();
        Assert.False(string.IsNullOrWhiteSpace(message));
        Assert.Equal(before, await app.WithDb(db => db.Reports.CountAsync()));
    }

    [Fact]
    public async Task Upload_ForAContractTheSupplierIsNotPartyTo_Refused()
    {
        var other = await app.ApiFor(Data.DemoData.OrgNo.Nordlys, Klimaspor.Web.Roles.SupplierReporter);
        var rapport = Encoding.UTF8.GetBytes("Kontrakt;OBF-2024-017\nLeverandør org.nr.;922334455\nPeriode;2026-01\n");

        var response = await other.PostAsync("/api/v1/reports/import", Files(("Rapport.csv", rapport)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("contractRef", await response.Content.ReadAsStringAsync());
    }
}
