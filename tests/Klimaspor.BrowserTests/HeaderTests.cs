using Microsoft.Playwright;

namespace Klimaspor.BrowserTests;

/// <summary>The forms every page carries in its header: the language switch and signing out.</summary>
public sealed class HeaderTests(LiveApp app) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task LanguageSwitch_EnglishChosen_PageIsEnglishAndChoiceIsRemembered()
    {
        await using var session = await app.OpenAsync(DemoUsers.OsloFollowUp);
        var page = session.Page;
        await page.GotoAsync("/Contracts");
        Assert.Equal("Kontrakter", await page.Locator("h1").InnerTextAsync());

        await page.Locator("#language-select").SelectOptionAsync("en");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bytt språk", Exact = true }).ClickAsync();

        await page.Locator("html[lang='en']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        Assert.Equal("/Contracts", new Uri(page.Url).AbsolutePath);
        Assert.Equal("Contracts", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("en", await page.Locator("#language-select").InputValueAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Klimaspor", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Overview", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(1, await page.GetByRole(AriaRole.Button, new() { Name = "Change language", Exact = true }).CountAsync());
    }

    [Fact]
    public async Task SignOut_SignedIn_EndsSessionAndShowsLoginPage()
    {
        // Signing out ends every session of the person (docs/security.md), the cookies this class reuses among them,
        // so no other test here signs in as this user.
        await using var session = await app.OpenAsync(DemoUsers.OsloAnalyst);
        var page = session.Page;
        await page.GotoAsync("/Contracts");

        await page.GetByRole(AriaRole.Button, new() { Name = "Logg ut", Exact = true }).ClickAsync();

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Account/Login");
        await page.GotoAsync("/Contracts");
        Assert.Equal("/Account/Login", new Uri(page.Url).AbsolutePath);
        Assert.Equal("Logg inn", await page.Locator("h1").InnerTextAsync());
    }
}
