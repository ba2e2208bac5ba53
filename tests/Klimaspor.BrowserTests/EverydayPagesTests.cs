using Klimaspor.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Klimaspor.BrowserTests;

/// <summary>What people tripped over on the everyday pages: destructive buttons that acted at once, and badges without a space.</summary>
public sealed class EverydayPagesTests(LiveApp app) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task RemoveRequirement_FirstPress_AsksAndOnlyTheSecondRemoves()
    {
        await using var session = await app.OpenAsync(DemoUsers.OslobyggFollowUp);
        var page = session.Page;
        var list = $"/Contracts/{await ContractIdAsync("OBF-2024-017")}/Requirements";
        await page.GotoAsync(list);
        var rows = page.Locator("table.requirements-table tbody tr");
        var before = await rows.CountAsync();
        Assert.True(before > 0, "The demo contract has requirements to remove.");
        var first = page.Locator("details.confirm").First;
        var confirm = first.GetByRole(AriaRole.Button, new() { Name = "Ja, fjern kravet" });
        Assert.False(await confirm.IsVisibleAsync());

        await first.Locator("summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        Assert.True(await confirm.IsVisibleAsync());
        Assert.Contains("Fjerne kravet", await first.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await rows.CountAsync());

        await confirm.ClickAsync();
        await page.GetByText("er fjernet").WaitForAsync();

        Assert.Equal(before - 1, await rows.CountAsync());
    }

    [Fact]
    public async Task ArchiveContract_FirstPress_AsksAndOnlyTheSecondArchives()
    {
        await using var session = await app.OpenAsync(DemoUsers.OsloFollowUp);
        var page = session.Page;
        await page.GotoAsync($"/Contracts/Details/{await ContractIdAsync("BYM-2024-112")}");
        var archive = page.Locator("details.confirm summary");

        await archive.ClickAsync();

        Assert.Equal("/Contracts/Details/" + await ContractIdAsync("BYM-2024-112"), new Uri(page.Url).AbsolutePath);
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Hent fram igjen" }).CountAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, arkiver kontrakten" }).ClickAsync();
        await page.GetByText("Kontrakten er arkivert.").WaitForAsync();

        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Hent fram igjen" }).IsVisibleAsync());
    }

    [Fact]
    public async Task StatusTag_IconAndWords_HaveASpaceBetween()
    {
        await using var session = await app.OpenAsync(DemoUsers.OslobyggFollowUp);
        var page = session.Page;
        await page.GotoAsync("/Compliance");
        var tag = page.Locator(".ds-tag:has(.status-icon)").First;

        // The gap between the icon's right edge and the first letter of the words, as a reader sees it.
        var gap = await tag.EvaluateAsync<double>(
            """
            tag => {
                const icon = tag.querySelector('.status-icon');
                const words = [...tag.childNodes].find(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim().length > 0);
                const range = document.createRange();
                range.selectNodeContents(words);
                const start = [...range.getClientRects()].find(r => r.width > 0);
                return start.left - icon.getBoundingClientRect().right;
            }
            """);

        Assert.True(gap >= 3, $"The icon and the words are {gap} px apart.");
    }

    private async Task<Guid> ContractIdAsync(string reference)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Contracts.Where(c => c.Reference == reference).Select(c => c.Id).SingleAsync();
    }
}
