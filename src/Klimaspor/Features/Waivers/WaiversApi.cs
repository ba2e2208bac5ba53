using Klimaspor.Domain.Requirements;
using Klimaspor.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Waivers;

public static class WaiversApi
{
    public sealed record AssessmentRequest(string? Assessment, string? Recommendation);

    /// <summary>The buyer's decision; <c>approvedFrom</c> and <c>approvedTo</c> (YYYY-MM-DD) only for <c>partly-approved</c>.</summary>
    public sealed record DecisionRequest(string? Decision, string? Comment, string? ApprovedFrom = null, string? ApprovedTo = null);

    /// <summary>The documentation the buyer asked for, added to the evidence.</summary>
    public sealed record ResubmissionRequest(string? Documentation);

    public static void MapWaiversApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/contracts/{id:guid}/waivers").RequireAuthorization(Policies.Api, Policies.ContractReader).WithTags("Waivers");

        group.MapGet("/", List).WithSummary("The contract's waivers (fravik), newest first: a supplier sees its own applications");
        group.MapGet("/{waiverId:guid}", Get).WithSummary("One waiver with the application, the advisor's assessment, the buyer's decision and the history");
        group.MapPost("/", Apply)
            .Idempotent()
            .WithSummary("Apply for a waiver (the contract's supplier): machineId, machineType, machineDescription, fromDate and toDate (YYYY-MM-DD; " +
                "or periodFrom and periodTo as YYYY-MM, read as their first and last day), reason (technical, market, cost, schedule), justification, " +
                "evidence, companiesAsked, replacementMachine, replacementFuel (energy carrier code), replacementEmissionClass, mitigatingMeasures. " +
                "Grid capacity is a site's statement: see grid-statements");
        group.MapPost("/{waiverId:guid}/assessment", Assess)
            .WithSummary("The advisor's assessment (buyer follow-up officers): { assessment, recommendation: approve | reject }; may be revised until decided");
        group.MapPost("/{waiverId:guid}/decision", Decide)
            .WithSummary("The buyer's decision (buyer administrators), after the assessment: { decision: approved | partly-approved | rejected | " +
                "more-documentation, comment (required but for approved), approvedFrom and approvedTo (YYYY-MM-DD, partly-approved only) }; 409 when out of order");
        group.MapPost("/{waiverId:guid}/resubmission", Resubmit)
            .WithSummary("The supplier sends the waiver again with more documentation, when the buyer asked for it: { documentation }; 409 when not asked");
    }

    private static async Task<Results<Ok<PagedResponse<WaiverSummary>>, ProblemHttpResult>> List(Guid id, int? page, int? pageSize, AppServices services,
        IStringLocalizer localizer, CancellationToken ct) =>
        (await GetWaivers.List(id, page ?? 1, pageSize ?? GetWaivers.DefaultPageSize, services, ct)).Found()
            .Answer(list => TypedResults.Ok(PagedResponse.Of(list)), localizer);

    private static async Task<Results<Ok<WaiverView>, ProblemHttpResult>> Get(Guid id, Guid waiverId, AppServices services, IStringLocalizer localizer,
        CancellationToken ct) =>
        (await GetWaivers.One(id, waiverId, services, ct)).Found().Answer(localizer);

    private static async Task<Results<Created<WaiverView>, ProblemHttpResult>> Apply(Guid id, WaiverApplication application, AppServices services, IStringLocalizer localizer, CancellationToken ct) =>
        (await ApplyForWaiver.Handle(id, application, services, ct)).Answer(Created, localizer);

    private static async Task<Results<Ok<WaiverView>, ProblemHttpResult>> Assess(Guid id, Guid waiverId, AssessmentRequest request, AppServices services, IStringLocalizer localizer, CancellationToken ct) =>
        (await AssessWaiver.Assess(id, waiverId, request.Assessment, request.Recommendation, services, ct)).Answer(localizer);

    private static async Task<Results<Ok<WaiverView>, ProblemHttpResult>> Decide(Guid id, Guid waiverId, DecisionRequest request, AppServices services, IStringLocalizer localizer, CancellationToken ct) =>
        (await AssessWaiver.Decide(id, waiverId, new(request.Decision, request.Comment, request.ApprovedFrom, request.ApprovedTo), services, ct)).Answer(localizer);

    private static async Task<Results<Ok<WaiverView>, ProblemHttpResult>> Resubmit(Guid id, Guid waiverId, ResubmissionRequest request, AppServices services,
        IStringLocalizer localizer, CancellationToken ct) =>
        (await AssessWaiver.Resubmit(id, waiverId, request.Documentation, services, ct)).Answer(localizer);

    private static Created<WaiverView> Created(WaiverView waiver) => TypedResults.Created($"/api/v1/contracts/{waiver.ContractId}/waivers/{waiver.Id}", waiver);
}
