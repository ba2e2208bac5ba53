using Klimaspor.Data;
using Microsoft.Playwright;

namespace Klimaspor.BrowserTests;

/// <summary>One test's browser context and page; closing it throws away its cookies and storage.</summary>
public sealed class BrowserSession(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IBrowserContext Context { get; } = context;

    public IPage Page { get; } = page;

    /// <summary>Signs in through the login form, as a person would, and waits for the home page.</summary>
    public async Task SignInAsync(string email)
    {
        await Page.GotoAsync("/Account/Login");
        await Page.Locator("#email").FillAsync(email);
        await Page.Locator("#password").FillAsync(DemoData.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Logg inn", Exact = true }).ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
    }

    /// <summary>The element that has focus, as tag#id[href] (e.g. "input#email", "a[href=#main]").</summary>
    public Task<string> FocusedAsync() => Page.EvaluateAsync<string>(
        """
        () => {
            const e = document.activeElement;
            if (!e) return '';
            const href = e.getAttribute('href');
            return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (href ? '[href=' + href + ']' : '');
        }
        """);

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
