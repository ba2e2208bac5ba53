using Microsoft.Playwright;

namespace Klimaspor.BrowserTests;

/// <summary>
/// Issue 17 ("Tests that must exist": "axe on the new pages at 1280 and 390 px"): the transport footprint mapping reads on
/// a desktop and on a phone without sideways scrolling, its chart has its table beside it, and the ranking starts with
/// waste collection, as the demo's story says.
/// </summary>
public sealed class TransportFootprintPageTests(LiveApp app) : IClassFixture<LiveApp>
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task TransportFootprint_DesktopAndPhone_NoAxeViolationsNoSidewaysScrollChartWithItsTable(int width)
    {
        await using var session = await app.OpenAsync(DemoUsers.OsloFollowUp);
        var page = session.Page;
        await page.SetViewportSizeAsync(width, 900);

        foreach (var path in new[] { "/TransportFootprint", "/TransportFootprint?groupBy=footprintCategory", "/TransportFootprint?groupBy=nonsense" })
        {
            var response = await page.GotoAsync(path);
            Assert.True(response?.Ok, $"GET {path} answered {response?.Status}");
            Assert.Null(await AxeCheck.FindViolationsAsync(page));
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"{path} scrolls sideways at {width} px.");
        }

        await page.GotoAsync("/TransportFootprint");
        Assert.True(await page.GetByRole(AriaRole.Img, new() { Name = "Livsløpsutslipp etter plass i rangeringen, tonn CO₂e" }).IsVisibleAsync());
        var table = page.GetByRole(AriaRole.Region, new() { Name = "Tallene i diagrammet" });
        Assert.StartsWith("1. REG-2023-004", await table.Locator("tbody tr th").First.InnerTextAsync(), StringComparison.Ordinal);
    }
}
