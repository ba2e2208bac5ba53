using Microsoft.Playwright;

namespace Klimaspor.BrowserTests;

/// <summary>
/// Issue 15 item 1: the buyer's overview reads on a desktop and on a phone (axe at 1280 and 390 CSS pixels, no sideways
/// scrolling), its filters work by keyboard alone, and its chart has its table beside it.
/// </summary>
public sealed class OverviewPageTests(LiveApp app) : IClassFixture<LiveApp>
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task Overview_DesktopAndPhone_NoAxeViolationsAndNoSidewaysScroll(int width)
    {
        await using var session = await app.OpenAsync(DemoUsers.OsloFollowUp);
        var page = session.Page;
        await page.SetViewportSizeAsync(width, 900);

        foreach (var path in new[] { "/", "/Statistics?year=2026&groupBy=unit", "/Statistics?tertial=2026-T3&groupBy=type", "/Statistics?groupBy=nonsense" })
        {
            var response = await page.GotoAsync(path);
            Assert.True(response?.Ok, $"GET {path} answered {response?.Status}");
            Assert.Null(await AxeCheck.FindViolationsAsync(page));
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"{path} scrolls sideways at {width} px.");
        }
    }

    [Fact]
    public async Task Overview_FiltersByKeyboard_ShowsTheUnitsSideBySideWithTheChartsTable()
    {
        await using var session = await app.OpenAsync(DemoUsers.OsloAnalyst);
        var page = session.Page;
        await page.GotoAsync("/");

        await page.GetByLabel("Fra måned").FillAsync("2026-01");
        await page.GetByLabel("Til måned").FillAsync("2026-12");
        await page.Locator("select[name=groupBy]").SelectOptionAsync("unit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis", Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Statistics");

        var breakdown = page.GetByRole(AriaRole.Region, new() { Name = "Fordelt på Enhet" });
        foreach (var unit in new[] { "Oslobygg KF", "Bymiljøetaten", "Renovasjons- og gjenvinningsetaten" })
        {
            Assert.True(await breakdown.GetByRole(AriaRole.Rowheader, new() { Name = unit }).IsVisibleAsync(), unit);
        }

        Assert.True(await page.GetByRole(AriaRole.Img, new() { Name = "Utslipp per måned, livsløp, i tonn CO₂e" }).IsVisibleAsync());
        Assert.Equal(12, await page.GetByRole(AriaRole.Region, new() { Name = "Tall per måned" }).Locator("tbody tr").CountAsync());
    }
}
