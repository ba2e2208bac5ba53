using Klimaspor.Domain.Requirements;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Data;

/// <summary>
/// The one model. Each provider has a subclass so that each gets its own migration set
/// (<see cref="SqliteAppDbContext"/>, <see cref="PostgresAppDbContext"/>); the application asks for this type.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options)
{
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Contract> Contracts => Set<Contract>();
    public DbSet<ApiClient> ApiClients => Set<ApiClient>();
    public DbSet<InstallationSecret> InstallationSecrets => Set<InstallationSecret>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<ImportErrorReport> ImportErrorReports => Set<ImportErrorReport>();
    public DbSet<StoredFactorSet> FactorSets => Set<StoredFactorSet>();
    public DbSet<StoredCalculation> Calculations => Set<StoredCalculation>();
    public DbSet<TransportScenario> TransportScenarios => Set<TransportScenario>();
    public DbSet<SupplierReport> Reports => Set<SupplierReport>();
    public DbSet<ReportSubmission> ReportSubmissions => Set<ReportSubmission>();
    public DbSet<ReportAuditEntry> ReportAudit => Set<ReportAuditEntry>();
    public DbSet<UploadedReportFile> ReportFiles => Set<UploadedReportFile>();
    public DbSet<ContractRequirement> Requirements => Set<ContractRequirement>();
    public DbSet<ComplianceRun> ComplianceRuns => Set<ComplianceRun>();
    public DbSet<Waiver> Waivers => Set<Waiver>();
    public DbSet<WaiverHistoryEntry> WaiverHistory => Set<WaiverHistoryEntry>();
    public DbSet<GridStatement> GridStatements => Set<GridStatement>();
    public DbSet<Deviation> Deviations => Set<Deviation>();
    public DbSet<DeviationHistoryEntry> DeviationHistory => Set<DeviationHistoryEntry>();
    public DbSet<Bonus> Bonuses => Set<Bonus>();
    public DbSet<StatisticsRow> StatisticsRows => Set<StatisticsRow>();
    public DbSet<ClimateBudgetReport> ClimateBudgetReports => Set<ClimateBudgetReport>();
    public DbSet<Network> Networks => Set<Network>();
    public DbSet<NetworkMember> NetworkMembers => Set<NetworkMember>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<Organisation>(e =>
        {
            e.Property(o => o.Name).HasMaxLength(200);
            e.Property(o => o.OrgNo).HasMaxLength(9);
            e.HasIndex(o => o.OrgNo).IsUnique();
            e.Property(o => o.Kind).HasConversion<string>().HasMaxLength(20);
            e.HasOne(o => o.Parent).WithMany(o => o.SubUnits).HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
            e.Property(o => o.TerritorialFactorSetKey).HasMaxLength(100);
            e.Property(o => o.LifeCycleFactorSetKey).HasMaxLength(100);
            e.Property(o => o.OpenDataLicence).HasMaxLength(20);
            e.Property(o => o.OpenDataTitle).HasMaxLength(200);
            e.Property(o => o.OpenDataDescription).HasMaxLength(4000);
            e.Property(o => o.OpenDataContactEmail).HasMaxLength(200);
        });

        builder.Entity<StoredFactorSet>(e =>
        {
            e.ToTable("FactorSets");
            e.Property(f => f.Key).HasMaxLength(100);
            e.HasIndex(f => new { f.Key, f.Version }).IsUnique();
            e.Property(f => f.Boundary).HasConversion<string>().HasMaxLength(20);
            e.Property(f => f.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(f => f.ChangedBy).HasMaxLength(200);
            e.Property(f => f.RowVersion).IsConcurrencyToken();
        });

        builder.Entity<SupplierReport>(e =>
        {
            e.ToTable("Reports");
            e.Property(r => r.Period).HasMaxLength(7);
            e.HasIndex(r => new { r.ContractId, r.SupplierId, r.Period }).IsUnique();
            e.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.DraftSource).HasMaxLength(20);
            e.Property(r => r.ReviewComment).HasMaxLength(2000);
            e.Property(r => r.RowVersion).IsConcurrencyToken();
            e.HasOne<Contract>().WithMany().HasForeignKey(r => r.ContractId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(r => r.Supplier).WithMany().HasForeignKey(r => r.SupplierId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(r => r.Submissions).WithOne().HasForeignKey(s => s.ReportId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<Network>(e =>
        {
            e.Property(n => n.Name).HasMaxLength(200);
            e.Property(n => n.TerritorialFactorSetKey).HasMaxLength(100);
            e.Property(n => n.LifeCycleFactorSetKey).HasMaxLength(100);
            e.HasOne<Organisation>().WithMany().HasForeignKey(n => n.CreatedById).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(n => n.Members).WithOne().HasForeignKey(m => m.NetworkId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<NetworkMember>(e =>
        {
            // One membership per organisation number and network; an organisation's networks are found by its number.
            e.HasIndex(m => new { m.NetworkId, m.OrgNo }).IsUnique();
            e.HasIndex(m => new { m.OrgNo, m.Status });
            e.Property(m => m.OrgNo).HasMaxLength(9);
            e.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(m => m.Sharing).HasConversion<string>().HasMaxLength(20);
            e.Property(m => m.ChangedBy).HasMaxLength(200);
        });
        builder.Entity<StatisticsRow>(e =>
        {
            // Rewritten per contract and period (ReportAggregates.Refresh); read per window and scope.
            e.HasIndex(r => new { r.ContractId, r.Period });
            e.HasIndex(r => new { r.Month, r.ContractId });
            e.Property(r => r.Period).HasMaxLength(7);
            e.Property(r => r.Month).HasMaxLength(7);
            e.Property(r => r.Carrier).HasMaxLength(40);
            e.Property(r => r.Type).HasMaxLength(80);
            e.ComplexProperty(r => r.Sums);
            e.HasOne<Contract>().WithMany().HasForeignKey(r => r.ContractId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<ReportSubmission>().WithMany().HasForeignKey(r => r.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ClimateBudgetReport>(e =>
        {
            // Listed per unit and year, newest first.
            e.HasIndex(r => new { r.UnitId, r.Year, r.Tertial });
            e.Property(r => r.ProducedBy).HasMaxLength(200);
            e.HasOne<Organisation>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<ReportSubmission>(e =>
        {
            e.HasIndex(s => new { s.ReportId, s.Version }).IsUnique();
            e.Property(s => s.SubmittedBy).HasMaxLength(200);
            LargeValues.StoreApart(e, "ReportSubmissionLines", s => s.Lines);
            LargeValues.StoreApart(e, "ReportSubmissionCalculatedLines", s => s.CalculatedLines);
            LargeValues.StoreApart(e, "ReportSubmissionFacts", s => s.Facts);
            LargeValues.StoreApart(e, "ReportSubmissionWarnings", s => s.Warnings);
        });

        builder.Entity<ReportAuditEntry>(e =>
        {
            e.ToTable("ReportAudit");
            e.HasIndex(a => new { a.ReportId, a.At });
            e.Property(a => a.Actor).HasMaxLength(200);
            e.Property(a => a.Action).HasMaxLength(40);
            e.HasOne<SupplierReport>().WithMany().HasForeignKey(a => a.ReportId).OnDelete(DeleteBehavior.Restrict);
            LargeValues.StoreApart(e, "ReportAuditLines", a => a.AfterLines);
        });

        builder.Entity<UploadedReportFile>(e =>
        {
            e.ToTable("ReportFiles");
            e.Property(f => f.FileName).HasMaxLength(255);
            e.Property(f => f.ContentType).HasMaxLength(100);
            e.Property(f => f.Sha256).HasMaxLength(64);
            e.Property(f => f.UploadedBy).HasMaxLength(200);
            e.HasIndex(f => new { f.ReportId, f.Sha256 });
            e.HasOne<SupplierReport>().WithMany().HasForeignKey(f => f.ReportId).OnDelete(DeleteBehavior.Restrict);
            LargeValues.StoreApart(e, "ReportFileContents", f => f.Content);
        });

        builder.Entity<ContractRequirement>(e =>
        {
            e.ToTable("Requirements");
            e.Property(r => r.Key).HasMaxLength(Features.Compliance.RequirementStore.KeyMaxLength);
            e.HasIndex(r => new { r.ContractId, r.Key }).IsUnique();
            e.Property(r => r.PresetKey).HasMaxLength(100);
            e.Property(r => r.ChangedBy).HasMaxLength(200);
            e.Property(r => r.RowVersion).IsConcurrencyToken();
        });

        builder.Entity<ComplianceRun>(e =>
        {
            e.Property(r => r.Trigger).HasMaxLength(100);
            e.HasIndex(r => new { r.ContractId, r.At });
            e.HasOne<Contract>().WithMany().HasForeignKey(r => r.ContractId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<StoredCalculation>(e =>
        {
            e.ToTable("Calculations");
            e.Property(c => c.Title).HasMaxLength(200);
            e.Property(c => c.TerritorialKey).HasMaxLength(100);
            e.Property(c => c.LifeCycleKey).HasMaxLength(100);
            e.Property(c => c.CreatedBy).HasMaxLength(200);
            e.HasIndex(c => c.OrganisationId);
            e.HasIndex(c => c.RecalculationOf);
        });

        builder.Entity<TransportScenario>(e =>
        {
            e.Property(s => s.Name).HasMaxLength(200);
            e.Property(s => s.Category).HasMaxLength(40);
            e.Property(s => s.WindowFrom).HasMaxLength(7);
            e.Property(s => s.WindowTo).HasMaxLength(7);
            e.Property(s => s.TerritorialFactorSet).HasMaxLength(120);
            e.Property(s => s.LifeCycleFactorSet).HasMaxLength(120);
            e.Property(s => s.CreatedBy).HasMaxLength(200);
            e.HasIndex(s => new { s.OrganisationId, s.CreatedAt });
            e.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Contract>().WithMany().HasForeignKey(s => s.ContractId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Contract>().WithMany().HasForeignKey(s => s.StrategyContractId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<AppUser>(e =>
        {
            e.Property(u => u.DisplayName).HasMaxLength(200);
            e.HasOne(u => u.Organisation).WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<Contract>(e =>
        {
            e.Property(c => c.Reference).HasMaxLength(Domain.Contracts.ContractRules.ReferenceMaxLength);
            e.HasIndex(c => c.Reference).IsUnique();
            e.Property(c => c.Title).HasMaxLength(Domain.Contracts.ContractRules.TitleMaxLength);
            e.Property(c => c.Category).HasConversion<string>().HasMaxLength(40);
            e.Property(c => c.ReportingFrequency).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.ValueNok).HasPrecision(18, 2);
            e.Property(c => c.SanctionCapNok).HasPrecision(18, 2);
            e.Property(c => c.DoffinId).HasMaxLength(11);
            e.Property(c => c.CpvCode).HasMaxLength(10);
            e.Property(c => c.FootprintCategory).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.RowVersion).IsConcurrencyToken();
            e.Property(c => c.SearchText).HasMaxLength(4000);
            e.HasOne(c => c.BuyerUnit).WithMany().HasForeignKey(c => c.BuyerUnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(c => c.Supplier).WithMany().HasForeignKey(c => c.SupplierId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(c => c.Subcontractors).WithOne().HasForeignKey(s => s.ContractId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(c => c.Sites).WithOne().HasForeignKey(s => s.ContractId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(c => c.Requirements).WithOne().HasForeignKey(r => r.ContractId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(c => c.BuyerUnitId);
            e.HasIndex(c => c.SupplierId);
        });

        builder.Entity<ContractSubcontractor>(e =>
        {
            e.HasKey(s => new { s.ContractId, s.OrganisationId });
            e.HasOne(s => s.Organisation).WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(s => s.OrganisationId);
        });

        builder.Entity<ContractSite>(e =>
        {
            e.Property(s => s.Name).HasMaxLength(Domain.Contracts.ContractRules.SiteTextMaxLength);
            e.Property(s => s.Address).HasMaxLength(Domain.Contracts.ContractRules.SiteTextMaxLength);
            e.Property(s => s.Municipality).HasMaxLength(Domain.Contracts.ContractRules.SiteTextMaxLength);
        });

        builder.Entity<ApiClient>(e =>
        {
            e.Property(c => c.ClientId).HasMaxLength(100);
            e.HasIndex(c => c.ClientId).IsUnique();
            e.Property(c => c.DisplayName).HasMaxLength(200);
            e.Property(c => c.Role).HasMaxLength(40);
            e.HasOne(c => c.Organisation).WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<InstallationSecret>(e =>
        {
            e.HasKey(s => s.Name);
            e.Property(s => s.Name).HasMaxLength(100);
        });

        ConfigureCases(builder);

        builder.Entity<IdempotencyRecord>(e =>
        {
            e.Property(r => r.Caller).HasMaxLength(200);
            e.Property(r => r.Key).HasMaxLength(200);
            e.Property(r => r.RequestHash).HasMaxLength(64);
            e.Property(r => r.Location).HasMaxLength(500);
            e.HasIndex(r => new { r.Caller, r.Key }).IsUnique();
            // Expired records are deleted by age.
            e.HasIndex(r => r.CreatedAt);
        });

        builder.Entity<ImportErrorReport>(e =>
        {
            e.HasIndex(r => r.OrganisationId);
            e.HasIndex(r => r.CreatedAt);
        });
    }

    private static void ConfigureCases(ModelBuilder builder)
    {
        builder.Entity<Waiver>(e =>
        {
            e.Property(w => w.Reference).HasMaxLength(30);
            e.HasIndex(w => w.Reference).IsUnique();
            e.HasIndex(w => new { w.Year, w.Number }).IsUnique();
            e.HasIndex(w => new { w.ContractId, w.Status });
            e.Property(w => w.MachineId).HasMaxLength(WaiverRules.MachineIdMaxLength);
            e.Property(w => w.MachineType).HasMaxLength(40);
            e.Property(w => w.MachineDescription).HasMaxLength(WaiverRules.ShortTextMaxLength);
            e.Property(w => w.Reason).HasConversion<string>().HasMaxLength(40);
            e.Property(w => w.Justification).HasMaxLength(WaiverRules.TextMaxLength);
            e.Property(w => w.Evidence).HasMaxLength(WaiverRules.TextMaxLength);
            e.Property(w => w.CompaniesAsked).HasMaxLength(WaiverRules.TextMaxLength);
            e.Property(w => w.ReplacementMachine).HasMaxLength(WaiverRules.ShortTextMaxLength);
            e.Property(w => w.ReplacementFuel).HasMaxLength(40);
            e.Property(w => w.ReplacementEmissionClass).HasMaxLength(40);
            e.Property(w => w.MitigatingMeasures).HasMaxLength(WaiverRules.TextMaxLength);
            e.Property(w => w.AvailableKw).HasPrecision(18, 3);
            e.Property(w => w.NeededKw).HasPrecision(18, 3);
            e.Property(w => w.GridOwnerStatement).HasMaxLength(WaiverRules.TextMaxLength);
            // MoreDocumentationNeeded is 23 characters.
            e.Property(w => w.Status).HasConversion<string>().HasMaxLength(30);
            e.Property(w => w.AppliedBy).HasMaxLength(200);
            e.Property(w => w.Assessment).HasMaxLength(WaiverRules.TextMaxLength);
            e.Property(w => w.Recommendation).HasConversion<string>().HasMaxLength(20);
            e.Property(w => w.AssessedBy).HasMaxLength(200);
            e.Property(w => w.DecisionComment).HasMaxLength(WaiverRules.TextMaxLength);
            e.Property(w => w.DecidedBy).HasMaxLength(200);
            e.Property(w => w.RowVersion).IsConcurrencyToken();
            e.HasOne(w => w.Contract).WithMany().HasForeignKey(w => w.ContractId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(w => w.Supplier).WithMany().HasForeignKey(w => w.SupplierId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<GridStatement>(e =>
        {
            e.HasIndex(g => new { g.ContractId, g.Status });
            e.Property(g => g.Site).HasMaxLength(Domain.Contracts.ContractRules.SiteTextMaxLength);
            e.Property(g => g.PeriodFrom).HasMaxLength(7);
            e.Property(g => g.PeriodTo).HasMaxLength(7);
            e.Property(g => g.NeededKw).HasPrecision(18, 3);
            e.Property(g => g.AvailableKw).HasPrecision(18, 3);
            e.Property(g => g.GridOwnerReference).HasMaxLength(WaiverRules.ShortTextMaxLength);
            e.Property(g => g.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(g => g.StatedBy).HasMaxLength(200);
            e.Property(g => g.DecisionComment).HasMaxLength(WaiverRules.TextMaxLength);
            e.Property(g => g.DecidedBy).HasMaxLength(200);
            e.Property(g => g.RowVersion).IsConcurrencyToken();
            e.HasOne(g => g.Contract).WithMany().HasForeignKey(g => g.ContractId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Organisation>().WithMany().HasForeignKey(g => g.SupplierId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<WaiverHistoryEntry>(e =>
        {
            e.ToTable("WaiverHistory");
            e.HasIndex(h => new { h.WaiverId, h.At });
            e.Property(h => h.Actor).HasMaxLength(200);
            e.Property(h => h.Action).HasMaxLength(40);
            e.HasOne<Waiver>().WithMany().HasForeignKey(h => h.WaiverId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<Deviation>(e =>
        {
            e.Property(d => d.RequirementKey).HasMaxLength(100);
            e.HasIndex(d => new { d.ContractId, d.RequirementKey, d.Status });
            e.HasIndex(d => new { d.Status, d.AnswerDeadline });
            e.Property(d => d.ClauseText).HasMaxLength(DeviationRules.TextMaxLength);
            e.Property(d => d.WindowKind).HasConversion<string>().HasMaxLength(20);
            e.Property(d => d.Window).HasMaxLength(20);
            e.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(d => d.ProposedAmountNok).HasPrecision(18, 2);
            e.Property(d => d.EarlierChargesNok).HasPrecision(18, 2);
            e.Property(d => d.CorrectiveAction).HasMaxLength(DeviationRules.TextMaxLength);
            e.Property(d => d.AnsweredBy).HasMaxLength(200);
            e.Property(d => d.Resolution).HasConversion<string>().HasMaxLength(20);
            e.Property(d => d.CloseComment).HasMaxLength(DeviationRules.TextMaxLength);
            e.Property(d => d.ClosedBy).HasMaxLength(200);
            e.Property(d => d.ConfirmedAmountNok).HasPrecision(18, 2);
            e.Property(d => d.AmountReason).HasMaxLength(DeviationRules.TextMaxLength);
            e.Property(d => d.RowVersion).IsConcurrencyToken();
            e.HasOne(d => d.Contract).WithMany().HasForeignKey(d => d.ContractId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<DeviationHistoryEntry>(e =>
        {
            e.ToTable("DeviationHistory");
            e.HasIndex(h => new { h.DeviationId, h.At });
            e.Property(h => h.Actor).HasMaxLength(200);
            e.Property(h => h.Action).HasMaxLength(40);
            e.HasOne<Deviation>().WithMany().HasForeignKey(h => h.DeviationId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<Bonus>(e =>
        {
            e.Property(b => b.RequirementKey).HasMaxLength(100);
            e.HasIndex(b => new { b.ContractId, b.RequirementKey, b.Window });
            e.Property(b => b.ClauseText).HasMaxLength(DeviationRules.TextMaxLength);
            e.Property(b => b.Window).HasMaxLength(20);
            e.Property(b => b.ProposedAmountNok).HasPrecision(18, 2);
            e.Property(b => b.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(b => b.ConfirmedAmountNok).HasPrecision(18, 2);
            e.Property(b => b.AmountReason).HasMaxLength(DeviationRules.TextMaxLength);
            e.Property(b => b.Comment).HasMaxLength(DeviationRules.TextMaxLength);
            e.Property(b => b.ConfirmedBy).HasMaxLength(200);
            e.Property(b => b.RowVersion).IsConcurrencyToken();
            e.HasOne<Contract>().WithMany().HasForeignKey(b => b.ContractId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options)
{
    /// <summary>
    /// SQLite has no decimal type. EF Core's own workaround (text with a collation) parses with the current culture,
    /// which throws under nb-NO, and cannot sum in SQL. Decimals are stored as integers in millionths instead, so that
    /// ordering and sums run in the database and exactly (docs/adr/0002).
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<decimal>().HaveConversion<MillionthsConverter>();
    }

    // Large values go into their rows by blob I/O, not as parameters SQLite copies twice (docs/adr/0007).
    public override int SaveChanges(bool acceptAllChangesOnSuccess) => LargeValues.Save(this, () => base.SaveChanges(acceptAllChangesOnSuccess));

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        LargeValues.SaveAsync(this, ct => base.SaveChangesAsync(acceptAllChangesOnSuccess, ct), cancellationToken);
}

/// <summary>decimal ↔ integer millionths: ±9.2 × 10^12 with six decimals, ample for NOK, litres, kWh and kg CO2e.</summary>
public sealed class MillionthsConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<decimal, long>(
    v => (long)decimal.Round(v * 1_000_000m, MidpointRounding.ToEven),
    v => v / 1_000_000m);

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);
