using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Tests;

/// <summary>A supplier registers its own system, which then acts for that supplier only.</summary>
public sealed partial class ApiClientsTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Supplier_RegistersClient_SecretShownOnce_TokenActsForTheSupplierOnly()
    {
        var browser = await app.SignedIn("nordlys@demo.klimaspor.no");

        var html = await (await KlimasporApp.PostForm(browser, "/Account/ApiClients", "/Account/ApiClients", new() { ["Name"] = "Nordlys maskinregister" })).Content.ReadAsStringAsync();
        var clientId = ClientId().Match(html).Groups[1].Value;
        var secret = Secret().Match(html).Groups[1].Value;
        Assert.StartsWith("922334455-", clientId);
        Assert.DoesNotContain(secret, await browser.GetStringAsync("/Account/ApiClients")); // never shown again

        var api = await app.ApiAs(clientId, secret);
        var contracts = await api.GetStringAsync("/api/v1/contracts?pageSize=200");
        Assert.Contains("BYM-2024-112", contracts);
        Assert.DoesNotContain("OBF-2024-017", contracts);
        var stored = await app.WithDb(db => db.ApiClients.SingleAsync(c => c.ClientId == clientId));
        Assert.DoesNotContain(secret, stored.SecretHash);

        var id = stored.Id;
        await KlimasporApp.PostForm(browser, "/Account/ApiClients", "/Account/ApiClients?handler=Disable", new() { ["id"] = id.ToString() });
        await Assert.ThrowsAsync<HttpRequestException>(() => app.ApiAs(clientId, secret));
    }

    [Fact]
    public async Task ApiClientsPage_BuyersAndOtherSuppliers_CannotUseIt()
    {
        var buyer = await app.SignedIn("asker@demo.klimaspor.no");
        Assert.Equal(HttpStatusCode.Forbidden, (await buyer.GetAsync("/Account/ApiClients")).StatusCode);

        var demoClient = await app.WithDb(db => db.ApiClients.Where(c => c.ClientId == Data.DemoData.SupplierClientId).Select(c => c.Id).SingleAsync());
        var otherSupplier = await app.SignedIn("nordlys@demo.klimaspor.no");
        var response = await KlimasporApp.PostForm(otherSupplier, "/Account/ApiClients", "/Account/ApiClients?handler=Disable", new() { ["id"] = demoClient.ToString() });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await app.WithDb(db => db.ApiClients.Where(c => c.Id == demoClient).Select(c => c.DisabledAt != null).SingleAsync()));
    }

    [GeneratedRegex("<dt>client_id</dt><dd><code>([^<]+)</code>")]
    private static partial Regex ClientId();

    [GeneratedRegex("<dt>client_secret</dt><dd><code>([^<]+)</code>")]
    private static partial Regex Secret();
}
