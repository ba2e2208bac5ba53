using Klimaspor.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Statistics;

public static class StatisticsApi
{
    /// <param name="From">First month, <c>YYYY-MM</c>.</param>
    /// <param name="To">Last month, <c>YYYY-MM</c>, inclusive; at most ten years after <paramref name="From"/>.</param>
    /// <param name="Month">Instead of from/to: one month, <c>YYYY-MM</c>.</param>
    /// <param name="Tertial">Instead of from/to: <c>YYYY-T1</c>, <c>YYYY-T2</c> or <c>YYYY-T3</c>.</param>
    /// <param name="Year">Instead of from/to: a calendar year.</param>
    /// <param name="GroupBy"><c>unit</c> (default), <c>contract</c>, <c>category</c>, <c>energyCarrier</c>, <c>type</c> or <c>month</c>.</param>
    /// <param name="Unit">Only this unit's contracts (its id).</param>
    /// <param name="Category">Only contracts of this category (<c>bygg</c>, <c>anlegg</c>…).</param>
    /// <param name="Contract">Only this contract (its id).</param>
    public sealed record StatisticsParameters(string? From, string? To, string? Month, string? Tertial, string? Year, string? GroupBy, Guid? Unit,
        string? Category, Guid? Contract);

    public static void MapStatisticsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/statistics", Get)
            .RequireAuthorization(Policies.Api, Policies.BuyerReader)
            .WithTags("Statistics")
            .WithSummary("Buyers only: the counted reports' figures for a window (from/to as YYYY-MM, or month, tertial, year) and scope (unit, category, contract): totals, items by groupBy, months, the weightiest contracts, contracts and reports by status");
    }

    private static async Task<Results<Ok<StatisticsView>, ProblemHttpResult>> Get([AsParameters] StatisticsParameters p, AppServices services,
        IStringLocalizer localizer, CancellationToken ct) =>
        (await GetStatistics.Handle(new StatisticsQuery(p.From, p.To, p.Month, p.Tertial, p.Year, p.GroupBy, p.Unit, p.Category, p.Contract), services, localizer, ct))
            .Answer(view => TypedResults.Ok(view), localizer);
}
