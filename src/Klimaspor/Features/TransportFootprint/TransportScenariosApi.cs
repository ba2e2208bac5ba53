using Klimaspor.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.TransportFootprint;

/// <summary>Saved transport scenarios and the contract strategies they become (issue 17 item 4); buyers only.</summary>
public static class TransportScenariosApi
{
    public static void MapTransportScenariosApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/transport-footprint/scenarios").RequireAuthorization(Policies.Api, Policies.BuyerReader).WithTags("Transport footprint");
        group.MapGet("/", List).WithSummary("The organisation's saved transport scenarios, newest first, each with its before and after");
        group.MapPost("/", Save).Idempotent()
            .WithSummary("Run a scenario on a contract or a contract category (levers as fractions: electric, hydrogen, biogas, cargo bike, consolidation, frequency) and save it by name");
        group.MapPost("/preview", Preview).WithSummary("Run a scenario without saving it: before and after side by side");
        group.MapGet("/{scenarioId:guid}", Get).WithSummary("One saved scenario: baseline, levers, before and after");
        group.MapGet("/{scenarioId:guid}/strategy", PreviewStrategy).WithSummary("The requirements from the catalogue that would deliver the scenario");
        group.MapPost("/{scenarioId:guid}/strategy", ApplyStrategy).RequireAuthorization(Policies.ContractEditor)
            .WithSummary("Add the scenario's requirements to a contract of the organisation ({ \"contractId\" }) or to a new contract created from it ({ \"newContract\" })");
    }

    private static async Task<Results<Ok<IReadOnlyList<ScenarioSummary>>, ProblemHttpResult>> List(AppServices services, IStringLocalizer localizer, CancellationToken ct) =>
        (await Scenarios.List(services, ct)).Answer(localizer);

    private static async Task<Results<Created<ScenarioView>, ProblemHttpResult>> Save(ScenarioRequest request, AppServices services, IStringLocalizer localizer,
        CancellationToken ct) =>
        (await Scenarios.Save(request, services, ct)).Answer(v => TypedResults.Created($"/api/v1/transport-footprint/scenarios/{v.Id}", v), localizer);

    private static async Task<Results<Ok<ScenarioView>, ProblemHttpResult>> Preview(ScenarioRequest request, AppServices services, IStringLocalizer localizer,
        CancellationToken ct) =>
        (await Scenarios.Preview(request, services, ct)).Answer(localizer);

    private static async Task<Results<Ok<ScenarioView>, ProblemHttpResult>> Get(Guid scenarioId, AppServices services, IStringLocalizer localizer, CancellationToken ct) =>
        (await Scenarios.Get(scenarioId, services, ct)).Answer(localizer);

    private static async Task<Results<Ok<StrategyPreview>, ProblemHttpResult>> PreviewStrategy(Guid scenarioId, AppServices services, IStringLocalizer localizer,
        CancellationToken ct) =>
        (await ScenarioStrategy.Preview(scenarioId, services, ct)).Answer(localizer);

    private static async Task<Results<Ok<StrategyApplied>, ProblemHttpResult>> ApplyStrategy(Guid scenarioId, StrategyRequest request, AppServices services,
        IStringLocalizer localizer, CancellationToken ct) =>
        (await ScenarioStrategy.Apply(scenarioId, request, services, ct)).Answer(localizer);
}
