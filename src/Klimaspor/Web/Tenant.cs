using System.Security.Claims;
using Klimaspor.Data;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Web;

/// <summary>
/// Who is asking, and which organisations' data they may see. Every query of tenant data starts from here, so
/// tenancy is enforced where data is read and written, not in the pages.
/// </summary>
public sealed class Tenant(ClaimsPrincipal user, AppDbContext db)
{
    private TenantScope? _scope;

    public ClaimsPrincipal User { get; } = user;

    public bool IsInRole(string role) => User.IsInRole(role);

    /// <summary>The acting person's or API client's name, as audit entries and "changed by" record it.</summary>
    public string ActorName => User.FindFirst(KlimasporClaims.Name)?.Value ?? "?";

    public bool CanEditContracts => IsInRole(Roles.BuyerAdmin) || IsInRole(Roles.FollowUpOfficer);

    public async Task<TenantScope> ScopeAsync(CancellationToken cancellationToken = default)
    {
        if (_scope is not null)
        {
            return _scope;
        }

        var orgClaim = User.FindFirstValue(KlimasporClaims.Organisation);
        if (!Guid.TryParse(orgClaim, out var organisationId))
        {
            return _scope = TenantScope.None;
        }

        var organisation = await db.Organisations.AsNoTracking()
            .Where(o => o.Id == organisationId)
            .Select(o => new { o.Id, o.Kind, o.ParentId, o.Name, SubUnits = o.SubUnits.Select(s => s.Id).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        if (organisation is null)
        {
            return _scope = TenantScope.None;
        }

        var isBuyerPerson = Roles.Buyer.Any(User.IsInRole);
        var isSupplierPerson = User.IsInRole(Roles.SupplierReporter);
        _scope = organisation.Kind switch
        {
            // A sub-unit's people see the sub-unit's contracts; people of the organisation itself see all its units'.
            OrganisationKind.Buyer when isBuyerPerson => new TenantScope(organisation.Id, organisation.Name, OrganisationKind.Buyer,
                [organisation.Id, .. organisation.SubUnits]),
            OrganisationKind.Supplier when isSupplierPerson => new TenantScope(organisation.Id, organisation.Name, OrganisationKind.Supplier, []),
            // A role that does not fit its organisation's kind grants nothing.
            _ => TenantScope.None with { OrganisationId = organisation.Id, OrganisationName = organisation.Name },
        };
        return _scope;
    }
}

/// <param name="BuyerUnitIds">For buyer people: the organisation units whose contracts they see and change.</param>
public sealed record TenantScope(Guid OrganisationId, string OrganisationName, OrganisationKind Kind, IReadOnlyList<Guid> BuyerUnitIds)
{
    public static readonly TenantScope None = new(Guid.Empty, string.Empty, OrganisationKind.Operator, []);

    public bool IsBuyer => Kind == OrganisationKind.Buyer && BuyerUnitIds.Count > 0;

    public bool IsSupplier => Kind == OrganisationKind.Supplier;
}
