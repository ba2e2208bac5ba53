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
/// is party to (as main supplier or subcontractor); for a buyer, the main supplier's reports on its units' contracts,
/// which is what is missing.
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
        var visible = db.Contracts.AsNoTracking().VisibleTo(scope);
        if (among is not null)
        {
            visible = visible.Where(c => among.Contains(c.Id));
        }

        var contracts = await visible.Where(c => c.ArchivedAt == null && c.StartDate <= today)
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
        // A supplier owes its own reports; a buyer misses the main supplier's.
        Guid OwedBy(Guid mainSupplier) => scope.IsSupplier ? scope.OrganisationId : mainSupplier;
        var contractIds = contracts.Select(c => c.Id).ToList();
        var supplierIds = contracts.Select(c => OwedBy(c.SupplierId)).Distinct().ToList();
        var suppliers = await db.Organisations.AsNoTracking().Where(o => supplierIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => new { o.OrgNo, o.Name }, cancellationToken);
        var statuses = (await db.Reports.AsNoTracking().Where(r => contractIds.Contains(r.ContractId) && supplierIds.Contains(r.SupplierId))
                .Select(r => new { r.ContractId, r.SupplierId, r.Period, r.Status }).ToListAsync(cancellationToken))
            .ToDictionary(r => (r.ContractId, r.SupplierId, r.Period), r => r.Status);

        var due = new List<DueReport>();
        foreach (var contract in contracts)
        {
            var supplierId = OwedBy(contract.SupplierId);
            var supplier = suppliers[supplierId];
            foreach (var period in ReportingSchedule.Ended(ReportingSchedule.Periods(contract.StartDate, contract.EndDate, contract.ReportingFrequency), today))
            {
                var key = ReportingSchedule.Key(period);
                var status = statuses.GetValueOrDefault((contract.Id, supplierId, key), ReportStatus.NotStarted);
                if (!ReportWorkflow.AwaitsSupplier(status))
                {
                    continue;
                }

                var dueDate = ReportingSchedule.DueDate(period, contract.ReportDueDay);
                due.Add(new DueReport(contract.Id, contract.Reference, contract.Title, contract.Buyer, supplier.OrgNo, supplier.Name, key, dueDate,
                    status.ToString(), ReportWorkflow.IsOverdue(status, dueDate, today)));
            }
        }

        return due;
    }
}
