using System.Globalization;
using Klimaspor.Data;
using Klimaspor.Domain.Requirements;
using Klimaspor.Features.Compliance;
using Klimaspor.Features.Deviations;
using Klimaspor.Features.Reports;
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
        var statuses = runs.SelectMany(Features.Compliance.RequirementStore.Read<List<Domain.Requirements.RequirementCompliance>>)
            .SelectMany(c => c.Verdicts).Select(v => v.Status).ToHashSet();

        Assert.True(runs.Count >= 4);
        Assert.Contains(Domain.Requirements.ComplianceStatus.Met, statuses);
        Assert.Contains(Domain.Requirements.ComplianceStatus.NotMet, statuses);
        Assert.Contains(Domain.Requirements.ComplianceStatus.CannotAssess, statuses);
        // Every demo submission carries its fact lines, so the first evaluation reads no calculation.
        Assert.False(await app.WithDb(db => db.ReportSubmissions.AnyAsync(s => s.Facts == null)));
    }

    [Fact]
    public async Task Seed_EveryDeviation_IsOnARequirementOfItsContract_AndSaysWhatTheStoredEvaluationSays()
    {
        await using var app = new SqliteApp();
        await app.InitializeAsync();

        var (deviations, requirements, runs, contracts) = await app.WithDb(async db => (
            await db.Deviations.AsNoTracking().Select(d => new { d.ContractId, d.RequirementKey, d.Window, d.Status, d.SnapshotJson }).ToListAsync(),
            await db.Requirements.AsNoTracking().Select(r => new { r.ContractId, r.Key, r.RuleJson }).ToListAsync(),
            await db.ComplianceRuns.AsNoTracking().Select(r => new { r.ContractId, r.At, r.ResultJson }).ToListAsync(),
            await db.Contracts.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Reference)));

        // The seeded cases the demo is built around, besides what the evaluation at seeding opens itself.
        Assert.Contains(deviations, d => contracts[d.ContractId] == "OBF-2024-017" && d.RequirementKey == "tilbud-tomgang-maks-15");
        Assert.Contains(deviations, d => contracts[d.ContractId] == "OBF-2024-017" && d.RequirementKey == "oslo-2025-maskiner-utslippsfrie");
        Assert.Contains(deviations, d => contracts[d.ContractId] == "BYM-2024-112" && d.RequirementKey == "oslo-2025-maskiner-utslippsfrie"
            && d.Status == DeviationStatus.Closed);

        var disagreements = new List<string>();
        foreach (var deviation in deviations)
        {
            var where = $"{contracts[deviation.ContractId]} {deviation.RequirementKey} ({deviation.Status})";
            var requirement = requirements.SingleOrDefault(r => r.ContractId == deviation.ContractId && r.Key == deviation.RequirementKey);
            if (requirement is null)
            {
                disagreements.Add($"{where}: the contract has no requirement with this key");
                continue;
            }

            Assert.Empty(RequirementRules.Validate(RequirementStore.Read<RequirementRule>(requirement.RuleJson)));
            var latestRun = runs.Where(r => r.ContractId == deviation.ContractId).MaxBy(r => r.At)!;
            var result = RequirementStore.Read<List<RequirementCompliance>>(latestRun.ResultJson).Single(c => c.Requirement.Key == deviation.RequirementKey);
            var snapshots = DeviationSnapshot.Read(deviation.SnapshotJson);
            Assert.Equal(snapshots.LastOrDefault(s => !s.Cleared)?.Window ?? snapshots[^1].Window, deviation.Window);

            // Every window the deviation still holds against the supplier, the latest among them, is the evaluation's.
            foreach (var snapshot in snapshots.Where(s => !s.Cleared))
            {
                var verdict = result.Verdicts.SingleOrDefault(v => v.Window == snapshot.Window);
                var said = $"{snapshot.Measured} / {snapshot.EffectiveThreshold} [{string.Join(", ", snapshot.Offenders)}] waivers [{string.Join(", ", snapshot.WaiversUsed)}] " +
                    $"sanction {snapshot.Sanction?.AmountNok}";
                var evaluated = verdict is null ? "no verdict" : $"{verdict.Measured} / {verdict.EffectiveThreshold} [{string.Join(", ", verdict.Offenders)}] " +
                    $"waivers [{string.Join(", ", verdict.WaiversUsed)}] sanction {verdict.Sanction?.AmountNok}";
                if (verdict?.Status != ComplianceStatus.NotMet || said != evaluated)
                {
                    disagreements.Add($"{where} {snapshot.Window}: the deviation says {said}, the evaluation {verdict?.Status} {evaluated}");
                }
            }
        }

        Assert.Empty(disagreements);
    }

    [Fact]
    public async Task Seed_EveryWaiversMachine_IsInItsContractsReportsForEachReportedMonthItCovers()
    {
        await using var app = new SqliteApp();
        await app.InitializeAsync();

        var (waivers, reports) = await app.WithDb(async db => (
            await db.Waivers.AsNoTracking().Select(w => new { w.Reference, w.ContractId, w.MachineId, w.FromDate, w.ToDate }).ToListAsync(),
            await (from s in db.ReportSubmissions
                   join r in db.Reports on s.ReportId equals r.Id
                   where s.Version == r.Version
                   select new { r.ContractId, r.Period, Submission = s }).AsNoTracking().ToListAsync()));

        Assert.NotEmpty(waivers);
        foreach (var waiver in waivers)
        {
            var first = new DateOnly(waiver.FromDate.Year, waiver.FromDate.Month, 1);
            var last = new DateOnly(waiver.ToDate.Year, waiver.ToDate.Month, 1);
            for (var month = first; month <= last; month = month.AddMonths(1))
            {
                var period = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
                foreach (var report in reports.Where(r => r.ContractId == waiver.ContractId && r.Period == period))
                {
                    Assert.True(report.Submission.Submitted().Machines.Any(m => m.MachineId == waiver.MachineId),
                        $"{waiver.Reference}: {waiver.MachineId} is not in the report for {period}");
                }
            }
        }
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

    [Fact]
    public async Task Seed_ProductionConfiguration_StoresNoDemoUsers()
    {
        // An empty production database must not get users whose password the README publishes.
        await using var app = new ConfiguredApp("Production");
        await app.InitializeAsync();

        Assert.Equal(0, await app.WithDb(db => db.Users.CountAsync()));
        Assert.Equal(0, await app.WithDb(db => db.ApiClients.CountAsync()));
        Assert.Equal(0, await app.WithDb(db => db.Organisations.CountAsync()));
    }

    [Fact]
    public async Task Seed_DevelopmentConfiguration_StoresDemoUsers()
    {
        // The README's run command starts in Development (launchSettings.json), which is where the demo logins work.
        await using var app = new ConfiguredApp("Development");
        await app.InitializeAsync();

        Assert.True(await app.WithDb(db => db.Users.AnyAsync(u => u.Email == "fjordbygg@demo.klimaspor.no")));
    }

    /// <summary>The app in an environment, with demo data as that environment's appsettings files say.</summary>
    private sealed class ConfiguredApp(string environment)
        : SqliteApp(Path.Combine(Path.GetTempPath(), $"klimaspor-{environment}-{Guid.NewGuid():N}.db"), demoData: false, ownsFile: true)
    {
        protected override bool? DemoData => null;

        protected override string EnvironmentName => environment;
    }
}
