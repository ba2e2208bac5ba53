using Klimaspor.Features.Contracts;
using Klimaspor.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Deviations;

public static class DeviationsApi
{
    public sealed record AnswerRequest(string? CorrectiveAction, DateOnly? DoneBy);

    public sealed record CloseRequest(string? Resolution, string? Comment, decimal? ConfirmedAmountNok, string? AmountReason);

    public sealed record ConfirmBonusRequest(decimal? ConfirmedAmountNok, string? AmountReason, string? Comment);

    public static void MapDeviationsApi(this IEndpointRouteBuilder app)
    {
        var contract = app.MapGroup("/api/v1/contracts/{id:guid}").RequireAuthorization(Policies.Api, Policies.ContractReader);
        var group = contract.MapGroup("/deviations").WithTags("Deviations");

        group.MapGet("/", List)
            .WithSummary("The contract's deviations (avvik): overdue first (open after the answer deadline), then open and answered by deadline, then closed");
        group.MapGet("/{deviationId:guid}", Get)
            .WithSummary("One deviation: the failing verdict of each window it covers (measured, threshold, reasons), the proposed sanction with its " +
                "arithmetic, the supplier's answer, the buyer's closing and the history");
        group.MapPost("/{deviationId:guid}/answer", SubmitAnswer)
            .WithSummary("The supplier's answer: { correctiveAction, doneBy: yyyy-mm-dd }; may be revised until the buyer closes the deviation");
        group.MapPost("/{deviationId:guid}/close", Close)
            .WithSummary("The buyer closes: { resolution: resolved | accepted | sanctioned, comment, confirmedAmountNok (sanctioned), amountReason (when the " +
                "amount differs from the proposal) }; 409 when already closed");

        contract.MapGet("/sanctions", ListSanctions)
            .WithTags("Sanctions")
            .WithSummary("The contract's sanctions (from deviations) and bonuses: proposed and confirmed amounts with their arithmetic, and totals");
        contract.MapPost("/bonuses/{bonusId:guid}/confirm", ConfirmBonus)
            .WithTags("Sanctions")
            .WithSummary("The buyer confirms a proposed bonus: { confirmedAmountNok, amountReason (when it differs from the proposal), comment }");
    }

    private static async Task<Results<Ok<PagedResponse<DeviationSummary>>, ProblemHttpResult>> List(Guid id, int? page, int? pageSize, AppServices services, IStringLocalizer localizer, CancellationToken ct) =>
        (await GetDeviations.List(id, page ?? 1, pageSize ?? GetDeviations.DefaultPageSize, services, services.Clock.GetUtcNow().UtcDateTime, ct)).Found()
            .Answer(list => TypedResults.Ok(PagedResponse.Of(list)), localizer);

    private static async Task<Results<Ok<DeviationView>, ProblemHttpResult>> Get(Guid id, Guid deviationId, AppServices services,
        IStringLocalizer localizer, CancellationToken ct) =>
        (await GetDeviations.One(id, deviationId, services, services.Clock.GetUtcNow().UtcDateTime, ct)).Found().Answer(localizer);

    private static async Task<Results<Ok<DeviationView>, ProblemHttpResult>> SubmitAnswer(Guid id, Guid deviationId, AnswerRequest request, AppServices services, IStringLocalizer localizer, CancellationToken ct) =>
        (await HandleDeviation.Answer(id, deviationId, request.CorrectiveAction, request.DoneBy, services, ct)).Answer(localizer);

    private static async Task<Results<Ok<DeviationView>, ProblemHttpResult>> Close(Guid id, Guid deviationId, CloseRequest request, AppServices services, IStringLocalizer localizer, CancellationToken ct) =>
        (await HandleDeviation.Close(id, deviationId, request.Resolution, request.Comment, request.ConfirmedAmountNok, request.AmountReason, services, ct))
            .Answer(localizer);

    private static async Task<Results<Ok<SanctionList>, ProblemHttpResult>> ListSanctions(Guid id, AppServices services, IStringLocalizer localizer,
        CancellationToken ct) =>
        (await Sanctions.List(id, services, ct)).Found().Answer(localizer);

    private static async Task<Results<Ok<SanctionLine>, ProblemHttpResult>> ConfirmBonus(Guid id, Guid bonusId, ConfirmBonusRequest request, AppServices services, IStringLocalizer localizer, CancellationToken ct) =>
        (await Sanctions.ConfirmBonus(id, bonusId, request.ConfirmedAmountNok, request.AmountReason, request.Comment, services, ct)).Answer(localizer);
}
