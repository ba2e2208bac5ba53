using Klimaspor.Data;
using Klimaspor.Domain.Contracts;
using Klimaspor.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Contracts;

public static class ContractsApi
{
    public static void MapContractsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/contracts")
            .RequireAuthorization(Policies.Api, Policies.ContractReader)
            .WithTags("Contracts");

        group.MapGet("/", List).WithSummary("Contracts the caller may see, with search, filters, sorting and paging");
        group.MapGet("/{id:guid}", Get).WithSummary("One contract, with its sites and requirements; the ETag header is its version");
        group.MapPost("/", Create).Idempotent().RequireAuthorization(Policies.ContractEditor)
            .WithSummary("Register a contract (buyer follow-up officers and administrators)");
        group.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.ContractEditor)
            .WithSummary("Change a contract; send the ETag you read in If-Match");
        group.MapPost("/{id:guid}/archive", Archive).RequireAuthorization(Policies.ContractEditor).WithSummary("Archive a contract");
        group.MapPost("/{id:guid}/restore", Restore).RequireAuthorization(Policies.ContractEditor).WithSummary("Bring an archived contract back");
    }

    private static async Task<Ok<PagedResponse<ContractSummary>>> List([AsParameters] ContractListParameters p, AppServices services, CancellationToken ct)
    {
        var page = await ListContracts.Handle(new ContractQuery(p.Search, p.Category, p.BuyerUnitId, p.Status, p.Sort,
            p.Page ?? 1, p.PageSize ?? ListContracts.DefaultPageSize), services, ct);
        return TypedResults.Ok(PagedResponse.Of(page));
    }

    private static async Task<Results<Ok<ContractDetails>, ProblemHttpResult>> Get(Guid id, HttpResponse response, AppServices services, IStringLocalizer localizer,
        CancellationToken ct) =>
        (await GetContract.Handle(id, services, ct)).Found().Answer(c => Read(c, response), localizer);

    private static async Task<Results<Created<ContractDetails>, ProblemHttpResult>> Create(ContractDraft draft, HttpResponse response, AppServices services,
        IStringLocalizer localizer, CancellationToken ct) =>
        (await CreateContract.Handle(draft, services, ct)).Answer(c => Registered(c, response), localizer);

    private static async Task<Results<Ok<ContractDetails>, ProblemHttpResult>> Update(Guid id, ContractDraft draft, HttpRequest request, AppServices services,
        IStringLocalizer localizer, CancellationToken ct) =>
        (await UpdateContract.Handle(id, draft, ApiOutcomes.IfMatch(request), services, ct)).Answer(c => Read(c, request.HttpContext.Response), localizer);

    private static Task<Results<Ok<ContractDetails>, ProblemHttpResult>> Archive(Guid id, HttpRequest request, AppServices services,
        IStringLocalizer localizer, CancellationToken ct) =>
        ChangeArchived(id, true, request, services, localizer, ct);

    private static Task<Results<Ok<ContractDetails>, ProblemHttpResult>> Restore(Guid id, HttpRequest request, AppServices services,
        IStringLocalizer localizer, CancellationToken ct) =>
        ChangeArchived(id, false, request, services, localizer, ct);

    private static async Task<Results<Ok<ContractDetails>, ProblemHttpResult>> ChangeArchived(Guid id, bool archive, HttpRequest request, AppServices services, IStringLocalizer localizer, CancellationToken ct) =>
        (await ArchiveContract.Handle(id, archive, ApiOutcomes.IfMatch(request), services, ct)).Answer(c => Read(c, request.HttpContext.Response), localizer);

    /// <summary>The contract as changed, with its new version as the ETag.</summary>
    private static Ok<ContractDetails> Read(Contract contract, HttpResponse response) => Read(ContractDetails.From(contract), response);

    /// <summary>The contract with its version as the ETag, for the next If-Match.</summary>
    private static Ok<ContractDetails> Read(ContractDetails contract, HttpResponse response)
    {
        response.Headers.ETag = ApiOutcomes.ETag(contract.RowVersion);
        return TypedResults.Ok(contract);
    }

    private static Created<ContractDetails> Registered(Contract contract, HttpResponse response)
    {
        response.Headers.ETag = ApiOutcomes.ETag(contract.RowVersion);
        var details = ContractDetails.From(contract);
        return TypedResults.Created($"/api/v1/contracts/{details.Id}", details);
    }
}

internal sealed record ContractListParameters(
    string? Search,
    string? Category,
    Guid? BuyerUnitId,
    string? Status,
    string? Sort,
    int? Page,
    int? PageSize);
