using Klimaspor.Domain.Requirements;
using Klimaspor.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Waivers;

public static class GridStatementsApi
{
    public sealed record GridDecisionRequest(string? Decision, string? Comment);

    public static void MapGridStatementsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/contracts/{id:guid}/grid-statements").RequireAuthorization(Policies.Api, Policies.ContractReader)
            .WithTags("Grid statements");

        group.MapGet("/", List).WithSummary("The contract's grid capacity statements by site and month: a supplier sees its own");
        group.MapGet("/{statementId:guid}", Get).WithSummary("One grid capacity statement");
        group.MapPost("/", State)
            .Idempotent()
            .WithSummary("State the grid's capacity (the contract's supplier): site (a contract site's name; not needed on a contract with one site), " +
                "periodFrom and periodTo (YYYY-MM), neededKw (for zero-emission operation), availableKw (what the grid owner can deliver, below needed), " +
                "gridOwnerReference (the grid owner's confirmation); one statement per site and month");
        group.MapPost("/{statementId:guid}/decision", Decide)
            .WithSummary("The buyer's decision (buyer administrators): { decision: accepted | rejected, comment (required to reject) }; an accepted " +
                "statement relieves thresholds that allow grid relief, pro rata available ÷ needed");
    }

    private static async Task<Results<Ok<IReadOnlyList<GridStatementView>>, ProblemHttpResult>> List(Guid id, AppServices services, IStringLocalizer localizer,
        CancellationToken ct) =>
        (await GridStatements.List(id, services, ct)).Found().Answer(localizer);

    private static async Task<Results<Ok<GridStatementView>, ProblemHttpResult>> Get(Guid id, Guid statementId, AppServices services, IStringLocalizer localizer,
        CancellationToken ct) =>
        ((await GridStatements.List(id, services, ct)) ?? []).FirstOrDefault(g => g.Id == statementId).Found().Answer(localizer);

    private static async Task<Results<Created<GridStatementView>, ProblemHttpResult>> State(Guid id, GridStatementInput input, AppServices services,
        IStringLocalizer localizer, CancellationToken ct) =>
        (await GridStatements.State(id, input, services, ct)).Answer(Created, localizer);

    private static async Task<Results<Ok<GridStatementView>, ProblemHttpResult>> Decide(Guid id, Guid statementId, GridDecisionRequest request, AppServices services,
        IStringLocalizer localizer, CancellationToken ct) =>
        (await GridStatements.Decide(id, statementId, request.Decision, request.Comment, services, ct)).Answer(localizer);

    private static Created<GridStatementView> Created(GridStatementView statement) =>
        TypedResults.Created($"/api/v1/contracts/{statement.ContractId}/grid-statements/{statement.Id}", statement);
}
