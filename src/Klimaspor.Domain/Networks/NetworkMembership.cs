using Klimaspor.Domain.Validation;

namespace Klimaspor.Domain.Networks;

/// <summary>Where an organisation stands in a network of buyers (issue 15 item 3).</summary>
public enum NetworkMemberStatus
{
    /// <summary>Asked to join; nothing of it is shown to the network until its own administrator accepts.</summary>
    Invited,
    Accepted,
    Declined,
    Left,
}

/// <summary>What an accepted member shares with the other members (issue 15 item 3: "aggregates only, or also contract-level figures").</summary>
public enum NetworkSharing
{
    /// <summary>The organisation's own normalised figures, and its contracts only inside the anonymised benchmarks.</summary>
    Aggregates,

    /// <summary>Also each contract's figures, named.</summary>
    Contracts,
}

/// <summary>Message keys of the networks' refusals; their texts are in texts.json.</summary>
public static class NetworkMessageKeys
{
    public const string SharingUnknown = "Networks.SharingUnknown";
    public const string AlreadyMember = "Networks.AlreadyMember";
    public const string AlreadyInvited = "Networks.AlreadyInvited";
    public const string NotInvited = "Networks.NotInvited";
    public const string NotAMember = "Networks.NotAMember";
    public const string OrgNoInvalid = "Networks.OrgNoInvalid";
}

/// <summary>
/// The steps of a membership, as pure decisions: an organisation is invited (again after it declined or left),
/// accepts or declines an invitation, and leaves once a member. Each returns the new status, or why not.
/// </summary>
public static class NetworkMembership
{
    /// <summary>The sharing choices as written in a request.</summary>
    public static IReadOnlyList<string> SharingNames { get; } = [.. Enum.GetValues<NetworkSharing>().Select(Name)];

    public static string Name(NetworkSharing sharing) => sharing == NetworkSharing.Aggregates ? "aggregates" : "contracts";

    public static string Name(NetworkMemberStatus status) => status switch
    {
        NetworkMemberStatus.Invited => "invited",
        NetworkMemberStatus.Accepted => "accepted",
        NetworkMemberStatus.Declined => "declined",
        _ => "left",
    };

    /// <summary>Reads the sharing choice; none given is aggregates only, the choice that shows least.</summary>
    public static Outcome<NetworkSharing> ReadSharing(string? text, string field = "sharing")
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Outcome<NetworkSharing>.Ok(NetworkSharing.Aggregates);
        }

        foreach (var sharing in Enum.GetValues<NetworkSharing>())
        {
            if (string.Equals(Name(sharing), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return Outcome<NetworkSharing>.Ok(sharing);
            }
        }

        return Outcome<NetworkSharing>.Invalid(new Problem(field, NetworkMessageKeys.SharingUnknown, text, text, string.Join(", ", SharingNames)));
    }

    /// <param name="current">Null: never invited.</param>
    public static Outcome<NetworkMemberStatus> Invite(NetworkMemberStatus? current) => current switch
    {
        NetworkMemberStatus.Accepted => Outcome<NetworkMemberStatus>.Conflict(NetworkMessageKeys.AlreadyMember),
        NetworkMemberStatus.Invited => Outcome<NetworkMemberStatus>.Conflict(NetworkMessageKeys.AlreadyInvited),
        _ => Outcome<NetworkMemberStatus>.Ok(NetworkMemberStatus.Invited),
    };

    public static Outcome<NetworkMemberStatus> Accept(NetworkMemberStatus current) => current == NetworkMemberStatus.Invited
        ? Outcome<NetworkMemberStatus>.Ok(NetworkMemberStatus.Accepted)
        : Outcome<NetworkMemberStatus>.OutOfOrder(NetworkMessageKeys.NotInvited);

    public static Outcome<NetworkMemberStatus> Decline(NetworkMemberStatus current) => current == NetworkMemberStatus.Invited
        ? Outcome<NetworkMemberStatus>.Ok(NetworkMemberStatus.Declined)
        : Outcome<NetworkMemberStatus>.OutOfOrder(NetworkMessageKeys.NotInvited);

    public static Outcome<NetworkMemberStatus> Leave(NetworkMemberStatus current) => current == NetworkMemberStatus.Accepted
        ? Outcome<NetworkMemberStatus>.Ok(NetworkMemberStatus.Left)
        : Outcome<NetworkMemberStatus>.OutOfOrder(NetworkMessageKeys.NotAMember);
}
