using System.Text.Json;
using Klimaspor.Domain.Reporting.Template;
using Klimaspor.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Reports;

public static class ReportsApi
{
    public sealed record ReviewRequest(string? Comment);

    public static void MapReportsApi(this IEndpointRouteBuilder app)
    {
        var configuration = app.ServiceProvider.GetRequiredService<IConfiguration>();
        var maxUpload = configuration.GetValue("Reports:MaxUploadBytes", ReportUploads.DefaultMaxBytes);
        var maxErrors = ImportErrorReports.MaxShown(configuration);
        app.MapPost("/api/v1/reports/import", (HttpRequest request, AppServices services, IStringLocalizer localizer, CancellationToken ct) =>
                Import(request, new UploadCaps(maxUpload, maxErrors), services, localizer, ct))
            .RequireAuthorization(Policies.Api, Policies.ContractReader)
            .DisableAntiforgery()
            .Idempotent()
            .WithMetadata(new RequestSizeLimitAttribute(maxUpload))
            .WithTags("Reports")
            .WithSummary("Upload a report: a workbook (file), CSV files named after their sheets, or a zip of those CSV files. Contract and period come from the Rapport sheet. 201 with the stored draft, or 422 with every error (sheet, row, column, value, message) up to a cap (1 000), the count of the rest in moreErrors and the whole list's address in errorReport.");

        app.MapGet("/api/v1/reports/import/errors/{errorReportId:guid}", GetErrorReport)
            .RequireAuthorization(Policies.Api, Policies.ContractReader)
            .Produces<byte[]>(StatusCodes.Status200OK, ExcelCsv.ContentType)
            .WithTags("Reports")
            .WithSummary("The whole list of a refused upload's errors as CSV (sheet, row, column, header, value, message), for the uploading organisation, for 24 hours");

        app.MapGet("/api/v1/reports/due", ListDue)
            .RequireAuthorization(Policies.Api, Policies.ContractReader)
            .WithTags("Reports")
            .WithSummary("Reports owed across contracts, oldest due date first: a supplier's own on every contract it is party to; for a buyer, the main suppliers' that are missing. Each with status, due date and whether it is overdue.");

        var group = app.MapGroup("/api/v1/contracts/{id:guid}/reports").RequireAuthorization(Policies.Api, Policies.ContractReader).WithTags("Reports");

        group.MapGet("/", ListPeriods).WithSummary("The contract's periods with each report's status, due date and whether it is overdue");
        group.MapGet("/{period}", Get)
            .WithSummary("The report: status, version, draft lines, and each submission's key figures for both boundaries and warnings. Buyers add ?supplier=<orgNo> for a subcontractor's.");
        group.MapPut("/{period}", SaveDraft)
            .WithSummary("Create or replace the caller's draft for the period: { machines, vehicles, energy, fuelDeliveries, noActivity } with the template's keys; noActivity lists the subcontractors (org. no.) the main supplier declares had no activity. All or nothing; 422 lists every error with row and column.");
        group.MapGet("/{period}/workbook", GetWorkbook)
            .Produces<byte[]>(StatusCodes.Status200OK, ReportUploads.WorkbookContentType)
            .WithSummary("The report template workbook, prefilled with the contract, the period and the latest register (or the draft)");
        group.MapGet("/{period}/files/{fileId:guid}", GetFile)
            .Produces<byte[]>(StatusCodes.Status200OK, ReportUploads.ServedContentType)
            .WithSummary("A file uploaded for the report, exactly as it was received");
        group.MapPost("/{period}/submit", Submit)
            .WithSummary("Submit the draft: figures are computed with the contract owner's factor sets and stored with the versions used");
        group.MapPost("/{period}/approve", Approve).WithSummary("Approve a submitted report (buyer follow-up officers and administrators)");
        group.MapPost("/{period}/return", Return).WithSummary("Return a submitted report to the supplier with a comment");
    }

    /// <param name="MaxBytes">The upload's size limit.</param>
    /// <param name="MaxErrors">How many errors a refusal lists.</param>
    private sealed record UploadCaps(long MaxBytes, int MaxErrors);

    private static async Task<Results<Created<ReportView>, ProblemHttpResult>> Import(HttpRequest request, UploadCaps caps, AppServices services,
        IStringLocalizer localizer, CancellationToken ct)
    {
        var (files, problem) = await ReportUploads.Read(request, caps.MaxBytes, localizer, ct);
        if (problem is not null)
        {
            return problem;
        }

        var outcome = await ImportReport.Handle(files, null, null, services, ReportUploads.Limits(caps.MaxBytes), ct);
        if (outcome.Kind == OutcomeKind.Invalid)
        {
            var kept = await ImportErrorReports.Keep(outcome, caps.MaxErrors, services, localizer, ct);
            return Problems.Validation(outcome.Problems, outcome.Unlisted, localizer, caps.MaxErrors,
                kept is { } id ? $"/api/v1/reports/import/errors/{id}" : null);
        }

        return outcome.Answer(report => TypedResults.Created($"/api/v1/contracts/{report.ContractId}/reports/{report.Period}", report), localizer);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetErrorReport(Guid errorReportId, AppServices services, IStringLocalizer localizer,
        CancellationToken ct) =>
        (await ImportErrorReports.Find(errorReportId, services, ct)).Found()
            .Answer(report => TypedResults.File(report.Content, ExcelCsv.ContentType, localizer["ErrorReport.FileName"].Value), localizer);

    private static async Task<Ok<PagedResponse<DueReport>>> ListDue(int? page, int? pageSize, AppServices services,
        CancellationToken ct) =>
        TypedResults.Ok(PagedResponse.Of(await ListDueReports.Handle(page ?? 1, pageSize ?? ListDueReports.DefaultPageSize, services, ct)));

    private static async Task<Results<Ok<IReadOnlyList<PeriodRow>>, ProblemHttpResult>> ListPeriods(Guid id, AppServices services,
        IStringLocalizer localizer, CancellationToken ct) =>
        (await GetReport.PeriodsOf(id, services, ct)).Answer(localizer);

    private static async Task<Results<Ok<ReportView>, ProblemHttpResult>> Get(Guid id, string period, string? supplier, AppServices services, IStringLocalizer localizer, HttpResponse response, CancellationToken ct) =>
        (await GetReport.Find(id, period, supplier, services, ct)).Answer(WithETag(response), localizer);

    private static async Task<Results<Ok<ReportView>, ProblemHttpResult>> SaveDraft(Guid id, string period, JsonElement body, HttpRequest request, AppServices services, IStringLocalizer localizer, CancellationToken ct)
    {
        var read = Domain.Reporting.Reports.JsonReportRows.Sheets(body);
        var declared = Domain.Reporting.Reports.JsonReportRows.NoActivity(body);
        var draft = new DraftRequest(id, period, ReportTemplate.AsRead(read.Value ?? new Dictionary<string, IReadOnlyList<IReadOnlyList<string?>>>()), SaveReportDraft.FromApi,
            ApiOutcomes.IfMatch(request), Unread: [.. read.Problems, .. declared.Problems])
        {
            NoActivity = declared.Value ?? [],
        };
        return (await SaveReportDraft.Handle(draft, services, ct)).Answer(WithETag(request.HttpContext.Response), localizer);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetWorkbook(Guid id, string period, string? supplier, AppServices services,
        IStringLocalizer localizer, CancellationToken ct) =>
        await DownloadWorkbook.Handle(id, period, supplier, services, ct) is { } file
            ? TypedResults.File(file.Content, ReportUploads.WorkbookContentType, file.FileName)
            : ApiOutcomes.NotFound(localizer);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetFile(Guid id, string period, Guid fileId, string? supplier, AppServices services, IStringLocalizer localizer, CancellationToken ct) =>
        (await ReportUploads.Find(id, period, supplier, fileId, services, ct)).Found()
            .Answer(file => TypedResults.File(file.Content, ReportUploads.ServedContentType, file.FileName), localizer);

    private static async Task<Results<Ok<ReportView>, ProblemHttpResult>> Submit(Guid id, string period, AppServices services,
        IStringLocalizer localizer, CancellationToken ct) =>
        (await SubmitReport.Handle(new ReportRef(id, period), services, localizer, ct)).Answer(localizer);

    private static async Task<Results<Ok<ReportView>, ProblemHttpResult>> Approve(Guid id, string period, string? supplier, AppServices services, IStringLocalizer localizer, CancellationToken ct) =>
        (await ReviewReport.Approve(new ReportRef(id, period, supplier), null, services, ct)).Answer(localizer);

    private static async Task<Results<Ok<ReportView>, ProblemHttpResult>> Return(Guid id, string period, string? supplier, ReviewRequest request, AppServices services, IStringLocalizer localizer, CancellationToken ct) =>
        (await ReviewReport.Return(new ReportRef(id, period, supplier), request.Comment, services, ct)).Answer(localizer);

    /// <summary>The draft as saved, with its version as the ETag for the next PUT.</summary>
    private static Func<ReportView, Ok<ReportView>> WithETag(HttpResponse response) => report =>
    {
        if (report.RowVersion is { } version)
        {
            response.Headers.ETag = ApiOutcomes.ETag(version);
        }

        return TypedResults.Ok(report);
    };
}
