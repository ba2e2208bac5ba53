using System.Security.Cryptography;
using Klimaspor.Data;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Domain.Reporting.Template;
using Klimaspor.Features.Reports.Workbook;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Reports;

/// <summary>An uploaded file as received.</summary>
internal sealed record UploadedFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// A report arriving as a workbook, as CSV files (one per sheet, named after it) or as a zip of those CSV files. The
/// <c>Rapport</c> sheet names the contract and period; then the draft is saved like any other way in, and the file is
/// kept with its hash.
/// </summary>
internal static class ImportReport
{
    public static async Task<Outcome<ReportView>> Handle(IReadOnlyList<UploadedFile> files, Guid? contractId, string? period, AppServices services, WorkbookLimits limits, CancellationToken cancellationToken)
    {
        if (files.Count == 0)
        {
            return Refused("report", MessageKeys.TemplateReportSheetMissing);
        }

        // Workbooks stay open while the draft is saved: their rows are read from the file as the template parses them.
        var workbooks = new List<(WorkbookSheets Sheets, UploadedFile File)>();
        try
        {
            return await Import(files, workbooks, contractId, period, services, limits, cancellationToken);
        }
        finally
        {
            workbooks.ForEach(w => w.Sheets.Dispose());
        }
    }

    private static async Task<Outcome<ReportView>> Import(IReadOnlyList<UploadedFile> files, List<(WorkbookSheets Sheets, UploadedFile File)> workbooks, Guid? contractId,
        string? period, AppServices services, WorkbookLimits limits, CancellationToken cancellationToken)
    {
        var (db, tenant, _) = services;
        var sheets = new Dictionary<string, IEnumerable<IReadOnlyList<string?>>>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            if (ReportZipReader.IsCsvName(file.FileName))
            {
                if (ReadCsv(file, sheets, limits) is { } csvErrors)
                {
                    return Outcome<ReportView>.Invalid(csvErrors);
                }

                continue;
            }

            if (file.FileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                var zip = ReportZipReader.Read(file.Content, limits);
                if (!zip.Succeeded)
                {
                    return Unreadable(file, zip.Problems[0]);
                }

                foreach (var csv in zip.Value)
                {
                    if (ReadCsv(csv, sheets, limits) is { } csvErrors)
                    {
                        return Outcome<ReportView>.Invalid(csvErrors);
                    }
                }

                continue;
            }

            var opened = ReportWorkbookReader.Open(new MemoryStream(file.Content, writable: false), limits);
            if (!opened.Succeeded)
            {
                return Unreadable(file, opened.Problems[0]);
            }

            var workbook = opened.Value;
            workbooks.Add((workbook, file));
            foreach (var (name, rows) in workbook.Sheets)
            {
                if (!sheets.TryAdd(name, rows))
                {
                    return Outcome<ReportView>.Invalid(new Problem(string.Empty, MessageKeys.TemplateSheetTwice, file.FileName, name) { Sheet = name });
                }
            }
        }

        // Contract and period: from the page the file was uploaded on, or else from the Rapport sheet.
        if (contractId is null || period is null)
        {
            var header = sheets.FirstOrDefault(s => TemplateSheets.Report.IsNamed(s.Key)).Value is { } reportRows
                ? TemplateParser.ParseReportHeader([.. reportRows])
                : null;
            if (Unreadable(workbooks) is { } unreadable)
            {
                return Outcome<ReportView>.Invalid(unreadable);
            }

            if (header is null || header.Errors.Count > 0 || header.Header is null || header.Period is null)
            {
                return header?.Errors is { Count: > 0 } errors ? Outcome<ReportView>.Invalid(errors) : Refused("report", MessageKeys.TemplateReportSheetMissing);
            }

            var scope = await tenant.ScopeAsync(cancellationToken);
            var reference = header.Header.ContractRef;
            var contract = await db.Contracts.AsNoTracking().VisibleTo(scope).Where(c => c.Reference == reference).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken);
            if (contract is null)
            {
                return Refused("contractRef", "Reports.UnknownContract", reference);
            }

            contractId = contract;
            period = ReportingSchedule.Key(header.Period.Value);
        }

        // The files go into the draft's own SaveChanges: a draft is never stored without the file it came from.
        var source = files[0].FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? "workbook" : "csv";
        var outcome = await SaveReportDraft.Handle(new DraftRequest(contractId.Value, period, sheets, source, null, () => Unreadable(workbooks)), services, cancellationToken,
            report => Keep(files, report.Id, services, cancellationToken));
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            // A reference the supplier may see but a period the contract does not have.
            return Refused("period", "Reports.PeriodOutsideContract", period);
        }

        return outcome;
    }

    private static async Task Keep(IReadOnlyList<UploadedFile> files, Guid reportId, AppServices services, CancellationToken cancellationToken)
    {
        var (db, tenant, clock) = services;
        var hashes = files.Select(f => Convert.ToHexString(SHA256.HashData(f.Content))).ToList();
        var kept = await db.ReportFiles.Where(f => f.ReportId == reportId && hashes.Contains(f.Sha256)).Select(f => f.Sha256).ToListAsync(cancellationToken);
        for (var i = 0; i < files.Count; i++)
        {
            var (file, hash) = (files[i], hashes[i]);
            if (kept.Contains(hash))
            {
                continue; // the same file again: kept once
            }

            kept.Add(hash);

            db.ReportFiles.Add(new UploadedReportFile
            {
                ReportId = reportId,
                FileName = Path.GetFileName(file.FileName),
                ContentType = file.ContentType,
                Size = file.Content.LongLength,
                Sha256 = hash,
                UploadedBy = tenant.ActorName,
                UploadedAt = clock.GetUtcNow().UtcDateTime,
                Content = file.Content,
            });
        }
    }

    /// <summary>A CSV file read as the sheet it is named after; null, or its errors.</summary>
    private static IReadOnlyList<Problem>? ReadCsv(UploadedFile file, Dictionary<string, IEnumerable<IReadOnlyList<string?>>> sheets, WorkbookLimits limits)
    {
        var table = CsvTable.Read(new MemoryStream(file.Content, writable: false));
        var name = Path.GetFileNameWithoutExtension(file.FileName);
        if (table.Errors(name) is { Count: > 0 } errors)
        {
            return errors;
        }

        // The workbook's row limit holds for CSV too: the rows are kept in memory until the draft is stored.
        if (table.Rows.Count > limits.MaxRows)
        {
            return [new Problem(string.Empty, MessageKeys.WorkbookTooManyRows, file.FileName, name, limits.MaxRows) { Sheet = name }];
        }

        return sheets.TryAdd(name, table.Rows) ? null : [new Problem(string.Empty, MessageKeys.TemplateSheetTwice, file.FileName, name) { Sheet = name }];
    }

    private static Outcome<ReportView> Unreadable(UploadedFile file, Problem refusal) => Outcome<ReportView>.Invalid(Located(file, refusal));

    /// <summary>The refusal of a workbook found while its sheets were parsed, if any, located at its file.</summary>
    private static Problem? Unreadable(List<(WorkbookSheets Sheets, UploadedFile File)> workbooks) =>
        workbooks.FirstOrDefault(w => w.Sheets.Refusal is not null) is ({ Refusal: { } refusal }, var file) ? Located(file, refusal) : null;

    // A refused file is named where the upload's errors are listed: its name as the sheet, and as the value unless the
    // refusal names a file inside it (a zip's entry).
    private static Problem Located(UploadedFile file, Problem refusal) => refusal with { Value = refusal.Value ?? file.FileName, Sheet = file.FileName };

    private static Outcome<ReportView> Refused(string column, string key, params object[] args) =>
        Outcome<ReportView>.Invalid(new Problem(column, key, args.Length > 0 ? args[0]?.ToString() : null, args) { Sheet = TemplateSheets.Report.Name });
}
