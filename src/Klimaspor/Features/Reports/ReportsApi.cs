using System.Text.Json;
using Klimaspor.Data;
using Klimaspor.Domain.Reporting.Template;
using Klimaspor.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace Klimaspor.Features.Reports;

public static class ReportsApi
{
    public sealed record ReviewRequest(string? Comment);

    public static void MapReportsApi(this IEndpointRouteBuilder app)
    {
        var maxUpload = app.ServiceProvider.GetRequiredService<IConfiguration>().GetValue("Reports:MaxUploadBytes", ReportUploads.DefaultMaxBytes);
        app.MapPost("/api/v1/reports/import", async (HttpRequest request, AppDbContext db, Tenant tenant, TimeProvider clock, IStringLocalizer localizer, CancellationToken ct) =>
            {
                var (files, problem) = await ReportUploads.Read(request, maxUpload, localizer, ct);
                if (problem is not null)
                {
                    return problem;
                }

                var outcome = await ImportReport.Handle(files, null, null, db, tenant, clock, ReportUploads.Limits(maxUpload), ct);
                return outcome.Refusal == ReportRefusal.None
                    ? Results.Created($"/api/v1/contracts/{outcome.Report!.ContractId}/reports/{outcome.Report.Period}", outcome.Report)
                    : Respond(outcome.Refusal, null, [.. outcome.Errors.Select(e => ReportUploads.ApiErrorOf(e))], localizer);
            })
            .RequireAuthorization(Policies.Api, Policies.ContractReader)
            .DisableAntiforgery()
            .Idempotent()
            .WithMetadata(new RequestSizeLimitAttribute(maxUpload))
            .WithTags("Reports")
            .WithSummary("Upload a report: a workbook (file), CSV files named after their sheets, or a zip of those CSV files. Contract and period come from the Rapport sheet. 201 with the stored draft, or 422 with every error (sheet, row, column, value, message).");

        app.MapGet("/api/v1/reports/due", async (int? page, int? pageSize, AppDbContext db, Tenant tenant, TimeProvider clock, CancellationToken ct) =>
            {
                var due = await ListDueReports.Handle(page ?? 1, pageSize ?? ListDueReports.DefaultPageSize, db, tenant, clock, ct);
                return TypedResults.Ok(new Contracts.PagedResponse<DueReport>(due.Items, due.Total, due.Page, due.PageSize));
            })
            .RequireAuthorization(Policies.Api, Policies.ContractReader)
            .WithTags("Reports")
            .WithSummary("Reports owed across contracts, oldest due date first: a supplier's own on every contract it is party to; for a buyer, the main suppliers' that are missing. Each with status, due date and whether it is overdue.");

        var group = app.MapGroup("/api/v1/contracts/{id:guid}/reports").RequireAuthorization(Policies.Api, Policies.ContractReader).WithTags("Reports");

        group.MapGet("/", async (Guid id, AppDbContext db, Tenant tenant, TimeProvider clock, IStringLocalizer localizer, CancellationToken ct) =>
                await Contracts.GetContract.Load(id, db, tenant, ct) is { } contract
                    ? Results.Ok(await GetReport.Periods(contract, await tenant.ScopeAsync(ct), db, clock, ct))
                    : Problems.NotFound(localizer))
            .WithSummary("The contract's periods with each report's status, due date and whether it is overdue");

        group.MapGet("/{period}", async (Guid id, string period, string? supplier, AppDbContext db, Tenant tenant, TimeProvider clock, IStringLocalizer localizer,
                HttpResponse response, CancellationToken ct) =>
            {
                var context = await ReportAccess.Resolve(id, period, supplier, db, tenant, ct);
                if (context is null)
                {
                    return Problems.NotFound(localizer);
                }

                var view = await GetReport.View(context, db, clock, ct);
                if (view.RowVersion is { } version)
                {
                    response.Headers.ETag = $"\"{version}\"";
                }

                return Results.Ok(view);
            })
            .WithSummary("The report: status, version, draft lines, and each submission's key figures for both boundaries and warnings. Buyers add ?supplier=<orgNo> for a subcontractor's.");

        group.MapPut("/{period}", async (Guid id, string period, JsonElement body, HttpRequest request, AppDbContext db, Tenant tenant, TimeProvider clock,
                IStringLocalizer localizer, CancellationToken ct) =>
            {
                var ifMatch = request.Headers[HeaderNames.IfMatch].ToString().Trim().Trim('"');
                Guid? expected = Guid.TryParseExact(ifMatch, "N", out var v) ? v : null;
                var outcome = await SaveReportDraft.Handle(id, period, ReportTemplate.AsRead(Domain.Reporting.Reports.JsonReportRows.Sheets(body)), "api", expected, db, tenant, clock, ct);
                return Respond(outcome.Refusal, outcome.Report, [.. outcome.Errors.Select(ApiErrorOf)], localizer);
            })
            .WithSummary("Create or replace the caller's draft for the period: { machines, vehicles, energy, fuelDeliveries } with the template's keys. All or nothing; 422 lists every error with row and column.");

        group.MapGet("/{period}/workbook", async (Guid id, string period, string? supplier, AppDbContext db, Tenant tenant, IStringLocalizer localizer, CancellationToken ct) =>
                await DownloadWorkbook.Handle(id, period, supplier, db, tenant, ct) is { } file
                    ? Results.File(file.Content, ReportUploads.WorkbookContentType, file.FileName)
                    : Problems.NotFound(localizer))
            .WithSummary("The report template workbook, prefilled with the contract, the period and the latest register (or the draft)");

        group.MapGet("/{period}/files/{fileId:guid}", async (Guid id, string period, Guid fileId, string? supplier, AppDbContext db, Tenant tenant, IStringLocalizer localizer,
                CancellationToken ct) =>
                await ReportUploads.Find(id, period, supplier, fileId, db, tenant, ct) is { } file
                    ? Results.File(file.Content, file.ContentType, file.FileName)
                    : Problems.NotFound(localizer))
            .WithSummary("A file uploaded for the report, exactly as it was received");

        group.MapPost("/{period}/submit", async (Guid id, string period, AppDbContext db, Tenant tenant, TimeProvider clock, IStringLocalizer localizer, CancellationToken ct) =>
            {
                var (refusal, report, errors) = await SubmitReport.Handle(id, period, db, tenant, clock, localizer, ct);
                return Respond(refusal, report, [.. errors.Select(e => new ApiError(null, null, e.Field, e.Value, Problems.Message(e, localizer)))], localizer);
            })
            .WithSummary("Submit the draft: figures are computed with the contract owner's factor sets and stored with the versions used");

        group.MapPost("/{period}/approve", (Guid id, string period, string? supplier, AppDbContext db, Tenant tenant, TimeProvider clock, IStringLocalizer localizer, CancellationToken ct) =>
                Review(id, period, supplier, true, null, db, tenant, clock, localizer, ct))
            .WithSummary("Approve a submitted report (buyer follow-up officers and administrators)");
        group.MapPost("/{period}/return", (Guid id, string period, string? supplier, ReviewRequest request, AppDbContext db, Tenant tenant, TimeProvider clock,
                IStringLocalizer localizer, CancellationToken ct) =>
                Review(id, period, supplier, false, request.Comment, db, tenant, clock, localizer, ct))
            .WithSummary("Return a submitted report to the supplier with a comment");
    }

    private static async Task<IResult> Review(Guid id, string period, string? supplier, bool approve, string? comment, AppDbContext db, Tenant tenant,
        TimeProvider clock, IStringLocalizer localizer, CancellationToken ct)
    {
        var (refusal, report, errors) = await ReviewReport.Handle(id, period, supplier, approve, comment, db, tenant, clock, ct);
        return Respond(refusal, report, [.. errors.Select(e => new ApiError(null, null, e.Field, e.Value, Problems.Message(e, localizer)))], localizer);
    }

    private static IResult Respond(ReportRefusal refusal, ReportView? report, IReadOnlyList<ApiError> errors, IStringLocalizer localizer) => refusal switch
    {
        ReportRefusal.None => Results.Ok(report),
        ReportRefusal.Invalid => Problems.Validation(errors, localizer),
        ReportRefusal.Forbidden => Problems.Forbidden(localizer),
        ReportRefusal.Locked => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: localizer["Reports.Locked"]),
        ReportRefusal.Conflict => Problems.Conflict(localizer),
        _ => Problems.NotFound(localizer),
    };

    /// <summary>
    /// A template error in the API's words: the row is the JSON array's position, 1-based (row 1 is the keys); JSON has
    /// no column letters, so only the header is given.
    /// </summary>
    public static ApiError ApiErrorOf(TemplateError error)
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture.Name;
        var sheet = TemplateSheets.Find(error.Sheet);
        return new ApiError(sheet?.Key ?? error.Sheet, error.Row is { } row ? row - 1 : null, error.Column ?? "", error.Value, error.Text(culture))
        {
            Header = error.Header(culture),
        };
    }
}
