using System.Globalization;
using Klimaspor.Domain.Contracts;

namespace Klimaspor.Features.Contracts;

/// <summary>
/// The contract form as typed: every field a string, so that what a person typed is shown back to them
/// unchanged when something is wrong. Converts to the same <see cref="ContractDraft"/> the API takes.
/// </summary>
public sealed class ContractForm
{
    public const int SiteRows = 3;

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        ["reference"] = "Contract.Reference",
        ["title"] = "Contract.Title",
        ["buyerUnitId"] = "Contract.BuyerUnit",
        ["supplierOrgNo"] = "Contract.SupplierOrgNo",
        ["subcontractorOrgNos"] = "Contract.Subcontractors",
        ["category"] = "Contract.Category",
        ["cpvCode"] = "Contract.CpvCode",
        ["footprintCategory"] = "Contract.FootprintCategory",
        ["startDate"] = "Contract.StartDate",
        ["endDate"] = "Contract.EndDate",
        ["valueNok"] = "Contract.ValueNok",
        ["sanctionCapNok"] = "Contract.SanctionCapNok",
        ["doffinId"] = "Contract.DoffinId",
        ["reportingFrequency"] = "Contract.ReportingFrequency",
        ["reportDueDay"] = "Contract.ReportDueDay",
        ["sites.name"] = "Contract.SiteName",
        ["sites.address"] = "Contract.SiteAddress",
        ["sites.municipality"] = "Contract.SiteMunicipality",
    };

    public string? Reference { get; set; }
    public string? Title { get; set; }
    public string? BuyerUnitId { get; set; }
    public string? SupplierOrgNo { get; set; }
    /// <summary>One organisation number per line (commas also separate).</summary>
    public string? SubcontractorOrgNos { get; set; }
    public string? Category { get; set; }
    public string? CpvCode { get; set; }
    public string? FootprintCategory { get; set; }
    public List<SiteForm> Sites { get; set; } = [];
    public string? StartDate { get; set; }
    public string? EndDate { get; set; }
    public string? ValueNok { get; set; }
    public string? SanctionCapNok { get; set; }
    public string? DoffinId { get; set; }
    public string? ReportingFrequency { get; set; } = Domain.Contracts.ReportingFrequency.Monthly.Code();
    public string? ReportDueDay { get; set; } = ContractRules.DefaultReportDueDay.ToString(CultureInfo.InvariantCulture);
    public string? RowVersion { get; set; }

    public sealed class SiteForm
    {
        public string? Name { get; set; }
        public string? Address { get; set; }
        public string? Municipality { get; set; }
    }

    /// <summary>Pads the site rows so a person can add sites without script.</summary>
    public ContractForm WithBlankSites()
    {
        while (Sites.Count < SiteRows || Sites.Count < 1 || !string.IsNullOrWhiteSpace(Sites[^1].Name))
        {
            Sites.Add(new SiteForm());
            if (Sites.Count >= ContractRules.MaxSites)
            {
                break;
            }
        }

        return this;
    }

    public static ContractForm From(ContractDetails c) => new()
    {
        Reference = c.Reference,
        Title = c.Title,
        BuyerUnitId = c.Buyer.Id.ToString(),
        SupplierOrgNo = c.Supplier.OrgNo,
        SubcontractorOrgNos = string.Join('\n', c.Subcontractors.Select(s => s.OrgNo)),
        Category = c.Category,
        CpvCode = c.CpvCode,
        FootprintCategory = c.FootprintCategory,
        Sites = [.. c.Sites.Select(s => new SiteForm { Name = s.Name, Address = s.Address, Municipality = s.Municipality })],
        StartDate = c.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        EndDate = c.EndDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ValueNok = c.ValueNok.ToString("0.##", CultureInfo.CurrentCulture),
        SanctionCapNok = c.SanctionCapNok?.ToString("0.##", CultureInfo.CurrentCulture),
        DoffinId = c.DoffinId,
        ReportingFrequency = c.ReportingFrequency,
        ReportDueDay = c.ReportDueDay.ToString(CultureInfo.InvariantCulture),
        RowVersion = c.RowVersion,
    };

    /// <summary>Parses the typed values; what cannot be read becomes a located error rather than a guess.</summary>
    public (ContractDraft Draft, List<Problem> Errors) ToDraft()
    {
        var errors = new List<Problem>();
        var draft = new ContractDraft
        {
            Reference = Reference,
            Title = Title,
            BuyerUnitId = Guid.TryParse(BuyerUnitId, out var unit) ? unit : null,
            SupplierOrgNo = SupplierOrgNo,
            SubcontractorOrgNos = (SubcontractorOrgNos ?? string.Empty)
                .Split(['\n', '\r', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Category = Category,
            CpvCode = CpvCode,
            FootprintCategory = FootprintCategory,
            Sites = [.. Sites.Select(s => new SiteDraft(s.Name, s.Address, s.Municipality))],
            StartDate = FormValues.Date(StartDate, "startDate", errors),
            EndDate = FormValues.Date(EndDate, "endDate", errors),
            ValueNok = FormValues.Number(ValueNok, "valueNok", errors),
            SanctionCapNok = FormValues.Number(SanctionCapNok, "sanctionCapNok", errors),
            DoffinId = DoffinId,
            ReportingFrequency = ReportingFrequency,
            ReportDueDay = string.IsNullOrWhiteSpace(ReportDueDay) ? null
                : int.TryParse(ReportDueDay, NumberStyles.Integer, CultureInfo.InvariantCulture, out var day) ? day : FormValues.Invalid<int>(errors, "reportDueDay", ReportDueDay, "Validation.NotAWholeNumber"),
        };
        return (draft, errors);
    }
}
