using Klimaspor.Data;
using Klimaspor.Domain.Requirements;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Deviations;

internal static class GetDeviations
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>
    /// The contract's deviations the caller may see: overdue ones first, then open and answered ones by deadline,
    /// then closed ones, newest first. Null when the caller may not see the contract.
    /// </summary>
    public static async Task<Paged<DeviationSummary>?> List(Guid contractId, int page, int pageSize, AppServices services, DateTime now,
        CancellationToken cancellationToken)
    {
        var (db, tenant, _) = services;
        if (await ContractAccess.Load(contractId, services, cancellationToken) is null)
        {
            return null;
        }

        var asked = PageRequest.Of(page, pageSize, MaxPageSize);
        var query = db.Deviations.AsNoTracking().Where(d => d.ContractId == contractId).VisibleTo(db, await tenant.ScopeAsync(cancellationToken));
        var total = await query.CountAsync(cancellationToken);
        var rows = await query
            .OrderBy(d => d.Status == DeviationStatus.Open && d.AnswerDeadline < now ? 0 : d.Status == DeviationStatus.Closed ? 2 : 1)
            .ThenBy(d => d.Status == DeviationStatus.Closed ? null : (DateTime?)d.AnswerDeadline)
            .ThenByDescending(d => d.ClosedAt)
            .Skip(asked.Skip).Take(asked.Size)
            .ToListAsync(cancellationToken);
        return new Paged<DeviationSummary>([.. rows.Select(d => DeviationView.Summary(d, now))], total, asked.Number, asked.Size);
    }

    public static async Task<DeviationView?> One(Guid contractId, Guid deviationId, AppServices services, DateTime now, CancellationToken cancellationToken)
    {
        var (db, tenant, _) = services;
        var scope = await tenant.ScopeAsync(cancellationToken);
        var deviation = await db.Deviations.AsNoTracking().Include(d => d.Contract).VisibleTo(db, scope)
            .SingleOrDefaultAsync(d => d.Id == deviationId && d.ContractId == contractId, cancellationToken);
        return deviation is null ? null : await View(deviation, db, now, cancellationToken);
    }

    public static async Task<DeviationView> View(Deviation deviation, AppDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var reference = deviation.Contract?.Reference
            ?? await db.Contracts.AsNoTracking().Where(c => c.Id == deviation.ContractId).Select(c => c.Reference).SingleAsync(cancellationToken);
        var history = await db.DeviationHistory.AsNoTracking().Where(h => h.DeviationId == deviation.Id).OrderBy(h => h.At)
            .Select(h => new CaseHistoryView(h.At, h.Actor, h.Action, h.Detail)).ToListAsync(cancellationToken);
        return DeviationView.From(deviation, reference, history, now);
    }
}
