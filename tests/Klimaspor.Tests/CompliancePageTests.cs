using System.Net;

namespace Klimaspor.Tests;

/// <summary>A contract's compliance page as a buyer reads it: the status now first, the month-by-month detail folded.</summary>
public abstract class CompliancePageTests(KlimasporApp app)
{
    private async Task<string> Page(string reference) =>
        WebUtility.HtmlDecode(await (await app.SignedIn("oslo-oppfolger@demo.klimaspor.no")).GetStringAsync($"/Contracts/{await app.ContractId(reference)}/Compliance"));

    [Fact]
    public async Task CompliancePage_CurrentStatusFirst_GridFoldedAfterIt()
    {
        var html = await Page("OBF-2024-017");

        var current = html.IndexOf(">Status nå<", StringComparison.Ordinal);
        var grid = html.IndexOf(">Status over tid<", StringComparison.Ordinal);
        var folded = html.IndexOf("<details class=\"compliance-grid-details\">", StringComparison.Ordinal);
        Assert.True(current > 0 && current < grid && grid < folded, "the status now comes before the folded status over time");
        Assert.True(folded < html.IndexOf("class=\"ds-table compliance-grid\"", StringComparison.Ordinal), "the grid is inside the folded part");
    }

    [Fact]
    public async Task CompliancePage_MonthsWithoutReports_OneRowNotOnePerMonth()
    {
        // Økern (demo data) starts in 2024-09 and has reports from 2026-07: before that, no requirement could be assessed.
        var html = await Page("OBF-2024-017");

        Assert.Contains("<th scope=\"row\">2024-09 – 2026-06</th>", html);
        Assert.Contains("22 perioder der ingen av kravene kunne vurderes", html);
        Assert.DoesNotContain("<th scope=\"row\">2024-09</th>", html);
        Assert.DoesNotContain("<th scope=\"row\">2025-06</th>", html);
        Assert.Contains("<th scope=\"row\">2026-07</th>", html);
    }

    [Fact]
    public async Task CompliancePage_ReportsOnTimeMetNow_SaysWhereItWasNotMetBefore()
    {
        // Ring 2's October report came on time, so "reports on time" is met now; the months before without reports are not.
        var html = await Page("BYM-2024-112");

        Assert.Contains("Tidligere ikke oppfylt: 2024-04 – 2026-08 (29)", html);
    }

    [Fact]
    public async Task CompliancePage_SanctionArithmetic_FoldedUnderEachProposal()
    {
        var html = await Page("BYM-2024-112");

        Assert.Contains("<details class=\"sanction\">", html);
        Assert.Matches(@"<summary><strong>Foreslått sanksjon kr 50\s000 for 2026-09</strong>", html);
    }
}

public sealed class CompliancePageOnSqliteTests(SqliteApp app) : CompliancePageTests(app), IClassFixture<SqliteApp>;

public sealed class CompliancePageOnPostgresTests(PostgresApp app) : CompliancePageTests(app), IClassFixture<PostgresApp>;
