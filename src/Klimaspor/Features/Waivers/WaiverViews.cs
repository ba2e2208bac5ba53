using Klimaspor.Data;
using Klimaspor.Domain.Requirements;

namespace Klimaspor.Features.Waivers;

public sealed record WaiverSummary(
    Guid Id,
    string Reference,
    string MachineId,
    string? MachineType,
    DateOnly FromDate,
    DateOnly ToDate,
    DateOnly? ApprovedFromDate,
    DateOnly? ApprovedToDate,
    string Reason,
    string Status,
    DateTime AppliedAt);

public sealed record WaiverAssessmentView(string Assessment, string Recommendation, string By, DateTime At);

/// <summary>The buyer's decision: <c>approved</c>, <c>partly-approved</c>, <c>rejected</c> or <c>more-documentation</c>, with the days approved.</summary>
public sealed record WaiverDecisionView(string Decision, string? Comment, string By, DateTime At, DateOnly? ApprovedFromDate, DateOnly? ApprovedToDate);

/// <summary>A waiver as both parties see it; codes (reason, fuel, class) as the API takes them.</summary>
public sealed record WaiverView(
    Guid Id,
    string Reference,
    Guid ContractId,
    string ContractReference,
    OrganisationRef Supplier,
    string MachineId,
    string? MachineType,
    string? MachineDescription,
    DateOnly FromDate,
    DateOnly ToDate,
    string Reason,
    string Justification,
    string? Evidence,
    string? CompaniesAsked,
    string ReplacementMachine,
    string ReplacementFuel,
    string? ReplacementEmissionClass,
    string? MitigatingMeasures,
    decimal? AvailableKw,
    decimal? NeededKw,
    string? GridOwnerStatement,
    string Status,
    string AppliedBy,
    DateTime AppliedAt,
    WaiverAssessmentView? Assessment,
    WaiverDecisionView? Decision,
    IReadOnlyList<CaseHistoryView> History)
{
    public static WaiverView From(Waiver w, string contractReference, Organisation supplier, IReadOnlyList<CaseHistoryView> history) => new(
        w.Id,
        w.Reference,
        w.ContractId,
        contractReference,
        OrganisationRef.Of(supplier),
        w.MachineId,
        w.MachineType,
        w.MachineDescription,
        w.FromDate,
        w.ToDate,
        w.Reason.Code(),
        w.Justification,
        w.Evidence,
        w.CompaniesAsked,
        w.ReplacementMachine,
        w.ReplacementFuel,
        w.ReplacementEmissionClass,
        w.MitigatingMeasures,
        w.AvailableKw,
        w.NeededKw,
        w.GridOwnerStatement,
        w.Status.ToString(),
        w.AppliedBy,
        w.AppliedAt,
        w.Assessment is { } text && w.Recommendation is { } recommendation && w.AssessedBy is { } by && w.AssessedAt is { } at
            ? new WaiverAssessmentView(text, recommendation.Code(), by, at)
            : null,
        w.DecidedBy is { } decidedBy && w.DecidedAt is { } decidedAt && DecisionOf(w) is { } decision
            ? new WaiverDecisionView(decision.Code(), w.DecisionComment, decidedBy, decidedAt, w.ApprovedFromDate, w.ApprovedToDate)
            : null,
        history);

    /// <summary>The last decision: an approval of fewer days than applied for is a partial one; asking for more documentation is one too.</summary>
    private static WaiverDecisionKind? DecisionOf(Waiver w) => w.Status switch
    {
        WaiverStatus.Approved => w.ApprovedFromDate == w.FromDate && w.ApprovedToDate == w.ToDate ? WaiverDecisionKind.Approved : WaiverDecisionKind.PartlyApproved,
        WaiverStatus.Rejected => WaiverDecisionKind.Rejected,
        WaiverStatus.MoreDocumentationNeeded => WaiverDecisionKind.MoreDocumentationNeeded,
        _ => null,
    };

    public static string StatusColour(string status) => status switch
    {
        nameof(WaiverStatus.MoreDocumentationNeeded) => "warning",
        nameof(WaiverStatus.Approved) => "success",
        nameof(WaiverStatus.Rejected) => "danger",
        nameof(WaiverStatus.Assessed) => "info",
        _ => "warning",
    };
}
