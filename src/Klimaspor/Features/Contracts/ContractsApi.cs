using Klimaspor.Data;
using Klimaspor.Domain.Contracts;
using Klimaspor.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

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
        group.MapPost("/{id:guid}/archive", (Guid id, HttpRequest request, AppDbContext db, Tenant tenant, TimeProvider clock, IStringLocalizer localizer, CancellationToken ct) =>
                Archive(id, true, request, db, tenant, clock, localizer, ct))
            .RequireAuthorization(Policies.ContractEditor).WithSummary("Archive a contract");
        group.MapPost("/{id:guid}/restore", (Guid id, HttpRequest request, AppDbContext db, Tenant tenant, TimeProvider clock, IStringLocalizer localizer, CancellationToken ct) =>
                Archive(id, false, request, db, tenant, clock, localizer, ct))
            .RequireAuthorization(Policies.ContractEditor).WithSummary("Bring an archived contract back");
    }

    private static async Task<Ok<PagedResponse<ContractSummary>>> List([AsParameters] ContractListParameters p, AppDbContext db, Tenant tenant, CancellationToken ct)
    {
        var page = await ListContracts.Handle(new ContractQuery(p.Search, p.Category, p.BuyerUnitId, p.Status, p.Sort,
            p.Page ?? 1, p.PageSize ?? ListContracts.DefaultPageSize), db, tenant, ct);
        return TypedResults.Ok(new PagedResponse<ContractSummary>(page.Items, page.Total, page.Page, page.PageSize));
    }

    private static async Task<IResult> Get(Guid id, HttpResponse response, AppDbContext db, Tenant tenant, IStringLocalizer localizer, CancellationToken ct)
    {
        var contract = await GetContract.Handle(id, db, tenant, ct);
        if (contract is null)
        {
            return Problems.NotFound(localizer);
        }

        response.Headers.ETag = ETag(contract.Version);
        return TypedResults.Ok(contract);
    }

    private static async Task<IResult> Create(ContractDraft draft, HttpResponse response, AppDbContext db, Tenant tenant, TimeProvider clock,
        IStringLocalizer localizer, CancellationToken ct) =>
        Respond(await CreateContract.Handle(draft, db, tenant, clock, ct), response, localizer, created: true);

    private static async Task<IResult> Update(Guid id, ContractDraft draft, HttpRequest request, AppDbContext db, Tenant tenant, TimeProvider clock,
        IStringLocalizer localizer, CancellationToken ct)
    {
        if (ReadIfMatch(request) is not { } expected)
        {
            // Whether the contract exists is only told to those who may see it.
            return await GetContract.Load(id, db, tenant, ct) is null ? Problems.NotFound(localizer) : Problems.PreconditionRequired(localizer);
        }

        return Respond(await UpdateContract.Handle(id, draft, expected, db, tenant, clock, ct), request.HttpContext.Response, localizer);
    }

    private static async Task<IResult> Archive(Guid id, bool archive, HttpRequest request, AppDbContext db, Tenant tenant, TimeProvider clock,
        IStringLocalizer localizer, CancellationToken ct)
    {
        var outcome = await ArchiveContract.Handle(id, archive, ReadIfMatch(request), db, tenant, clock, ct);
        return Respond(outcome, request.HttpContext.Response, localizer);
    }

    private static IResult Respond(Outcome<Contract> outcome, HttpResponse response, IStringLocalizer localizer, bool created = false)
    {
        switch (outcome.Kind)
        {
            case OutcomeKind.Ok:
                var details = ContractDetails.From(outcome.Value!);
                response.Headers.ETag = ETag(details.Version);
                return created ? TypedResults.Created($"/api/v1/contracts/{details.Id}", details) : TypedResults.Ok(details);
            case OutcomeKind.Invalid:
                return Problems.Validation(outcome.Errors, localizer);
            case OutcomeKind.Conflict:
                return Problems.Conflict(localizer);
            case OutcomeKind.Forbidden:
                return Problems.Forbidden(localizer);
            default:
                return Problems.NotFound(localizer);
        }
    }

    public static string ETag(string version) => $"\"{version}\"";

    public static Guid? ReadIfMatch(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.IfMatch].ToString().Trim();
        if (header.StartsWith("W/", StringComparison.Ordinal))
        {
            header = header[2..];
        }

        return Guid.TryParseExact(header.Trim('"'), "N", out var version) ? version : null;
    }
}

public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

public sealed record ContractListParameters(
    string? Search,
    string? Category,
    Guid? BuyerUnitId,
    string? Status,
    string? Sort,
    int? Page,
    int? PageSize);
