namespace Klimaspor.BrowserTests;

/// <summary>
/// Issue 15, "Tests that must exist": "a browser test with axe on the overview, the network page and the climate-budget
/// page, at 1280 and 390 px". The networks list (with the create and invite forms an administrator sees) and the demo
/// network's comparison, with no WCAG 2.1 A/AA violation and no sideways scrolling.
/// </summary>
public sealed class NetworkPageTests(LiveApp app) : IClassFixture<LiveApp>
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task Networks_DesktopAndPhone_NoAxeViolationsAndNoSidewaysScroll(int width)
    {
        await using var session = await app.OpenAsync(DemoUsers.OsloAdmin);
        var page = session.Page;
        await page.SetViewportSizeAsync(width, 900);

        var response = await page.GotoAsync("/Networks");
        Assert.True(response?.Ok, $"GET /Networks answered {response?.Status}");
        var network = await page.Locator("a[href*='/Networks/Details']").First.GetAttributeAsync("href");
        Assert.NotNull(network);
        foreach (var path in new[] { "/Networks", network })
        {
            response = await page.GotoAsync(path);
            Assert.True(response?.Ok, $"GET {path} answered {response?.Status}");
            foreach (var details in await page.Locator("details").AllAsync())
            {
                await details.EvaluateAsync("d => d.open = true");
            }

            Assert.Null(await AxeCheck.FindViolationsAsync(page));
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"{path} scrolls sideways at {width} px.");
        }

        // The comparison names the members side by side and says under which factor sets it was recomputed.
        await page.GotoAsync(network);
        var text = await page.Locator("main").InnerTextAsync();
        Assert.Contains("Asker kommune", text, StringComparison.Ordinal);
        Assert.Contains("Viken fylkeskommune", text, StringComparison.Ordinal);
    }
}
