using System.Text.Json;
using Klimaspor.Data;
using Klimaspor.Domain.Requirements;
using Klimaspor.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Requirements;

public static class RequirementsApi
{
    public static void MapRequirementsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/requirements/catalogue", GetCatalogue)
            .RequireAuthorization(Policies.Api, Policies.ContractReader)
            .WithMetadata(new InstallationWideAttribute())
            .WithTags("Requirements")
            .WithSummary("The metrics requirements are composed from (names in the caller's language, units), the presets with their parameters, and the code lists a scope is written in");

        var group = app.MapGroup("/api/v1/contracts/{id:guid}/requirements")
            .RequireAuthorization(Policies.Api, Policies.ContractReader)
            .WithTags("Requirements");

        group.MapGet("/", List).WithSummary("The contract's requirements, in order, each with its rule and version");
        group.MapGet("/{requirementKey}", Get).WithSummary("One requirement; the ETag header is its version, for If-Match");
        group.MapPost("/", Add)
            .Accepts<AddRequirementRequest>("application/json")
            .Idempotent()
            .RequireAuthorization(Policies.ContractEditor)
            .WithSummary("Add requirements: { \"preset\": \"…\", \"parameters\": { … } } adds the preset's rules; { \"rule\": { … } } adds one composed rule. 201 with the requirements added; 422 with every error. The contract is evaluated again.");
        group.MapPut("/{requirementKey}", Update)
            .Accepts<RequirementRule>("application/json")
            .RequireAuthorization(Policies.ContractEditor)
            .WithSummary("Replace a requirement's rule (its key may change); send the ETag you read in If-Match. The contract is evaluated again.");
        group.MapDelete("/{requirementKey}", Remove)
            .RequireAuthorization(Policies.ContractEditor)
            .WithSummary("Remove a requirement; send the ETag you read in If-Match. Its past evaluations stay in the history.");
    }

    private static Ok<CatalogueView> GetCatalogue(IStringLocalizer localizer) =>
        TypedResults.Ok(RequirementCatalogue.View(key => localizer[key].Value));

    private static async Task<Results<Ok<List<RequirementView>>, ProblemHttpResult>> List(Guid id, AppServices services, IStringLocalizer localizer,
        CancellationToken ct) =>
        (await GetRequirements.Handle(id, services, ct)).Found().Answer(requirements => TypedResults.Ok(requirements.Select(RequirementView.From).ToList()), localizer);

    private static async Task<Results<Ok<RequirementView>, ProblemHttpResult>> Get(Guid id, string requirementKey, HttpResponse response, AppServices services,
        IStringLocalizer localizer, CancellationToken ct) =>
        (await GetRequirements.One(id, requirementKey, services, ct)).Found().Answer(requirement => Read(requirement, response), localizer);

    private static async Task<Results<Created<List<RequirementView>>, ProblemHttpResult>> Add(Guid id, JsonElement body, AppServices services, IStringLocalizer localizer, CancellationToken ct) =>
        (await AddRequirements.Handle(id, RequirementStore.ReadBody<AddRequirementRequest>(body), services, ct)).Answer(added =>
            TypedResults.Created($"/api/v1/contracts/{id}/requirements/{Uri.EscapeDataString(added[0].Key)}", added.Select(RequirementView.From).ToList()), localizer);

    private static async Task<Results<Ok<RequirementView>, ProblemHttpResult>> Update(Guid id, string requirementKey, JsonElement body, HttpRequest request,
        AppServices services, IStringLocalizer localizer, CancellationToken ct) =>
        (await ChangeRequirement.Update(id, requirementKey, RequirementStore.ReadBody<RequirementRule>(body), ApiOutcomes.IfMatch(request), services, ct))
            .Answer(changed => Read(changed, request.HttpContext.Response), localizer);

    private static async Task<Results<NoContent, ProblemHttpResult>> Remove(Guid id, string requirementKey, HttpRequest request, AppServices services, IStringLocalizer localizer, CancellationToken ct) =>
        (await ChangeRequirement.Remove(id, requirementKey, ApiOutcomes.IfMatch(request), services, ct)).Answer(_ => TypedResults.NoContent(), localizer);

    /// <summary>The requirement with its version as the ETag, for the next If-Match.</summary>
    private static Ok<RequirementView> Read(ContractRequirement requirement, HttpResponse response)
    {
        response.Headers.ETag = ApiOutcomes.ETag(requirement.RowVersion);
        return TypedResults.Ok(RequirementView.From(requirement));
    }
}
