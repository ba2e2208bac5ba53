using Klimaspor.Domain.Networks;

namespace Klimaspor.Features.Networks;

/// <summary>A member as the network shows it: an organisation that has not accepted is shown by the number it was invited by only.</summary>
/// <param name="Name">Null until the organisation accepts.</param>
public sealed record NetworkMemberView(string OrgNo, string? Name, string Status, string? Sharing, bool IsCaller);

/// <summary>A network the caller's organisation belongs to or is invited to, with the caller's own standing in it.</summary>
/// <param name="Status">The caller's organisation's status: <c>invited</c> or <c>accepted</c>.</param>
/// <param name="CanManage">The caller may invite (an administrator of the organisation that created it).</param>
public sealed record NetworkSummary(Guid Id, string Name, string CreatedBy, string Status, string? Sharing, string TerritorialFactorSet,
    string LifeCycleFactorSet, bool CanManage, IReadOnlyList<NetworkMemberView> Members);

/// <summary>A contract a member shares, with its figures under the network's pair.</summary>
public sealed record ContractComparison(string Reference, string Title, string Category, ComparedFigures Figures);

/// <summary>One accepted member's figures; its contracts only where it chose to share them (otherwise null).</summary>
public sealed record MemberComparison(string OrgNo, string Name, bool IsCaller, string Sharing, ComparedFigures Figures, IReadOnlyList<ContractComparison>? Contracts);

/// <summary>A benchmark as the answer gives it (<see cref="Benchmark"/>): quartiles null where too few contracts or members stand behind it.</summary>
public sealed record BenchmarkView(string Category, string Measure, int Contracts, int Members, bool Shown, decimal? FirstQuartile, decimal? Median,
    decimal? ThirdQuartile, decimal? Own);

/// <summary>The answer of <c>GET /api/v1/networks/{networkId}/comparison</c>.</summary>
/// <param name="Recomputed">In words: every member's figures are recomputed from the stored energy under the network's pair.</param>
public sealed record NetworkComparisonView(Guid Id, string Name, string From, string To, string TerritorialFactorSet, string LifeCycleFactorSet,
    string Recomputed, int MinContracts, int MinMembers, IReadOnlyList<MemberComparison> Members, IReadOnlyList<BenchmarkView> Benchmarks);

/// <summary>A new network: its name, the pair it compares under (references as <c>key</c> or <c>key@version</c>; the reference pair when none), and the creator's own sharing.</summary>
internal sealed record CreateNetworkRequest(string? Name, string? Sharing = null, string? TerritorialFactorSet = null, string? LifeCycleFactorSet = null);

/// <summary>An invitation, by the invited organisation's number (nine digits).</summary>
internal sealed record InviteRequest(string? OrgNo);

/// <summary>An invitation accepted, with what the organisation shares: <c>aggregates</c> (default) or <c>contracts</c>.</summary>
internal sealed record AcceptRequest(string? Sharing);
