using System.Globalization;
using Klimaspor.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.TransportFootprint;

public static class TransportFootprintApi
{
    /// <param name="Year">A calendar year, instead of from/to.</param>
    /// <param name="From">First month, <c>YYYY-MM</c>.</param>
    /// <param name="To">Last month, <c>YYYY-MM</c>, inclusive; at most ten years after <paramref name="From"/>.</param>
    /// <param name="GroupBy"><c>contract</c> (default), <c>category</c> or <c>footprintCategory</c>.</param>
    /// <param name="Unit">Only this unit's contracts (its id).</param>
    public sealed record TransportFootprintParameters(string? Year, string? From, string? To, string? GroupBy, Guid? Unit);

    public static void MapTransportFootprintApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/organisations/me/spend-defaults").RequireAuthorization(Policies.Api).WithTags("Transport footprint");
        group.MapGet("/", Get).WithSummary("The caller's organisation's spend-based defaults per contract category, each with its source");
        group.MapPut("/", Set)
            .WithSummary("Enter the default trips, km and kg CO2e per MNOK of annual spend for a contract category (category in the body), with its source (buyers)");

        var mapping = app.MapGroup("/api/v1/transport-footprint").RequireAuthorization(Policies.Api, Policies.BuyerReader).WithTags("Transport footprint");
        mapping.MapGet("/", GetMapping)
            .WithSummary("Buyers only: the caller's contracts for a year (or from/to as YYYY-MM; none given, the last twelve whole months) with trips, km, energy, emissions (both boundaries), zero-emission share, method and quality, ranked by life-cycle emissions with each place's share of the total; groupBy=category or footprintCategory sums them; contracts no method could estimate are listed with why");
        mapping.MapGet("/export", Export)
            .Produces<byte[]>(StatusCodes.Status200OK, TableExport.XlsxContentType, ExcelCsv.ContentType)
            .WithSummary("Buyers only: the mapping as a file, with the same parameters: format=xlsx (a sheet per grouping, then definitions and sources: the consumption table and each spend calibration used) or format=csv (the groupBy asked for)");
    }

    private static async Task<Ok<SpendDefaultsView>> Get(AppServices services, CancellationToken ct) =>
        TypedResults.Ok(await SpendDefaults.Current(services, ct));

    private static async Task<Results<Ok<SpendDefaultsView>, ProblemHttpResult>> Set(SpendDefaultEntry entry, AppServices services,
        IStringLocalizer localizer, CancellationToken ct) =>
        (await SpendDefaults.Set(entry, services, ct)).Answer(localizer);

    private static async Task<Results<Ok<TransportFootprintView>, ProblemHttpResult>> GetMapping([AsParameters] TransportFootprintParameters p, AppServices services,
        IStringLocalizer localizer, CancellationToken ct) =>
        (await GetTransportFootprint.Handle(new TransportFootprintQuery(p.Year, p.From, p.To, p.GroupBy, p.Unit), services, localizer, ct)).Answer(localizer);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export([AsParameters] TransportFootprintParameters p, string? format,
        AppServices services, IStringLocalizer localizer, CancellationToken ct) =>
        (await ExportTransportFootprint.Handle(new TransportFootprintQuery(p.Year, p.From, p.To, p.GroupBy, p.Unit), format, CultureInfo.CurrentUICulture.Name,
            services, localizer, ct))
            .Answer(file => TypedResults.File(file.Content, file.ContentType, file.FileName), localizer);
}
