using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Klimaspor.Web;

namespace Klimaspor.Tests;

/// <summary>
/// An import's errors are sentences in the reader's language, never the message keys behind them (issue 16, item 4):
/// over the API (the 422's messages) and on the report page's upload, in bokmål, nynorsk and English.
/// </summary>
public abstract partial class ImportMessagesTests(KlimasporApp app)
{
    private static readonly byte[] Machines = Encoding.UTF8.GetBytes(
        "Maskin-ID;Maskintype;Vekt (tonn);Energibærer;Utslippsklasse;Driftstimer;Drivstoff (liter);Datakilde\nM1;gravemaskin;tjue;hvo100;stage-v;100;900;manuell\n");

    [Theory]
    [InlineData("nb-NO", "nb")]
    [InlineData("nn-NO", "nn")]
    [InlineData("en", "en")]
    public async Task ApiImport_UnknownContract_MessageInTheCallersLanguage(string culture, string language)
    {
        var supplier = await Demo.Supplier(app);
        var rapport = Encoding.UTF8.GetBytes("Kontrakt;NO-SUCH-REF-1\nLeverandør org.nr.;918 765 433\nPeriode;2026-03\n");

        using var refused = await supplier.PostAsync($"/api/v1/reports/import?culture={culture}&ui-culture={culture}", ReportImportTests.Files(("Rapport.csv", rapport), ("Maskiner.csv", Machines)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var messages = Messages(await refused.Content.ReadAsStringAsync());
        Assert.Equal([TextsLocalizer.Message("Reports.UnknownContract", language, ["NO-SUCH-REF-1"])], messages);
    }

    [Theory]
    [InlineData("nb-NO")]
    [InlineData("nn-NO")]
    [InlineData("en")]
    public async Task ApiImport_EveryKindOfRefusal_NoMessageIsAKey(string culture)
    {
        var supplier = await Demo.Supplier(app);
        var uploads = new[]
        {
            // the Rapport sheet missing, a value that is not a number, a period the contract does not have, a file that is not a workbook
            new[] { ("Maskiner.csv", Machines) },
            [("Rapport.csv", Encoding.UTF8.GetBytes("Kontrakt;OBF-2024-017\nLeverandør org.nr.;918 765 433\nPeriode;2026-03\n")), ("Maskiner.csv", Machines)],
            [("Rapport.csv", Encoding.UTF8.GetBytes("Kontrakt;OBF-2024-017\nLeverandør org.nr.;918 765 433\nPeriode;2099-03\n")), ("Maskiner.csv", Machines)],
            [("rapport.xlsx", Encoding.UTF8.GetBytes("not a zip at all"))],
        };

        foreach (var files in uploads)
        {
            using var refused = await supplier.PostAsync($"/api/v1/reports/import?culture={culture}&ui-culture={culture}", ReportImportTests.Files(files));

            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            var body = await refused.Content.ReadAsStringAsync();
            Assert.NotEmpty(Messages(body));
            Assert.Empty(RawKeys(body));
        }
    }

    [Theory]
    [InlineData("nb-NO")]
    [InlineData("nn-NO")]
    [InlineData("en")]
    public async Task PageUpload_Refused_NoMessageIsAKey(string culture)
    {
        var browser = await app.SignedIn("fjordbygg@demo.klimaspor.no");
        var page = $"/Contracts/{await app.ContractId("OBF-2024-017")}/Reports/2026-03";
        var token = KlimasporApp.AntiforgeryToken(await browser.GetStringAsync(page)) ?? throw new InvalidOperationException("No upload form.");
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent(Machines), "files", "Maskiner.csv" } };

        using var refused = await browser.PostAsync($"{page}?handler=Upload&culture={culture}&ui-culture={culture}", form);

        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(TextsLocalizer.Text("Sheet.machines", culture), html, StringComparison.Ordinal);
        Assert.Empty(RawKeys(html));
    }

    /// <summary>
    /// Whatever in an answer is shaped like a text key (<c>Reports.UnknownContract</c>, <c>Template.machines.model.Header</c>):
    /// a key of texts.json shown as itself, or a key without a text, which the localizer gives back as itself.
    /// </summary>
    private static List<string> RawKeys(string body) =>
        [.. KeyShape().Matches(body).Select(m => m.Value).Where(k => TextsLocalizer.Load().All.ContainsKey(k) || k.Split('.').Skip(1).Any(s => char.IsUpper(s[0])))];

    [GeneratedRegex(@"\b[A-Z][A-Za-z]+(?:\.[A-Za-z0-9]+)+\b")]
    private static partial Regex KeyShape();

    private static List<string> Messages(string problem) =>
        [.. JsonDocument.Parse(problem).RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()!)];
}

public sealed class ImportMessagesOnSqliteTests(SqliteApp app) : ImportMessagesTests(app), IClassFixture<SqliteApp>;

public sealed class ImportMessagesOnPostgresTests(PostgresApp app) : ImportMessagesTests(app), IClassFixture<PostgresApp>;
