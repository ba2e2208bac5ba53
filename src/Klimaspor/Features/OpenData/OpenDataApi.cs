using System.Globalization;
using System.Text;
using Klimaspor.Domain.OpenData;
using Klimaspor.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.OpenData;

/// <summary>
/// Open data (issue 15 item 6): the DCAT-AP-NO catalogue and each publisher's figures as CSV and JSON at public
/// addresses, without authentication; and the settings by which an organisation's administrator publishes.
/// </summary>
public static class OpenDataApi
{
    /// <summary>A publisher's figures as the JSON distribution gives them.</summary>
    public sealed record OpenDataFiguresView(string Publisher, string OrgNo, string Licence, IReadOnlyList<OpenDataRow> Items);

    public static void MapOpenDataApi(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/open-data").AllowAnonymous().WithTags("Open data");
        open.MapGet("/catalog", GetCatalog)
            .Produces<System.Text.Json.Nodes.JsonObject>(StatusCodes.Status200OK, OpenDataCatalog.ContentType)
            .ProducesProblem(StatusCodes.Status500InternalServerError)
            .WithSummary("The DCAT-AP-NO 2.2 catalogue (JSON-LD) of the organisations that publish their figures: one dataset each, with CSV and JSON distributions; no authentication");
        open.MapGet("/{orgNo}/figures.csv", GetCsv)
            .Produces<byte[]>(StatusCodes.Status200OK, "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A publisher's figures as CSV (RFC 4180: comma-separated, decimal point, UTF-8): counted reports summed per unit, contract category and month; 404 when the organisation does not publish");
        open.MapGet("/{orgNo}/figures.json", GetJson)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A publisher's figures as JSON, the same as the CSV; 404 when the organisation does not publish");

        var settings = app.MapGroup("/api/v1/open-data/settings").RequireAuthorization(Policies.Api, Policies.BuyerReader).WithTags("Open data");
        settings.MapGet("/", GetSettings).WithSummary("Buyer administrators: whether the caller's organisation publishes its figures as open data, under which licence, title, description and contact address");
        settings.MapPut("/", PutSettings).WithSummary("Buyer administrators: publish the organisation's figures as open data or stop (the whole settings; licence nlod-2.0 by default, cc-by-4.0 or cc0-1.0; a contact address is needed to publish)");
    }

    private static async Task<ContentHttpResult> GetCatalog(HttpRequest request, AppServices services, CancellationToken ct) =>
        TypedResults.Content((await OpenDataCatalog.Build(BaseUrl(request), services.Db, ct)).ToJsonString(), OpenDataCatalog.ContentType, Encoding.UTF8);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetCsv(string orgNo, AppServices services, IStringLocalizer localizer, CancellationToken ct) =>
        await PublishedFigures.Of(orgNo, services.Db, ct) is { } figures
            ? TypedResults.File(Csv(figures.Rows), "text/csv; charset=utf-8", $"klimaspor-{orgNo}.csv")
            : ApiOutcomes.NotFound(localizer);

    private static async Task<Results<Ok<OpenDataFiguresView>, ProblemHttpResult>> GetJson(string orgNo, AppServices services, IStringLocalizer localizer, CancellationToken ct) =>
        await PublishedFigures.Of(orgNo, services.Db, ct) is { } figures
            ? TypedResults.Ok(new OpenDataFiguresView(figures.Publisher.Name, figures.Publisher.OrgNo, figures.Publisher.Licence.Uri, figures.Rows))
            : ApiOutcomes.NotFound(localizer);

    private static async Task<Results<Ok<OpenDataSettingsView>, ProblemHttpResult>> GetSettings(AppServices services, IStringLocalizer localizer, CancellationToken ct) =>
        (await OpenDataSettings.Get(services, ct)).Answer(localizer);

    private static async Task<Results<Ok<OpenDataSettingsView>, ProblemHttpResult>> PutSettings(OpenDataSettingsRequest body, AppServices services, IStringLocalizer localizer, CancellationToken ct) =>
        (await OpenDataSettings.Save(body, services, ct)).Answer(localizer);

    /// <summary>Where this installation is reached, as the request came (behind a trusted proxy, as it forwarded it).</summary>
    private static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    /// <summary>
    /// CSV for machines, as open data is read (RFC 4180): comma-separated, a decimal point, a header of the JSON's member
    /// names; text quoted where it holds a comma, a quote or a line break. Units: kWh, kg CO2e, hours and km.
    /// </summary>
    private static byte[] Csv(IReadOnlyList<OpenDataRow> rows)
    {
        static string Text(string value) => value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
        static string Number(decimal value) => value.ToString("0.######", CultureInfo.InvariantCulture);
        var csv = new StringBuilder();
        csv.Append("unit,category,month,reports,energyKwh,zeroEmissionKwh,biogasKwh,liquidBiofuelKwh,solidBiofuelKwh,fossilKwh,")
            .Append("emissionsTerritorialKg,emissionsLifeCycleKg,avoidedTerritorialKg,avoidedLifeCycleKg,machineHours,zeroEmissionMachineHours,vehicleKm,zeroEmissionKm\r\n");
        foreach (var r in rows)
        {
            csv.AppendJoin(',', [Text(r.Unit), Text(r.Category), r.Month, r.Reports.ToString(CultureInfo.InvariantCulture),
                Number(r.EnergyKwh), Number(r.ZeroEmissionKwh), Number(r.BiogasKwh), Number(r.LiquidBiofuelKwh), Number(r.SolidBiofuelKwh), Number(r.FossilKwh),
                Number(r.EmissionsTerritorialKg), Number(r.EmissionsLifeCycleKg), Number(r.AvoidedTerritorialKg), Number(r.AvoidedLifeCycleKg),
                Number(r.MachineHours), Number(r.ZeroEmissionMachineHours), Number(r.VehicleKm), Number(r.ZeroEmissionKm)]).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }
}
