using Klimaspor.Features.Contracts;
using Klimaspor.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Reports;

public static class AwaitingReviewApi
{
    /// <param name="ContractId">Only this contract's reports.</param>
    /// <param name="Supplier">Only this supplier's reports, by organisation number.</param>
    /// <param name="From">Periods from this one, <c>YYYY-MM</c>, inclusive.</param>
    /// <param name="To">Periods up to this one, <c>YYYY-MM</c>, inclusive.</param>
    public sealed record AwaitingReviewParameters(Guid? ContractId, string? Supplier, string? From, string? To, int? Page, int? PageSize);

    public static void MapAwaitingReviewApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/reports/awaiting-review", List)
            .RequireAuthorization(Policies.Api, Policies.BuyerReader)
            .WithTags("Reports")
            .WithSummary("Buyers only: submitted reports neither approved nor returned, across the caller's contracts, the longest waiting first; filters by contract, supplier (organisation number) and period range (from, to as YYYY-MM)");
    }

    private static async Task<Results<Ok<PagedResponse<AwaitingReport>>, ProblemHttpResult>> List([AsParameters] AwaitingReviewParameters p, AppServices services, IStringLocalizer localizer, CancellationToken ct) =>
        (await ListAwaitingReview.Handle(
            new AwaitingReviewQuery(p.ContractId, p.Supplier, p.From, p.To, p.Page ?? 1, p.PageSize ?? ListAwaitingReview.DefaultPageSize), services, ct))
            .Answer(page => TypedResults.Ok(PagedResponse.Of(page)), localizer);
}
