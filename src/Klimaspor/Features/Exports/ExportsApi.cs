using System.Globalization;
using Klimaspor.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Exports;

/// <summary>Exports over the API: a contract's climate report as PDF and its figures as a workbook or CSV (issue 15 item 5).</summary>
public static class ExportsApi
{
    public static void MapExportsApi(this IEndpointRouteBuilder app)
    {
        var contract = app.MapGroup("/api/v1/contracts/{id:guid}")
            .RequireAuthorization(Policies.Api, Policies.ContractReader)
            .WithTags("Exports");
        contract.MapGet("/climate-report.pdf", GetClimateReport)
            .Produces<byte[]>(StatusCodes.Status200OK, ClimateReport.ContentType)
            .WithSummary("The contract's climate report as a tagged PDF (PDF/UA) in the caller's language: key figures of each counted report, energy and avoided emissions by energy class, a chart of emissions per period, each requirement's verdict with its explanation, and the factor set versions and sources");
        contract.MapGet("/figures/export", ExportFigures)
            .Produces<byte[]>(StatusCodes.Status200OK, TableExport.XlsxContentType, ExcelCsv.ContentType)
            .WithSummary("The contract's counted reports as a file: format=xlsx (a sheet per breakdown and one with definitions and factor set versions; real numbers, units in the headers) or format=csv (the reports, for Norwegian Excel: semicolons, decimal comma, UTF-8 with BOM)");
        app.MapGet("/api/v1/statistics/export", ExportStatisticsFile)
            .Produces<byte[]>(StatusCodes.Status200OK, TableExport.XlsxContentType, ExcelCsv.ContentType)
            .RequireAuthorization(Policies.Api, Policies.BuyerReader)
            .WithTags("Exports")
            .WithSummary("Buyers only: GET /api/v1/statistics as a file, with the same parameters: format=xlsx (a sheet per breakdown, each group with its contracts, reports and key figures and the whole scope last; then definitions and factor set versions) or format=csv (the groupBy asked for, for Norwegian Excel)");
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportStatisticsFile([AsParameters] Statistics.StatisticsApi.StatisticsParameters p,
        string? format, AppServices services, IStringLocalizer localizer, CancellationToken ct) =>
        (await ExportStatistics.Handle(new Statistics.StatisticsQuery(p.From, p.To, p.Month, p.Tertial, p.Year, p.GroupBy, p.Unit, p.Category, p.Contract),
            format, Culture, services, localizer, ct))
            .Answer(file => TypedResults.File(file.Content, file.ContentType, file.FileName), localizer);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetClimateReport(Guid id, AppServices services, IStringLocalizer localizer, CancellationToken ct) =>
        await ClimateReport.ForContract(id, Culture, services, ct) is { } file
            ? TypedResults.File(file.Content, ClimateReport.ContentType, file.FileName)
            : ApiOutcomes.NotFound(localizer);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportFigures(Guid id, string? format, AppServices services, IStringLocalizer localizer, CancellationToken ct) =>
        (await ExportContractFigures.Handle(id, format, Culture, services, ct))
            .Answer(file => TypedResults.File(file.Content, file.ContentType, file.FileName), localizer);

    private static string Culture => CultureInfo.CurrentUICulture.Name;
}
