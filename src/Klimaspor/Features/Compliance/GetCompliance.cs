using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Compliance;

/// <summary>A contract's compliance and its history, for everyone who may see the contract.</summary>
internal static class GetCompliance
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static async Task<ContractRef?> Contract(Guid contractId, AppServices services, CancellationToken cancellationToken)
    {
        var (db, tenant, _) = services;
        var scope = await tenant.ScopeAsync(cancellationToken);
        return await db.Contracts.AsNoTracking().VisibleTo(scope).Where(c => c.Id == contractId)
            .Select(c => new ContractRef(c.Id, c.Reference, c.Title)).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The latest run, or a view without requirements when the contract has never been evaluated; null when not visible.</summary>
    public static async Task<ComplianceView?> Latest(Guid contractId, string culture, AppServices services, CancellationToken cancellationToken)
    {
        var (db, _, _) = services;
        if (await Contract(contractId, services, cancellationToken) is not { } contract)
        {
            return null;
        }

        var run = await db.ComplianceRuns.AsNoTracking().Where(r => r.ContractId == contractId).OrderByDescending(r => r.At)
            .FirstOrDefaultAsync(cancellationToken);
        return ComplianceView.From(contract.Id, contract.Reference, run, culture);
    }

    public static async Task<ComplianceView?> Run(Guid contractId, Guid runId, string culture, AppServices services, CancellationToken cancellationToken)
    {
        var (db, _, _) = services;
        if (await Contract(contractId, services, cancellationToken) is not { } contract)
        {
            return null;
        }

        var run = await db.ComplianceRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId && r.ContractId == contractId, cancellationToken);
        return run is null ? null : ComplianceView.From(contract.Id, contract.Reference, run, culture);
    }

    /// <summary>Offenders listed on one page of a verdict's offenders (<see cref="Offenders"/>).</summary>
    public const int OffendersPageSize = ComplianceView.MaxOffendersShown;

    /// <summary>
    /// Every offender of a requirement's verdict in the latest run, a page at a time (the compliance answer lists the
    /// first <see cref="ComplianceView.MaxOffendersShown"/>): the current verdict's, or <paramref name="window"/>'s.
    /// Null when the contract is not visible or has no such requirement or window.
    /// </summary>
    public static async Task<Paged<string>?> Offenders(Guid contractId, string requirementKey, string? window, int page, int pageSize, AppServices services,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (await Contract(contractId, services, cancellationToken) is null)
        {
            return null;
        }

        var run = await services.Db.ComplianceRuns.AsNoTracking().Where(r => r.ContractId == contractId).OrderByDescending(r => r.At).FirstOrDefaultAsync(cancellationToken);
        return run is null ? null : ComplianceView.Offenders(run, requirementKey, window, PageRequest.Of(page, pageSize, 1_000));
    }

    /// <summary>The runs, newest first; only their summaries are read.</summary>
    public static async Task<Paged<ComplianceRunView>?> History(Guid contractId, int page, int pageSize, AppServices services,
        CancellationToken cancellationToken)
    {
        var (db, _, _) = services;
        if (await Contract(contractId, services, cancellationToken) is null)
        {
            return null;
        }

        var asked = PageRequest.Of(page, pageSize, MaxPageSize);
        var runs = db.ComplianceRuns.AsNoTracking().Where(r => r.ContractId == contractId);
        var total = await runs.CountAsync(cancellationToken);
        var items = await runs.OrderByDescending(r => r.At).Skip(asked.Skip).Take(asked.Size)
            .Select(r => new { r.Id, r.At, r.Trigger, r.SummaryJson })
            .ToListAsync(cancellationToken);
        return new Paged<ComplianceRunView>([.. items.Select(r => ComplianceRunView.From(r.Id, r.At, r.Trigger, r.SummaryJson))], total, asked.Number, asked.Size);
    }
}
