using Klimaspor.Data;
using Klimaspor.Domain.Organisations;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Admin;

public sealed record OrganisationInput(string? Name, string? OrgNo, string? Kind, Guid? ParentId);

public sealed record OrganisationView(Guid Id, string Name, string OrgNo, string Kind, Guid? ParentId, string? Parent);

/// <summary>The operator's administrators register buyers (with their agencies) and suppliers.</summary>
internal static class ManageOrganisations
{
    public const int NameMaxLength = 200;

    public static async Task<IReadOnlyList<OrganisationView>> List(AppServices services, CancellationToken cancellationToken) =>
        await services.Db.Organisations.AsNoTracking()
            .OrderBy(o => o.Kind).ThenBy(o => o.Parent == null ? o.Name : o.Parent.Name).ThenBy(o => o.ParentId != null).ThenBy(o => o.Name)
            .Select(o => new OrganisationView(o.Id, o.Name, o.OrgNo, o.Kind.ToString(), o.ParentId, o.Parent == null ? null : o.Parent.Name))
            .ToListAsync(cancellationToken);

    public static async Task<Outcome<OrganisationView>> Create(OrganisationInput input, AppServices services, CancellationToken cancellationToken)
    {
        var (db, _, clock) = services;
        var errors = new List<Problem>();
        var name = TextField.Read(input.Name, "name", NameMaxLength, errors, required: true);

        OrganisationNumber orgNo = default;
        if (string.IsNullOrWhiteSpace(input.OrgNo))
        {
            errors.Add(new Problem("orgNo", "Validation.Required"));
        }
        else if (!OrganisationNumber.TryParse(input.OrgNo, out orgNo))
        {
            errors.Add(new Problem("orgNo", "Validation.OrgNoInvalid", input.OrgNo));
        }
        else if (await db.Organisations.AnyAsync(o => o.OrgNo == orgNo.Value, cancellationToken))
        {
            errors.Add(new Problem("orgNo", "Organisations.OrgNoTaken", orgNo.Formatted));
        }

        if (!Enum.TryParse<OrganisationKind>(input.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            errors.Add(new Problem("kind", string.IsNullOrWhiteSpace(input.Kind) ? "Validation.Required" : "Validation.UnknownCode", input.Kind));
        }
        else if (input.ParentId is { } parentId)
        {
            // Sub-units are one level deep and belong to buyers: an agency of a municipality, never of a supplier.
            var parent = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == parentId, cancellationToken);
            if (kind != OrganisationKind.Buyer || parent is null || parent.Kind != OrganisationKind.Buyer || parent.ParentId is not null)
            {
                errors.Add(new Problem("parentId", "Organisations.ParentInvalid", parentId.ToString()));
            }
        }

        if (errors.Count > 0)
        {
            return Outcome<OrganisationView>.Invalid(errors);
        }

        var organisation = new Organisation { Name = name!, OrgNo = orgNo.Value, Kind = kind, ParentId = input.ParentId, CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.Organisations.Add(organisation);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            return Outcome<OrganisationView>.Invalid(new Problem("orgNo", "Organisations.OrgNoTaken", orgNo.Formatted));
        }

        var parentName = input.ParentId is null ? null : await db.Organisations.Where(o => o.Id == input.ParentId).Select(o => o.Name).SingleAsync(cancellationToken);
        return Outcome<OrganisationView>.Ok(new OrganisationView(organisation.Id, organisation.Name, organisation.OrgNo, kind.ToString(), organisation.ParentId, parentName));
    }
}
