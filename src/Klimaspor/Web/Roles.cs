using Klimaspor.Data;

namespace Klimaspor.Web;

/// <summary>The roles of the domain's user table; the codes appear in tokens, so they are stable.</summary>
public static class Roles
{
    public const string BuyerAdmin = "buyer-admin";
    public const string FollowUpOfficer = "follow-up-officer";
    public const string Analyst = "analyst";
    public const string SupplierReporter = "supplier-reporter";
    public const string SystemAdmin = "system-admin";

    public static readonly IReadOnlyList<string> All = [BuyerAdmin, FollowUpOfficer, Analyst, SupplierReporter, SystemAdmin];

    public static readonly IReadOnlyList<string> Buyer = [BuyerAdmin, FollowUpOfficer, Analyst];

    /// <summary>Which kind of organisation a role belongs to; a user's organisation must be of that kind.</summary>
    public static OrganisationKind OrganisationKindOf(string role) => role switch
    {
        BuyerAdmin or FollowUpOfficer or Analyst => OrganisationKind.Buyer,
        SupplierReporter => OrganisationKind.Supplier,
        SystemAdmin => OrganisationKind.Operator,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown role."),
    };
}

public static class Policies
{
    /// <summary>Anyone who belongs to a buyer or a supplier: what they see is narrowed by <see cref="Tenant"/>.</summary>
    public const string ContractReader = "contract-reader";
    /// <summary>Buyer people who register and change contracts.</summary>
    public const string ContractEditor = "contract-editor";
    /// <summary>Buyer people only (administrators, follow-up officers, analysts): what a buyer follows up, never a supplier.</summary>
    public const string BuyerReader = "buyer-reader";
    public const string SystemAdmin = "system-admin";
    /// <summary>API routes: bearer tokens only, so that no cookie can be ridden across sites to call them.</summary>
    public const string Api = "api";
}

public static class KlimasporClaims
{
    public const string Organisation = "org";
    public const string Role = "role";
    public const string Subject = "sub";
    public const string Name = "name";
}

/// <summary>
/// Marks a page or route whose data belongs to the whole installation (factor sets, code lists), not to one
/// organisation: any signed-in person may read it. The tenancy walk checks such routes for leaks, not for 404.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class InstallationWideAttribute : Attribute;
