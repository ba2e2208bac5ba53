using Klimaspor.Data;
using Klimaspor.Domain.Requirements;
using Klimaspor.Features.Contracts;
using Klimaspor.Web;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Waivers;

public static class WaiversApi
{
    public sealed record AssessmentRequest(string? Assessment, string? Recommendation);

    public sealed record DecisionRequest(string? Decision, string? Comment);

    public static void MapWaiversApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/contracts/{id:guid}/waivers").RequireAuthorization(Policies.Api, Policies.ContractReader).WithTags("Waivers");

        group.MapGet("/", async (Guid id, int? page, int? pageSize, AppDbContext db, Tenant tenant, IStringLocalizer localizer, CancellationToken ct) =>
                await GetWaivers.List(id, page ?? 1, pageSize ?? GetWaivers.DefaultPageSize, db, tenant, ct) is { } list
                    ? Results.Ok(new PagedResponse<WaiverSummary>(list.Items, list.Total, list.Page, list.PageSize))
                    : Problems.NotFound(localizer))
            .WithSummary("The contract's waivers (fravik), newest first: a supplier sees its own applications");

        group.MapGet("/{waiverId:guid}", async (Guid id, Guid waiverId, AppDbContext db, Tenant tenant, IStringLocalizer localizer, CancellationToken ct) =>
                await GetWaivers.One(id, waiverId, db, tenant, ct) is { } waiver ? Results.Ok(waiver) : Problems.NotFound(localizer))
            .WithSummary("One waiver with the application, the advisor's assessment, the buyer's decision and the history");

        group.MapPost("/", async (Guid id, WaiverApplication application, AppDbContext db, Tenant tenant, TimeProvider clock, IStringLocalizer localizer,
                CancellationToken ct) => Respond(await ApplyForWaiver.Handle(id, application, db, tenant, clock, ct), localizer, created: true))
            .Idempotent()
            .WithSummary("Apply for a waiver (the contract's supplier): machineId, machineType, machineDescription, periodFrom and periodTo (YYYY-MM), " +
                "reason (technical, market, cost, schedule, grid-capacity), justification, evidence, companiesAsked, replacementMachine, replacementFuel " +
                "(energy carrier code), replacementEmissionClass, mitigatingMeasures; for grid-capacity availableKw, neededKw and gridOwnerStatement");

        group.MapPost("/{waiverId:guid}/assessment", async (Guid id, Guid waiverId, AssessmentRequest request, AppDbContext db, Tenant tenant, TimeProvider clock,
                IStringLocalizer localizer, CancellationToken ct) =>
                Respond(await AssessWaiver.Assess(id, waiverId, request.Assessment, request.Recommendation, db, tenant, clock, ct), localizer))
            .WithSummary("The advisor's assessment (buyer follow-up officers): { assessment, recommendation: approve | reject }; may be revised until decided");

        group.MapPost("/{waiverId:guid}/decision", async (Guid id, Guid waiverId, DecisionRequest request, AppDbContext db, Tenant tenant, TimeProvider clock,
                IStringLocalizer localizer, CancellationToken ct) =>
                Respond(await AssessWaiver.Decide(id, waiverId, request.Decision, request.Comment, db, tenant, clock, ct), localizer))
            .WithSummary("The buyer's decision (buyer administrators), after the assessment: { decision: approved | rejected, comment }; 409 when out of order");
    }

    public static IResult Respond(Outcome<WaiverView> outcome, IStringLocalizer localizer, bool created = false) => outcome.Kind switch
    {
        OutcomeKind.Ok when created => Results.Created($"/api/v1/contracts/{outcome.Value!.ContractId}/waivers/{outcome.Value.Id}", outcome.Value),
        OutcomeKind.Ok => Results.Ok(outcome.Value),
        OutcomeKind.Invalid => Problems.Validation(outcome.Errors, localizer),
        OutcomeKind.Forbidden => Problems.Forbidden(localizer),
        OutcomeKind.Conflict => OutOfOrder(outcome.Errors, localizer),
        _ => Problems.NotFound(localizer),
    };

    /// <summary>409: the step does not fit where the case stands; the title says what is missing or that it is too late.</summary>
    public static IResult OutOfOrder(IReadOnlyList<Domain.Validation.FieldError> errors, IStringLocalizer localizer) =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: errors.Count > 0 ? localizer[errors[0].MessageKey] : localizer["Problem.Conflict"],
            type: "https://klimaspor.no/problems/out-of-order");
}
