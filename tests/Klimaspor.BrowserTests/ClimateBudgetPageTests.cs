namespace Klimaspor.BrowserTests;

/// <summary>
/// Issue 15, "Tests that must exist": "a browser test with axe on … the climate-budget page, at 1280 and 390 px". The
/// live budget, a produced tertial report (the demo's) and a refused year, each with no WCAG 2.1 A/AA violation and no
/// sideways scrolling.
/// </summary>
public sealed class ClimateBudgetPageTests(LiveApp app) : IClassFixture<LiveApp>
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task ClimateBudget_DesktopAndPhone_NoAxeViolationsAndNoSidewaysScroll(int width)
    {
        await using var session = await app.OpenAsync(DemoUsers.OsloFollowUp);
        var page = session.Page;
        await page.SetViewportSizeAsync(width, 900);

        var response = await page.GotoAsync("/ClimateBudget");
        Assert.True(response?.Ok, $"GET /ClimateBudget answered {response?.Status}");
        var produced = await page.Locator("a[href*='report=']").First.GetAttributeAsync("href");
        Assert.NotNull(produced);
        foreach (var path in new[] { "/ClimateBudget", produced, "/ClimateBudget?year=1999" })
        {
            response = await page.GotoAsync(path);
            Assert.True(response?.Ok, $"GET {path} answered {response?.Status}");
            // The contracts behind each period are folded away: open them, so axe checks their tables too.
            foreach (var details in await page.Locator("details").AllAsync())
            {
                await details.EvaluateAsync("d => d.open = true");
            }

            Assert.Null(await AxeCheck.FindViolationsAsync(page));
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"{path} scrolls sideways at {width} px.");
        }
    }
}
