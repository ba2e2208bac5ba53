using System.Text.Json;
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Features.Calculations;
using Klimaspor.Features.FactorSets;

namespace Klimaspor.Features.Reports;

/// <summary>An uploaded file as the report page lists it: without its content, which is fetched when someone opens it.</summary>
public sealed record ReportFileView(Guid Id, string FileName, long Size, string Sha256, string UploadedBy, DateTime UploadedAt);

/// <summary>What a report's view reads of the report: no more, and never an entity half filled.</summary>
/// <param name="DraftLines">The packed draft; null when the caller has the draft in hand and it was not read.</param>
public sealed record ReportRow(Guid Id, ReportStatus Status, int Version, string? ReviewComment, Guid RowVersion, byte[]? DraftLines);

/// <summary>What a report's view reads of one submission: its summary, not its lines.</summary>
/// <param name="Warnings">The packed warnings; null when this version's were left unread (only the latest are shown).</param>
public sealed record SubmissionRow(int Version, DateTime SubmittedAt, string SubmittedBy, string ResultJson, byte[]? Warnings);

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

    public static ReportView From(ReportContext context, ReportRow? report, ReportLines draft, IReadOnlyList<SubmissionRow> submissions, string supplierOrgNo,
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

    public static SubmissionView Submission(SubmissionRow s)
    {
        var result = Json<CalculationResult>(s.ResultJson);
        // Warnings not read: the caller left this version's out (GetReport.View's latestWarningsOnly).
        return new SubmissionView(s.Version, s.SubmittedAt, s.SubmittedBy, result.Territorial, result.LifeCycle, result.Totals!,
            s.Warnings is null ? [] : ReportStore.Warnings(s.Warnings));
    }

    public static T Json<T>(string json) => JsonSerializer.Deserialize<T>(json, FactorSetStore.Json)!;
}
