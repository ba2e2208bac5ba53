using System.Globalization;
using Klimaspor.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.ClimateBudget;

/// <summary>The climate budget per unit and tertial over the API (issue 15 item 4; ../shared/spec/api.md).</summary>
public static class ClimateBudgetApi
{
    /// <param name="Unit">The unit (its id); none, or the caller's own organisation, is the whole of what the caller sees.</param>
    /// <param name="Year">A year from 2000 to this one; none is this year.</param>
    public sealed record ClimateBudgetParameters(Guid? Unit, string? Year);

    public static void MapClimateBudgetApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/climate-budget")
            .RequireAuthorization(Policies.Api, Policies.BuyerReader)
            .WithTags("Climate budget");
        group.MapGet("", Get)
            .WithSummary("Buyers only: a unit's climate budget for a year — each tertial begun (T1 January–April, T2 May–August, T3 September–December) and the year to date: construction energy by class with zero-emission and biogas shares, emissions under both boundaries, avoided emissions by class, mass and waste transport km with zero-emission and biogas shares, contracts met and not met, the contracts behind each figure, the factor set versions and the counted submissions");
        group.MapGet("/export", Export)
            .Produces<byte[]>(StatusCodes.Status200OK, TableExport.XlsxContentType, ClimateBudgetExport.PdfContentType)
            .WithSummary("Buyers only: the climate budget as a file: format=xlsx (a sheet of figures per period, one of the contracts behind each period, definitions and factor set versions) or format=pdf (tagged, PDF/UA)");
        group.MapPost("/reports", Produce).Idempotent().RequireAuthorization(Policies.ContractEditor)
            .WithSummary("Produce a tertial report (unit, year, tertial 1–3 begun): kept as produced with the submission versions it counted");
        group.MapGet("/reports", List)
            .WithSummary("The produced tertial reports the caller may see, newest first (at most 100); unit= for one unit's");
        group.MapGet("/reports/{reportId:guid}", GetReport)
            .WithSummary("A produced tertial report as it was produced, and liveDiffers: whether the live figures for the same unit, year and tertial differ now");
        group.MapGet("/reports/{reportId:guid}/export", ExportReport)
            .Produces<byte[]>(StatusCodes.Status200OK, TableExport.XlsxContentType, ClimateBudgetExport.PdfContentType)
            .WithSummary("A produced tertial report as a file, as it was produced: format=xlsx or format=pdf");
    }

    private static async Task<Results<Ok<ClimateBudgetView>, ProblemHttpResult>> Get([AsParameters] ClimateBudgetParameters p, AppServices services,
        IStringLocalizer localizer, CancellationToken ct) =>
        (await GetClimateBudget.Handle(new ClimateBudgetQuery(p.Unit, p.Year), services, localizer, ct)).Answer(localizer);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export([AsParameters] ClimateBudgetParameters p, string? format,
        AppServices services, IStringLocalizer localizer, CancellationToken ct)
    {
        var budget = await GetClimateBudget.Handle(new ClimateBudgetQuery(p.Unit, p.Year), services, localizer, ct);
        var file = budget.Succeeded ? await ClimateBudgetExport.File(budget.Value!, format, Culture, services, ct) : budget.Failed<ExportFile>();
        return file.Answer(f => TypedResults.File(f.Content, f.ContentType, f.FileName), localizer);
    }

    private static async Task<Results<Created<ClimateBudgetReportView>, ProblemHttpResult>> Produce(ClimateBudgetReportRequest request, AppServices services,
        IStringLocalizer localizer, CancellationToken ct) =>
        (await ClimateBudgetReports.Produce(request, services, localizer, ct))
            .Answer(r => TypedResults.Created($"/api/v1/climate-budget/reports/{r.Id}", r), localizer);

    private static async Task<Ok<IReadOnlyList<ClimateBudgetReportSummary>>> List(Guid? unit, AppServices services, CancellationToken ct) =>
        TypedResults.Ok(await ClimateBudgetReports.List(unit, services, ct));

    private static async Task<Results<Ok<ClimateBudgetReportView>, ProblemHttpResult>> GetReport(Guid reportId, AppServices services, IStringLocalizer localizer,
        CancellationToken ct) =>
        (await ClimateBudgetReports.Get(reportId, services, localizer, ct)).Answer(localizer);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportReport(Guid reportId, string? format, AppServices services,
        IStringLocalizer localizer, CancellationToken ct)
    {
        var report = await ClimateBudgetReports.Get(reportId, services, localizer, ct);
        var file = report.Succeeded ? await ClimateBudgetExport.File(report.Value!.Budget, format, Culture, services, ct) : report.Failed<ExportFile>();
        return file.Answer(f => TypedResults.File(f.Content, f.ContentType, f.FileName), localizer);
    }

    private static string Culture => CultureInfo.CurrentUICulture.Name;
}
