using Klimaspor.Data;
using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Domain.Reporting.Template;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Reports;

/// <summary>A draft as it arrives, by any way in.</summary>
/// <param name="Sheets">By name; read once, while they are parsed (an uploaded workbook's rows straight from the file).</param>
/// <param name="Source">How it came: <see cref="SaveReportDraft.FromApi"/>, <c>web</c>, <c>workbook</c> or <c>csv</c>; kept with the draft.</param>
/// <param name="ExpectedRowVersion">The version the caller read (If-Match); null when it sent none.</param>
/// <param name="Unreadable">
/// For sheets read from a file while they are parsed (<see cref="Workbook.WorkbookSheets"/>): why the file was refused
/// while its rows were read, if it was; asked once they are parsed, before anything is stored.
/// </param>
/// <param name="Unread">
/// For a JSON body: every member that could not be read into sheets (<c>JsonReportRows.Sheets</c>), refused once the
/// caller's access is known, so an outsider gets 404 whatever it sent.
/// </param>
internal sealed record DraftRequest(Guid ContractId, string Period, IEnumerable<KeyValuePair<string, IEnumerable<IReadOnlyList<string?>>>> Sheets, string Source,
    Guid? ExpectedRowVersion, Func<Problem?>? Unreadable = null, IReadOnlyList<Problem>? Unread = null)
{
    /// <summary>
    /// The subcontractors declared to have had no activity, where the way in gives them apart from the sheets (the JSON
    /// body's <c>noActivity</c>, the line form's boxes). Null: a workbook's <c>Rapport</c> sheet says, and pasted rows
    /// keep the draft's declaration, as they replace only lines.
    /// </summary>
    public IReadOnlyList<string>? NoActivity { get; init; }
}

/// <summary>
/// Creates or replaces the supplier's draft for a period. Whatever the way in (JSON, pasted rows, CSV, workbook),
/// the sheets go through the one template parser: all or nothing, every error at once, located.
/// </summary>
internal static class SaveReportDraft
{
    /// <summary>The source of drafts sent as JSON over the API: a PUT that replaces an existing draft needs If-Match.</summary>
    public const string FromApi = "api";

    /// <param name="alongside">
    /// Adds what belongs with the draft (an upload's file) to the database context before the one SaveChanges, so that
    /// the draft, its audit entry and the rest are stored together or not at all.
    /// </param>
    public static async Task<Outcome<ReportView>> Handle(DraftRequest request, AppServices services, CancellationToken cancellationToken,
        Func<SupplierReport, Task>? alongside = null)
    {
        var (db, tenant, clock) = services;
        var context = await ReportAccess.Resolve(request.ContractId, request.Period, null, services, cancellationToken);
        if (context is null)
        {
            return Outcome<ReportView>.NotFound;
        }

        if (!ReportAccess.IsReporter(context, tenant))
        {
            return Outcome<ReportView>.Forbidden;
        }

        if (request.Unread is { Count: > 0 } unread)
        {
            return Outcome<ReportView>.Invalid(unread);
        }

        var parsed = ReportTemplate.Parse(request.Sheets, context.Period);
        if (request.Unreadable?.Invoke() is { } unreadable)
        {
            return Outcome<ReportView>.Invalid(unreadable);
        }

        if (!parsed.IsValid)
        {
            return Outcome<ReportView>.Invalid(request.Source == FromApi ? [.. parsed.Errors.Select(JsonReportRowsLocation)] : parsed.Errors, parsed.UnlistedErrors);
        }

        var report = await ReportAccess.Find(context, db, cancellationToken, track: true);
        if (report is not null && !ReportWorkflow.SupplierCanEdit(report.Status))
        {
            return Outcome<ReportView>.Locked("Reports.Locked");
        }

        // An upload replaces whatever draft there is (it is a new file, kept beside the draft); a PUT of JSON replaces the
        // draft the client read, so it must name its version once the draft exists; a form names the version it showed.
        if (report is not null && (request.Source == FromApi || request.ExpectedRowVersion is not null)
            && Outcome<ReportView>.CheckVersion(report.RowVersion, request.ExpectedRowVersion) is { } refused)
        {
            return refused;
        }

        var declared = request.NoActivity ?? (request.Source == "web" && report?.DraftLines is not null ? report.Draft().NoActivity : parsed.Lines.NoActivity);
        var withDeclaration = parsed.Lines with { NoActivity = declared };
        var isMain = context.SupplierId == context.Contract.SupplierId;
        if (ReportingCompleteness.CheckDeclaration(withDeclaration, isMain,
                declared.Count == 0 ? [] : (await Compliance.EvaluateCompliance.Reporters(db, context.Contract.Id, context.Contract.SupplierId, cancellationToken)).Subcontractors)
            is { Count: > 0 } declarationProblems)
        {
            return Outcome<ReportView>.Invalid(declarationProblems);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var lines = ReportStore.Pack(withDeclaration);
        if (report is null)
        {
            report = new SupplierReport
            {
                ContractId = context.Contract.Id,
                SupplierId = context.SupplierId,
                Period = context.PeriodKey,
                Status = ReportStatus.Draft,
                CreatedAt = now,
            };
            db.Reports.Add(report);
        }

        report.DraftLines = lines;
        report.DraftSource = request.Source;
        report.UpdatedAt = now;
        report.RowVersion = Guid.NewGuid();
        db.ReportAudit.Add(new ReportAuditEntry
        {
            ReportId = report.Id,
            At = now,
            Actor = tenant.ActorName,
            Action = "draft-saved:" + request.Source,
            AfterLines = lines,
        });

        if (alongside is not null)
        {
            await alongside(report);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<ReportView>.Stale;
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            // Another request created this period's report at the same moment: one report per supplier and period.
            return Outcome<ReportView>.Conflict();
        }

        return Outcome<ReportView>.Ok(await GetReport.View(context, db, clock, cancellationToken, withDeclaration));
    }

    /// <summary>A template error where a JSON client put it: the sheet's key and the line's 1-based position in its array (row 1 of the sheet is the keys).</summary>
    private static Problem JsonReportRowsLocation(Problem error) =>
        error with { Sheet = error.Sheet is { } sheet ? TemplateSheets.Find(sheet)?.Key ?? sheet : null, Row = error.Row - 1, Cell = null };
}
