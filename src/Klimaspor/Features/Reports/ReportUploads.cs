using Klimaspor.Data;
using Klimaspor.Features.Reports.Workbook;
using Klimaspor.Web;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Reports;

/// <summary>Reading uploads within their limits, and finding a kept file for someone who may see it.</summary>
internal static class ReportUploads
{
    /// <summary>20 MB, as the issue asks; Reports:MaxUploadBytes changes it.</summary>
    public const long DefaultMaxBytes = 20 * 1024 * 1024;
    public const string WorkbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// What a kept upload is served as, whatever its uploader said it was: bytes to save (with Content-Disposition
    /// attachment and, on every answer, nosniff), never text/html or an image a browser would open as this site's own.
    /// </summary>
    public const string ServedContentType = "application/octet-stream";

    public static WorkbookLimits Limits(long maxBytes) => WorkbookLimits.Default with { MaxFileBytes = maxBytes };

    public static async Task<(IReadOnlyList<UploadedFile> Files, ProblemHttpResult? Problem)> Read(HttpRequest request, long maxBytes, IStringLocalizer localizer,
        CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return ([], TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: localizer["Reports.UploadMultipart"]));
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = maxBytes }, cancellationToken);
        }
        catch (InvalidDataException)
        {
            return ([], TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: localizer["Reports.UploadTooLarge", maxBytes / (1024 * 1024)]));
        }

        return (await Files(form.Files, cancellationToken), null);
    }

    public static async Task<IReadOnlyList<UploadedFile>> Files(IFormFileCollection files, CancellationToken cancellationToken)
    {
        var read = new List<UploadedFile>();
        foreach (var file in files)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            read.Add(new UploadedFile(Path.GetFileName(file.FileName), string.IsNullOrEmpty(file.ContentType) ? "application/octet-stream" : file.ContentType, buffer.ToArray()));
        }

        return read;
    }

    public static async Task<UploadedReportFile?> Find(Guid contractId, string period, string? supplier, Guid fileId, AppServices services,
        CancellationToken cancellationToken)
    {
        var (db, _, _) = services;
        var context = await ReportAccess.Resolve(contractId, period, supplier, services, cancellationToken);
        if (context is null)
        {
            return null;
        }

        // The report's id only: the whole row would bring its draft (megabytes on a large report) along.
        var report = ReportAccess.Of(context, db).Select(r => r.Id);
        return await db.ReportFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId && report.Contains(f.ReportId), cancellationToken);
    }
}
