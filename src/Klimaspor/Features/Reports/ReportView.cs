using System.Text.Json;
using Klimaspor.Data;
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Features.Calculations;
using Klimaspor.Features.FactorSets;

namespace Klimaspor.Features.Reports;

public sealed record SubmissionView(int Version, DateTime SubmittedAt, string SubmittedBy, FactorSetReference Territorial, FactorSetReference LifeCycle,
    KeyFigures Totals, IReadOnlyList<LineWarning> Warnings);

/// <summary>A report as both sides see it: status, the draft, and each submission with its frozen figures.</summary>
public sealed record ReportView(
    Guid? Id,
    Guid ContractId,
    string ContractReference,
    string Period,
    DateOnly DueDate,
    string Status,
    bool Overdue,
    string SupplierOrgNo,
    string SupplierName,
    int Version,
    string? ReviewComment,
    ReportLines Draft,
    IReadOnlyList<SubmissionView> Submissions,
    string? RowVersion)
{
    public SubmissionView? Latest => Submissions.Count > 0 ? Submissions[^1] : null;

    public static ReportView From(ReportContext context, SupplierReport? report, ReportLines draft, IReadOnlyList<ReportSubmission> submissions, string supplierOrgNo,
        string supplierName, DateOnly today)
    {
        var status = report?.Status ?? ReportStatus.NotStarted;
        return new ReportView(
            report?.Id,
            context.Contract.Id,
            context.Contract.Reference,
            context.PeriodKey,
            context.DueDate,
            status.ToString(),
            ReportWorkflow.IsOverdue(status, context.DueDate, today),
            supplierOrgNo,
            supplierName,
            report?.Version ?? 0,
            report?.ReviewComment,
            draft,
            [.. submissions.Select(Submission)],
            report?.RowVersion.ToString("N"));
    }

    public static SubmissionView Submission(ReportSubmission s)
    {
        var result = Json<CalculationResult>(s.ResultJson);
        // Warnings not read: the caller left this version's out (GetReport.View's latestWarningsOnly).
        return new SubmissionView(s.Version, s.SubmittedAt, s.SubmittedBy, result.Territorial, result.LifeCycle, result.Totals!,
            s.Warnings is null ? [] : s.Warnings());
    }

    public static T Json<T>(string json) => JsonSerializer.Deserialize<T>(json, FactorSetStore.Json)!;
}
