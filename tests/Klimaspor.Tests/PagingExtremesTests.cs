using System.Net;
using System.Text.Json;
using Klimaspor.Web;
using static Klimaspor.Data.DemoData;

namespace Klimaspor.Tests;

/// <summary>
/// Every list that pages, asked for a page no list has: <c>page=2147483647</c> once overflowed into a negative skip
/// and a 500 on six routes. One paging rule (<c>PageRequest</c>) now holds for all; the answer is an empty page.
/// </summary>
public abstract class PagingExtremesTests(KlimasporApp app)
{
    private const string Last = "2147483647";

    [Fact]
    public async Task ApiLists_PageBeyondAnyList_EmptyPageNotAnError()
    {
        var api = await app.ApiFor(OrgNo.Oslobygg, Roles.FollowUpOfficer);
        var contract = await app.ContractId("OBF-2025-021");
        string[] lists =
        [
            "/api/v1/contracts", "/api/v1/reports/due", "/api/v1/reports/awaiting-review", "/api/v1/compliance/attention",
            $"/api/v1/contracts/{contract}/compliance/history", $"/api/v1/contracts/{contract}/deviations", $"/api/v1/contracts/{contract}/waivers",
        ];

        foreach (var list in lists)
        {
            foreach (var size in new[] { "1", "100", Last })
            {
                var response = await api.GetAsync($"{list}?page={Last}&pageSize={size}");
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{list} pageSize={size}: {(int)response.StatusCode} {body}");
                Assert.Equal(0, JsonDocument.Parse(body).RootElement.GetProperty("items").GetArrayLength());
            }
        }
    }

    [Fact]
    public async Task Pages_PageBeyondAnyList_ShownNotAnError()
    {
        var buyer = await app.SignedIn("oslo-oppfolger@demo.klimaspor.no");
        var contract = await app.ContractId("OBF-2025-021");

        foreach (var page in new[] { "/Contracts", "/Reports", "/Compliance", "/Reports/AwaitingReview", $"/Contracts/{contract}/Compliance" })
        {
            var response = await buyer.GetAsync($"{page}?page={Last}");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {(int)response.StatusCode}");
        }
    }
}

public sealed class PagingExtremesOnSqliteTests(SqliteApp app) : PagingExtremesTests(app), IClassFixture<SqliteApp>;

public sealed class PagingExtremesOnPostgresTests(PostgresApp app) : PagingExtremesTests(app), IClassFixture<PostgresApp>;
