using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Klimaspor.Data;
using Klimaspor.Domain.Networks;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;
using static Klimaspor.Data.DemoData;

namespace Klimaspor.Tests;

/// <summary>
/// Networks of buyers (issue 15 item 3): "each joins when its own administrator accepts, and chooses what it shares
/// (aggregates only, or also contract-level figures)"; "Nothing of a member's contracts is visible to another member
/// unless that member shared it". The demo network: Oslo (aggregates), Asker (contracts), Viken (aggregates).
/// </summary>
public abstract class NetworksTests(KlimasporApp app)
{
    private Task<Guid> DemoNetwork() => app.WithDb(db => db.Networks.Where(n => n.Name == DemoNetworks.Name).Select(n => n.Id).SingleAsync());

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>A window of the last twelve whole months, from the clock, as demo data is dated.</summary>
    private static string Window()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return $"from={today.AddMonths(-12):yyyy-MM}&to={today:yyyy-MM}";
    }

    private static async Task<Guid> CreateNetwork(HttpClient osloAdmin, string name)
    {
        var created = await Json(await osloAdmin.PostAsJsonAsync("/api/v1/networks", new { name }));
        return created.GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Comparison_AMember_SeesOnlySharedContracts()
    {
        var id = await DemoNetwork();
        var asker = await app.ApiFor(OrgNo.Asker, Roles.FollowUpOfficer);

        var response = await asker.GetAsync($"/api/v1/networks/{id}/comparison?{Window()}");
        var body = await response.Content.ReadAsStringAsync();
        var comparison = await Json(response);

        var members = comparison.GetProperty("members").EnumerateArray().ToDictionary(m => m.GetProperty("orgNo").GetString()!);
        Assert.Equal(new[] { OrgNo.Asker, OrgNo.Oslo, OrgNo.Viken }.Order(StringComparer.Ordinal), members.Keys.Order(StringComparer.Ordinal));
        Assert.True(members[OrgNo.Asker].GetProperty("isCaller").GetBoolean());
        // Viken and Oslo share aggregates only: no contract of theirs, by reference or title.
        Assert.Equal(JsonValueKind.Null, members[OrgNo.Viken].GetProperty("contracts").ValueKind);
        Assert.Equal(JsonValueKind.Null, members[OrgNo.Oslo].GetProperty("contracts").ValueKind);
        Assert.Equal(JsonValueKind.Array, members[OrgNo.Asker].GetProperty("contracts").ValueKind);
        var hidden = await app.WithDb(db => db.Contracts.Where(c => c.BuyerUnit!.OrgNo == OrgNo.Viken || c.BuyerUnit!.OrgNo == OrgNo.Oslo
            || c.BuyerUnit!.Parent!.OrgNo == OrgNo.Oslo).Select(c => new { c.Reference, c.Title }).ToListAsync());
        Assert.NotEmpty(hidden);
        Assert.All(hidden, c =>
        {
            Assert.DoesNotContain(c.Reference, body, StringComparison.Ordinal);
            Assert.DoesNotContain(c.Title, body, StringComparison.Ordinal);
        });
        // The answer says which pair it recomputed under; a benchmark shows only with five contracts from three members.
        Assert.Contains("no-territorial-2021@2", comparison.GetProperty("recomputed").GetString(), StringComparison.Ordinal);
        Assert.All(comparison.GetProperty("benchmarks").EnumerateArray(), b =>
        {
            var enough = b.GetProperty("contracts").GetInt32() >= 5 && b.GetProperty("members").GetInt32() >= 3;
            Assert.Equal(enough, b.GetProperty("shown").GetBoolean());
            Assert.Equal(enough, b.GetProperty("median").ValueKind == JsonValueKind.Number);
        });
    }

    [Fact]
    public async Task Invitation_UntilTheInviteesAdminAccepts_NothingOfItShownAndOnlyThatAdminAccepts()
    {
        var osloAdmin = await app.ApiFor(OrgNo.Oslo, Roles.BuyerAdmin);
        var id = await CreateNetwork(osloAdmin, "Test: Oslo og Viken");
        await Json(await osloAdmin.PostAsJsonAsync($"/api/v1/networks/{id}/invitations", new { orgNo = OrgNo.Viken }));

        // Invited, not accepted: Viken's figures and name are absent for the creator.
        var before = await Json(await osloAdmin.GetAsync($"/api/v1/networks/{id}/comparison?{Window()}"));
        Assert.Equal([OrgNo.Oslo], before.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("orgNo").GetString()));
        var summary = await Json(await osloAdmin.GetAsync($"/api/v1/networks/{id}"));
        var viken = summary.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("orgNo").GetString() == OrgNo.Viken);
        Assert.Equal(JsonValueKind.Null, viken.GetProperty("name").ValueKind);
        Assert.Equal("invited", viken.GetProperty("status").GetString());
        // The invitee's people see the invitation, not the comparison.
        var vikenOfficer = await app.ApiFor(OrgNo.Viken, Roles.FollowUpOfficer);
        Assert.Equal(HttpStatusCode.NotFound, (await vikenOfficer.GetAsync($"/api/v1/networks/{id}/comparison")).StatusCode);

        // Only Viken's own administrator accepts: not its follow-up officer, not the creator, not another buyer's admin.
        Assert.Equal(HttpStatusCode.Forbidden, (await vikenOfficer.PostAsJsonAsync($"/api/v1/networks/{id}/accept", new { sharing = "contracts" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await osloAdmin.PostAsJsonAsync($"/api/v1/networks/{id}/accept", new { sharing = "contracts" })).StatusCode);
        var askerAdmin = await app.ApiFor(OrgNo.Asker, Roles.BuyerAdmin);
        Assert.Equal(HttpStatusCode.NotFound, (await askerAdmin.PostAsJsonAsync($"/api/v1/networks/{id}/accept", new { sharing = "contracts" })).StatusCode);
        Assert.Equal(NetworkMemberStatus.Invited, await Status(id, OrgNo.Viken));

        var vikenAdmin = await app.ApiFor(OrgNo.Viken, Roles.BuyerAdmin);
        await Json(await vikenAdmin.PostAsJsonAsync($"/api/v1/networks/{id}/accept", new { sharing = "contracts" }));

        var after = await Json(await osloAdmin.GetAsync($"/api/v1/networks/{id}/comparison?{Window()}"));
        var shown = after.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("orgNo").GetString() == OrgNo.Viken);
        Assert.Equal("contracts", shown.GetProperty("sharing").GetString());
        Assert.Equal(JsonValueKind.Array, shown.GetProperty("contracts").ValueKind);

        // Having left, Viken is gone from the comparison and no longer sees the network.
        await Json(await vikenAdmin.PostAsync($"/api/v1/networks/{id}/leave", null));
        var left = await Json(await osloAdmin.GetAsync($"/api/v1/networks/{id}/comparison?{Window()}"));
        Assert.DoesNotContain(left.GetProperty("members").EnumerateArray(), m => m.GetProperty("orgNo").GetString() == OrgNo.Viken);
        Assert.Equal(HttpStatusCode.NotFound, (await vikenAdmin.GetAsync($"/api/v1/networks/{id}")).StatusCode);
    }

    [Fact]
    public async Task BadInput_Refused422_AndChangesNothing()
    {
        var osloAdmin = await app.ApiFor(OrgNo.Oslo, Roles.BuyerAdmin);
        var id = await CreateNetwork(osloAdmin, "Test: dårlige verdier");
        var networks = await app.WithDb(db => db.Networks.CountAsync());
        var members = await app.WithDb(db => db.NetworkMembers.CountAsync());

        var noName = await osloAdmin.PostAsJsonAsync("/api/v1/networks", new { name = "", sharing = "everything" });
        var badOrgNo = await osloAdmin.PostAsJsonAsync($"/api/v1/networks/{id}/invitations", new { orgNo = "123456789" });
        var badMonth = await osloAdmin.GetAsync($"/api/v1/networks/{id}/comparison?from=2026-13");
        var backwards = await osloAdmin.GetAsync($"/api/v1/networks/{id}/comparison?from=2026-06&to=2026-01");
        await Json(await osloAdmin.PostAsJsonAsync($"/api/v1/networks/{id}/invitations", new { orgNo = OrgNo.Asker }));
        var askerAdmin = await app.ApiFor(OrgNo.Asker, Roles.BuyerAdmin);
        var badSharing = await askerAdmin.PostAsJsonAsync($"/api/v1/networks/{id}/accept", new { sharing = "everything" });

        foreach (var response in new[] { noName, badOrgNo, badMonth, backwards, badSharing })
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        // The allowed values are named.
        Assert.Contains("aggregates, contracts", await badSharing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(networks, await app.WithDb(db => db.Networks.CountAsync()));
        Assert.Equal(members + 1, await app.WithDb(db => db.NetworkMembers.CountAsync()));
        Assert.Equal(NetworkMemberStatus.Invited, await Status(id, OrgNo.Asker));
    }

    [Fact]
    public async Task Network_CallerNotAMember_NotFoundAndNotListed()
    {
        var id = await DemoNetwork();
        // A sub-unit of a member (the network compares whole organisations) and a buyer outside it.
        foreach (var (orgNo, role) in new[] { (OrgNo.Oslobygg, Roles.BuyerAdmin), (OrgNo.Bymiljoetaten, Roles.FollowUpOfficer) })
        {
            var client = await app.ApiFor(orgNo, role);
            var comparison = await client.GetAsync($"/api/v1/networks/{id}/comparison");
            Assert.Equal(HttpStatusCode.NotFound, comparison.StatusCode);
            Assert.Equal("application/problem+json", comparison.Content.Headers.ContentType?.MediaType);
            // Unknown and existing-but-not-yours answer alike.
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/networks/{Guid.NewGuid()}/comparison")).StatusCode);
            Assert.Equal(0, (await Json(await client.GetAsync("/api/v1/networks"))).GetArrayLength());
        }
    }

    [Fact]
    public async Task NetworkPage_Member_ShowsTheComparisonAndSaysHowItIsRecomputed()
    {
        var id = await DemoNetwork();
        var browser = await app.SignedIn("oslo-oppfolger@demo.klimaspor.no");

        var list = await browser.GetStringAsync("/Networks");
        var page = await browser.GetStringAsync($"/Networks/Details/{id}");

        Assert.Contains(DemoNetworks.Name, list, StringComparison.Ordinal);
        Assert.Contains("Asker kommune", page, StringComparison.Ordinal);
        Assert.Contains("Viken fylkeskommune", page, StringComparison.Ordinal);
        Assert.Contains("regnet om", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedIn("bym@demo.klimaspor.no")).GetAsync($"/Networks/Details/{id}")).StatusCode);
    }

    private Task<NetworkMemberStatus> Status(Guid networkId, string orgNo) =>
        app.WithDb(db => db.NetworkMembers.Where(m => m.NetworkId == networkId && m.OrgNo == orgNo).Select(m => m.Status).SingleAsync());
}

public sealed class NetworksOnSqliteTests(SqliteApp app) : NetworksTests(app), IClassFixture<SqliteApp>;

public sealed class NetworksOnPostgresTests(PostgresApp app) : NetworksTests(app), IClassFixture<PostgresApp>;
