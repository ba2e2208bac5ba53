using Klimaspor.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Klimaspor.BrowserTests;

public sealed class SupplierAccessTests(LiveApp app) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task ContractList_SupplierSignedIn_ShowsOnlyOwnContractsAndNoNewButton()
    {
        await using var session = await app.OpenAsync(DemoUsers.Nordlys);
        var page = session.Page;

        await page.GotoAsync("/Contracts");

        var references = await page.Locator("table tbody tr td:first-child").AllInnerTextsAsync();
        // Nordlys Anlegg AS is the supplier on exactly these active demo contracts, with three different buyers.
        Assert.Equal(["ASK-2025-007", "BYM-2024-112", "OBF-2025-021", "VFK-2024-055"], references.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("OBF-2024-017", references);
        Assert.DoesNotContain("REG-2023-004", references);
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Ny kontrakt" }).CountAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Ny kontrakt" }).CountAsync());
    }

    [Fact]
    public async Task ContractDetails_OtherSuppliersContract_ShowsNotFoundPage()
    {
        Guid fjordbyggContract;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            fjordbyggContract = await db.Contracts.Where(c => c.Reference == "OBF-2024-017").Select(c => c.Id).SingleAsync();
        }

        await using var session = await app.OpenAsync(DemoUsers.Nordlys);
        var page = session.Page;

        var response = await page.GotoAsync($"/Contracts/Details/{fjordbyggContract}");

        Assert.NotNull(response);
        Assert.Equal(404, response.Status);
        Assert.Equal("Fant ikke siden", await page.Locator("h1").InnerTextAsync());
        Assert.DoesNotContain("Økern", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }
}
