using Klimaspor.Data;

namespace Klimaspor.Features;

/// <summary>An organisation as lists and forms name it.</summary>
public sealed record OrganisationRef(Guid Id, string Name, string OrgNo)
{
    public static OrganisationRef Of(Organisation o) => new(o.Id, o.Name, o.OrgNo);
}
