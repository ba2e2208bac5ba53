namespace Klimaspor.BrowserTests;

public sealed class KeyboardTests(LiveApp app) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task SkipLink_FirstTabThenEnter_MovesFocusToMain()
    {
        await using var session = await app.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/Account/Login");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("a[href=#main]", await session.FocusedAsync());
        Assert.True(await page.Locator("a[href='#main']").IsVisibleAsync(), "The skip link must be visible when it has focus.");
        Assert.Equal("Hopp til hovedinnholdet", await page.Locator("a[href='#main']").InnerTextAsync());

        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main#main", await session.FocusedAsync());
    }

    [Fact]
    public async Task LoginForm_KeyboardOnly_SignsIn()
    {
        await using var session = await app.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/Account/Login");

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("input#email", await session.FocusedAsync());
        await page.Keyboard.TypeAsync(DemoUsers.OsloFollowUp);
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("input#password", await session.FocusedAsync());
        await page.Keyboard.TypeAsync(Data.DemoData.Password);
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("button", await session.FocusedAsync());
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        // A buyer's home is the overview of its portfolio (issue 15 item 1).
        Assert.Equal("Oversikt", await page.Locator("h1").InnerTextAsync());
    }
}
