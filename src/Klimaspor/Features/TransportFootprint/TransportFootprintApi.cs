using Klimaspor.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.TransportFootprint;

public static class TransportFootprintApi
{
    public static void MapTransportFootprintApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/organisations/me/spend-defaults").RequireAuthorization(Policies.Api).WithTags("Transport footprint");
        group.MapGet("/", Get).WithSummary("The caller's organisation's spend-based defaults per contract category, each with its source");
        group.MapPut("/", Set)
            .WithSummary("Enter the default trips, km and kg CO2e per MNOK of annual spend for a contract category (category in the body), with its source (buyers)");
    }

    private static async Task<Ok<SpendDefaultsView>> Get(AppServices services, CancellationToken ct) =>
        TypedResults.Ok(await SpendDefaults.Current(services, ct));

    private static async Task<Results<Ok<SpendDefaultsView>, ProblemHttpResult>> Set(SpendDefaultEntry entry, AppServices services,
        IStringLocalizer localizer, CancellationToken ct) =>
        (await SpendDefaults.Set(entry, services, ct)).Answer(localizer);
}
