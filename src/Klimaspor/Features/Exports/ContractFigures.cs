using Klimaspor.Data;
using Klimaspor.Domain.Emissions;
using Klimaspor.Features.FactorSets;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Exports;

/// <summary>One counted report's frozen figures: the period, who reported, and the totals as submitted.</summary>
internal sealed record CountedReport(string Period, string Reporter, int Version, bool Approved, KeyFigures Totals, FactorSetReference Territorial, FactorSetReference LifeCycle);

/// <summary>A factor set version the figures rest on, with what it says of itself and where its values come from.</summary>
internal sealed record FactorSetSource(FactorSetReference Reference, string Description, IReadOnlyList<string> Sources);

/// <summary>A contract's figures as its reports froze them: one row per counted report, in period order.</summary>
internal sealed record ContractFigureSet(ContractRef Contract, string Buyer, string Supplier, DateOnly StartDate, DateOnly EndDate,
    IReadOnlyList<CountedReport> Reports, IReadOnlyList<FactorSetSource> FactorSets);

/// <summary>
/// The figures of a contract's counted reports (docs/verdicts.md: per reporter and period the latest approved
/// submission, else the latest awaiting review; a returned one never), each as it was frozen at submission, with the
/// factor set versions it was computed with. Rows rather than sums: each report's shares stay its own, and the sums
/// of energy, emissions, avoided emissions, hours and km add up across the rows.
/// </summary>
internal static class ContractFigures
{
    /// <summary>Null when the caller may not see the contract.</summary>
    public static async Task<ContractFigureSet?> Handle(Guid contractId, AppServices services, CancellationToken cancellationToken)
    {
        var (db, tenant, _) = services;
        var scope = await tenant.ScopeAsync(cancellationToken);
        var contract = await db.Contracts.AsNoTracking().VisibleTo(scope).Where(c => c.Id == contractId)
            .Select(c => new { c.Id, c.Reference, c.Title, Buyer = c.BuyerUnit!.Name, Supplier = c.Supplier!.Name, c.StartDate, c.EndDate })
            .SingleOrDefaultAsync(cancellationToken);
        if (contract is null)
        {
            return null;
        }

        var reports = (await CountedReports.Load(db, db.Contracts.Where(c => c.Id == contractId), cancellationToken))
            .Select(r => new CountedReport(r.Period, r.Reporter, r.Version, r.Approved, r.Totals, r.Territorial, r.LifeCycle))
            .ToList();

        return new ContractFigureSet(new ContractRef(contract.Id, contract.Reference, contract.Title), contract.Buyer, contract.Supplier,
            contract.StartDate, contract.EndDate, reports, await Sources(db, reports.SelectMany(r => new[] { r.Territorial, r.LifeCycle }), cancellationToken));
    }

    /// <summary>The factor set versions named, each once, territorial first, with their description and the sources of their values.</summary>
    public static async Task<IReadOnlyList<FactorSetSource>> Sources(AppDbContext db, IEnumerable<FactorSetReference> used, CancellationToken cancellationToken)
    {
        var distinct = used.Distinct().OrderBy(r => r.Boundary).ThenBy(r => r.Key, StringComparer.Ordinal).ThenBy(r => r.Version).ToList();
        var sources = new List<FactorSetSource>();
        foreach (var reference in distinct)
        {
            var set = await FactorSetStore.LoadPublished(db, reference.Key, reference.Version, cancellationToken);
            sources.Add(new FactorSetSource(reference, set?.Description ?? string.Empty,
                set is null ? [] : [.. set.Factors.Select(f => f.Source).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal)]));
        }

        return sources;
    }
}
