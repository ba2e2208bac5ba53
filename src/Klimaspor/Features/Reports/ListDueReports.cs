using Klimaspor.Domain.Calendar;
using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Reports;

/// <summary>One period a report is owed for: ended, and not yet submitted (or returned and not submitted again).</summary>
public sealed record DueReport(
    Guid ContractId,
    string ContractReference,
    string ContractTitle,
    string BuyerName,
    string SupplierOrgNo,
    string SupplierName,
    string Period,
    DateOnly DueDate,
    string Status,
    bool Overdue);

/// <summary>
/// What is owed across contracts, oldest due date first: for a supplier, its own reports on every active contract it
/// is party to (as main supplier or subcontractor) that nobody has answered for; for a buyer, every reporter its units'
/// contracts name that has not reported — the main supplier, and each subcontractor without a report of its own and
/// not answered for in the main supplier's (issue 14 item 6, read by <see cref="Compliance.ReportingStatus"/>).
/// </summary>
internal static class ListDueReports
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public static async Task<Paged<DueReport>> Handle(int page, int pageSize, AppServices services, CancellationToken cancellationToken)
    {
        var due = await All(services, null, cancellationToken);
        var asked = PageRequest.Of(page, pageSize, MaxPageSize);
        var items = due.OrderBy(d => d.DueDate).ThenBy(d => d.ContractReference, StringComparer.Ordinal)
            .Skip(asked.Skip).Take(asked.Size).ToList();
        return new Paged<DueReport>(items, due.Count, asked.Number, asked.Size);
    }

    /// <summary>Every report owed, unordered.</summary>
    /// <param name="among">Only these of the tenant's contracts (the statistics' scope); null for all.</param>
    public static async Task<List<DueReport>> All(AppServices services, IReadOnlyCollection<Guid>? among, CancellationToken cancellationToken)
    {
        var (db, tenant, clock) = services;
        var scope = await tenant.ScopeAsync(cancellationToken);
        var today = NorwegianTime.Today(clock.GetUtcNow());
        var visible = db.Contracts.AsNoTracking().VisibleTo(scope).Where(c => c.ArchivedAt == null && c.StartDate <= today);
        if (among is not null)
        {
            visible = visible.Where(c => among.Contains(c.Id));
        }

        var contracts = await visible
            .Select(c => new
            {
                c.Id,
                c.Reference,
                c.Title,
                Buyer = c.BuyerUnit!.Name,
                c.StartDate,
                c.EndDate,
                c.ReportingFrequency,
                c.ReportDueDay,
                c.SupplierId,
            })
            .ToListAsync(cancellationToken);
        var reporting = await Compliance.ReportingStatus.Load(db, visible,
            [.. contracts.Select(c => new Compliance.ReportingStatus.ContractSchedule(c.Id, c.StartDate, c.EndDate, c.ReportingFrequency, c.ReportDueDay, c.SupplierId))],
            cancellationToken);
        // A supplier owes its own reports; a buyer misses everyone's.
        var ownOrgNo = scope.IsSupplier
            ? await db.Organisations.AsNoTracking().Where(o => o.Id == scope.OrganisationId).Select(o => o.OrgNo).SingleAsync(cancellationToken)
            : null;
        var contractIds = contracts.Select(c => c.Id).ToList();
        var statuses = (await db.Reports.AsNoTracking().Where(r => contractIds.Contains(r.ContractId))
                .Select(r => new { r.ContractId, OrgNo = r.Supplier!.OrgNo, r.Period, r.Status }).ToListAsync(cancellationToken))
            .ToDictionary(r => (r.ContractId, r.OrgNo, r.Period), r => r.Status);

        var due = new List<DueReport>();
        foreach (var contract in contracts)
        {
            var periods = reporting[contract.Id].ToDictionary(p => p.Key);
            foreach (var period in ReportingSchedule.Ended(ReportingSchedule.Periods(contract.StartDate, contract.EndDate, contract.ReportingFrequency), today))
            {
                var facts = periods[ReportingSchedule.Key(period)];
                foreach (var missing in facts.MissingReporters.Where(r => ownOrgNo is null || r.OrgNo == ownOrgNo))
                {
                    var status = statuses.GetValueOrDefault((contract.Id, missing.OrgNo, facts.Key), ReportStatus.NotStarted);
                    due.Add(new DueReport(contract.Id, contract.Reference, contract.Title, contract.Buyer, missing.OrgNo, missing.Name, facts.Key, facts.DueDate,
                        status.ToString(), ReportWorkflow.IsOverdue(status, facts.DueDate, today)));
                }
            }
        }

        return due;
    }
}
