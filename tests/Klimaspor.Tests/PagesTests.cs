using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Tests;

/// <summary>The pages as a browser without script uses them: forms, errors, sign-in, language.</summary>
public sealed class PagesTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Login_WrongPassword_ShowsErrorBesideTheField()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await KlimasporApp.PostForm(client, "/Account/Login", "/Account/Login",
            new() { ["Email"] = "asker@demo.klimaspor.no", ["Password"] = "feil-passord-123" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Feil e-postadresse eller passord, eller kontoen er låst i 15 minutter etter for mange mislykkede forsøk.", html);
        Assert.Contains("aria-invalid=\"true\"", html);
        Assert.Contains("href=\"#email\"", html);
    }

    [Fact]
    public async Task Login_FiveWrongPasswords_LocksTheAccount()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        for (var i = 0; i < 5; i++)
        {
            await KlimasporApp.PostForm(client, "/Account/Login", "/Account/Login", new() { ["Email"] = "viken@demo.klimaspor.no", ["Password"] = "gjett-" + i });
        }

        var response = await KlimasporApp.PostForm(client, "/Account/Login", "/Account/Login",
            new() { ["Email"] = "viken@demo.klimaspor.no", ["Password"] = Data.DemoData.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("låst", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Pages_NotSignedIn_RedirectToLogin()
    {
        var response = await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/Contracts");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task NewContract_WithMistakes_ShowsEveryErrorAndStoresNothing()
    {
        var browser = await app.SignedIn("oslo-oppfolger@demo.klimaspor.no");
        var before = await app.WithDb(db => db.Contracts.CountAsync());

        var response = await KlimasporApp.PostForm(browser, "/Contracts/New", "/Contracts/New", new()
        {
            ["Form.Reference"] = "OBF-2026-100",
            ["Form.Title"] = "Ny idrettshall",
            ["Form.SupplierOrgNo"] = "123 456 789",
            ["Form.Category"] = "bygg",
            ["Form.StartDate"] = "2026-05-01",
            ["Form.EndDate"] = "2026-01-01",
            ["Form.ValueNok"] = "12 mill",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Verdi (NOK): Skriv et tall", html); // unreadable values are reported first, with the field named
        Assert.Equal(before, await app.WithDb(db => db.Contracts.CountAsync()));

        response = await KlimasporApp.PostForm(browser, "/Contracts/New", "/Contracts/New", new()
        {
            ["Form.Reference"] = "OBF-2026-100",
            ["Form.Title"] = "Ny idrettshall",
            ["Form.SupplierOrgNo"] = "123 456 789",
            ["Form.Category"] = "bygg",
            ["Form.StartDate"] = "2026-05-01",
            ["Form.EndDate"] = "2026-01-01",
            ["Form.ValueNok"] = "12 000 000",
        });
        html = await response.Content.ReadAsStringAsync();

        Assert.Contains("id=\"supplierOrgNo-error\"", html);
        Assert.Contains("Sluttdatoen (2026-01-01) er før startdatoen (2026-05-01).", html);
        Assert.Contains("Oppdragsgiver: Fyll ut feltet.", html);
        Assert.Contains("value=\"Ny idrettshall\"", html); // what was typed is kept
        Assert.Equal(before, await app.WithDb(db => db.Contracts.CountAsync()));
    }

    [Fact]
    public async Task NewContract_Valid_RedirectsToItsPage()
    {
        var browser = await app.SignedIn("oslobygg@demo.klimaspor.no");
        var unit = await app.WithDb(db => db.Organisations.Where(o => o.OrgNo == Data.DemoData.OrgNo.Oslobygg).Select(o => o.Id).SingleAsync());

        var response = await KlimasporApp.PostForm(browser, "/Contracts/New", "/Contracts/New", new()
        {
            ["Form.Reference"] = "OBF-2026-101",
            ["Form.Title"] = "Ny idrettshall på Tøyen",
            ["Form.BuyerUnitId"] = unit.ToString(),
            ["Form.SupplierOrgNo"] = "922 334 455",
            ["Form.SubcontractorOrgNos"] = "998877660\n922998817",
            ["Form.Category"] = "bygg",
            ["Form.StartDate"] = "2026-05-01",
            ["Form.EndDate"] = "2028-01-31",
            ["Form.ValueNok"] = "145 000 000,50",
            ["Form.ReportingFrequency"] = "monthly",
            ["Form.ReportDueDay"] = "10",
            ["Form.Sites[0].Name"] = "Tøyen idrettshall",
            ["Form.Sites[0].Municipality"] = "Oslo",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await browser.GetStringAsync(response.Headers.Location);
        Assert.Contains("Ny idrettshall på Tøyen", page);
        Assert.Contains("Kontrakten OBF-2026-101 er registrert.", page);
        var stored = await app.WithDb(db => db.Contracts.Include(c => c.Subcontractors).Include(c => c.Sites).SingleAsync(c => c.Reference == "OBF-2026-101"));
        Assert.Equal(145_000_000.50m, stored.ValueNok);
        Assert.Equal(2, stored.Subcontractors.Count);
        Assert.Single(stored.Sites);
    }

    [Fact]
    public async Task EditContract_SomeoneElseSavedFirst_ShowsConflictAndKeepsTheirChange()
    {
        var browser = await app.SignedIn("bym@demo.klimaspor.no");
        var id = await app.ContractId("BYM-2025-041");
        var editPage = await browser.GetStringAsync($"/Contracts/Edit/{id}");
        var oldVersion = System.Text.RegularExpressions.Regex.Match(editPage, "name=\"Form.RowVersion\" value=\"([0-9a-f]+)\"").Groups[1].Value;

        // Someone else saves in between.
        await app.WithDb(async db =>
        {
            var c = await db.Contracts.SingleAsync(x => x.Id == id);
            c.Title = "Vinterdrift av sykkelveinettet (endret av kollega)";
            c.RowVersion = Guid.NewGuid();
            return await db.SaveChangesAsync();
        });

        var unit = await app.WithDb(db => db.Organisations.Where(o => o.OrgNo == Data.DemoData.OrgNo.Bymiljoetaten).Select(o => o.Id).SingleAsync());
        var response = await KlimasporApp.PostForm(browser, $"/Contracts/Edit/{id}", $"/Contracts/Edit/{id}", new()
        {
            ["Form.RowVersion"] = oldVersion,
            ["Form.Reference"] = "BYM-2025-041",
            ["Form.Title"] = "Min endring",
            ["Form.BuyerUnitId"] = unit.ToString(),
            ["Form.SupplierOrgNo"] = Data.DemoData.OrgNo.Skogstad,
            ["Form.Category"] = "drift-og-vedlikehold",
            ["Form.StartDate"] = "2025-10-01",
            ["Form.EndDate"] = "2029-04-30",
            ["Form.ValueNok"] = "52300000",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("Noen andre har lagret endringer", html);
        Assert.Contains("value=\"Min endring\"", html);
        Assert.Equal("Vinterdrift av sykkelveinettet (endret av kollega)", await app.WithDb(db => db.Contracts.Where(c => c.Id == id).Select(c => c.Title).SingleAsync()));
    }

    [Fact]
    public async Task LanguageSwitch_English_IsRemembered()
    {
        var browser = await app.SignedIn("asker@demo.klimaspor.no");

        var response = await KlimasporApp.PostForm(browser, "/Contracts", "/Language", new() { ["culture"] = "en", ["returnUrl"] = "/Contracts" });
        var page = await browser.GetStringAsync("/Contracts");
        var nextPage = await browser.GetStringAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("<h1 class=\"ds-heading\" data-size=\"lg\">Contracts</h1>", page);
        Assert.Contains("lang=\"en\"", nextPage);
        Assert.Contains("Sign out", nextPage);
    }

    [Fact]
    public async Task LanguageSwitch_Nynorsk_ShowsNynorsk()
    {
        var browser = await app.SignedIn("asker@demo.klimaspor.no");

        await KlimasporApp.PostForm(browser, "/", "/Language", new() { ["culture"] = "nn-NO", ["returnUrl"] = "/" });
        var page = await browser.GetStringAsync("/Contracts");

        Assert.Contains("Kontraktar", page);
        Assert.Contains("lang=\"nn\"", page);
    }

    [Fact]
    public async Task LanguageSwitch_ForeignReturnUrl_StaysOnSite()
    {
        var browser = await app.SignedIn("asker@demo.klimaspor.no");

        var response = await KlimasporApp.PostForm(browser, "/", "/Language", new() { ["culture"] = "en", ["returnUrl"] = "https://example.com/" });

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Pages_SendSecurityHeaders()
    {
        var response = await app.CreateClient().GetAsync("/Account/Login");

        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task ContractExport_CsvOfTheCallersContractsOnly()
    {
        var browser = await app.SignedIn("oslobygg@demo.klimaspor.no");

        var response = await browser.GetAsync("/Contracts?handler=Export&sort=-valueNok");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var csv = System.Text.Encoding.UTF8.GetString(bytes);

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]); // a BOM, so Excel reads æøå as UTF-8
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("\"Kontraktsreferanse\";\"Tittel\"", lines[0]);
        Assert.StartsWith("\"OBF-2024-017\";\"Økern sykehjem", lines[1]); // the largest first
        Assert.All(lines.Skip(1), l => Assert.StartsWith("\"OBF-", l));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+47 22 00 00 00", "\"'+47 22 00 00 00\"")]
    [InlineData("-1", "\"'-1\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("Økern; råbygg", "\"Økern; råbygg\"")]
    public void ExportCell_FormulaLikeText_NeverRunsInExcel(string value, string expected)
    {
        Assert.Equal(expected, Klimaspor.Features.ExcelCsv.Cell(value));
    }

    [Fact]
    public async Task Logout_EndsTheSession()
    {
        var browser = await app.SignedIn("asker@demo.klimaspor.no");

        await KlimasporApp.PostForm(browser, "/", "/Account/Logout", []);
        var response = await browser.GetAsync("/Contracts");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Pages_HandlerThePageDoesNotHave_NotFoundNeverAServerError()
    {
        // Razor Pages renders a page with no handler run when none fits (a POST to a page whose handlers are all named);
        // the report page's view then read a report nobody loaded (a 500). An unknown name on a GET may fall back to the
        // page's OnGet, which is harmless. Each kind: a page with route values, a form page, a details page.
        var browser = await app.SignedIn("oslo-oppfolger@demo.klimaspor.no");
        var report = await app.WithDb(db => (from r in db.Reports
                                             join c in db.Contracts on r.ContractId equals c.Id
                                             where c.BuyerUnit!.OrgNo == Data.DemoData.OrgNo.Oslo || c.BuyerUnit!.Parent!.OrgNo == Data.DemoData.OrgNo.Oslo
                                             select new { r.ContractId, r.Period }).FirstAsync());
        var reportPage = $"/Contracts/{report.ContractId}/Reports/{report.Period}";
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(reportPage)).StatusCode);

        foreach (var page in new[] { reportPage, "/Calculator", $"/Contracts/{report.ContractId}" })
        {
            var got = await browser.GetAsync(page + "?handler=Nope");
            Assert.True((int)got.StatusCode < 500, $"GET {page}?handler=Nope: {(int)got.StatusCode}");
            var posted = await KlimasporApp.PostForm(browser, page, page + "?handler=Nope", []);
            Assert.True(posted.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"POST {page}?handler=Nope: {(int)posted.StatusCode}");
        }
    }
}
