using Microsoft.Playwright;

namespace Klimaspor.BrowserTests;

/// <summary>
/// Issue 17 item 4: the scenario list, the demo's saved scenario on Groruddalen's waste collection (before and after
/// side by side, a chart with its table) and its "turn into requirements" step read on a desktop and on a phone: axe at
/// 1280 and 390 CSS pixels, no sideways scrolling.
/// </summary>
public sealed class ScenarioPagesTests(LiveApp app) : IClassFixture<LiveApp>
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task ScenarioPages_DesktopAndPhone_NoAxeViolationsAndNoSidewaysScroll(int width)
    {
        await using var session = await app.OpenAsync(DemoUsers.OsloFollowUp);
        var page = session.Page;
        await page.SetViewportSizeAsync(width, 900);

        var list = await page.GotoAsync("/TransportFootprint/Scenarios");
        Assert.True(list?.Ok, $"The list answered {list?.Status}");
        await Check(page, width);

        await page.GetByRole(AriaRole.Link, new() { Name = "60 % elektriske renovasjonsbiler, resten biogass" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/TransportFootprint/Scenario");
        Assert.True(await page.GetByRole(AriaRole.Img, new() { Name = "Utslipp før og etter, tonn CO₂e" }).IsVisibleAsync());
        Assert.Equal(4, await page.GetByRole(AriaRole.Table, new() { Name = "Tallene i diagrammet" }).Locator("tbody tr").CountAsync());
        await Check(page, width);

        await page.GetByRole(AriaRole.Link, new() { Name = "Gjør om til krav" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/TransportFootprint/Strategy/", StringComparison.Ordinal));
        await Check(page, width);

        var editor = await page.GotoAsync("/TransportFootprint/Scenario");
        Assert.True(editor?.Ok, $"The editor answered {editor?.Status}");
        await Check(page, width);
    }

    private static async Task Check(IPage page, int width)
    {
        Assert.Null(await AxeCheck.FindViolationsAsync(page));
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"{page.Url} scrolls sideways at {width} px.");
    }
}
