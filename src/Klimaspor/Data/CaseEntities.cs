using Klimaspor.Domain.Requirements;

namespace Klimaspor.Data;

// The case work around verdicts: waivers (fravik) a supplier applies for, deviations (avvik) a failed evaluation
// opens, and bonuses the evaluation proposes. Each keeps an append-only history of who did what.

/// <summary>
/// A supplier's application to use a machine that is not zero-emission for some months, with the advisor's
/// assessment and the buyer's decision. Approved waivers act on the evaluation (see Features/Waivers/WaiverFacts).
/// </summary>
public sealed class Waiver
{
    public Guid Id { get; set; } = Guid.NewGuid();
    /// <summary><c>FRAVIK-2026-0007</c>: readable, unique in the installation, numbered per year of application.</summary>
    public required string Reference { get; set; }
    public int Year { get; set; }
    public int Number { get; set; }
    public Guid ContractId { get; set; }
    public Contract? Contract { get; set; }
    public Guid SupplierId { get; set; }
    public Organisation? Supplier { get; set; }
    /// <summary>The machine id as the supplier reports it on the template's machine lines.</summary>
    public required string MachineId { get; set; }
    public string? MachineType { get; set; }
    public string? MachineDescription { get; set; }
    /// <summary>First and last day applied for, inclusive, inside the contract (waivers before dates: their months' first and last day).</summary>
    public DateOnly FromDate { get; set; }
    public DateOnly ToDate { get; set; }
    /// <summary>The days approved: those applied for, or a partial approval's fewer; null until approved.</summary>
    public DateOnly? ApprovedFromDate { get; set; }
    public DateOnly? ApprovedToDate { get; set; }
    public WaiverReason Reason { get; set; }
    public required string Justification { get; set; }
    public string? Evidence { get; set; }
    public string? CompaniesAsked { get; set; }
    public required string ReplacementMachine { get; set; }
    /// <summary>Energy carrier code of the machine used instead.</summary>
    public required string ReplacementFuel { get; set; }
    public string? ReplacementEmissionClass { get; set; }
    public string? MitigatingMeasures { get; set; }
    /// <summary>
    /// Grid capacity, on waivers applied for before grid capacity became the site's statement (<see cref="GridStatement"/>,
    /// to which the migration GridStatementsAndDatedWaivers copied them): kW the grid owner can deliver and kW the site needs.
    /// </summary>
    public decimal? AvailableKw { get; set; }
    public decimal? NeededKw { get; set; }
    public string? GridOwnerStatement { get; set; }
    public WaiverStatus Status { get; set; }
    public required string AppliedBy { get; set; }
    public DateTime AppliedAt { get; set; }
    public string? Assessment { get; set; }
    public WaiverRecommendation? Recommendation { get; set; }
    public string? AssessedBy { get; set; }
    public DateTime? AssessedAt { get; set; }
    public string? DecisionComment { get; set; }
    public string? DecidedBy { get; set; }
    public DateTime? DecidedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    /// <summary>Changes on every save: two people deciding at once cannot both win.</summary>
    public Guid RowVersion { get; set; } = Guid.NewGuid();
}

/// <summary>
/// The grid owner's statement for one contract site and some months: power needed for zero-emission operation against
/// power the grid can deliver (issue 14 item 4). Once accepted by the buyer, it relieves a threshold that allows it.
/// </summary>
public sealed class GridStatement
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ContractId { get; set; }
    public Contract? Contract { get; set; }
    public Guid SupplierId { get; set; }
    /// <summary>The contract site's name as report lines give it; null on a contract with one site.</summary>
    public string? Site { get; set; }
    /// <summary>First and last month, <c>YYYY-MM</c>, inclusive, inside the contract.</summary>
    public required string PeriodFrom { get; set; }
    public required string PeriodTo { get; set; }
    public decimal NeededKw { get; set; }
    public decimal AvailableKw { get; set; }
    /// <summary>The grid owner's confirmation: who, when, case number.</summary>
    public required string GridOwnerReference { get; set; }
    public GridStatementStatus Status { get; set; }
    public required string StatedBy { get; set; }
    public DateTime StatedAt { get; set; }
    public string? DecisionComment { get; set; }
    public string? DecidedBy { get; set; }
    public DateTime? DecidedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public Guid RowVersion { get; set; } = Guid.NewGuid();
}

/// <summary>Append-only: one step in a waiver's life.</summary>
public sealed class WaiverHistoryEntry
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid WaiverId { get; set; }
    public DateTime At { get; set; }
    public required string Actor { get; set; }
    /// <summary><c>applied</c>, <c>assessed</c>, <c>approved</c>, <c>rejected</c>.</summary>
    public required string Action { get; set; }
    public string? Detail { get; set; }
}

/// <summary>
/// A requirement not met, followed up as a case: one open deviation per requirement at a time, updated by later
/// failing evaluations rather than duplicated (Features/Deviations/ReconcileDeviations).
/// </summary>
public sealed class Deviation
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ContractId { get; set; }
    public Contract? Contract { get; set; }
    public required string RequirementKey { get; set; }
    /// <summary>The clause as the contract words it, as it read when the deviation was last updated.</summary>
    public required string ClauseText { get; set; }
    /// <summary>How the requirement is windowed: decides whether the windows' sanctions add up.</summary>
    public RequirementWindow WindowKind { get; set; }
    /// <summary>The latest failing window (<c>YYYY-MM</c> or <c>contract</c>).</summary>
    public required string Window { get; set; }
    public DateTime OpenedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime AnswerDeadline { get; set; }
    public DeviationStatus Status { get; set; }
    /// <summary>The failing verdict of every window the deviation covers, oldest first (DeviationSnapshot list as JSON).</summary>
    public required string SnapshotJson { get; set; }
    /// <summary>The sanction the evaluation proposes over the windows; null when the requirement proposes none.</summary>
    public decimal? ProposedAmountNok { get; set; }
    /// <summary>
    /// Cumulative and whole-contract requirements: what closed deviations of the same requirement had charged when the
    /// proposal was made, deducted from it (DeviationRules.EarlierCharges), so the arithmetic can show it.
    /// </summary>
    public decimal EarlierChargesNok { get; set; }
    public string? CorrectiveAction { get; set; }
    public DateOnly? CorrectiveDueDate { get; set; }
    public string? AnsweredBy { get; set; }
    public DateTime? AnsweredAt { get; set; }
    public DeviationResolution? Resolution { get; set; }
    public string? CloseComment { get; set; }
    public string? ClosedBy { get; set; }
    public DateTime? ClosedAt { get; set; }
    /// <summary>Sanctioned: the amount the buyer confirmed. The proposal stays readable: a closed deviation's snapshot never changes.</summary>
    public decimal? ConfirmedAmountNok { get; set; }
    public string? AmountReason { get; set; }
    public Guid RowVersion { get; set; } = Guid.NewGuid();
}

public sealed class DeviationHistoryEntry
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid DeviationId { get; set; }
    public DateTime At { get; set; }
    public required string Actor { get; set; }
    /// <summary><c>opened</c>, <c>updated</c>, <c>answered</c>, <c>closed</c>.</summary>
    public required string Action { get; set; }
    public string? Detail { get; set; }
}

public enum BonusStatus
{
    Proposed,
    Confirmed,
}

/// <summary>A bonus the evaluation proposes (e.g. a share of the climate result); the buyer confirms the amount.</summary>
public sealed class Bonus
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ContractId { get; set; }
    public required string RequirementKey { get; set; }
    public required string ClauseText { get; set; }
    public required string Window { get; set; }
    public decimal ProposedAmountNok { get; set; }
    /// <summary>The proposal's arithmetic (stored explanations as JSON).</summary>
    public required string ArithmeticJson { get; set; }
    public BonusStatus Status { get; set; }
    public decimal? ConfirmedAmountNok { get; set; }
    public string? AmountReason { get; set; }
    public string? Comment { get; set; }
    public string? ConfirmedBy { get; set; }
    public DateTime? ConfirmedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public Guid RowVersion { get; set; } = Guid.NewGuid();
}
