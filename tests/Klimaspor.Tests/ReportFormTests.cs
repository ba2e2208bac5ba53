using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Tests;

/// <summary>
/// The report page's line-by-line form without script: lines added, filled, removed and saved by server round trips,
/// read by the same template parser as the API, so the same content stores the same lines; the register carried into
/// a new period; and the figures the page's script asks for as the supplier types.
/// </summary>
public abstract partial class ReportFormTests(KlimasporApp app)
{
    private const string Supplier = "fjordbygg@demo.klimaspor.no";

    private static readonly object ApiBody = new
    {
        machines = new object[]
        {
            new { machineId = "VOLVO-A30G-5521", machineType = "dumper", weightTonnes = 24, energyCarrier = "diesel", emissionClass = "stage-v",
                operatingHours = 120, idleHours = 35, fuelLitres = 1480, dataSource = "tankanlegg" },
            new { machineId = "CAT-950-88213", machineType = "hjullaster", weightTonnes = 19.5, energyCarrier = "hvo100", emissionClass = "stage-v",
                fromDate = "2026-05-04", operatingHours = 142, fuelLitres = 1610, dataSource = "telematikk", idleHours = 48 },
        },
        vehicles = new object[]
        {
            new { regNo = "EL12345", vehicleType = "lastebil", purpose = "massetransport", energyCarrier = "el-batteri", trips = 64, distanceKm = 2240,
                electricityKwh = 2910, dataSource = "maaler" },
        },
        energy = new object[] { new { sourceId = "Byggestrøm", energyCarrier = "el-nett", purpose = "byggvarme", quantity = 18400, unit = "kWh", dataSource = "maaler" } },
        fuelDeliveries = new object[]
        {
            new { deliveryDate = "2026-05-12", fuelSupplier = "Circle K", product = "hvo100", quantity = 1600, unit = "liter", feedstock = "brukt-frityrolje" },
        },
    };

    private async Task<string> Page(string reference, string period) => $"/Contracts/{await app.ContractId(reference)}/Reports/{period}";

    private Task<string> Draft(string reference, string period) => app.WithDb(async db =>
    {
        var contractId = await db.Contracts.Where(c => c.Reference == reference).Select(c => c.Id).SingleAsync();
        return await db.Reports.Where(r => r.ContractId == contractId && r.Period == period).DraftTextAsync();
    });

    [Fact]
    public async Task LineForm_LinesAddedFilledRemovedAndSaved_StoresTheSameLinesAsTheApi()
    {
        Assert.Equal(HttpStatusCode.OK, (await (await Demo.Supplier(app)).PutAsJsonAsync($"/api/v1/contracts/{await app.ContractId("VFK-2025-030")}/reports/2026-05", ApiBody)).StatusCode);
        var browser = await app.SignedIn(Supplier);
        var page = await Page("VFK-2025-030", "2026-06");
        var html = await browser.GetStringAsync(page);

        // Three machine lines, one vehicle, one energy line and one delivery, added one by one as a person would.
        foreach (var sheet in new[] { "machines", "machines", "machines", "vehicles", "energy", "fuelDeliveries" })
        {
            html = await Post(browser, page, html, "AddLine", new() { ["sheet"] = sheet });
        }

        Assert.Contains("name=\"machines[2].machineId\"", html);
        Assert.Contains("name=\"fuelDeliveries[0].deliveryDate\"", html);
        // Without script, focus lands in the new line.
        Assert.Matches("id=\"fuelDeliveries-0-deliveryDate\"[^>]*autofocus", html);

        // Norwegian figures as people type them; the middle machine is a mistake and is removed before saving.
        html = await Post(browser, page, html, "RemoveLine", new()
        {
            ["line"] = "machines:1",
            ["machines[0].machineId"] = "VOLVO-A30G-5521",
            ["machines[0].machineType"] = "dumper",
            ["machines[0].weightTonnes"] = "24",
            ["machines[0].energyCarrier"] = "diesel",
            ["machines[0].emissionClass"] = "stage-v",
            ["machines[0].operatingHours"] = "120",
            ["machines[0].idleHours"] = "35",
            ["machines[0].fuelLitres"] = "1 480",
            ["machines[0].dataSource"] = "tankanlegg",
            ["machines[1].machineId"] = "FEIL-1",
            ["machines[1].weightTonnes"] = "3",
            ["machines[2].machineId"] = "CAT-950-88213",
            ["machines[2].machineType"] = "hjullaster",
            ["machines[2].weightTonnes"] = "19,5",
            ["machines[2].energyCarrier"] = "hvo100",
            ["machines[2].emissionClass"] = "stage-v",
            ["machines[2].fromDate"] = "2026-06-04",
            ["machines[2].operatingHours"] = "142",
            ["machines[2].idleHours"] = "48",
            ["machines[2].fuelLitres"] = "1610",
            ["machines[2].dataSource"] = "telematikk",
            ["vehicles[0].regNo"] = "EL12345",
            ["vehicles[0].vehicleType"] = "lastebil",
            ["vehicles[0].purpose"] = "massetransport",
            ["vehicles[0].energyCarrier"] = "el-batteri",
            ["vehicles[0].trips"] = "64",
            ["vehicles[0].distanceKm"] = "2 240",
            ["vehicles[0].electricityKwh"] = "2910",
            ["vehicles[0].dataSource"] = "maaler",
            ["energy[0].sourceId"] = "Byggestrøm",
            ["energy[0].energyCarrier"] = "el-nett",
            ["energy[0].purpose"] = "byggvarme",
            ["energy[0].quantity"] = "18 400",
            ["energy[0].unit"] = "kWh",
            ["energy[0].dataSource"] = "maaler",
            ["fuelDeliveries[0].deliveryDate"] = "12.06.2026",
            ["fuelDeliveries[0].fuelSupplier"] = "Circle K",
            ["fuelDeliveries[0].product"] = "hvo100",
            ["fuelDeliveries[0].quantity"] = "1600",
            ["fuelDeliveries[0].unit"] = "liter",
            ["fuelDeliveries[0].feedstock"] = "brukt-frityrolje",
        });
        Assert.DoesNotContain("FEIL-1", html);
        Assert.Contains("value=\"CAT-950-88213\"", html);
        Assert.DoesNotContain("name=\"machines[2].machineId\"", html);

        var saved = await PostRaw(browser, page, html, "Save", []);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        // The dates differ by a month (June, not May); everything else is the API's content.
        Assert.Equal((await Draft("VFK-2025-030", "2026-05")).Replace("2026-05-", "2026-06-", StringComparison.Ordinal), await Draft("VFK-2025-030", "2026-06"));
    }

    [Fact]
    public async Task LineForm_Mistakes_ShownBesideTheFieldAndInTheSummary_NothingStored()
    {
        var browser = await app.SignedIn(Supplier);
        var page = await Page("VFK-2025-030", "2026-07");
        var html = await Post(browser, page, await browser.GetStringAsync(page), "AddLine", new() { ["sheet"] = "machines" });

        html = await Post(browser, page, html, "Save", new()
        {
            ["machines[0].machineId"] = "KOMATSU-PC55-771",
            ["machines[0].machineType"] = "minigraver",
            ["machines[0].weightTonnes"] = "5,5",
            ["machines[0].energyCarrier"] = "el-batteri",
            ["machines[0].operatingHours"] = "96",
            ["machines[0].fuelLitres"] = "40",
            ["machines[0].electricityKwh"] = "1150",
            ["machines[0].dataSource"] = "maaler",
        });

        Assert.Contains("href=\"#machines-0-fuelLitres\"", html);
        Assert.Contains("Maskiner, linje 1, Drivstoff (liter):", html);
        Assert.Matches("id=\"machines-0-fuelLitres\"[^>]*aria-invalid=\"true\"", html);
        Assert.Matches("<p class=\"ds-validation-message\" data-color=\"danger\" id=\"machines-0-fuelLitres-error\">[^<]+</p>", html);
        // What was typed is still there to correct.
        Assert.Contains("value=\"KOMATSU-PC55-771\"", html);
        var contractId = await app.ContractId("VFK-2025-030");
        Assert.False(await app.WithDb(db => db.Reports.AnyAsync(r => r.ContractId == contractId && r.Period == "2026-07")));
    }

    /// <summary>
    /// Issue 14 item 6: the main supplier declares in the form which subcontractors had no activity; the declaration is
    /// stored with the draft, shown ticked again, and kept when pasted rows replace the lines.
    /// </summary>
    [Fact]
    public async Task LineForm_NoActivityBoxes_DeclarationStoredShownAndKeptByPaste()
    {
        var browser = await app.SignedIn(Supplier);
        var page = await Page("VFK-2025-030", "2026-09");
        var html = await browser.GetStringAsync(page);
        // Ås videregående skole names Grønn Maskinutleie as subcontractor: one box, not ticked.
        Assert.Matches("<input [^>]*name=\"NoActivity\" value=\"998877660\" id=\"noActivity-998877660\" />", html);

        var fields = new Dictionary<string, string>
        {
            ["LineForm"] = "true",
            ["NoActivity"] = "998877660",
            ["machines[0].machineId"] = "M-1",
            ["machines[0].machineType"] = "gravemaskin",
            ["machines[0].weightTonnes"] = "21",
            ["machines[0].energyCarrier"] = "el-batteri",
            ["machines[0].operatingHours"] = "100",
            ["machines[0].electricityKwh"] = "1 200",
            ["machines[0].dataSource"] = "maaler",
        };
        Assert.Equal(HttpStatusCode.Redirect, (await KlimasporApp.PostForm(browser, page, page + "?handler=Save", fields)).StatusCode);
        Assert.Equal(["998877660"], JsonDocument.Parse(await Draft("VFK-2025-030", "2026-09")).RootElement.GetProperty("noActivity").EnumerateArray().Select(e => e.GetString()));
        html = await browser.GetStringAsync(page);
        Assert.Matches("<input [^>]*name=\"NoActivity\" value=\"998877660\" id=\"noActivity-998877660\" checked=\"checked\" />", html);

        var pasted = new Dictionary<string, string> { ["Machines"] = "Maskin-ID\tMaskintype\tVekt (tonn)\tEnergibærer\tDriftstimer\tStrøm (kWh)\tDatakilde\nM-2\tgravemaskin\t21\tel-batteri\t80\t900\tmaaler" };
        Assert.Equal(HttpStatusCode.Redirect, (await KlimasporApp.PostForm(browser, page, page + "?handler=Paste", pasted)).StatusCode);
        var draft = JsonDocument.Parse(await Draft("VFK-2025-030", "2026-09")).RootElement;
        Assert.Equal("M-2", Assert.Single(draft.GetProperty("machines").EnumerateArray()).GetProperty("machineId").GetString());
        Assert.Equal(["998877660"], draft.GetProperty("noActivity").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task LineForm_HundredMachines_SavedInOnePost()
    {
        var browser = await app.SignedIn(Supplier);
        var page = await Page("VFK-2025-030", "2026-08");
        // Every cell of every line is posted, empty or not: 100 machines are 1 800 values, past the framework's default limit.
        var fields = new Dictionary<string, string> { ["LineForm"] = "true" };
        var columns = Domain.Reporting.Template.TemplateSheets.Machines.Columns;
        for (var i = 0; i < 100; i++)
        {
            foreach (var column in columns)
            {
                fields[$"machines[{i}].{column.Key}"] = column.Key switch
                {
                    "machineId" => $"M-{i}",
                    "machineType" => "gravemaskin",
                    "weightTonnes" => "21",
                    "energyCarrier" => "el-batteri",
                    "operatingHours" => "100",
                    "electricityKwh" => "1 200",
                    "dataSource" => "maaler",
                    _ => "",
                };
            }
        }

        var response = await KlimasporApp.PostForm(browser, page, page + "?handler=Save", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(100, JsonDocument.Parse(await Draft("VFK-2025-030", "2026-08")).RootElement.GetProperty("machines").GetArrayLength());
    }

    [Fact]
    public async Task Register_NewPeriod_StartsFromLastPeriodsMachinesWithoutTheirFigures()
    {
        var browser = await app.SignedIn(Supplier);
        // Økern's latest report is October's: four machines and two vehicles.
        var page = await Page("OBF-2024-017", "2026-11");

        var offered = await browser.GetStringAsync(page);
        var filled = await browser.GetStringAsync(page + "?handler=Register");

        Assert.Contains("?handler=Register", offered);
        Assert.Contains("2026-10", offered);
        Assert.Equal("VOLVO-EC230E-1042", Field(filled, "machines[0].machineId"));
        Assert.Equal("23", Field(filled, "machines[0].weightTonnes"));
        Assert.Equal("el-kabel", Field(filled, "machines[0].energyCarrier"));
        Assert.Equal("5,5", Field(filled, "machines[1].weightTonnes"));
        Assert.Equal("BT54321", Field(filled, "vehicles[1].regNo"));
        Assert.Equal("", Field(filled, "machines[0].operatingHours"));
        Assert.Equal("", Field(filled, "machines[0].electricityKwh"));
        Assert.Equal("", Field(filled, "vehicles[0].distanceKm"));
        Assert.DoesNotContain("name=\"energy[0].sourceId\"", filled);
        // Nothing is stored until the supplier saves.
        var contractId = await app.ContractId("OBF-2024-017");
        Assert.False(await app.WithDb(db => db.Reports.AnyAsync(r => r.ContractId == contractId && r.Period == "2026-11")));
    }

    [Fact]
    public async Task Register_ForAnotherSupplier_NotFound()
    {
        var outsider = await app.SignedIn("nordlys@demo.klimaspor.no");

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(await Page("OBF-2024-017", "2026-11") + "?handler=Register")).StatusCode);
    }

    [Fact]
    public async Task Figures_AsTheSupplierTypes_ComputedAsSubmissionWould_OthersRefused()
    {
        var browser = await app.SignedIn(Supplier);
        var page = await Page("ASK-2024-031", "2026-02");
        var html = await Post(browser, page, await browser.GetStringAsync(page), "AddLine", new() { ["sheet"] = "machines" });
        html = await Post(browser, page, html, "AddLine", new() { ["sheet"] = "machines" });
        var fields = new Dictionary<string, string>
        {
            ["machines[0].machineId"] = "VOLVO-A30G-5521",
            ["machines[0].machineType"] = "dumper",
            ["machines[0].weightTonnes"] = "24",
            ["machines[0].energyCarrier"] = "diesel",
            ["machines[0].emissionClass"] = "stage-v",
            ["machines[0].operatingHours"] = "120",
            ["machines[0].idleHours"] = "30",
            ["machines[0].fuelLitres"] = "1000",
            ["machines[0].dataSource"] = "tankanlegg",
            // Half typed: not counted, and said so.
            ["machines[1].machineId"] = "M2",
            ["machines[1].weightTonnes"] = "tjue",
        };

        var response = await PostRaw(browser, page, html, "Figures", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        // 1 000 l diesel × 2.66 kg/l (Miljødirektoratet), as the submission test over the API has it.
        Assert.Equal(2660m.ToString("N1", CultureInfo.GetCultureInfo("nb-NO")) + " kg CO2e", json.GetProperty("figures").GetProperty("territorial").GetString());
        Assert.Contains(json.GetProperty("errors").EnumerateArray(), e => e.GetProperty("id").GetString() == "machines-1-weightTonnes");
        Assert.Contains("1", json.GetProperty("uncounted").GetString());
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("announcement").GetString()));
        var contractId = await app.ContractId("ASK-2024-031");
        Assert.False(await app.WithDb(db => db.Reports.AnyAsync(r => r.ContractId == contractId && r.Period == "2026-02")));

        // The buyer may read the report but not draft it; another supplier does not learn it exists.
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAs(await app.SignedIn("asker@demo.klimaspor.no"), page + "?handler=Figures", fields)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAs(await app.SignedIn("nordlys@demo.klimaspor.no"), page + "?handler=Figures", fields)).StatusCode);
    }

    private static async Task<HttpResponseMessage> PostAs(HttpClient client, string url, Dictionary<string, string> fields)
    {
        var token = KlimasporApp.AntiforgeryToken(await client.GetStringAsync("/Reports"))!;
        return await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token }));
    }

    /// <summary>Posts the page's line form as a browser would: every field it holds, with <paramref name="changes"/> typed in.</summary>
    private static async Task<string> Post(HttpClient client, string page, string html, string handler, Dictionary<string, string> changes)
    {
        var response = await PostRaw(client, page, html, handler, changes);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{handler}: {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    private static Task<HttpResponseMessage> PostRaw(HttpClient client, string page, string html, string handler, Dictionary<string, string> changes)
    {
        var fields = LineFormFields(html);
        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }

        return client.PostAsync($"{page}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    /// <summary>The names and values the line form would post: its inputs, and the chosen option of each list.</summary>
    private static Dictionary<string, string> LineFormFields(string html)
    {
        var start = html.IndexOf("id=\"line-form\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "The page has no line form.");
        var form = html[start..html.IndexOf("</form>", start, StringComparison.Ordinal)];
        var fields = new Dictionary<string, string>();
        foreach (Match input in InputTag().Matches(form))
        {
            // As a browser posts them: a box only when it is ticked.
            if (input.Value.Contains("type=\"checkbox\"", StringComparison.Ordinal) && !input.Value.Contains("checked", StringComparison.Ordinal))
            {
                continue;
            }

            if (AttributeName().Match(input.Value) is { Success: true } name)
            {
                fields[WebUtility.HtmlDecode(name.Groups[1].Value)] = AttributeValue().Match(input.Value) is { Success: true } v ? WebUtility.HtmlDecode(v.Groups[1].Value) : "";
            }
        }

        foreach (Match select in SelectTag().Matches(form))
        {
            fields[WebUtility.HtmlDecode(select.Groups[1].Value)] = SelectedOption().Match(select.Groups[2].Value) is { Success: true } o ? WebUtility.HtmlDecode(o.Groups[1].Value) : "";
        }

        return fields;
    }

    private static string? Field(string html, string name) => LineFormFields(html).GetValueOrDefault(name);

    [GeneratedRegex("<input [^>]*>")]
    private static partial Regex InputTag();

    [GeneratedRegex("\\bname=\"([^\"]+)\"")]
    private static partial Regex AttributeName();

    [GeneratedRegex("\\bvalue=\"([^\"]*)\"")]
    private static partial Regex AttributeValue();

    [GeneratedRegex("<select [^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex SelectTag();

    [GeneratedRegex("<option value=\"([^\"]*)\" selected")]
    private static partial Regex SelectedOption();
}

public sealed class ReportFormOnSqliteTests(SqliteApp app) : ReportFormTests(app), IClassFixture<SqliteApp>;

public sealed class ReportFormOnPostgresTests(PostgresApp app) : ReportFormTests(app), IClassFixture<PostgresApp>;
