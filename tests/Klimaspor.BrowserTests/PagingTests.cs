using Microsoft.Playwright;

namespace Klimaspor.BrowserTests;

public sealed class PagingTests(LiveApp app) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task Reports_PagerPageTwo_ShowsTheSecondPagesReports()
    {
        await using var session = await app.OpenAsync(DemoUsers.OsloFollowUp);
        var page = session.Page;
        await page.GotoAsync("/Reports");
        // A row is a report and whose it is: one period can be owed by the main supplier and a subcontractor.
        var first = await page.Locator("table tbody tr").AllInnerTextsAsync();

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Sider" }).GetByRole(AriaRole.Link, new() { Name = "Side 2" }).ClickAsync();
        await page.WaitForURLAsync("**/Reports?page=2");

        var second = await page.Locator("table tbody tr").AllInnerTextsAsync();
        Assert.Equal("2", await page.Locator("nav.ds-pagination [aria-current=page]").InnerTextAsync());
        Assert.NotEmpty(second);
        Assert.Empty(second.Intersect(first));
    }
}
