using Klimaspor.Data;
using Klimaspor.Domain.Contracts;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Contracts;

/// <param name="Status">active (default), archived or all.</param>
/// <param name="Sort">reference, title, buyer, supplier, startDate, endDate or valueNok; a leading '-' sorts descending.</param>
internal sealed record ContractQuery(
    string? Search = null,
    string? Category = null,
    Guid? BuyerUnitId = null,
    string? Status = null,
    string? Sort = null,
    int Page = 1,
    int PageSize = ListContracts.DefaultPageSize);

internal static class ListContracts
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 200;
    /// <summary>An export is one file, not pages; this bounds it well above any buyer's contract count.</summary>
    public const int MaxExport = 10_000;
    public static readonly IReadOnlyList<string> SortKeys = ["reference", "title", "buyer", "supplier", "startDate", "endDate", "valueNok"];

    /// <param name="maxPageSize">Pages people and systems ask for are capped at <see cref="MaxPageSize"/>; an export takes more in one go.</param>
    public static async Task<Paged<ContractSummary>> Handle(ContractQuery query, AppServices services, CancellationToken cancellationToken,
        int maxPageSize = MaxPageSize)
    {
        var (db, tenant, _) = services;
        var scope = await tenant.ScopeAsync(cancellationToken);
        var contracts = db.Contracts.AsNoTracking().VisibleTo(scope);

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            // Lower-cased in .NET and stored lower-cased, because SQLite's lower() leaves æ, ø and å alone.
            var term = query.Search.Trim().ToLowerInvariant();
            contracts = contracts.Where(c => c.SearchText.Contains(term));
        }

        if (ContractCodes.TryParseCategory(query.Category, out var category))
        {
            contracts = contracts.Where(c => c.Category == category);
        }

        if (query.BuyerUnitId is { } unit)
        {
            contracts = contracts.Where(c => c.BuyerUnitId == unit);
        }

        contracts = query.Status?.ToLowerInvariant() switch
        {
            "archived" => contracts.Where(c => c.ArchivedAt != null),
            "all" => contracts,
            _ => contracts.Where(c => c.ArchivedAt == null),
        };

        var total = await contracts.CountAsync(cancellationToken);
        var asked = PageRequest.Of(query.Page, query.PageSize, maxPageSize);

        var items = await Sort(contracts, query.Sort)
            .Skip(asked.Skip)
            .Take(asked.Size)
            .Select(c => new
            {
                c.Id,
                c.Reference,
                c.Title,
                Buyer = new OrganisationRef(c.BuyerUnit!.Id, c.BuyerUnit.Name, c.BuyerUnit.OrgNo),
                Supplier = new OrganisationRef(c.Supplier!.Id, c.Supplier.Name, c.Supplier.OrgNo),
                c.Category,
                c.CpvCode,
                c.FootprintCategory,
                c.StartDate,
                c.EndDate,
                c.ValueNok,
                Archived = c.ArchivedAt != null,
            })
            .ToListAsync(cancellationToken);

        // As the latest evaluation left each contract: read from the stored runs, not evaluated per request (ADR 0004).
        var compliance = await Compliance.ComplianceRollups.Latest([.. items.Select(c => c.Id)], db, cancellationToken);

        // The category's code is the API word (drift-og-vedlikehold), not the enum name.
        return new Paged<ContractSummary>([.. items.Select(c => new ContractSummary(c.Id, c.Reference, c.Title, c.Buyer, c.Supplier, c.Category.Code(),
            c.StartDate, c.EndDate, c.ValueNok, c.Archived, compliance[c.Id], c.CpvCode, c.FootprintCategory.Code()))], total, asked.Number, asked.Size);
    }

    private static IQueryable<Contract> Sort(IQueryable<Contract> contracts, string? sort)
    {
        var descending = sort?.StartsWith('-') == true;
        var key = descending ? sort![1..] : sort;
        IOrderedQueryable<Contract> ordered = key switch
        {
            "title" => descending ? contracts.OrderByDescending(c => c.Title) : contracts.OrderBy(c => c.Title),
            "buyer" => descending ? contracts.OrderByDescending(c => c.BuyerUnit!.Name) : contracts.OrderBy(c => c.BuyerUnit!.Name),
            "supplier" => descending ? contracts.OrderByDescending(c => c.Supplier!.Name) : contracts.OrderBy(c => c.Supplier!.Name),
            "startDate" => descending ? contracts.OrderByDescending(c => c.StartDate) : contracts.OrderBy(c => c.StartDate),
            "endDate" => descending ? contracts.OrderByDescending(c => c.EndDate) : contracts.OrderBy(c => c.EndDate),
            "valueNok" => descending ? contracts.OrderByDescending(c => c.ValueNok) : contracts.OrderBy(c => c.ValueNok),
            _ => descending ? contracts.OrderByDescending(c => c.Reference) : contracts.OrderBy(c => c.Reference),
        };
        // A unique tie-breaker keeps paging stable when many rows share a sort value.
        return ordered.ThenBy(c => c.Id);
    }
}
