using Klimaspor.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.FactorSets;

public static class FactorSetsApi
{
    public sealed record CreateSetRequest(string? Key, string? BasedOn);

    public static void MapFactorSetsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/factor-sets").RequireAuthorization(Policies.Api).WithTags("Factor sets");

        group.MapGet("/", List)
            .WithSummary("The factor sets, with versions, values, baseline assumptions and sources (drafts for administrators only)");

        var admin = group.MapGroup("/").RequireAuthorization(Policies.SystemAdmin);
        admin.MapPost("/", CreateSet).Idempotent().WithSummary("A new set, copied from a published one, as draft version 1");
        admin.MapPost("/{key}/versions", CreateVersion).Idempotent().WithSummary("The next version of a set, copied from its latest, as a draft");
        admin.MapPut("/{key}/versions/{version:int}", UpdateDraft)
            .WithSummary("Edit a draft version; send If-Match with its rowVersion. A published version never changes.");
        admin.MapPost("/{key}/versions/{version:int}/publish", Publish)
            .WithSummary("Publish a draft version; from then on it is used for new calculations and never changes");

        app.MapGet("/api/v1/organisations/me/factor-sets", GetChoice)
            .RequireAuthorization(Policies.Api).WithTags("Factor sets").WithSummary("The caller's organisation's chosen factor sets (null: the reference sets)");
        app.MapPut("/api/v1/organisations/me/factor-sets", Choose)
            .RequireAuthorization(Policies.Api).WithTags("Factor sets").WithSummary("Choose the organisation's factor sets (buyer administrators)");
    }

    private static async Task<Ok<IReadOnlyList<FactorSetView>>> List(AppServices services, CancellationToken ct) =>
        TypedResults.Ok(await ListFactorSets.VisibleTo(services, ct));

    private static async Task<Results<Created<FactorSetVersionView>, ProblemHttpResult>> CreateSet(CreateSetRequest request, HttpResponse response, AppServices services,
        IStringLocalizer localizer, CancellationToken ct) =>
        (await ChangeFactorSets.CreateSet(request.Key, request.BasedOn, services, ct)).Answer(set => Created(set, response), localizer);

    private static async Task<Results<Created<FactorSetVersionView>, ProblemHttpResult>> CreateVersion(string key, HttpResponse response, AppServices services,
        IStringLocalizer localizer, CancellationToken ct) =>
        (await ChangeFactorSets.CreateVersion(key, services, ct)).Answer(set => Created(set, response), localizer);

    private static async Task<Results<Ok<FactorSetVersionView>, ProblemHttpResult>> UpdateDraft(string key, int version, FactorSetDraftInput input, HttpRequest request,
        AppServices services, IStringLocalizer localizer, CancellationToken ct) =>
        (await ChangeFactorSets.UpdateDraft(key, version, input, ApiOutcomes.IfMatch(request), services, ct))
            .Answer(set => Read(set, request.HttpContext.Response), localizer);

    private static async Task<Results<Ok<FactorSetVersionView>, ProblemHttpResult>> Publish(string key, int version, HttpResponse response, AppServices services,
        IStringLocalizer localizer, CancellationToken ct) =>
        (await ChangeFactorSets.Publish(key, version, services, ct)).Answer(set => Read(set, response), localizer);

    private static async Task<Ok<FactorSetChoice>> GetChoice(AppServices services, CancellationToken ct) =>
        TypedResults.Ok(await ChooseFactorSets.Current(await services.Tenant.ScopeAsync(ct), services.Db, ct));

    private static async Task<Results<Ok<FactorSetChoice>, ProblemHttpResult>> Choose(FactorSetChoice choice, AppServices services,
        IStringLocalizer localizer, CancellationToken ct) =>
        (await ChooseFactorSets.Handle(choice, services, ct)).Answer(localizer);

    /// <summary>The new draft version, with its row version as the ETag for the first edit.</summary>
    private static Created<FactorSetVersionView> Created(FactorSetVersionView set, HttpResponse response)
    {
        response.Headers.ETag = ApiOutcomes.ETag(set.RowVersion);
        return TypedResults.Created($"/api/v1/factor-sets/{set.Key}/versions/{set.Version}", set);
    }

    /// <summary>The version as changed, with its new row version as the ETag.</summary>
    private static Ok<FactorSetVersionView> Read(FactorSetVersionView set, HttpResponse response)
    {
        response.Headers.ETag = ApiOutcomes.ETag(set.RowVersion);
        return TypedResults.Ok(set);
    }
}
