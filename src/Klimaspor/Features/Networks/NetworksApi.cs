using Klimaspor.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Networks;

/// <summary>Networks of buyers (issue 15 item 3): the caller's networks, a network's comparison, and managing membership.</summary>
public static class NetworksApi
{
    /// <param name="From">First month, <c>YYYY-MM</c>; the current year when neither is given.</param>
    /// <param name="To">Last month, <c>YYYY-MM</c>, inclusive; at most ten years after <paramref name="From"/>.</param>
    public sealed record ComparisonParameters(string? From, string? To);

    public static void MapNetworksApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/networks").RequireAuthorization(Policies.Api, Policies.BuyerReader).WithTags("Networks");
        group.MapGet("/", List).WithSummary("The networks the caller's organisation (a top-level buyer) is a member of or invited to, with the members (an organisation not yet accepted by its number only)");
        group.MapPost("/", Create).Idempotent().WithSummary("Buyer administrators of a top-level buyer: create a network (name; the factor-set pair it compares under, the reference pair by default; the creator's sharing: aggregates or contracts)");
        group.MapGet("/{networkId}", Get).WithSummary("A network the caller's organisation is a member of or invited to; 404 otherwise");
        group.MapGet("/{networkId}/comparison", Comparison).WithSummary("Members only: each accepted member's figures for a window (from/to as YYYY-MM) recomputed under the network's factor-set pair, contracts of members that share them, and anonymised benchmarks per category (shown from five contracts of three members)");
        group.MapPost("/{networkId}/invitations", Invite).WithSummary("The creating organisation's administrators: invite an organisation by its number; it joins only when its own administrator accepts");
        group.MapPost("/{networkId}/accept", Accept).WithSummary("The invited organisation's administrators: accept, choosing what to share (aggregates or contracts)");
        group.MapPost("/{networkId}/decline", Decline).WithSummary("The invited organisation's administrators: decline the invitation");
        group.MapPost("/{networkId}/leave", Leave).WithSummary("A member's administrators: leave the network; its figures are no longer shown");
    }

    private static async Task<Ok<IReadOnlyList<NetworkSummary>>> List(AppServices services, CancellationToken ct) =>
        TypedResults.Ok((await ManageNetworks.List(services, ct)).Value!);

    private static async Task<Results<Ok<NetworkSummary>, ProblemHttpResult>> Create(CreateNetworkRequest body, AppServices services, IStringLocalizer localizer, CancellationToken ct) =>
        (await ManageNetworks.Create(body, services, ct)).Answer(localizer);

    private static async Task<Results<Ok<NetworkSummary>, ProblemHttpResult>> Get(Guid networkId, AppServices services, IStringLocalizer localizer, CancellationToken ct) =>
        (await ManageNetworks.Get(networkId, services, ct)).Answer(localizer);

    private static async Task<Results<Ok<NetworkComparisonView>, ProblemHttpResult>> Comparison(Guid networkId, [AsParameters] ComparisonParameters p, AppServices services,
        IStringLocalizer localizer, CancellationToken ct) =>
        (await CompareNetwork.Handle(networkId, p.From, p.To, services, localizer, ct)).Answer(localizer);

    private static async Task<Results<Ok<NetworkSummary>, ProblemHttpResult>> Invite(Guid networkId, InviteRequest body, AppServices services, IStringLocalizer localizer, CancellationToken ct) =>
        (await ManageNetworks.Invite(networkId, body, services, ct)).Answer(localizer);

    private static async Task<Results<Ok<NetworkSummary>, ProblemHttpResult>> Accept(Guid networkId, AcceptRequest body, AppServices services, IStringLocalizer localizer, CancellationToken ct) =>
        (await ManageNetworks.Accept(networkId, body, services, ct)).Answer(localizer);

    private static async Task<Results<Ok<NetworkSummary>, ProblemHttpResult>> Decline(Guid networkId, AppServices services, IStringLocalizer localizer, CancellationToken ct) =>
        (await ManageNetworks.Decline(networkId, services, ct)).Answer(localizer);

    private static async Task<Results<Ok<NetworkSummary>, ProblemHttpResult>> Leave(Guid networkId, AppServices services, IStringLocalizer localizer, CancellationToken ct) =>
        (await ManageNetworks.Leave(networkId, services, ct)).Answer(localizer);
}
