using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Networks;

namespace Klimaspor.Data;

/// <summary>
/// The demo's network of buyers (issue 15 item 3: "Oslo, Asker and Viken compare today"): created by Oslo kommune, with
/// Asker sharing its contracts' figures too and Viken its aggregates only. Oslo shares aggregates only. It compares
/// under the current reference pair. The demo has fewer contracts per category than a benchmark needs, and the page
/// says so: nothing is added to make one show.
/// </summary>
internal static class DemoNetworks
{
    public const string Name = "Klimanettverk Oslo–Asker–Viken";

    public static void Add(AppDbContext db, IReadOnlyDictionary<string, Guid> organisations, DateTime now)
    {
        var (territorial, lifeCycle) = ReferenceFactorSets.Latest;
        var created = now.AddMonths(-3);
        var network = new Network
        {
            Name = Name,
            CreatedById = organisations[DemoData.OrgNo.Oslo],
            CreatedAt = created,
            TerritorialFactorSetKey = territorial.Key,
            TerritorialFactorSetVersion = territorial.Version,
            LifeCycleFactorSetKey = lifeCycle.Key,
            LifeCycleFactorSetVersion = lifeCycle.Version,
        };
        NetworkMember Member(string orgNo, NetworkSharing sharing, int answeredAfterDays, string by) => new()
        {
            OrgNo = orgNo,
            Status = NetworkMemberStatus.Accepted,
            Sharing = sharing,
            InvitedAt = created,
            AnsweredAt = created.AddDays(answeredAfterDays),
            ChangedBy = by,
        };
        network.Members.Add(Member(DemoData.OrgNo.Oslo, NetworkSharing.Aggregates, 0, "Ola Administrator"));
        network.Members.Add(Member(DemoData.OrgNo.Asker, NetworkSharing.Contracts, 6, "Asker kommune (administrator)"));
        network.Members.Add(Member(DemoData.OrgNo.Viken, NetworkSharing.Aggregates, 11, "Viken fylkeskommune (administrator)"));
        db.Networks.Add(network);
    }
}
