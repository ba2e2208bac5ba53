using System.Text.RegularExpressions;
using Klimaspor.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Klimaspor.BrowserTests;

public sealed partial class ContractFormTests(LiveApp app) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task NewContract_BuyerFillsInForm_ShowsDetailsAndIsFoundBySearch()
    {
        const string reference = "OBF-2026-101";
        const string title = "Nytt bibliotek på Tøyen – grunnarbeider";
        await using var session = await app.OpenAsync();
        var page = session.Page;
        await session.SignInAsync(DemoUsers.OsloFollowUp);

        await page.GotoAsync("/Contracts");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ny kontrakt", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Contracts/New");
        await page.Locator("#reference").FillAsync(reference);
        await page.Locator("#title").FillAsync(title);
        await page.Locator("#buyerUnitId").SelectOptionAsync(new SelectOptionValue { Label = "Oslobygg KF" });
        await page.Locator("#category").SelectOptionAsync(new SelectOptionValue { Label = "Bygg" });
        await page.Locator("#supplierOrgNo").FillAsync("918765433");
        await page.Locator("#startDate").FillAsync("2026-03-01");
        await page.Locator("#endDate").FillAsync("2027-12-31");
        await page.Locator("#valueNok").FillAsync("12 500 000");
        await page.Locator("#sites-0-name").FillAsync("Tøyen bibliotek");
        await page.Locator("#sites-0-address").FillAsync("Hagegata 30");
        await page.Locator("#sites-0-municipality").FillAsync("Oslo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrer kontrakten", Exact = true }).ClickAsync();

        await page.WaitForURLAsync(DetailsUrl());
        var detailsUrl = page.Url;
        Assert.Equal(title, await page.Locator("h1").InnerTextAsync());
        Assert.Contains($"Kontrakten {reference} er registrert.", await page.GetByRole(AriaRole.Status).InnerTextAsync(), StringComparison.Ordinal);
        var facts = Plain(await page.Locator("dl.facts").InnerTextAsync());
        Assert.Contains("Oslobygg KF", facts, StringComparison.Ordinal);
        Assert.Contains("Fjordbygg Entreprenør AS (org.nr. 918765433)", facts, StringComparison.Ordinal);
        Assert.Contains("12 500 000 kr", facts, StringComparison.Ordinal);
        Assert.Contains("Tøyen bibliotek", await page.GetByRole(AriaRole.Table, new() { Name = "Byggeplasser og steder" }).InnerTextAsync(), StringComparison.Ordinal);

        await page.GotoAsync("/Contracts");
        await page.Locator("#search").FillAsync(reference);
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).Query.Contains("search=" + reference, StringComparison.Ordinal));
        var rows = page.Locator("table tbody tr");
        Assert.Equal(1, await rows.CountAsync());
        await rows.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true }).ClickAsync();
        await page.WaitForURLAsync(DetailsUrl());
        Assert.Equal(detailsUrl, page.Url);
    }

    [Fact]
    public async Task NewContract_InvalidOrgNoAndEndBeforeStart_ShowsErrorsAndCreatesNothing()
    {
        const string reference = "OBF-2026-102";
        await using var session = await app.OpenAsync(DemoUsers.OsloFollowUp);
        var page = session.Page;

        await page.GotoAsync("/Contracts/New");
        await page.Locator("#reference").FillAsync(reference);
        await page.Locator("#title").FillAsync("Kontrakt med feil");
        await page.Locator("#buyerUnitId").SelectOptionAsync(new SelectOptionValue { Label = "Oslobygg KF" });
        await page.Locator("#category").SelectOptionAsync(new SelectOptionValue { Label = "Bygg" });
        await page.Locator("#supplierOrgNo").FillAsync("123456789");
        await page.Locator("#startDate").FillAsync("2026-06-01");
        await page.Locator("#endDate").FillAsync("2026-01-31");
        await page.Locator("#valueNok").FillAsync("12 500 000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrer kontrakten", Exact = true }).ClickAsync();

        var summary = page.Locator("#error-summary");
        await summary.WaitForAsync();
        Assert.Equal("div#error-summary", await session.FocusedAsync());
        Assert.Contains("Rett opp dette før du går videre", await summary.InnerTextAsync(), StringComparison.Ordinal);
        var targets = await summary.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains("#supplierOrgNo", targets);
        Assert.Contains("#endDate", targets);
        foreach (var target in targets)
        {
            // Each link leads to a form control, which the browser focuses when the link is followed.
            Assert.Equal(1, await page.Locator($"form {target}:is(input, select, textarea)").CountAsync());
        }

        await AssertFieldErrorAsync(page, "supplierOrgNo", "Organisasjonsnummeret er ikke gyldig");
        await AssertFieldErrorAsync(page, "endDate", "er før startdatoen");
        Assert.Equal("123456789", await page.Locator("#supplierOrgNo").InputValueAsync());
        Assert.Null(await page.Locator("#reference").GetAttributeAsync("aria-invalid"));

        await summary.Locator("a[href='#supplierOrgNo']").ClickAsync();
        Assert.Equal("input#supplierOrgNo", await session.FocusedAsync());

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.False(await db.Contracts.AnyAsync(c => c.Reference == reference));
    }

    private static async Task AssertFieldErrorAsync(IPage page, string id, string message)
    {
        var input = page.Locator($"#{id}");
        Assert.Equal("true", await input.GetAttributeAsync("aria-invalid"));
        Assert.Contains($"{id}-error", (await input.GetAttributeAsync("aria-describedby") ?? "").Split(' '));
        var error = page.Locator($"#{id}-error");
        Assert.True(await error.IsVisibleAsync(), $"The message beside #{id} is not visible.");
        Assert.Contains(message, await error.InnerTextAsync(), StringComparison.Ordinal);
    }

    /// <summary>Norwegian number formatting groups digits with no-break spaces.</summary>
    private static string Plain(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');

    [GeneratedRegex("/Contracts/Details/[0-9a-f-]{36}$")]
    private static partial Regex DetailsUrl();
}
