using System.Net;
using Klimaspor.Features.Calculations;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Tests;

/// <summary>The calculator and factor set pages as a browser without script uses them.</summary>
public sealed class CalculatorPagesTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static Dictionary<string, string> Example() => new()
    {
        ["Period"] = CalculatorExample.Okern.Period,
        ["Machines"] = CalculatorExample.Okern.Machines,
        ["Vehicles"] = CalculatorExample.Okern.Vehicles,
        ["Energy"] = CalculatorExample.Okern.Energy,
    };

    [Fact]
    public async Task Calculator_PastedExample_ShowsFiguresTraceAndSources()
    {
        var browser = await app.SignedIn("fjordbygg@demo.klimaspor.no");

        var response = await KlimasporApp.PostForm(browser, "/Calculator", "/Calculator?handler=Calculate", Example());
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Beregnet med no-territorial-2021 v2 og lifecycle-wtw-2023 v2.", html); // the newest reference versions
        // The diesel dumper's 1 480 l × 2.66 kg/l = 3 936.80 kg is the only territorial emission besides 780 kg biogas × 0.01.
        Assert.Contains("3 936,80", WebUtility.HtmlDecode(html).Replace('\u00A0', ' ').Replace('\u202F', ' '));
        Assert.Contains("Miljødirektoratet", html); // the trace names each factor's source
        Assert.DoesNotContain("ds-error-summary", html);
    }

    [Fact]
    public async Task Calculator_MistakesInPastedRows_LocatedBySheetRowAndColumn()
    {
        var browser = await app.SignedIn("fjordbygg@demo.klimaspor.no");
        var input = Example();
        input["Machines"] = "Maskin-ID\tMaskintype\tVekt (tonn)\tEnergibærer\tUtslippsklasse\tDriftstimer\tDrivstoff (liter)\tDatakilde\n" +
            "M1\tGravemaskin\t21\tdiesel\tstage-v\t120\t1 500 l\tmanuell\n" +
            "M2\tFlyvemaskin\t21\tdiesel\tstage-v\t120\t900\tmanuell\n";

        var html = await (await KlimasporApp.PostForm(browser, "/Calculator", "/Calculator?handler=Calculate", input)).Content.ReadAsStringAsync();

        Assert.Contains("ds-error-summary", html);
        Assert.Contains("Maskiner, rad 2, kolonne G (Drivstoff (liter))", html);
        Assert.Contains("Maskiner, rad 3, kolonne B (Maskintype)", html);
        Assert.DoesNotContain("result-heading", html);
    }

    [Fact]
    public async Task Calculator_Save_StoresForTheOrganisationOnly()
    {
        var browser = await app.SignedIn("oslo-oppfolger@demo.klimaspor.no");
        var input = Example();
        input["Title"] = "Økern, mars 2026";

        var response = await KlimasporApp.PostForm(browser, "/Calculator", "/Calculator?handler=Save", input);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await browser.GetStringAsync(response.Headers.Location);
        Assert.Contains("Økern, mars 2026", page);
        Assert.Contains("Tallene endres ikke når nye faktorsett publiseres.", page);
        var id = await app.WithDb(db => db.Calculations.Where(c => c.Title == "Økern, mars 2026").Select(c => c.Id).SingleAsync());
        var outsider = await app.SignedIn("asker@demo.klimaspor.no");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/Calculator/Saved/{id}")).StatusCode);
    }

    [Fact]
    public async Task FactorSetPage_ShowsValuesSourcesAndMissingFactor()
    {
        var browser = await app.SignedIn("asker@demo.klimaspor.no");

        var html = await browser.GetStringAsync("/FactorSets/Details/lifecycle-wtw-2023/1");

        Assert.Contains("UK DESNZ GHG conversion factors 2023", html);
        Assert.Contains("mangler", html); // district heating has no verified Norwegian average
        Assert.DoesNotContain("handler=Publish", html);
    }

    [Fact]
    public async Task FactorSetDraft_EditedAndPublishedInTheBrowser_ByAnAdministrator()
    {
        var admin = await app.SignedIn("drift@demo.klimaspor.no");

        var copy = await KlimasporApp.PostForm(admin, "/FactorSets/Details/no-territorial-2021/1", "/FactorSets/Details/no-territorial-2021/1?handler=Copy",
            new() { ["NewKey"] = "asker-territorial-2026" });
        Assert.Equal(HttpStatusCode.Redirect, copy.StatusCode);
        var editPage = await admin.GetStringAsync(copy.Headers.Location);
        Assert.Contains("name=\"Form.Factors[0].Carrier\"", editPage);

        var fields = FormFields(editPage);
        fields["Form.Description"] = "Asker kommunes territorielle sett 2026";
        fields["Form.Factors[0].KgCo2ePerUnit"] = "-1";
        var invalid = await KlimasporApp.PostForm(admin, copy.Headers.Location!.OriginalString, copy.Headers.Location.OriginalString, fields);
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("aria-invalid=\"true\"", await invalid.Content.ReadAsStringAsync());

        fields["Form.Factors[0].KgCo2ePerUnit"] = "2,65";
        var saved = await KlimasporApp.PostForm(admin, copy.Headers.Location.OriginalString, copy.Headers.Location.OriginalString, fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var published = await KlimasporApp.PostForm(admin, "/FactorSets/Details/asker-territorial-2026/1", "/FactorSets/Details/asker-territorial-2026/1?handler=Publish", []);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var page = await admin.GetStringAsync("/FactorSets/Details/asker-territorial-2026/1");
        Assert.Contains("Asker kommunes territorielle sett 2026", page);
        Assert.Contains("2,65", page);
        Assert.Contains("Publisert", page);
    }

    /// <summary>The form's current values, as a browser would send them back.</summary>
    private static Dictionary<string, string> FormFields(string html)
    {
        var fields = new Dictionary<string, string>();
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(html, "<input [^>]*name=\"(Form\\.[^\"]+)\"[^>]*value=\"([^\"]*)\""))
        {
            fields[m.Groups[1].Value] = System.Net.WebUtility.HtmlDecode(m.Groups[2].Value);
        }

        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(html, "<select [^>]*name=\"(Form\\.[^\"]+)\"[^>]*>(.*?)</select>",
            System.Text.RegularExpressions.RegexOptions.Singleline))
        {
            var selected = System.Text.RegularExpressions.Regex.Match(m.Groups[2].Value, "<option value=\"([^\"]*)\" selected");
            fields[m.Groups[1].Value] = selected.Success ? selected.Groups[1].Value : string.Empty;
        }

        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(html, "<textarea [^>]*name=\"(Form\\.[^\"]+)\"[^>]*>(.*?)</textarea>",
            System.Text.RegularExpressions.RegexOptions.Singleline))
        {
            fields[m.Groups[1].Value] = System.Net.WebUtility.HtmlDecode(m.Groups[2].Value);
        }

        return fields;
    }
}
