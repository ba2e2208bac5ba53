using Klimaspor.Data;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Tests;

public sealed class DemoDataTests
{
    [Fact]
    public async Task Seed_FirstStart_HasEveryRoleAndTheDemoClients()
    {
        await using var app = new SqliteApp();
        await app.InitializeAsync();

        var (contracts, buyers, suppliers, roles, clients) = await app.WithDb(async db => (
            await db.Contracts.CountAsync(),
            await db.Organisations.CountAsync(o => o.Kind == OrganisationKind.Buyer && o.ParentId == null),
            await db.Organisations.CountAsync(o => o.Kind == OrganisationKind.Supplier),
            await db.UserRoles.Select(r => r.RoleId).Distinct().CountAsync(),
            await db.ApiClients.Select(c => c.ClientId).OrderBy(c => c).ToListAsync()));

        Assert.True(contracts >= 15);
        Assert.Equal(3, buyers);
        Assert.True(suppliers >= 6);
        Assert.Equal(Klimaspor.Web.Roles.All.Count, roles);
        Assert.Equal([DemoData.BuyerClientId, DemoData.SupplierClientId], clients);

        // Reporting in use on the first login: approved months, one awaiting review, one returned with a comment.
        var statuses = await app.WithDb(db => db.Reports.Select(r => r.Status).ToListAsync());
        Assert.Contains(Domain.Reporting.Reports.ReportStatus.Approved, statuses);
        Assert.Contains(Domain.Reporting.Reports.ReportStatus.Submitted, statuses);
        Assert.Contains(Domain.Reporting.Reports.ReportStatus.Returned, statuses);
        Assert.Equal(statuses.Count, await app.WithDb(db => db.ReportSubmissions.CountAsync()));
    }

    [Fact]
    public async Task Seed_FirstStart_ContractsHaveRequirementsEvaluatedMetNotMetAndNotAssessable()
    {
        await using var app = new SqliteApp();
        await app.InitializeAsync();

        var runs = await app.WithDb(db => db.ComplianceRuns.Select(r => r.ResultJson).ToListAsync());
        var statuses = runs.SelectMany(Features.Requirements.RequirementStore.Read<List<Domain.Requirements.RequirementCompliance>>)
            .SelectMany(c => c.Verdicts).Select(v => v.Status).ToHashSet();

        Assert.True(runs.Count >= 4);
        Assert.Contains(Domain.Requirements.ComplianceStatus.Met, statuses);
        Assert.Contains(Domain.Requirements.ComplianceStatus.NotMet, statuses);
        Assert.Contains(Domain.Requirements.ComplianceStatus.CannotAssess, statuses);
        // Every demo submission carries its fact lines, so the first evaluation reads no calculation.
        Assert.False(await app.WithDb(db => db.ReportSubmissions.AnyAsync(s => s.Facts == null)));
    }

    [Fact]
    public async Task Seed_SecondStartOnTheSameDatabase_AddsNothing()
    {
        var file = Path.Combine(Path.GetTempPath(), $"klimaspor-reseed-{Guid.NewGuid():N}.db");
        try
        {
            int first;
            await using (var app = SqliteApp.OnFile(file, demoData: true))
            {
                await app.InitializeAsync();
                first = await app.WithDb(db => db.Contracts.CountAsync());
            }

            await using var again = SqliteApp.OnFile(file, demoData: true);
            await again.InitializeAsync();
            Assert.Equal(first, await again.WithDb(db => db.Contracts.CountAsync()));
        }
        finally
        {
            SqliteApp.DeleteDatabase(file);
        }
    }

    [Fact]
    public async Task Seed_SwitchedOff_StoresNoDemoData()
    {
        await using var app = SqliteApp.OnFile(Path.Combine(Path.GetTempPath(), $"klimaspor-nodemo-{Guid.NewGuid():N}.db"), demoData: false, ownsFile: true);
        await app.InitializeAsync();

        Assert.Equal(0, await app.WithDb(db => db.Organisations.CountAsync()));
        Assert.Equal(0, await app.WithDb(db => db.ApiClients.CountAsync()));
        Assert.Equal(Klimaspor.Web.Roles.All.Count, await app.WithDb(db => db.Roles.CountAsync()));
    }
}
