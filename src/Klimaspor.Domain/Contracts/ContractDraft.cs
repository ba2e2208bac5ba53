using System.Globalization;
using System.Text.RegularExpressions;
using Klimaspor.Domain.Organisations;
using Klimaspor.Domain.Validation;

namespace Klimaspor.Domain.Contracts;

/// <summary>A contract as a person or a system types it, before it is checked: every field is raw input.</summary>
public sealed record ContractDraft
{
    public string? Reference { get; init; }
    public string? Title { get; init; }
    public Guid? BuyerUnitId { get; init; }
    public string? SupplierOrgNo { get; init; }
    public IReadOnlyList<string> SubcontractorOrgNos { get; init; } = [];
    public string? Category { get; init; }
    public IReadOnlyList<SiteDraft> Sites { get; init; } = [];
    public DateOnly? StartDate { get; init; }
    public DateOnly? EndDate { get; init; }
    public decimal? ValueNok { get; init; }
    public string? DoffinId { get; init; }
    public string? ReportingFrequency { get; init; }
    public int? ReportDueDay { get; init; }

    /// <summary>A cap on the contract's sanctions in total, NOK; null for none (issue 14 item 13).</summary>
    public decimal? SanctionCapNok { get; init; }

    /// <summary>The contract's main CPV code (Common Procurement Vocabulary, Regulation (EC) 2195/2002), e.g. 90511000-2.</summary>
    public string? CpvCode { get; init; }

    /// <summary>BuyZET's footprint category as a code or its number; empty means the default for the contract's category.</summary>
    public string? FootprintCategory { get; init; }
}

public sealed record SiteDraft(string? Name, string? Address, string? Municipality);

/// <summary>A contract's fields after checking: codes parsed, organisation numbers normalised, text trimmed.</summary>
public sealed record ValidContract(
    string Reference,
    string Title,
    Guid BuyerUnitId,
    OrganisationNumber Supplier,
    IReadOnlyList<OrganisationNumber> Subcontractors,
    ContractCategory Category,
    IReadOnlyList<ValidSite> Sites,
    DateOnly StartDate,
    DateOnly EndDate,
    decimal ValueNok,
    string? DoffinId,
    ReportingFrequency ReportingFrequency,
    int ReportDueDay,
    decimal? SanctionCapNok = null,
    string? CpvCode = null,
    FootprintCategory FootprintCategory = FootprintCategory.Deliveries);

public sealed record ValidSite(string Name, string? Address, string? Municipality);

public static partial class ContractRules
{
    public const int ReferenceMaxLength = 50;
    public const int TitleMaxLength = 200;
    public const int SiteTextMaxLength = 200;
    public const int MaxSites = 50;
    public const int MaxSubcontractors = 100;
    public const int DefaultReportDueDay = 10;

    /// <summary>A cap above this (NOK) is a typing error: the same bound as a deviation's confirmed amount.</summary>
    public const decimal MaxAmountNok = 100_000_000_000m;

    /// <summary>
    /// Checks every field at once, so that a person sees all mistakes together. Existence of the supplier and the
    /// uniqueness of the reference need the database and are checked by the caller.
    /// </summary>
    public static (ValidContract? Contract, IReadOnlyList<Problem> Errors) Validate(ContractDraft draft)
    {
        var errors = new List<Problem>();

        var reference = RequiredText(draft.Reference, "reference", ReferenceMaxLength, errors);
        var title = RequiredText(draft.Title, "title", TitleMaxLength, errors);

        if (draft.BuyerUnitId is null || draft.BuyerUnitId == Guid.Empty)
        {
            errors.Add(new Problem("buyerUnitId", "Validation.Required"));
        }

        OrganisationNumber supplier = default;
        if (string.IsNullOrWhiteSpace(draft.SupplierOrgNo))
        {
            errors.Add(new Problem("supplierOrgNo", "Validation.Required"));
        }
        else if (!OrganisationNumber.TryParse(draft.SupplierOrgNo, out supplier))
        {
            errors.Add(new Problem("supplierOrgNo", "Validation.OrgNoInvalid", draft.SupplierOrgNo));
        }

        var subcontractors = new List<OrganisationNumber>();
        if (draft.SubcontractorOrgNos.Count > MaxSubcontractors)
        {
            errors.Add(new Problem("subcontractorOrgNos", "Validation.TooMany", null, MaxSubcontractors));
        }

        for (var i = 0; i < draft.SubcontractorOrgNos.Count; i++)
        {
            var raw = draft.SubcontractorOrgNos[i];
            if (!OrganisationNumber.TryParse(raw, out var number))
            {
                errors.Add(new Problem($"subcontractorOrgNos[{i}]", "Validation.OrgNoInvalid", raw));
            }
            else if (number == supplier)
            {
                errors.Add(new Problem($"subcontractorOrgNos[{i}]", "Contract.SubcontractorIsMainSupplier", raw));
            }
            else if (!subcontractors.Contains(number))
            {
                subcontractors.Add(number);
            }
        }

        ContractCategory category = default;
        if (string.IsNullOrWhiteSpace(draft.Category))
        {
            errors.Add(new Problem("category", "Validation.Required"));
        }
        else if (!ContractCodes.TryParseCategory(draft.Category, out category))
        {
            errors.Add(new Problem("category", "Validation.UnknownCode", draft.Category));
        }

        var sites = ValidateSites(draft.Sites, errors);

        if (draft.StartDate is null)
        {
            errors.Add(new Problem("startDate", "Validation.Required"));
        }

        if (draft.EndDate is null)
        {
            errors.Add(new Problem("endDate", "Validation.Required"));
        }
        else if (draft.StartDate is { } start && draft.EndDate < start)
        {
            errors.Add(new Problem("endDate", "Contract.EndBeforeStart", Iso(draft.EndDate.Value), Iso(draft.EndDate.Value), Iso(start)));
        }

        if (draft.ValueNok is null)
        {
            errors.Add(new Problem("valueNok", "Validation.Required"));
        }
        else if (draft.ValueNok < 0)
        {
            errors.Add(new Problem("valueNok", "Validation.NotNegative", draft.ValueNok.Value.ToString(CultureInfo.InvariantCulture)));
        }

        if (draft.SanctionCapNok is { } cap && (cap <= 0 || cap > MaxAmountNok))
        {
            errors.Add(new Problem("sanctionCapNok", "Validation.Range", cap.ToString(CultureInfo.InvariantCulture), 1, MaxAmountNok));
        }

        var cpv = string.IsNullOrWhiteSpace(draft.CpvCode) ? null : draft.CpvCode.Trim();
        if (cpv is not null && !CpvPattern().IsMatch(cpv))
        {
            errors.Add(new Problem("cpvCode", "Contract.CpvInvalid", draft.CpvCode));
        }

        FootprintCategory? footprint = null;
        if (!string.IsNullOrWhiteSpace(draft.FootprintCategory))
        {
            if (FootprintCategories.TryParse(draft.FootprintCategory, out var parsed))
            {
                footprint = parsed;
            }
            else
            {
                errors.Add(new Problem("footprintCategory", "Validation.UnknownCode", draft.FootprintCategory));
            }
        }

        var doffin = string.IsNullOrWhiteSpace(draft.DoffinId) ? null : draft.DoffinId.Trim();
        if (doffin is not null && !DoffinPattern().IsMatch(doffin))
        {
            errors.Add(new Problem("doffinId", "Contract.DoffinInvalid", draft.DoffinId));
        }

        var frequency = Domain.Contracts.ReportingFrequency.Monthly;
        if (!string.IsNullOrWhiteSpace(draft.ReportingFrequency) && !ContractCodes.TryParseFrequency(draft.ReportingFrequency, out frequency))
        {
            errors.Add(new Problem("reportingFrequency", "Validation.UnknownCode", draft.ReportingFrequency));
        }

        // Day 1-28 exists in every month, so a due date never falls outside the month that follows a period.
        var dueDay = draft.ReportDueDay ?? DefaultReportDueDay;
        if (dueDay is < 1 or > 28)
        {
            errors.Add(new Problem("reportDueDay", "Validation.Range", dueDay.ToString(CultureInfo.InvariantCulture), 1, 28));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new ValidContract(reference!, title!, draft.BuyerUnitId!.Value, supplier, subcontractors, category, sites,
            draft.StartDate!.Value, draft.EndDate!.Value, draft.ValueNok!.Value, doffin, frequency, dueDay, draft.SanctionCapNok,
            cpv, footprint ?? FootprintCategories.DefaultFor(category)), errors);
    }

    private static List<ValidSite> ValidateSites(IReadOnlyList<SiteDraft> drafts, List<Problem> errors)
    {
        var sites = new List<ValidSite>();
        if (drafts.Count > MaxSites)
        {
            errors.Add(new Problem("sites", "Validation.TooMany", null, MaxSites));
        }

        for (var i = 0; i < drafts.Count; i++)
        {
            var site = drafts[i];
            var empty = string.IsNullOrWhiteSpace(site.Name) && string.IsNullOrWhiteSpace(site.Address) && string.IsNullOrWhiteSpace(site.Municipality);
            if (empty)
            {
                // Forms offer blank site rows; a row left entirely blank is no site.
                continue;
            }

            var name = RequiredText(site.Name, $"sites[{i}].name", SiteTextMaxLength, errors);
            var address = OptionalText(site.Address, $"sites[{i}].address", SiteTextMaxLength, errors);
            var municipality = OptionalText(site.Municipality, $"sites[{i}].municipality", SiteTextMaxLength, errors);
            if (name is not null)
            {
                sites.Add(new ValidSite(name, address, municipality));
            }
        }

        return sites;
    }

    private static string? RequiredText(string? value, string field, int maxLength, List<Problem> errors) =>
        TextField.Read(value, field, maxLength, errors, required: true);

    private static string? OptionalText(string? value, string field, int maxLength, List<Problem> errors) =>
        TextField.Read(value, field, maxLength, errors);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Doffin notice ids look like 2024-105623: year, dash, six digits.</summary>
    [GeneratedRegex(@"^\d{4}-\d{6}$")]
    private static partial Regex DoffinPattern();

    /// <summary>
    /// CPV codes are eight digits and a check digit after a dash (Regulation (EC) 2195/2002, as amended by 213/2008:
    /// "03000000-1"); the check digit is optional here, as buyers often copy the eight digits alone.
    /// </summary>
    [GeneratedRegex(@"^\d{8}(-\d)?$")]
    private static partial Regex CpvPattern();
}
