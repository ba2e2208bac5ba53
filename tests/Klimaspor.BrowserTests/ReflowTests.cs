using Klimaspor.Data;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Klimaspor.BrowserTests;

/// <summary>
/// Every page the navigation leads to, for every role, reads on a desktop and on a phone (WCAG 1.4.10, reflow): axe
/// finds no WCAG 2.1 A/AA violation at 1280 and at 390 CSS pixels, and at 390 the page never scrolls sideways.
/// </summary>
public sealed class ReflowTests(LiveApp app) : IClassFixture<LiveApp>
{
    private const int Desktop = 1280;
    private const int Phone = 390;

    [Theory]
    [InlineData(DemoUsers.OsloFollowUp)]
    [InlineData(DemoUsers.OsloAdmin)]
    [InlineData(DemoUsers.OsloAnalyst)]
    [InlineData(DemoUsers.Fjordbygg)]
    [InlineData(DemoUsers.SystemAdministrator)]
    public async Task NavigationPages_EachRoleAtDesktopAndPhoneWidth_PassAxeAndReflow(string email)
    {
        await using var session = await app.OpenAsync(email);
        var page = session.Page;
        await page.SetViewportSizeAsync(Desktop, 900);
        await GotoAsync(page, "/");
        var links = await page.Locator("nav.site-nav--wide a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        // Every role has more to do than read the home page; an empty list would make this test pass on nothing.
        Assert.True(links.Length >= 3, $"{email} sees {links.Length} navigation links.");

        var failures = await CheckPagesAsync(page, ["/", .. links]);

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Theory]
    [InlineData(Localization.Bokmal)]
    [InlineData(Localization.Nynorsk)]
    [InlineData(Localization.English)]
    public async Task MainPages_EachLanguageAtDesktopAndPhoneWidth_PassAxeAndReflow(string culture)
    {
        await using var session = await app.OpenAsync(DemoUsers.OslobyggFollowUp);
        await session.Context.AddCookiesAsync([new Cookie
        {
            Name = ".AspNetCore.Culture",
            Value = $"c={culture}|uic={culture}",
            Url = app.BaseAddress.ToString(),
        }]);
        var page = session.Page;
        var okern = await ContractIdAsync("OBF-2024-017");

        var failures = await CheckPagesAsync(page,
        [
            "/", "/Contracts", "/Compliance", "/Reports", "/FactorSets", "/api-reference",
            $"/Contracts/Details/{okern}", $"/Contracts/{okern}/Requirements", $"/Contracts/{okern}/Compliance",
        ]);

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(culture == Localization.Bokmal ? "nb" : culture[..2], await page.GetAttributeAsync("html", "lang"));
    }

    [Fact]
    public async Task Navigation_PhoneWidth_FoldsIntoAMenuThatOpensByKeyboard()
    {
        await using var session = await app.OpenAsync(DemoUsers.OsloFollowUp);
        var page = session.Page;
        await page.SetViewportSizeAsync(Phone, 800);
        await GotoAsync(page, "/");
        var menu = page.Locator("details.site-menu");
        var contracts = menu.GetByRole(AriaRole.Link, new() { Name = "Kontrakter", Exact = true });
        Assert.False(await page.Locator("nav.site-nav--wide").IsVisibleAsync());
        Assert.False(await contracts.IsVisibleAsync());

        await menu.Locator("summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("true", await menu.Locator("summary").EvaluateAsync<string>("s => String(s.parentElement.open)"));
        Assert.True(await contracts.IsVisibleAsync());
        Assert.Null(await AxeCheck.FindViolationsAsync(page));
        Assert.True(await FitsAsync(page), "The open menu widens the page.");

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Contracts");
    }

    /// <summary>Each path at both widths; what went wrong, one entry per page and width, so one run shows every fault.</summary>
    private static async Task<List<string>> CheckPagesAsync(IPage page, IEnumerable<string> paths)
    {
        var failures = new List<string>();
        foreach (var width in new[] { Desktop, Phone })
        {
            await page.SetViewportSizeAsync(width, 900);
            foreach (var path in paths.Distinct())
            {
                var response = await page.GotoAsync(path);
                if (response?.Ok != true)
                {
                    failures.Add($"GET {path} answered {response?.Status}.");
                    continue;
                }

                if (await AxeCheck.FindViolationsAsync(page) is { } violations)
                {
                    failures.Add($"At {width} px: {violations}");
                }

                if (width == Phone && !await FitsAsync(page))
                {
                    failures.Add($"At {width} px {path} scrolls sideways: {await WidestAsync(page)}");
                }
            }
        }

        return failures;
    }

    private static Task<bool> FitsAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");

    /// <summary>
    /// The outermost elements that reach past the viewport's right edge, to say what to fix; what lies inside a box that
    /// scrolls on its own does not widen the page and is left out.
    /// </summary>
    private static Task<string> WidestAsync(IPage page) => page.EvaluateAsync<string>(
        """
        () => {
            const width = window.innerWidth;
            const past = e => e.getBoundingClientRect().right > width + 1;
            const scrollsItself = e => ['auto', 'scroll', 'hidden'].includes(getComputedStyle(e).overflowX);
            const inScrollBox = e => { for (let p = e.parentElement; p; p = p.parentElement) { if (scrollsItself(p)) return true; } return false; };
            const wide = [...document.querySelectorAll('main *, header *, footer *')]
                .filter(e => past(e) && !inScrollBox(e) && !(e.parentElement && past(e.parentElement) && !['MAIN', 'HEADER', 'FOOTER'].includes(e.parentElement.tagName)))
                .slice(0, 5)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '') + ' (right ' + Math.round(e.getBoundingClientRect().right) + ')');
            return 'scrollWidth ' + document.documentElement.scrollWidth + '; ' + wide.join(', ');
        }
        """);

    private static async Task GotoAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(path);
        Assert.True(response?.Ok, $"GET {path} answered {response?.Status}.");
    }

    private async Task<Guid> ContractIdAsync(string reference)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Contracts.Where(c => c.Reference == reference).Select(c => c.Id).SingleAsync();
    }
}
