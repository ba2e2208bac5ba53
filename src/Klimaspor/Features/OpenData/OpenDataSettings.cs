using System.Net.Mail;
using Klimaspor.Data;
using Klimaspor.Domain.OpenData;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.OpenData;

/// <summary>What an organisation publishes as open data, as its administrator sets it.</summary>
/// <param name="Licence">A code of <see cref="OpenDataLicence.All"/>; NLOD 2.0 when none is given.</param>
public sealed record OpenDataSettingsView(string OrganisationName, string OrgNo, bool Published, string Licence, string? Title, string? Description,
    string? ContactEmail, DateTime? ChangedAt);

/// <summary>A change of the open data settings (the whole of them).</summary>
internal sealed record OpenDataSettingsRequest(bool Published, string? Licence, string? Title, string? Description, string? ContactEmail);

/// <summary>
/// An organisation's open data settings (issue 15 item 6): only a buyer administrator of a buyer organisation (not a
/// sub-unit: the organisation publishes for its units) reads and changes them. Publishing needs a contact address,
/// which the catalogue must name (DCAT-AP-NO: a dataset's contact point).
/// </summary>
internal static class OpenDataSettings
{
    public static async Task<Outcome<OpenDataSettingsView>> Get(AppServices services, CancellationToken cancellationToken)
    {
        var organisation = await Publisher(services, cancellationToken);
        return organisation is null ? Outcome<OpenDataSettingsView>.Forbidden : Outcome<OpenDataSettingsView>.Ok(View(organisation));
    }

    public static async Task<Outcome<OpenDataSettingsView>> Save(OpenDataSettingsRequest request, AppServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (db, _, clock) = services;
        var organisation = await Publisher(services, cancellationToken);
        if (organisation is null)
        {
            return Outcome<OpenDataSettingsView>.Forbidden;
        }

        var errors = new List<Problem>();
        if (request.Licence is { Length: > 0 } licence && !OpenDataLicence.IsKnown(licence))
        {
            errors.Add(new Problem("licence", "OpenData.UnknownLicence", licence, licence, string.Join(", ", OpenDataLicence.All.Select(l => l.Code))));
        }

        var title = TextField.Read(request.Title, "title", TextField.LineMaxLength, errors);
        var description = TextField.Read(request.Description, "description", TextField.ParagraphMaxLength, errors, multiline: true);
        var email = TextField.Read(request.ContactEmail, "contactEmail", TextField.LineMaxLength, errors, required: request.Published);
        if (email is not null && !MailAddress.TryCreate(email, out _))
        {
            errors.Add(new Problem("contactEmail", "OpenData.NotAnEmail", email, email));
        }

        if (errors.Count > 0)
        {
            return Outcome<OpenDataSettingsView>.Invalid(errors);
        }

        organisation.OpenDataPublished = request.Published;
        organisation.OpenDataLicence = OpenDataLicence.Of(request.Licence).Code;
        organisation.OpenDataTitle = title;
        organisation.OpenDataDescription = description;
        organisation.OpenDataContactEmail = email;
        organisation.OpenDataChangedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<OpenDataSettingsView>.Ok(View(organisation));
    }

    /// <summary>The caller's organisation when the caller may set what it publishes; null otherwise.</summary>
    private static async Task<Organisation?> Publisher(AppServices services, CancellationToken cancellationToken)
    {
        var (db, tenant, _) = services;
        if (!tenant.IsInRole(Roles.BuyerAdmin))
        {
            return null;
        }

        var scope = await tenant.ScopeAsync(cancellationToken);
        return await db.Organisations.SingleOrDefaultAsync(o => o.Id == scope.OrganisationId && o.Kind == OrganisationKind.Buyer && o.ParentId == null, cancellationToken);
    }

    private static OpenDataSettingsView View(Organisation o) => new(o.Name, o.OrgNo, o.OpenDataPublished, OpenDataLicence.Of(o.OpenDataLicence).Code,
        o.OpenDataTitle, o.OpenDataDescription, o.OpenDataContactEmail, o.OpenDataChangedAt);
}
