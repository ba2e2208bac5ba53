using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Klimaspor.Web;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;
using static Klimaspor.Data.DemoData;

namespace Klimaspor.Tests;

/// <summary>
/// A contract's exports (issue 15 item 5): the workbook opens with the figures the report API shows, the CSV is what
/// Norwegian Excel opens, and the climate report is a tagged PDF (PDF/UA) with the contract's figures — for those who
/// may see the contract, and for no one else.
/// </summary>
public abstract class ExportsTests(KlimasporApp app)
{
    /// <summary>Oslobygg's Økern contract: demo reports from its start until last month, requirements and verdicts.</summary>
    private const string Okern = "OBF-2024-017";

    private static readonly CultureInfo Bokmal = CultureInfo.GetCultureInfo("nb-NO");

    private async Task<string> ContractUrl(string reference) => $"/api/v1/contracts/{await app.ContractId(reference)}";

    /// <summary>A quantity as the API writes it: a number, or an object with its value.</summary>
    private static decimal Amount(JsonElement e) => e.ValueKind == JsonValueKind.Object ? e.GetProperty("value").GetDecimal() : e.GetDecimal();

    [Fact]
    public async Task FiguresWorkbook_OfAContract_OpensWithTheSameFiguresAsTheReportApi()
    {
        var buyer = await app.ApiFor(OrgNo.Oslobygg, Roles.FollowUpOfficer);
        var contract = await ContractUrl(Okern);

        var response = await buyer.GetAsync(contract + "/figures/export?format=xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var sheets = Sheets(workbook);
        Assert.Equal(["Rapporter", "Per energiklasse", "Definisjoner og kilder"], sheets.Keys.ToList());
        var rows = sheets["Rapporter"];
        var header = rows[0].Select(c => c.Text).ToList();
        int Column(string name) => header.FindIndex(h => h == name) is var i and >= 0 ? i : throw new InvalidOperationException($"No column {name}: {string.Join(" | ", header)}");
        var supplierName = await app.WithDb(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Contracts.Where(c => c.Reference == Okern).Select(c => c.Supplier!.Name)));
        var mainRows = rows.Skip(1).Where(r => r[Column("Rapportert av")].Text == supplierName).ToList();
        Assert.True(mainRows.Count >= 3, $"Økern has {mainRows.Count} counted reports of its main supplier in the workbook");

        foreach (var row in mainRows)
        {
            var period = row[Column("Periode")].Text!;
            var report = JsonDocument.Parse(await buyer.GetStringAsync($"{contract}/reports/{period}")).RootElement;
            var totals = report.GetProperty("submissions").EnumerateArray().Last().GetProperty("totals");
            // Real numbers, not text: each cell is a number Excel can sum, equal to the API's figure.
            Assert.Equal(Amount(totals.GetProperty("energy")), row[Column("Energi totalt (kWh)")].Number);
            Assert.Equal(Amount(totals.GetProperty("territorial").GetProperty("emissions")), row[Column("Utslipp, territorielt (kg CO2e)")].Number);
            Assert.Equal(Amount(totals.GetProperty("lifeCycle").GetProperty("emissions")), row[Column("Utslipp, livsløp (kg CO2e)")].Number);
            Assert.Equal(Amount(totals.GetProperty("lifeCycle").GetProperty("avoided")), row[Column("Unngått, livsløp (kg CO2e)")].Number);
            Assert.Equal(Amount(totals.GetProperty("energyByClass").GetProperty("zeroEmission")), row[Column("Utslippsfri (kWh)")].Number);
            var share = totals.GetProperty("zeroEmissionMachineHourShare");
            Assert.Equal(share.ValueKind == JsonValueKind.Null ? null : share.GetDecimal(), row[Column("Utslippsfri andel av maskintimene (%)")].Number);
        }

        // The energy classes sum over the reports, so the class sheet's energy is the reports' total energy.
        var classes = sheets["Per energiklasse"].Skip(1).ToList();
        Assert.Equal(rows.Skip(1).Sum(r => r[Column("Energi totalt (kWh)")].Number ?? 0), classes.Sum(r => r[1].Number ?? 0));
        // The definitions name the factor set versions the figures were computed with.
        var definitions = sheets["Definisjoner og kilder"];
        Assert.Contains(definitions, r => r.Count >= 3 && r[0].Text!.StartsWith("no-territorial-", StringComparison.Ordinal) && r[2].Text is { Length: > 0 });
    }

    [Fact]
    public async Task FiguresCsv_OfAContract_IsForNorwegianExcel()
    {
        var buyer = await app.ApiFor(OrgNo.Oslobygg, Roles.FollowUpOfficer);

        var response = await buyer.GetAsync(await ContractUrl(Okern) + "/figures/export?format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("\"Periode\";\"Rapportert av\";", lines[0], StringComparison.Ordinal);
        // Decimal comma, no thousands separator: Norwegian Excel reads 12345,5 as a number.
        var energy = lines[1].Split(';')[4].Trim('"');
        Assert.Matches(@"^\d+(,\d+)?$", energy);
    }

    [Fact]
    public async Task FiguresExport_UnknownFormat_422ListingTheFormats()
    {
        var buyer = await app.ApiFor(OrgNo.Oslobygg, Roles.FollowUpOfficer);

        var response = await buyer.GetAsync(await ContractUrl(Okern) + "/figures/export?format=pdf&culture=en");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("xlsx, csv", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClimateReport_OfAContract_IsATaggedPdfInNorwegianWithTheContractsFigures()
    {
        var buyer = await app.ApiFor(OrgNo.Oslobygg, Roles.FollowUpOfficer);
        var contract = await ContractUrl(Okern);

        var response = await buyer.GetAsync(contract + "/climate-report.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));

        using var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        var catalog = pdf.Internals.Catalog;
        // PDF/UA (ISO 14289-1, 7.1): the document is tagged — a structure tree and MarkInfo /Marked true — and states
        // its natural language (7.2) and a title shown in the viewer's title bar (7.1).
        Assert.NotNull(catalog.Elements.GetDictionary("/StructTreeRoot"));
        Assert.True(catalog.Elements.GetDictionary("/MarkInfo")?.Elements.GetBoolean("/Marked"));
        Assert.Equal("nb-NO", catalog.Elements.GetString("/Lang"));
        Assert.True(catalog.Elements.GetDictionary("/ViewerPreferences")?.Elements.GetBoolean("/DisplayDocTitle"));
        Assert.StartsWith("Klimarapport " + Okern, pdf.Info.Title, StringComparison.Ordinal);

        var text = Text(pdf);
        Assert.Contains(Okern, text, StringComparison.Ordinal);
        Assert.Contains("Krav og vurderinger", text, StringComparison.Ordinal);
        Assert.Contains("no-territorial-", text, StringComparison.Ordinal);
        // The first counted report's territorial emissions, as the report API gives them, written as the table writes them.
        var workbook = SpreadsheetDocument.Open(new MemoryStream(await buyer.GetByteArrayAsync(contract + "/figures/export?format=xlsx")), false);
        var first = Sheets(workbook)["Rapporter"][1];
        var report = JsonDocument.Parse(await buyer.GetStringAsync($"{contract}/reports/{first[0].Text}")).RootElement;
        var emissions = Amount(report.GetProperty("submissions").EnumerateArray().Last().GetProperty("totals").GetProperty("territorial").GetProperty("emissions"));
        Assert.Contains(emissions.ToString("#,0", Bokmal), text, StringComparison.Ordinal);
        workbook.Dispose();
    }

    [Fact]
    public async Task ClimateReport_AnotherOrganisation_404OnTheApiAndThePage()
    {
        var asker = await app.ApiFor(OrgNo.Asker, Roles.FollowUpOfficer);
        var id = await app.ContractId(Okern);

        Assert.Equal(HttpStatusCode.NotFound, (await asker.GetAsync($"/api/v1/contracts/{id}/climate-report.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await asker.GetAsync($"/api/v1/contracts/{id}/figures/export?format=xlsx")).StatusCode);
        var browser = await app.SignedIn("asker@demo.klimaspor.no");
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/Contracts/{id}/ClimateReport")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/Contracts/{id}/ClimateReport?handler=Figures&format=csv")).StatusCode);
    }

    [Fact]
    public async Task CompliancePage_OfAContract_LinksItsPdfThatDownloads()
    {
        var browser = await app.SignedIn("oslobygg@demo.klimaspor.no");
        var id = await app.ContractId(Okern);

        var page = await browser.GetStringAsync($"/Contracts/{id}/Compliance");

        Assert.Contains($"href=\"/Contracts/{id}/ClimateReport\"", page, StringComparison.Ordinal);
        var pdf = await browser.GetAsync($"/Contracts/{id}/ClimateReport");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task StatisticsWorkbook_OfOslosYear_OpensWithTheSameFiguresAsTheStatisticsApi()
    {
        var buyer = await Demo.Buyer(app);
        var year = DateTime.UtcNow.Year.ToString(CultureInfo.InvariantCulture);
        var api = JsonDocument.Parse(await buyer.GetStringAsync($"/api/v1/statistics?year={year}&groupBy=unit")).RootElement;

        var response = await buyer.GetAsync($"/api/v1/statistics/export?year={year}&groupBy=unit&format=xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var sheets = Sheets(workbook);
        // One sheet per breakdown, the one asked for first, then the definitions.
        Assert.Equal("Enhet", sheets.Keys.First());
        Assert.Equal("Definisjoner og kilder", sheets.Keys.Last());
        Assert.Equal(["Energibærer", "Enhet", "Kategori", "Kontrakt", "Maskin- eller kjøretøytype", "Måned"], sheets.Keys.SkipLast(1).Order(StringComparer.Ordinal));
        var rows = sheets["Enhet"];
        var header = rows[0].Select(c => c.Text).ToList();
        var energy = header.IndexOf("Energi totalt (kWh)");
        var emissions = header.IndexOf("Utslipp, territorielt (kg CO2e)");
        var share = header.IndexOf("Utslippsfri andel av maskintimene (%)");
        var items = api.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.Equal(items.Count + 1, rows.Count - 1);
        foreach (var item in items)
        {
            var row = rows.Single(r => r[1].Text == item.GetProperty("key").GetString());
            var figures = item.GetProperty("figures").GetProperty("figures");
            Assert.Equal(item.GetProperty("label").GetString(), row[0].Text);
            Assert.Equal(item.GetProperty("figures").GetProperty("contracts").GetInt32(), row[2].Number);
            Assert.Equal(Amount(figures.GetProperty("energy")), row[energy].Number);
            Assert.Equal(Amount(figures.GetProperty("territorial").GetProperty("emissions")), row[emissions].Number);
            var itemShare = figures.GetProperty("zeroEmissionMachineHourShare");
            Assert.Equal(itemShare.ValueKind == JsonValueKind.Null ? null : itemShare.GetDecimal(), row[share].Number);
        }

        // The whole scope last, with the API's totals; the units add up to it.
        var total = rows[^1];
        Assert.Equal("Sum", total[0].Text);
        Assert.Equal(Amount(api.GetProperty("totals").GetProperty("figures").GetProperty("energy")), total[energy].Number);
        Assert.Equal(total[energy].Number, rows.Skip(1).SkipLast(1).Sum(r => r[energy].Number));
    }

    [Fact]
    public async Task StatisticsExport_BadWindowOrASupplier_RefusedAsTheOverviewIs()
    {
        var buyer = await Demo.Buyer(app);
        var supplier = await Demo.Supplier(app);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await buyer.GetAsync("/api/v1/statistics/export?tertial=2026-T4&format=csv")).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await buyer.GetAsync("/api/v1/statistics/export?year=2026&format=ods")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supplier.GetAsync("/api/v1/statistics/export?year=2026&format=csv")).StatusCode);
    }

    /// <summary>Every sheet's rows, by sheet name in workbook order: each cell as text (shared strings read) or number.</summary>
    internal static Dictionary<string, List<List<(string? Text, decimal? Number)>>> Sheets(SpreadsheetDocument workbook)
    {
        var part = workbook.WorkbookPart!;
        var strings = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var result = new Dictionary<string, List<List<(string?, decimal?)>>>();
        foreach (var sheet in part.Workbook.Sheets!.Elements<Sheet>())
        {
            var worksheet = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet;
            result[sheet.Name!] = [.. worksheet.Descendants<Row>().Select(row =>
            {
                var cells = new List<(string?, decimal?)>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = ColumnIndex(cell.CellReference!);
                    while (cells.Count < column)
                    {
                        cells.Add((null, null));
                    }

                    var value = cell.CellValue?.Text;
                    cells.Add(cell.DataType?.Value == CellValues.SharedString
                        ? (strings[int.Parse(value!, CultureInfo.InvariantCulture)], null)
                        : (null, value is null ? null : decimal.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture)));
                }

                return cells;
            })];
        }

        return result;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = (index * 26) + (c - 'A' + 1);
        }

        return index - 1;
    }

    /// <summary>The strings every page's content shows, in order, as PDFsharp's content reader decodes them.</summary>
    internal static string Text(PdfDocument pdf)
    {
        var text = new StringBuilder();
        void Collect(CObject item)
        {
            switch (item)
            {
                case COperator op:
                    foreach (var operand in op.Operands)
                    {
                        Collect(operand);
                    }

                    break;
                case CSequence sequence:
                    foreach (var element in sequence)
                    {
                        Collect(element);
                    }

                    break;
                case CString s:
                    text.Append(s.Value).Append('\n');
                    break;
            }
        }

        foreach (var page in pdf.Pages)
        {
            Collect(ContentReader.ReadContent(page));
        }

        return text.ToString();
    }
}

public sealed class ExportsOnSqliteTests(SqliteApp app) : ExportsTests(app), IClassFixture<SqliteApp>;

public sealed class ExportsOnPostgresTests(PostgresApp app) : ExportsTests(app), IClassFixture<PostgresApp>;
