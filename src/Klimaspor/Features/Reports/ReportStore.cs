using System.Globalization;
using System.Text.Json;
using Klimaspor.Data;
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Domain.Reporting.Template;
using Klimaspor.Domain.Requirements;
using Klimaspor.Features.Calculations;
using Klimaspor.Features.Compliance;
using Klimaspor.Features.FactorSets;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Reports;

/// <summary>A new version as frozen at submission, with the fact lines the evaluation in the same save reads (<see cref="Compliance.NewSubmission"/>).</summary>
internal sealed record FrozenSubmission(ReportSubmission Submission, IReadOnlyList<FactLine> Facts);

/// <summary>
/// How a report's lines and frozen figures are kept: lines, calculated lines, fact lines and warnings packed
/// (<see cref="PackedJson"/>), the calculation's summary as JSON, traces not at all (the report page recomputes those
/// it shows; see docs/adr/0005).
/// </summary>
internal static class ReportStore
{
    public static byte[] Pack(ReportLines lines) => PackedJson.Pack(lines, FactorSetStore.Json);

    public static ReportLines Lines(byte[]? packed) => PackedJson.Unpack<ReportLines>(Read(packed, "lines"), FactorSetStore.Json);

    public static ReportLines Draft(this SupplierReport report) => Lines(report.DraftLines);

    public static ReportLines Submitted(this ReportSubmission submission) => Lines(submission.Lines);

    /// <summary>
    /// Gives submissions stored before <see cref="ReportSubmission.AnswersFor"/> was kept the organisations their lines
    /// name, at start-up and a batch at a time, so that the lists of who has reported read every submission alike.
    /// Such a submission declares nobody without activity: the declaration came with the column.
    /// </summary>
    public static async Task FillAnswersForAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        while (true)
        {
            var batch = await db.ReportSubmissions.AsNoTracking().Where(s => s.AnswersFor == null).OrderBy(s => s.Id).Take(100)
                .Select(s => new { s.Id, s.Lines }).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return;
            }

            foreach (var s in batch)
            {
                var answersFor = ReportingCompleteness.Join(Lines(s.Lines).AnswersFor());
                await db.ReportSubmissions.Where(x => x.Id == s.Id).ExecuteUpdateAsync(x => x.SetProperty(r => r.AnswersFor, answersFor), cancellationToken);
            }
        }
    }

    /// <summary>The frozen calculation with its lines.</summary>
    public static CalculationResult Result(this ReportSubmission submission) => Result(submission.ResultJson, submission.CalculatedLines);

    /// <summary>The frozen calculation with its lines, from the two columns that hold it.</summary>
    public static CalculationResult Result(string resultJson, byte[]? calculatedLines) =>
        Summary(resultJson) with { Lines = PackedJson.Unpack<List<CalculatedLine>>(Read(calculatedLines, "calculated lines"), FactorSetStore.Json) };

    /// <summary>Key figures and factor set versions, without lines.</summary>
    public static CalculationResult Summary(string resultJson) => ReportView.Json<CalculationResult>(resultJson);

    /// <summary>
    /// The submission's warnings in the reader's language (the request's), told again from their stored message
    /// arguments.
    /// </summary>
    public static IReadOnlyList<LineWarning> Warnings(byte[]? packed) =>
        PackedJson.ReadEach<LineWarning, LineWarning>(Read(packed, "warnings"), FactorSetStore.Json, InReadersWords);

    private static LineWarning InReadersWords(LineWarning warning) => warning with
    {
        Message = TextsLocalizer.Message(Plausibility.MessageKey(Enum.Parse<WarningCode>(warning.Code)), CultureInfo.CurrentUICulture.Name,
            warning.Args ?? throw new InvalidOperationException($"A stored {warning.Code} warning has no message arguments.")),
        Args = null,
    };

    /// <summary>Every stored submission and draft has its packed values: a null one was left out of the query that read it.</summary>
    private static byte[] Read(byte[]? packed, string what) =>
        packed ?? throw new InvalidOperationException($"The packed {what} were not read.");

    /// <summary>
    /// A new version of a report with its figures frozen: the lines as submitted (already packed with the draft), the
    /// calculation's summary, its lines packed, its warnings packed, and the fact lines requirements are evaluated on.
    /// </summary>
    public static FrozenSubmission Freeze(Guid reportId, int version, ReportLines lines, byte[] packedLines, CalculationResult result,
        IEnumerable<LineWarning> warnings, ReportingPeriod period, string submittedBy, DateTime submittedAt)
    {
        // The warnings are localised as they are packed, and before the fact lines exist: on a large report neither the
        // tens of thousands of messages nor both at once are ever held.
        var packedWarnings = PackedJson.Pack(warnings, FactorSetStore.Json);
        var facts = FactLines.From(lines, result, period);
        return new(new()
        {
            ReportId = reportId,
            Version = version,
            Lines = packedLines,
            ResultJson = JsonSerializer.Serialize(result with { Lines = [], Traces = [] }, FactorSetStore.Json),
            CalculatedLines = PackedJson.Pack(result.Lines, FactorSetStore.Json),
            Warnings = packedWarnings,
            Facts = FactStore.Pack(facts),
            AnswersFor = ReportingCompleteness.Join(lines.AnswersFor()),
            SubmittedBy = submittedBy,
            SubmittedAt = submittedAt,
        }, facts);
    }
}
