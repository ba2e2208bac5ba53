using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using Klimaspor.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Calculations;

public static class CalculationsApi
{
    public sealed record CalculationResponse(
        FactorSetReference Territorial,
        FactorSetReference LifeCycle,
        KeyFigures Totals,
        IReadOnlyList<CalculatedLine> Lines,
        IReadOnlyList<LineWarning> Warnings,
        IReadOnlyList<LineTrace> Trace);

    public sealed record SaveRequest(string? Title, CalculationRequest? Calculation);

    public sealed record RecalculateRequest(string? TerritorialFactorSet, string? LifeCycleFactorSet);

    public static void MapCalculationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/calculations").RequireAuthorization(Policies.Api, Policies.ContractReader).WithTags("Calculations");

        group.MapPost("/", Calculate)
            .WithSummary("Stateless: lines in; energy, emissions for both boundaries, avoided emissions, key figures, warnings and the trace out. Nothing is stored.");
        group.MapGet("/saved", ListSaved).WithSummary("The organisation's stored calculations");
        group.MapGet("/saved/{id:guid}", GetSaved).WithSummary("A stored calculation with its frozen result and every recalculation of it");
        group.MapPost("/saved", Save).Idempotent().WithSummary("Calculate and store the result with the factor sets and versions it used");
        group.MapPost("/saved/{id:guid}/recalculate", Recalculate).Idempotent()
            .WithSummary("Recalculate a stored calculation under other factor sets; the original stays as it was");
    }

    private static async Task<Results<Ok<CalculationResponse>, ProblemHttpResult>> Calculate(CalculationRequest request, AppServices services,
        IStringLocalizer localizer, CancellationToken ct) =>
        (await CalculateLines.Handle(request, services, ct)).Answer(c => TypedResults.Ok(Response(c, localizer)), localizer);

    private static async Task<Ok<IReadOnlyList<StoredCalculationView>>> ListSaved(AppServices services, CancellationToken ct) =>
        TypedResults.Ok(await StoredCalculations.List(services, ct));

    private static async Task<Results<Ok<StoredCalculationView>, ProblemHttpResult>> GetSaved(Guid id, AppServices services, IStringLocalizer localizer,
        CancellationToken ct) =>
        (await StoredCalculations.Get(id, services, ct)).Found().Answer(localizer);

    private static async Task<Results<Created<StoredCalculationView>, ProblemHttpResult>> Save(SaveRequest request, AppServices services,
        IStringLocalizer localizer, CancellationToken ct) =>
        (await StoredCalculations.Save(request.Title, request.Calculation, services, ct)).Answer(Created, localizer);

    private static async Task<Results<Created<StoredCalculationView>, ProblemHttpResult>> Recalculate(Guid id, RecalculateRequest request, AppServices services, IStringLocalizer localizer, CancellationToken ct) =>
        (await StoredCalculations.Recalculate(id, request.TerritorialFactorSet, request.LifeCycleFactorSet, services, ct)).Answer(Created, localizer);

    private static Created<StoredCalculationView> Created(StoredCalculationView stored) => TypedResults.Created($"/api/v1/calculations/saved/{stored.Id}", stored);

    public static CalculationResponse Response(Calculation calculation, IStringLocalizer localizer) => new(
        calculation.Result.Territorial,
        calculation.Result.LifeCycle,
        calculation.Result.Totals!,
        calculation.Result.Lines,
        Warnings(calculation, localizer),
        calculation.Result.Traces);

    public static IReadOnlyList<LineWarning> Warnings(Calculation calculation, IStringLocalizer localizer) => [.. Localized(calculation.Warnings, localizer)];

    /// <summary>
    /// Each warning in the reader's words as it is enumerated: a submission packs tens of thousands without holding them.
    /// A submission keeps each message's arguments too (<paramref name="keepArguments"/>), so that each later reader
    /// gets the message in their own language.
    /// </summary>
    public static IEnumerable<LineWarning> Localized(IEnumerable<PlausibilityWarning> warnings, IStringLocalizer localizer, bool keepArguments = false) =>
        warnings.Select(w => new LineWarning(CalculateLines.Sheet(w.Kind), w.Index + 1, w.Field, w.Code.ToString(), localizer[w.MessageKey, [.. w.Args]])
        {
            Args = keepArguments ? w.Args : null,
        });
}
