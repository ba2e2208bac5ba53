using Klimaspor.Data;
using Klimaspor.Domain.Emissions;
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

    private static async Task<Ok<IReadOnlyList<FactorSetView>>> List(Tenant tenant, AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await ListFactorSets.Handle(db, includeDrafts: tenant.IsInRole(Roles.SystemAdmin), ct));

    private static async Task<Results<Created<FactorSet>, ProblemHttpResult>> CreateSet(CreateSetRequest request, AppDbContext db, TimeProvider clock, Tenant tenant,
        IStringLocalizer localizer, CancellationToken ct) =>
        (await ChangeFactorSets.CreateSet(request.Key, request.BasedOn, db, clock, tenant.ActorName, ct)).Answer(Created, localizer);

    private static async Task<Results<Created<FactorSet>, ProblemHttpResult>> CreateVersion(string key, AppDbContext db, TimeProvider clock, Tenant tenant,
        IStringLocalizer localizer, CancellationToken ct) =>
        (await ChangeFactorSets.CreateVersion(key, db, clock, tenant.ActorName, ct)).Answer(Created, localizer);

    private static async Task<Results<Ok<FactorSet>, ProblemHttpResult>> UpdateDraft(string key, int version, FactorSetDraftInput input, HttpRequest request,
        AppDbContext db, Tenant tenant, IStringLocalizer localizer, CancellationToken ct) =>
        (await ChangeFactorSets.UpdateDraft(key, version, input, ApiOutcomes.IfMatch(request), db, tenant.ActorName, ct)).Answer(localizer);

    private static async Task<Results<Ok<FactorSet>, ProblemHttpResult>> Publish(string key, int version, AppDbContext db, TimeProvider clock, Tenant tenant,
        IStringLocalizer localizer, CancellationToken ct) =>
        (await ChangeFactorSets.Publish(key, version, db, clock, tenant.ActorName, ct)).Answer(localizer);

    private static async Task<Ok<FactorSetChoice>> GetChoice(Tenant tenant, AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await ChooseFactorSets.Current(await tenant.ScopeAsync(ct), db, ct));

    private static async Task<Results<Ok<FactorSetChoice>, ProblemHttpResult>> Choose(FactorSetChoice choice, Tenant tenant, AppDbContext db,
        IStringLocalizer localizer, CancellationToken ct) =>
        (await ChooseFactorSets.Handle(choice, tenant, db, ct)).Answer(localizer);

    private static Created<FactorSet> Created(FactorSet set) => TypedResults.Created($"/api/v1/factor-sets/{set.Key}/versions/{set.Version}", set);
}
