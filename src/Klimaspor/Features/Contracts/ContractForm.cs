using System.Globalization;
using Klimaspor.Domain.Contracts;
using Klimaspor.Domain.Validation;

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
        ["startDate"] = "Contract.StartDate",
        ["endDate"] = "Contract.EndDate",
        ["valueNok"] = "Contract.ValueNok",
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
    public List<SiteForm> Sites { get; set; } = [];
    public string? StartDate { get; set; }
    public string? EndDate { get; set; }
    public string? ValueNok { get; set; }
    public string? DoffinId { get; set; }
    public string? ReportingFrequency { get; set; } = Domain.Contracts.ReportingFrequency.Monthly.Code();
    public string? ReportDueDay { get; set; } = ContractRules.DefaultReportDueDay.ToString(CultureInfo.InvariantCulture);
    public string? Version { get; set; }

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
        Sites = [.. c.Sites.Select(s => new SiteForm { Name = s.Name, Address = s.Address, Municipality = s.Municipality })],
        StartDate = c.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        EndDate = c.EndDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ValueNok = c.ValueNok.ToString("0.##", CultureInfo.CurrentCulture),
        DoffinId = c.DoffinId,
        ReportingFrequency = c.ReportingFrequency,
        ReportDueDay = c.ReportDueDay.ToString(CultureInfo.InvariantCulture),
        Version = c.Version,
    };

    /// <summary>Parses the typed values; what cannot be read becomes a located error rather than a guess.</summary>
    public (ContractDraft Draft, List<FieldError> Errors) ToDraft()
    {
        var errors = new List<FieldError>();
        var draft = new ContractDraft
        {
            Reference = Reference,
            Title = Title,
            BuyerUnitId = Guid.TryParse(BuyerUnitId, out var unit) ? unit : null,
            SupplierOrgNo = SupplierOrgNo,
            SubcontractorOrgNos = (SubcontractorOrgNos ?? string.Empty)
                .Split(['\n', '\r', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Category = Category,
            Sites = [.. Sites.Select(s => new SiteDraft(s.Name, s.Address, s.Municipality))],
            StartDate = Date(StartDate, "startDate", errors),
            EndDate = Date(EndDate, "endDate", errors),
            ValueNok = Number(ValueNok, "valueNok", errors),
            DoffinId = DoffinId,
            ReportingFrequency = ReportingFrequency,
            ReportDueDay = string.IsNullOrWhiteSpace(ReportDueDay) ? null
                : int.TryParse(ReportDueDay, NumberStyles.Integer, CultureInfo.InvariantCulture, out var day) ? day : Invalid<int>(errors, "reportDueDay", ReportDueDay, "Validation.NotAWholeNumber"),
        };
        return (draft, errors);
    }

    private static DateOnly? Date(string? value, string field, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy"];
        return DateOnly.TryParseExact(value.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : Invalid<DateOnly>(errors, field, value, "Validation.NotADate");
    }

    /// <summary>Accepts "412 000 000", "412000000,50" and "412000000.50": spaces of any kind group thousands.</summary>
    private static decimal? Number(string? value, string field, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var cleaned = new string([.. value.Where(c => !char.IsWhiteSpace(c) && c is not '\u00A0' and not '\u2009' and not '\u202F')]).Replace(',', '.');
        return decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : Invalid<decimal>(errors, field, value, "Validation.NotANumber");
    }

    private static T? Invalid<T>(List<FieldError> errors, string field, string value, string key)
        where T : struct
    {
        errors.Add(new FieldError(field, key, value));
        return null;
    }
}
