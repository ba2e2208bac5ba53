using Klimaspor.Data;
using Klimaspor.Domain.Contracts;
using Klimaspor.Domain.Requirements;

namespace Klimaspor.Features.Contracts;

public sealed record SiteView(string Name, string? Address, string? Municipality);

public sealed record ContractSummary(
    Guid Id,
    string Reference,
    string Title,
    OrganisationRef Buyer,
    OrganisationRef Supplier,
    string Category,
    DateOnly StartDate,
    DateOnly EndDate,
    decimal ValueNok,
    bool Archived,
    ComplianceRollup? Compliance = null,
    string? CpvCode = null,
    string? FootprintCategory = null);

public sealed record ContractDetails(
    Guid Id,
    string Reference,
    string Title,
    OrganisationRef Buyer,
    OrganisationRef Supplier,
    IReadOnlyList<OrganisationRef> Subcontractors,
    string Category,
    string? CpvCode,
    string FootprintCategory,
    IReadOnlyList<SiteView> Sites,
    DateOnly StartDate,
    DateOnly EndDate,
    decimal ValueNok,
    decimal? SanctionCapNok,
    string? DoffinId,
    string ReportingFrequency,
    int ReportDueDay,
    bool Archived,
    DateTime? ArchivedAt,
    IReadOnlyList<Features.Requirements.RequirementView> Requirements,
    string RowVersion)
{
    public static ContractDetails From(Contract c) => new(
        c.Id,
        c.Reference,
        c.Title,
        OrganisationRef.Of(c.BuyerUnit!),
        OrganisationRef.Of(c.Supplier!),
        [.. c.Subcontractors.Select(s => OrganisationRef.Of(s.Organisation!)).OrderBy(o => o.Name, StringComparer.CurrentCulture)],
        c.Category.Code(),
        c.CpvCode,
        c.FootprintCategory.Code(),
        [.. c.Sites.OrderBy(s => s.Position).Select(s => new SiteView(s.Name, s.Address, s.Municipality))],
        c.StartDate,
        c.EndDate,
        c.ValueNok,
        c.SanctionCapNok,
        c.DoffinId,
        c.ReportingFrequency.Code(),
        c.ReportDueDay,
        c.ArchivedAt is not null,
        c.ArchivedAt,
        [.. c.Requirements.OrderBy(r => r.Position).Select(Features.Requirements.RequirementView.From)],
        c.RowVersion.ToString("N"));
}
