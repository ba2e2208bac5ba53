using Klimaspor.Data;
using Klimaspor.Domain.Contracts;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Contracts;

/// <summary>What creating and editing a contract share: the checks that need the database, and copying the fields.</summary>
internal static class ContractWriting
{
    public static async Task<(ValidContract? Contract, Organisation? Supplier, List<Organisation> Subcontractors, List<Problem> Errors)> Check(
        ContractDraft draft, Guid? existingId, AppDbContext db, TenantScope scope, CancellationToken cancellationToken)
    {
        var (valid, domainErrors) = ContractRules.Validate(draft);
        var errors = domainErrors.ToList();

        if (draft.BuyerUnitId is { } unit && unit != Guid.Empty && !scope.BuyerUnitIds.Contains(unit))
        {
            errors.Add(new Problem("buyerUnitId", "Contract.BuyerUnitNotAllowed", unit.ToString()));
        }

        Organisation? supplier = null;
        var subcontractors = new List<Organisation>();
        if (valid is not null)
        {
            var numbers = valid.Subcontractors.Select(n => n.Value).Append(valid.Supplier.Value).ToList();
            var suppliers = await db.Organisations
                .Where(o => o.Kind == OrganisationKind.Supplier && numbers.Contains(o.OrgNo))
                .ToDictionaryAsync(o => o.OrgNo, cancellationToken);

            supplier = suppliers.GetValueOrDefault(valid.Supplier.Value);
            if (supplier is null)
            {
                errors.Add(new Problem("supplierOrgNo", "Contract.UnknownSupplier", valid.Supplier.Formatted));
            }

            for (var i = 0; i < valid.Subcontractors.Count; i++)
            {
                if (suppliers.GetValueOrDefault(valid.Subcontractors[i].Value) is { } sub)
                {
                    subcontractors.Add(sub);
                }
                else
                {
                    errors.Add(new Problem($"subcontractorOrgNos[{i}]", "Contract.UnknownSupplier", valid.Subcontractors[i].Formatted));
                }
            }

            var reference = valid.Reference;
            if (await db.Contracts.AnyAsync(c => c.Reference == reference && c.Id != existingId, cancellationToken))
            {
                errors.Add(new Problem("reference", "Contract.DuplicateReference", reference));
            }
        }

        return (errors.Count == 0 ? valid : null, supplier, subcontractors, errors);
    }

    /// <remarks>New child rows are added through the context: EF takes a child with its key already set, reached through a
    /// tracked navigation, for an existing row and would update instead of insert.</remarks>
    public static void Apply(AppDbContext db, Contract contract, ValidContract valid, Organisation supplier, List<Organisation> subcontractors,
        Organisation buyerUnit, DateTime now)
    {
        contract.Reference = valid.Reference;
        contract.Title = valid.Title;
        contract.BuyerUnitId = valid.BuyerUnitId;
        contract.SupplierId = supplier.Id;
        contract.Category = valid.Category;
        contract.CpvCode = valid.CpvCode;
        contract.FootprintCategory = valid.FootprintCategory;
        contract.StartDate = valid.StartDate;
        contract.EndDate = valid.EndDate;
        contract.ValueNok = valid.ValueNok;
        contract.DoffinId = valid.DoffinId;
        contract.ReportingFrequency = valid.ReportingFrequency;
        contract.ReportDueDay = valid.ReportDueDay;
        contract.SanctionCapNok = valid.SanctionCapNok;
        contract.UpdatedAt = now;
        contract.RowVersion = Guid.NewGuid();

        contract.Subcontractors.RemoveAll(s => subcontractors.All(o => o.Id != s.OrganisationId));
        foreach (var sub in subcontractors.Where(o => contract.Subcontractors.All(s => s.OrganisationId != o.Id)))
        {
            var link = new ContractSubcontractor { ContractId = contract.Id, OrganisationId = sub.Id };
            contract.Subcontractors.Add(link);
            db.Add(link);
        }

        contract.Sites.Clear();
        foreach (var (site, i) in valid.Sites.Select((s, i) => (s, i)))
        {
            var row = new ContractSite { ContractId = contract.Id, Position = i, Name = site.Name, Address = site.Address, Municipality = site.Municipality };
            contract.Sites.Add(row);
            db.Add(row);
        }

        IEnumerable<string?> words =
        [
            valid.Reference, valid.Title, buyerUnit.Name, supplier.Name, supplier.OrgNo, valid.DoffinId,
            .. subcontractors.Select(o => o.Name), .. valid.Sites.SelectMany(s => new[] { s.Name, s.Address, s.Municipality }),
        ];
        contract.SearchText = SearchText(words);
    }

    /// <summary>The words a contract is found by, lower-cased in .NET so that Æ and æ match on every database.</summary>
    public static string SearchText(IEnumerable<string?> words)
    {
        var text = string.Join(' ', words.Where(w => !string.IsNullOrEmpty(w))).ToLowerInvariant();
        return text.Length > 4000 ? text[..4000] : text;
    }
}
