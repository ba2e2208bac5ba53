using Klimaspor.Domain.Contracts;
using Klimaspor.Domain.Emissions;
using Microsoft.AspNetCore.Identity;

namespace Klimaspor.Data;

public enum OrganisationKind
{
    Buyer,
    Supplier,
    /// <summary>The organisation that runs this Klimaspor installation; its people administer it.</summary>
    Operator,
}

public sealed class Organisation
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    /// <summary>Nine digits, checked with <see cref="Domain.Organisations.OrganisationNumber"/> before it is stored.</summary>
    public required string OrgNo { get; set; }
    public OrganisationKind Kind { get; set; }
    /// <summary>A buyer's sub-unit (agency) points at its organisation; sub-units have no sub-units of their own.</summary>
    public Guid? ParentId { get; set; }
    public Organisation? Parent { get; set; }
    public List<Organisation> SubUnits { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    /// <summary>A buyer's chosen factor sets (keys; the latest published version is used). Null: the reference sets.</summary>
    public string? TerritorialFactorSetKey { get; set; }
    public string? LifeCycleFactorSetKey { get; set; }
    /// <summary>
    /// A buyer organisation publishes its aggregated figures as open data (issue 15 item 6; docs/open-data.md): only
    /// when its administrator says so, under the licence picked (<see cref="Domain.OpenData.OpenDataLicence"/> code; NLOD
    /// 2.0 when null), with the title, description and contact address it gave.
    /// </summary>
    public bool OpenDataPublished { get; set; }
    public string? OpenDataLicence { get; set; }
    public string? OpenDataTitle { get; set; }
    public string? OpenDataDescription { get; set; }
    public string? OpenDataContactEmail { get; set; }
    public DateTime? OpenDataChangedAt { get; set; }
    /// <summary>
    /// A buyer's own spend-based defaults per contract category (JSON: category code → SpendDefault, issue 17): what a
    /// category with no measured contracts is estimated from, each with its source. Null: none entered.
    /// </summary>
    public string? SpendDefaultsJson { get; set; }
}

public sealed class AppUser : IdentityUser<Guid>
{
    public required string DisplayName { get; set; }
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
}

public sealed class Contract
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Reference { get; set; }
    public required string Title { get; set; }
    public Guid BuyerUnitId { get; set; }
    public Organisation? BuyerUnit { get; set; }
    public Guid SupplierId { get; set; }
    public Organisation? Supplier { get; set; }
    public List<ContractSubcontractor> Subcontractors { get; set; } = [];
    public ContractCategory Category { get; set; }
    /// <summary>The main CPV code (eight digits, optionally a dash and the check digit); null where none was given.</summary>
    public string? CpvCode { get; set; }
    /// <summary>BuyZET's transport footprint category (1 own fleet, 2 transport services, 3 deliveries).</summary>
    public FootprintCategory FootprintCategory { get; set; } = FootprintCategory.Deliveries;
    public List<ContractSite> Sites { get; set; } = [];
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public decimal ValueNok { get; set; }
    /// <summary>A cap on the contract's sanctions in total, NOK; null for none.</summary>
    public decimal? SanctionCapNok { get; set; }
    public string? DoffinId { get; set; }
    public ReportingFrequency ReportingFrequency { get; set; }
    public int ReportDueDay { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? ArchivedAt { get; set; }
    /// <summary>Lower-cased reference, title, parties and sites, for search that treats Æ and æ alike on every database.</summary>
    public string SearchText { get; set; } = string.Empty;
    /// <summary>Changes on every save; a stale edit carries an old value and is refused (optimistic concurrency).</summary>
    public Guid RowVersion { get; set; } = Guid.NewGuid();
    public List<ContractRequirement> Requirements { get; set; } = [];
}

/// <summary>
/// One requirement of a contract: the domain's <see cref="Domain.Requirements.RequirementRule"/> as JSON. A rule is
/// read and written whole and evaluated in memory, never queried by its parts, so a new kind of requirement needs no
/// new column (and no release).
/// </summary>
public sealed class ContractRequirement
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ContractId { get; set; }
    /// <summary>The rule's key, unique within the contract; API paths name a requirement by it.</summary>
    public required string Key { get; set; }
    /// <summary>Order of display, as the buyer added them.</summary>
    public int Position { get; set; }
    public required string RuleJson { get; set; }
    /// <summary>The catalogue preset the rule came from, if any (its rules may since have been adjusted).</summary>
    public string? PresetKey { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public required string ChangedBy { get; set; }
    /// <summary>Changes on every save; the ETag of the requirement, checked against If-Match.</summary>
    public Guid RowVersion { get; set; } = Guid.NewGuid();
}

/// <summary>
/// One evaluation of all of a contract's requirements, kept as history: what was decided, when and why (which
/// submission or approval, or on demand). The result is the domain's list of RequirementCompliance as JSON.
/// </summary>
public sealed class ComplianceRun
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ContractId { get; set; }
    public DateTime At { get; set; }
    /// <summary>What caused it: <c>submitted 2026-10 v2</c>, <c>approved 2026-10</c>, <c>returned 2026-10</c>, <c>requirements</c>, <c>on-demand</c>.</summary>
    public required string Trigger { get; set; }
    public required string ResultJson { get; set; }
    /// <summary>One line per requirement (current status, forecast warning): what lists across contracts need, without reading the whole result.</summary>
    public required string SummaryJson { get; set; }
}

public sealed class ContractSubcontractor
{
    public Guid ContractId { get; set; }
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
}

public sealed class ContractSite
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ContractId { get; set; }
    public int Position { get; set; }
    public required string Name { get; set; }
    public string? Address { get; set; }
    public string? Municipality { get; set; }
}

/// <summary>A supplier's or buyer's system that calls the API with client-credentials tokens.</summary>
public sealed class ApiClient
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string ClientId { get; set; }
    public required string DisplayName { get; set; }
    /// <summary>PBKDF2 hash from ASP.NET Core Identity's password hasher; the secret itself is never stored.</summary>
    public required string SecretHash { get; set; }
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public required string Role { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? DisabledAt { get; set; }
}

/// <summary>Installation-wide secrets generated on first start (the token signing key), shared by every app instance.</summary>
public sealed class InstallationSecret
{
    public required string Name { get; set; }
    public required string Value { get; set; }
}

/// <summary>The first response to a POST with an Idempotency-Key, replayed when the same caller repeats the key.</summary>
public sealed class IdempotencyRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Caller { get; set; }
    public required string Key { get; set; }
    public required string RequestHash { get; set; }
    public int StatusCode { get; set; }
    public required string ResponseBody { get; set; }

    /// <summary>The first response was larger than the middleware keeps: only its status and Location are replayed.</summary>
    public bool BodyOmitted { get; set; }

    public string? Location { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>
/// The whole list of a refused upload's errors as CSV in the uploader's language, kept for the organisation that
/// uploaded it and deleted after 24 hours (<c>ImportErrorReports</c>): at most <c>ReportTemplate.MaxErrorsKept</c> rows
/// of values cut to 200 characters, a few megabytes at worst.
/// </summary>
public sealed class ImportErrorReport
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public DateTime CreatedAt { get; set; }
    public required byte[] Content { get; set; }
}

/// <summary>
/// One version of a factor set. The values are the domain's <see cref="FactorSet"/> as JSON: a version is read and
/// written whole, never queried by value, and a published version never changes (enforced by FactorSetRules).
/// </summary>
public sealed class StoredFactorSet
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Key { get; set; }
    public int Version { get; set; }
    public EmissionBoundary Boundary { get; set; }
    public FactorSetStatus Status { get; set; }
    /// <summary>Shipped with Klimaspor (the reference sets of docs/emission-factors.csv).</summary>
    public bool BuiltIn { get; set; }
    public required string Json { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? PublishedAt { get; set; }
    public string? ChangedBy { get; set; }
    /// <summary>Changes on every save of a draft; two people editing one draft get a conflict.</summary>
    public Guid RowVersion { get; set; } = Guid.NewGuid();
}

/// <summary>
/// A calculation kept with the factor sets and versions it used, so its figures never change when a set is
/// published later. Recalculating under other sets stores a new one pointing at the original; both stay visible.
/// </summary>
public sealed class StoredCalculation
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public required string Title { get; set; }
    public required string LinesJson { get; set; }
    public required string ResultJson { get; set; }
    public required string TerritorialKey { get; set; }
    public int TerritorialVersion { get; set; }
    public required string LifeCycleKey { get; set; }
    public int LifeCycleVersion { get; set; }
    public Guid? RecalculationOf { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>
/// One supplier's report on one contract for one period. The draft is edited in place (with a concurrency token);
/// each submission is kept as a <see cref="ReportSubmission"/> with its frozen figures, so earlier versions stay readable.
/// </summary>
public sealed class SupplierReport
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ContractId { get; set; }
    public Guid SupplierId { get; set; }
    public Organisation? Supplier { get; set; }
    /// <summary>The period's first month, <c>YYYY-MM</c>.</summary>
    public required string Period { get; set; }
    public Domain.Reporting.Reports.ReportStatus Status { get; set; }
    /// <summary>The draft's lines as the template parser read them (ReportLines, packed: <see cref="PackedJson"/>).</summary>
    public byte[]? DraftLines { get; set; }
    public string? DraftSource { get; set; }
    /// <summary>How many times it has been submitted; the latest submission has this number.</summary>
    public int Version { get; set; }
    public string? ReviewComment { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public Guid RowVersion { get; set; } = Guid.NewGuid();
    public List<ReportSubmission> Submissions { get; set; } = [];
}

public sealed class ReportSubmission
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ReportId { get; set; }
    public int Version { get; set; }
    /// <summary>The lines submitted (ReportLines, packed: <see cref="PackedJson"/>).</summary>
    public byte[]? Lines { get; set; }
    /// <summary>The calculation's summary: key figures, the factor set versions it used, and no lines. Figures that never change.</summary>
    public required string ResultJson { get; set; }
    /// <summary>
    /// The calculated lines (packed). Their traces are not stored: the report page recomputes them for the lines it
    /// shows from the stored factor set versions, and shows them only when they give the stored figures.
    /// </summary>
    public byte[]? CalculatedLines { get; set; }
    /// <summary>
    /// The warnings shown with the figures (LineWarning list, packed): on a large report tens of thousands, each with its
    /// message in the supplier's language and the message's arguments, so that each reader gets it in their own
    /// (ReportStore.Warnings).
    /// </summary>
    public byte[]? Warnings { get; set; }
    /// <summary>
    /// The compact lines requirements are evaluated on (the domain's FactLine list, packed), written at submission so
    /// that evaluating a contract never re-reads whole calculations.
    /// </summary>
    public byte[]? Facts { get; set; }
    /// <summary>
    /// The organisations the submission answers for besides its reporter (ReportLines.AnswersFor: owners on its lines and
    /// subcontractors declared to have had no activity), comma-separated: what tells, without unpacking facts, whether
    /// the subcontractors a contract names have reported (issue 14 item 6). Null on submissions stored before it was kept.
    /// </summary>
    public string? AnswersFor { get; set; }
    public required string SubmittedBy { get; set; }
    public DateTime SubmittedAt { get; set; }
}

/// <summary>Append-only: who did what to a report, when, and the values before and after.</summary>
public sealed class ReportAuditEntry
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ReportId { get; set; }
    public DateTime At { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
    /// <summary>
    /// A draft save's lines after it (packed, as the draft is). The lines before are the previous draft save's: kept
    /// once, not again in every entry (megabytes on a large report). Before and After hold statuses.
    /// </summary>
    public byte[]? AfterLines { get; set; }
}

/// <summary>A file a supplier uploaded for a report, kept as sent so the buyer can open exactly what arrived.</summary>
public sealed class UploadedReportFile
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ReportId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    /// <summary>SHA-256 of the content, hex: shows the file is the one received, and spots the same upload twice.</summary>
    public required string Sha256 { get; set; }
    public required string UploadedBy { get; set; }
    public DateTime UploadedAt { get; set; }
    public required byte[] Content { get; set; }
}

/// <summary>
/// The figures of one counted submission (<see cref="Domain.Reporting.Reports.CountedSubmission"/>) under one breakdown
/// key: what the statistics read, since packed lines cannot be queried in SQL (issue 15, "Scale"). Unit, contract and
/// category come from the contract when read, so editing a contract never leaves rows behind. Kept current by
/// <c>ReportAggregates.Refresh</c> in the same save as every submission, approval and return, which rewrites only the
/// contract and period's rows; a submission that stops counting loses its rows.
/// </summary>
public sealed class StatisticsRow
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ContractId { get; set; }
    public Guid ReportId { get; set; }
    public Guid SubmissionId { get; set; }
    /// <summary>The report's period, <c>YYYY-MM</c> of its first month: the rows a change of that report rewrites.</summary>
    public required string Period { get; set; }
    /// <summary>The month the lines fall in, <c>YYYY-MM</c> (<see cref="Domain.Statistics.StatisticsBreakdown.MonthOf"/>).</summary>
    public required string Month { get; set; }
    public required string Carrier { get; set; }
    /// <summary><c>machine:gravemaskin</c>, <c>vehicle:lastebil</c>, <c>energy:byggvarme</c> (<see cref="Domain.Statistics.StatisticsBreakdown.TypeKey"/>).</summary>
    public required string Type { get; set; }
    public int SharedMachineLines { get; set; }
    public required KeyFigureSums Sums { get; set; }
    /// <summary>
    /// Which definitions of the sums wrote the row (<c>ReportAggregates.RowDefinitions</c>): rows
    /// of an older one are rewritten once at start-up. 0 for rows written before the marker (no mass and waste transport).
    /// </summary>
    public int Definitions { get; set; }
}

/// <summary>
/// A climate-budget report as it was produced for a unit, year and tertial (issue 15 item 4): the figures as JSON and the
/// submissions (ids and versions) they counted, so the report is shown and downloaded as it was, whatever later
/// submissions change in the live figures. Never changed once written.
/// </summary>
public sealed class ClimateBudgetReport
{
    public Guid Id { get; set; } = Guid.NewGuid();
    /// <summary>The unit the report is for; the organisation itself where it is for the whole.</summary>
    public Guid UnitId { get; set; }
    public int Year { get; set; }
    /// <summary>1 (January–April), 2 (May–August) or 3 (September–December): the report holds the tertials through it and the year to date.</summary>
    public int Tertial { get; set; }
    public DateTime ProducedAt { get; set; }
    public required string ProducedBy { get; set; }
    /// <summary>The budget as produced (the climate budget's view, JSON).</summary>
    public required string FiguresJson { get; set; }
    /// <summary>The counted submissions behind the figures: ids, reports and versions (JSON).</summary>
    public required string SubmissionsJson { get; set; }
}

/// <summary>
/// A network of buyers that compare their figures (issue 15 item 3; docs/networks.md), under one factor-set pair, so
/// that members who calculate with different sets compare alike.
/// </summary>
public sealed class Network
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    /// <summary>The top-level buyer organisation whose administrator created it.</summary>
    public Guid CreatedById { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string TerritorialFactorSetKey { get; set; }
    public int TerritorialFactorSetVersion { get; set; }
    public required string LifeCycleFactorSetKey { get; set; }
    public int LifeCycleFactorSetVersion { get; set; }
    public List<NetworkMember> Members { get; set; } = [];
}

/// <summary>
/// An organisation invited to a network, by organisation number: the invitation names a number, not a registered
/// organisation, so inviting tells the inviter nothing about who uses Klimaspor. The organisation with that number
/// answers it.
/// </summary>
public sealed class NetworkMember
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid NetworkId { get; set; }
    /// <summary>Nine digits, checked with <see cref="Domain.Organisations.OrganisationNumber"/>.</summary>
    public required string OrgNo { get; set; }
    public Domain.Networks.NetworkMemberStatus Status { get; set; }
    public Domain.Networks.NetworkSharing Sharing { get; set; }
    public DateTime InvitedAt { get; set; }
    public DateTime? AnsweredAt { get; set; }
    /// <summary>The person who last changed the membership (invited, accepted, declined, left).</summary>
    public string? ChangedBy { get; set; }
}
