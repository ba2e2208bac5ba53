using Klimaspor.Data;
using Klimaspor.Domain.Networks;
using Klimaspor.Domain.Organisations;
using Klimaspor.Features.FactorSets;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Networks;

/// <summary>
/// Networks of buyers (issue 15 item 3; docs/networks.md). A network belongs to top-level buyer organisations: their
/// people see it (a sub-unit's people do not, since the comparison shows the whole organisation's figures). Only a
/// buyer administrator creates one, invites (of the creating organisation), accepts or declines (of the invited
/// organisation itself) and leaves. A network the caller's organisation is not invited to or a member of is not found.
/// </summary>
internal static class ManageNetworks
{
    /// <summary>The caller's organisation when it is a top-level buyer and the caller one of its buyer people; null otherwise.</summary>
    internal sealed record Caller(Guid OrganisationId, string OrgNo, string Name, bool IsAdmin);

    public static async Task<Caller?> CallerOf(AppServices services, CancellationToken cancellationToken)
    {
        var (db, tenant, _) = services;
        var scope = await tenant.ScopeAsync(cancellationToken);
        if (!scope.IsBuyer)
        {
            return null;
        }

        var org = await db.Organisations.AsNoTracking()
            .Where(o => o.Id == scope.OrganisationId && o.Kind == OrganisationKind.Buyer && o.ParentId == null)
            .Select(o => new { o.Id, o.OrgNo, o.Name })
            .SingleOrDefaultAsync(cancellationToken);
        return org is null ? null : new Caller(org.Id, org.OrgNo, org.Name, tenant.IsInRole(Roles.BuyerAdmin));
    }

    public static async Task<Outcome<IReadOnlyList<NetworkSummary>>> List(AppServices services, CancellationToken cancellationToken)
    {
        var caller = await CallerOf(services, cancellationToken);
        if (caller is null)
        {
            return Outcome<IReadOnlyList<NetworkSummary>>.Ok([]);
        }

        var ids = await services.Db.NetworkMembers.AsNoTracking()
            .Where(m => m.OrgNo == caller.OrgNo && (m.Status == NetworkMemberStatus.Invited || m.Status == NetworkMemberStatus.Accepted))
            .Select(m => m.NetworkId).ToListAsync(cancellationToken);
        var list = new List<NetworkSummary>();
        foreach (var id in ids)
        {
            if (await Summary(id, caller, services.Db, cancellationToken) is { } summary)
            {
                list.Add(summary);
            }
        }

        return Outcome<IReadOnlyList<NetworkSummary>>.Ok([.. list.OrderBy(n => n.Name, StringComparer.CurrentCulture)]);
    }

    public static async Task<Outcome<NetworkSummary>> Get(Guid networkId, AppServices services, CancellationToken cancellationToken)
    {
        var caller = await CallerOf(services, cancellationToken);
        return caller is not null && await Summary(networkId, caller, services.Db, cancellationToken) is { } summary
            ? Outcome<NetworkSummary>.Ok(summary)
            : Outcome<NetworkSummary>.NotFound;
    }

    public static async Task<Outcome<NetworkSummary>> Create(CreateNetworkRequest request, AppServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (db, tenant, clock) = services;
        var caller = await CallerOf(services, cancellationToken);
        if (caller is not { IsAdmin: true })
        {
            return Outcome<NetworkSummary>.Forbidden;
        }

        var errors = new List<Problem>();
        var name = TextField.Read(request.Name, "name", 200, errors, required: true);
        var sharing = NetworkMembership.ReadSharing(request.Sharing);
        errors.AddRange(sharing.Problems);
        var (territorial, lifeCycle, setErrors) = await ResolveFactorSets.Handle(request.TerritorialFactorSet, request.LifeCycleFactorSet, (Guid?)null, db, cancellationToken);
        errors.AddRange(setErrors);
        if (errors.Count > 0 || name is null || territorial is null || lifeCycle is null || !sharing.Succeeded)
        {
            return Outcome<NetworkSummary>.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var network = new Network
        {
            Name = name,
            CreatedById = caller.OrganisationId,
            CreatedAt = now,
            TerritorialFactorSetKey = territorial.Key,
            TerritorialFactorSetVersion = territorial.Version,
            LifeCycleFactorSetKey = lifeCycle.Key,
            LifeCycleFactorSetVersion = lifeCycle.Version,
        };
        network.Members.Add(new NetworkMember
        {
            OrgNo = caller.OrgNo,
            Status = NetworkMemberStatus.Accepted,
            Sharing = sharing.Value,
            InvitedAt = now,
            AnsweredAt = now,
            ChangedBy = tenant.ActorName,
        });
        db.Networks.Add(network);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<NetworkSummary>.Ok((await Summary(network.Id, caller, db, cancellationToken))!);
    }

    public static async Task<Outcome<NetworkSummary>> Invite(Guid networkId, InviteRequest request, AppServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (db, tenant, clock) = services;
        var (caller, network, own) = await Load(networkId, services, cancellationToken);
        if (caller is null || network is null || own is not { Status: NetworkMemberStatus.Accepted })
        {
            return Outcome<NetworkSummary>.NotFound;
        }

        if (!caller.IsAdmin || network.CreatedById != caller.OrganisationId)
        {
            return Outcome<NetworkSummary>.Forbidden;
        }

        if (!OrganisationNumber.TryParse(request.OrgNo, out var orgNo))
        {
            return Outcome<NetworkSummary>.Invalid(new Problem("orgNo", NetworkMessageKeys.OrgNoInvalid, request.OrgNo, request.OrgNo ?? ""));
        }

        var existing = network.Members.SingleOrDefault(m => m.OrgNo == orgNo.Value);
        var step = NetworkMembership.Invite(existing?.Status);
        if (!step.Succeeded)
        {
            return step.Failed<NetworkSummary>();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (existing is null)
        {
            db.NetworkMembers.Add(new NetworkMember { NetworkId = network.Id, OrgNo = orgNo.Value, Status = step.Value, InvitedAt = now, ChangedBy = tenant.ActorName });
        }
        else
        {
            (existing.Status, existing.Sharing, existing.InvitedAt, existing.AnsweredAt, existing.ChangedBy) = (step.Value, NetworkSharing.Aggregates, now, null, tenant.ActorName);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Outcome<NetworkSummary>.Ok((await Summary(network.Id, caller, db, cancellationToken))!);
    }

    public static async Task<Outcome<NetworkSummary>> Accept(Guid networkId, AcceptRequest request, AppServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sharing = NetworkMembership.ReadSharing(request.Sharing);
        return await Answer(networkId, services, NetworkMembership.Accept, sharing, cancellationToken);
    }

    public static Task<Outcome<NetworkSummary>> Decline(Guid networkId, AppServices services, CancellationToken cancellationToken) =>
        Answer(networkId, services, NetworkMembership.Decline, null, cancellationToken);

    public static Task<Outcome<NetworkSummary>> Leave(Guid networkId, AppServices services, CancellationToken cancellationToken) =>
        Answer(networkId, services, NetworkMembership.Leave, null, cancellationToken);

    /// <summary>
    /// The caller's organisation changes its own membership: only its administrator, only in turn. An organisation that
    /// declined or left no longer sees the network, so it is not found. A bad sharing choice is refused after the access
    /// check, so an outsider learns nothing, and before anything changes.
    /// </summary>
    private static async Task<Outcome<NetworkSummary>> Answer(Guid networkId, AppServices services, Func<NetworkMemberStatus, Outcome<NetworkMemberStatus>> decide,
        Outcome<NetworkSharing>? sharing, CancellationToken cancellationToken)
    {
        var (db, tenant, clock) = services;
        var (caller, network, own) = await Load(networkId, services, cancellationToken);
        if (caller is null || network is null || own is not { Status: NetworkMemberStatus.Invited or NetworkMemberStatus.Accepted })
        {
            return Outcome<NetworkSummary>.NotFound;
        }

        if (!caller.IsAdmin)
        {
            return Outcome<NetworkSummary>.Forbidden;
        }

        if (sharing is { Succeeded: false })
        {
            return Outcome<NetworkSummary>.Invalid(sharing.Problems);
        }

        var step = decide(own.Status);
        if (!step.Succeeded)
        {
            return step.Failed<NetworkSummary>();
        }

        own.Status = step.Value;
        own.Sharing = sharing?.Value ?? own.Sharing;
        own.AnsweredAt = clock.GetUtcNow().UtcDateTime;
        own.ChangedBy = tenant.ActorName;
        await db.SaveChangesAsync(cancellationToken);
        var summary = await Summary(network.Id, caller, db, cancellationToken);
        // Having declined or left, the organisation sees the network no more: the answer is its own membership only.
        return Outcome<NetworkSummary>.Ok(summary ?? new NetworkSummary(network.Id, network.Name, "", NetworkMembership.Name(own.Status), null,
            "", "", false, []));
    }

    private static async Task<(Caller? Caller, Network? Network, NetworkMember? Own)> Load(Guid networkId, AppServices services, CancellationToken cancellationToken)
    {
        var caller = await CallerOf(services, cancellationToken);
        if (caller is null)
        {
            return (null, null, null);
        }

        var network = await services.Db.Networks.Include(n => n.Members).SingleOrDefaultAsync(n => n.Id == networkId, cancellationToken);
        return (caller, network, network?.Members.SingleOrDefault(m => m.OrgNo == caller.OrgNo));
    }

    /// <summary>The network as the caller's organisation may see it; null when it is neither invited nor a member.</summary>
    private static async Task<NetworkSummary?> Summary(Guid networkId, Caller caller, AppDbContext db, CancellationToken cancellationToken)
    {
        var network = await db.Networks.AsNoTracking().Include(n => n.Members).SingleOrDefaultAsync(n => n.Id == networkId, cancellationToken);
        var own = network?.Members.SingleOrDefault(m => m.OrgNo == caller.OrgNo);
        if (network is null || own is not { Status: NetworkMemberStatus.Invited or NetworkMemberStatus.Accepted })
        {
            return null;
        }

        var accepted = network.Members.Where(m => m.Status == NetworkMemberStatus.Accepted).Select(m => m.OrgNo).ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => accepted.Contains(o.OrgNo) && o.ParentId == null)
            .ToDictionaryAsync(o => o.OrgNo, o => o.Name, cancellationToken);
        var creator = await db.Organisations.AsNoTracking().Where(o => o.Id == network.CreatedById).Select(o => o.Name).SingleAsync(cancellationToken);
        var isMember = own.Status == NetworkMemberStatus.Accepted;
        // An invited organisation sees who is in it, not whom else the creator asked; nobody sees an organisation's name before it accepts.
        var members = network.Members
            .Where(m => isMember || m.Status == NetworkMemberStatus.Accepted)
            .OrderBy(m => m.Status).ThenBy(m => names.GetValueOrDefault(m.OrgNo) ?? m.OrgNo, StringComparer.CurrentCulture)
            .Select(m => new NetworkMemberView(m.OrgNo, m.Status == NetworkMemberStatus.Accepted ? names.GetValueOrDefault(m.OrgNo) : null,
                NetworkMembership.Name(m.Status), m.Status == NetworkMemberStatus.Accepted ? NetworkMembership.Name(m.Sharing) : null, m.OrgNo == caller.OrgNo))
            .ToList();
        return new NetworkSummary(network.Id, network.Name, creator, NetworkMembership.Name(own.Status), isMember ? NetworkMembership.Name(own.Sharing) : null,
            $"{network.TerritorialFactorSetKey}@{network.TerritorialFactorSetVersion}", $"{network.LifeCycleFactorSetKey}@{network.LifeCycleFactorSetVersion}",
            isMember && caller.IsAdmin && network.CreatedById == caller.OrganisationId, members);
    }
}
