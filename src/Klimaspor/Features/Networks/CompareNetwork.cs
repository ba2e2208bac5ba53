using Klimaspor.Data;
using Klimaspor.Domain.Contracts;
using Klimaspor.Domain.Networks;
using Klimaspor.Domain.Statistics;
using Klimaspor.Features.FactorSets;
using Klimaspor.Features.Statistics;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Networks;

/// <summary>
/// "Where do we stand" (issue 15 item 3): each accepted member's figures side by side for a window, recomputed under the
/// network's factor-set pair from the counted reports' statistics rows, and the anonymised benchmarks per contract
/// category. A member's contracts are named only where it chose to share them; an invited organisation shows nothing.
/// </summary>
internal static class CompareNetwork
{
    public static async Task<Outcome<NetworkComparisonView>> Handle(Guid networkId, string? from, string? to, AppServices services, IStringLocalizer localizer,
        CancellationToken cancellationToken)
    {
        var (db, _, clock) = services;
        var caller = await ManageNetworks.CallerOf(services, cancellationToken);
        var network = caller is null ? null : await db.Networks.AsNoTracking().Include(n => n.Members).SingleOrDefaultAsync(n => n.Id == networkId, cancellationToken);
        if (caller is null || network is null || !network.Members.Any(m => m.OrgNo == caller.OrgNo && m.Status == NetworkMemberStatus.Accepted))
        {
            return Outcome<NetworkComparisonView>.NotFound;
        }

        var window = StatisticsWindow.Read(from, to, null, null, null, Domain.Calendar.NorwegianTime.Today(clock.GetUtcNow()));
        if (!window.Succeeded)
        {
            return Outcome<NetworkComparisonView>.Invalid(window.Problems);
        }

        var w = window.Value;
        var territorial = await FactorSetStore.LoadPublished(db, network.TerritorialFactorSetKey, network.TerritorialFactorSetVersion, cancellationToken)
            ?? throw new InvalidOperationException($"The network's factor set {network.TerritorialFactorSetKey}@{network.TerritorialFactorSetVersion} is not published.");
        var lifeCycle = await FactorSetStore.LoadPublished(db, network.LifeCycleFactorSetKey, network.LifeCycleFactorSetVersion, cancellationToken)
            ?? throw new InvalidOperationException($"The network's factor set {network.LifeCycleFactorSetKey}@{network.LifeCycleFactorSetVersion} is not published.");

        var accepted = network.Members.Where(m => m.Status == NetworkMemberStatus.Accepted).ToDictionary(m => m.OrgNo);
        var orgNos = accepted.Keys.ToList();
        var members = await db.Organisations.AsNoTracking()
            .Where(o => orgNos.Contains(o.OrgNo) && o.Kind == OrganisationKind.Buyer && o.ParentId == null)
            .Select(o => new { o.Id, o.OrgNo, o.Name })
            .ToListAsync(cancellationToken);
        var memberIds = members.Select(m => m.Id).ToList();
        // Every unit of every member: the organisation itself and its sub-units.
        var contracts = db.Contracts.AsNoTracking().Where(c => memberIds.Contains(c.BuyerUnitId) || memberIds.Contains(c.BuyerUnit!.ParentId ?? Guid.Empty));
        var rows = GetStatistics.Rows(db, contracts, w);
        var parts = await GetStatistics.Parts(rows, j => new GetStatistics.PartKey
        {
            SubmissionId = j.Row.SubmissionId,
            ContractId = j.Row.ContractId,
            Month = j.Row.Month,
            Key = j.Row.Carrier + "|" + j.Row.Type,
        }, cancellationToken);
        var sums = GetStatistics.Sum(parts, p => p.Key);
        var withRows = sums.Select(s => s.ContractId).Distinct().ToList();
        var facts = await contracts.Where(c => withRows.Contains(c.Id))
            .Select(c => new { c.Id, c.Reference, c.Title, c.Category, c.ValueNok, c.StartDate, c.EndDate, MemberId = c.BuyerUnit!.ParentId ?? c.BuyerUnitId })
            .ToListAsync(cancellationToken);
        var compared = facts.Select(c => new ComparisonContract(c.Id, c.MemberId, c.Category.Code(), ContractValueShare.InWindow(c.ValueNok, c.StartDate, c.EndDate, w),
            [.. sums.Where(s => s.ContractId == c.Id).Select(s => new ComparisonRow(s.Key[..s.Key.IndexOf('|', StringComparison.Ordinal)], s.Key[(s.Key.IndexOf('|', StringComparison.Ordinal) + 1)..], s.Sums))]))
            .ToList();
        var byId = facts.ToDictionary(f => f.Id);

        var memberViews = members
            .Select(m =>
            {
                var own = compared.Where(c => c.MemberId == m.Id).ToList();
                var sharing = accepted[m.OrgNo].Sharing;
                var shared = sharing == NetworkSharing.Contracts
                    ? own.Select(c => new ContractComparison(byId[c.Id].Reference, byId[c.Id].Title, c.Category, NetworkComparison.Figures([c], territorial, lifeCycle)))
                        .OrderBy(c => c.Reference, StringComparer.Ordinal).ToList()
                    : null;
                return new MemberComparison(m.OrgNo, m.Name, m.OrgNo == caller.OrgNo, NetworkMembership.Name(sharing), NetworkComparison.Figures(own, territorial, lifeCycle), shared);
            })
            .OrderByDescending(m => m.IsCaller).ThenBy(m => m.Name, StringComparer.CurrentCulture)
            .ToList();
        var benchmarks = NetworkComparison.Benchmarks(compared, territorial, lifeCycle, caller.OrganisationId)
            .Select(b => new BenchmarkView(b.Category, Measure(b.Measure), b.Contracts, b.Members, b.Shown, b.Values?.First, b.Values?.Median, b.Values?.Third, b.Own))
            .ToList();
        var (t, l) = ($"{territorial.Key}@{territorial.Version}", $"{lifeCycle.Key}@{lifeCycle.Version}");
        return Outcome<NetworkComparisonView>.Ok(new NetworkComparisonView(network.Id, network.Name, w.From, w.To, t, l,
            localizer["Networks.Recomputed", t, l].Value, NetworkComparison.MinContracts, NetworkComparison.MinMembers, memberViews, benchmarks));
    }

    public static string Measure(BenchmarkMeasure measure) => char.ToLowerInvariant(measure.ToString()[0]) + measure.ToString()[1..];
}

/// <summary>
/// Who shares contract-level figures with the caller: the other top-level buyer organisations in the caller's accepted
/// networks that accepted with <see cref="NetworkSharing.Contracts"/>. For calibration across organisations (the
/// transport footprint, issue 17), which may read those organisations' contract-level figures and nothing more.
/// </summary>
internal static class NetworkPeers
{
    public static async Task<IReadOnlyList<Guid>> SharingContracts(AppServices services, CancellationToken cancellationToken)
    {
        var caller = await ManageNetworks.CallerOf(services, cancellationToken);
        if (caller is null)
        {
            return [];
        }

        var db = services.Db;
        var networks = db.NetworkMembers.Where(m => m.OrgNo == caller.OrgNo && m.Status == NetworkMemberStatus.Accepted).Select(m => m.NetworkId);
        var orgNos = db.NetworkMembers
            .Where(m => networks.Contains(m.NetworkId) && m.Status == NetworkMemberStatus.Accepted && m.Sharing == NetworkSharing.Contracts && m.OrgNo != caller.OrgNo)
            .Select(m => m.OrgNo);
        return await db.Organisations.AsNoTracking()
            .Where(o => orgNos.Contains(o.OrgNo) && o.Kind == OrganisationKind.Buyer && o.ParentId == null)
            .Select(o => o.Id).Distinct().ToListAsync(cancellationToken);
    }
}
