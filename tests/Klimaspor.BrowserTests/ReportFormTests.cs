using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Klimaspor.BrowserTests;

/// <summary>
/// A month reported line by line in the browser: the supplier finds the period among the reports due, adds a machine,
/// sees the figures follow as they type (and an error beside the field they left), saves, and submits.
/// </summary>
public sealed class ReportFormTests(LiveApp app) : IClassFixture<LiveApp>
{
    /// <summary>How long to wait for the page's script to bring the figures: a limit for a busy machine, not a speed requirement.</summary>
    private static readonly LocatorAssertionsToContainTextOptions Patiently = new() { Timeout = 30_000 };

    [Fact]
    public async Task Supplier_FillsTheLineForm_SeesFiguresFollowTheTyping_SavesAndSubmits()
    {
        await using var supplier = await app.OpenAsync(DemoUsers.Fjordbygg);
        var page = supplier.Page;
        // The reports due, oldest first: the contract's first month leads.
        await page.GotoAsync("/Reports");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Rapport OBF-2024-017, 2024-09", Exact = true })).ToBeVisibleAsync();
        await AxeCheck.AssertNoViolationsAsync(page);
        await page.GotoAsync("/Contracts");
        await page.GetByRole(AriaRole.Link, new() { Name = "OBF-2025-003", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "2026-09", Exact = true }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Legg til maskin", Exact = true }).ClickAsync();
        // Without waiting for script, the new line has focus after the round trip.
        Assert.Equal("input#machines-0-machineId", await supplier.FocusedAsync());

        await page.GetByLabel("Maskin-ID, linje 1", new() { Exact = true }).FillAsync("VOLVO-A30G-5521");
        await page.GetByLabel("Maskintype, linje 1", new() { Exact = true }).SelectOptionAsync("dumper");
        await page.GetByLabel("Vekt (tonn), linje 1", new() { Exact = true }).FillAsync("tjue");
        await page.Keyboard.PressAsync("Tab");
        await page.GetByLabel("Energibærer, linje 1", new() { Exact = true }).SelectOptionAsync("diesel");
        // Leaving a field with a mistake shows the error beside it.
        var weightError = page.Locator("#machines-0-weightTonnes-error");
        await Expect(weightError).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Assert.Equal("true", await page.Locator("#machines-0-weightTonnes").GetAttributeAsync("aria-invalid"));

        await page.GetByLabel("Vekt (tonn), linje 1", new() { Exact = true }).FillAsync("24");
        await page.GetByLabel("Utslippsklasse, linje 1", new() { Exact = true }).SelectOptionAsync("stage-v");
        await page.GetByLabel("Driftstimer, linje 1", new() { Exact = true }).FillAsync("120");
        await page.GetByLabel("Tomgangstimer, linje 1", new() { Exact = true }).FillAsync("30");
        await page.GetByLabel("Datakilde, linje 1", new() { Exact = true }).SelectOptionAsync("tankanlegg");
        await page.GetByLabel("Drivstoff (liter), linje 1", new() { Exact = true }).FillAsync("1 000");

        // 1 000 l diesel × 2.66 kg/l: the figures follow, and the update is announced.
        var territorial = 2660m.ToString("N1", CultureInfo.GetCultureInfo("nb-NO"));
        await Expect(page.Locator("[data-figure='territorial']")).ToContainTextAsync(territorial, Patiently);
        await Expect(page.Locator("[data-announcement]")).ToContainTextAsync(territorial, Patiently);
        await Expect(weightError).ToBeHiddenAsync();
        await AxeCheck.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre utkast", Exact = true }).ClickAsync();
        Assert.Contains("Utkastet er lagret.", await page.GetByRole(AriaRole.Status).First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("VOLVO-A30G-5521", await page.GetByLabel("Maskin-ID, linje 1", new() { Exact = true }).InputValueAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Send inn", Exact = true }).ClickAsync();
        Assert.Contains("Tall for innsendt versjon 1", await page.Locator("#figures-heading").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(territorial, await page.Locator("table.key-figures").Last.InnerTextAsync(), StringComparison.Ordinal);
        await AxeCheck.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task LineForm_RemoveLine_FocusReturnsToTheTable()
    {
        await using var supplier = await app.OpenAsync(DemoUsers.Fjordbygg);
        var page = supplier.Page;
        await page.GotoAsync("/Contracts");
        await page.GetByRole(AriaRole.Link, new() { Name = "OBF-2025-003", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "2026-08", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Legg til kjøretøy", Exact = true }).ClickAsync();
        await page.GetByLabel("Reg.nr., linje 1", new() { Exact = true }).FillAsync("EL12345");

        await page.GetByRole(AriaRole.Button, new() { Name = "Fjern linje 1 i Kjøretøy", Exact = true }).ClickAsync();

        // The removal is a round trip: wait for the new page to have put focus back, rather than reading it mid-load.
        await Expect(page.Locator("h3#vehicles-heading")).ToBeFocusedAsync();
        Assert.Equal("h3#vehicles-heading", await supplier.FocusedAsync());
        Assert.Equal(0, await page.Locator("#vehicles-0-regNo").CountAsync());
    }
}
