using Klimaspor.Data;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Waivers;

internal static class GetWaivers
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>The contract's waivers the caller may see, newest first; null when the caller may not see the contract.</summary>
    public static async Task<Paged<WaiverSummary>?> List(Guid contractId, int page, int pageSize, AppServices services, CancellationToken cancellationToken)
    {
        var (db, tenant, _) = services;
        if (await ContractAccess.Load(contractId, services, cancellationToken) is null)
        {
            return null;
        }

        var asked = PageRequest.Of(page, pageSize, MaxPageSize);
        var query = db.Waivers.AsNoTracking().VisibleTo(contractId, await tenant.ScopeAsync(cancellationToken));
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(w => w.Year).ThenByDescending(w => w.Number).Skip(asked.Skip).Take(asked.Size)
            .Select(w => new { w.Id, w.Reference, w.MachineId, w.MachineType, w.FromDate, w.ToDate, w.ApprovedFromDate, w.ApprovedToDate, w.Reason, w.Status, w.AppliedAt })
            .ToListAsync(cancellationToken);
        return new Paged<WaiverSummary>([.. rows.Select(w => new WaiverSummary(w.Id, w.Reference, w.MachineId, w.MachineType, w.FromDate, w.ToDate, w.ApprovedFromDate, w.ApprovedToDate,
            Domain.Requirements.WaiverCodes.Code(w.Reason), w.Status.ToString(), w.AppliedAt))], total, asked.Number, asked.Size);
    }

    /// <summary>One waiver with its history, or null when the caller may not see it (or it belongs to another contract).</summary>
    public static async Task<WaiverView?> One(Guid contractId, Guid waiverId, AppServices services, CancellationToken cancellationToken)
    {
        var (db, tenant, _) = services;
        var contract = await ContractAccess.Load(contractId, services, cancellationToken);
        if (contract is null)
        {
            return null;
        }

        var waiver = await db.Waivers.AsNoTracking().Include(w => w.Supplier).VisibleTo(contractId, await tenant.ScopeAsync(cancellationToken))
            .SingleOrDefaultAsync(w => w.Id == waiverId, cancellationToken);
        return waiver is null ? null : await View(waiver, contract.Reference, db, cancellationToken);
    }

    public static async Task<WaiverView> View(Waiver waiver, string contractReference, AppDbContext db, CancellationToken cancellationToken)
    {
        var supplier = waiver.Supplier ?? await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == waiver.SupplierId, cancellationToken);
        var history = await db.WaiverHistory.AsNoTracking().Where(h => h.WaiverId == waiver.Id).OrderBy(h => h.At)
            .Select(h => new CaseHistoryView(h.At, h.Actor, h.Action, h.Detail)).ToListAsync(cancellationToken);
        return WaiverView.From(waiver, contractReference, supplier, history);
    }
}
