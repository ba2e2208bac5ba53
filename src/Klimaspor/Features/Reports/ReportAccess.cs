using Klimaspor.Data;
using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Domain.Reporting.Template;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Reports;

/// <summary>The contract, period and supplier a report request is about, once the caller may see them.</summary>
public sealed record ReportContext(Contract Contract, ReportingPeriod Period, string PeriodKey, Guid SupplierId, TenantScope Scope)
{
    public bool CallerIsSupplier => Scope.IsSupplier;

    public DateOnly DueDate => ReportingSchedule.DueDate(Period, Contract.ReportDueDay);
}

internal static class ReportAccess
{
    /// <summary>
    /// Null when the caller may not see the contract or the period is not one of its periods. A supplier always
    /// means its own report; a buyer names the supplier (by organisation number), by default the main supplier.
    /// </summary>
    public static async Task<ReportContext?> Resolve(Guid contractId, string periodKey, string? supplierOrgNo, AppServices services,
        CancellationToken cancellationToken)
    {
        var (_, tenant, _) = services;
        var contract = await ContractAccess.Load(contractId, services, cancellationToken);
        if (contract is null || ReportingSchedule.Find(periodKey, contract.StartDate, contract.EndDate, contract.ReportingFrequency) is not { } period)
        {
            return null;
        }

        var scope = await tenant.ScopeAsync(cancellationToken);
        Guid supplierId;
        if (scope.IsSupplier)
        {
            supplierId = scope.OrganisationId;
        }
        else if (string.IsNullOrEmpty(supplierOrgNo) || supplierOrgNo == contract.Supplier!.OrgNo)
        {
            supplierId = contract.SupplierId;
        }
        else if (contract.Subcontractors.FirstOrDefault(s => s.Organisation!.OrgNo == supplierOrgNo) is { } sub)
        {
            supplierId = sub.OrganisationId;
        }
        else
        {
            return null;
        }

        return new ReportContext(contract, period, ReportingSchedule.Key(period), supplierId, scope);
    }

    /// <summary>The report with its draft, without its submissions (whose lines are megabytes on a large report).</summary>
    public static Task<SupplierReport?> Find(ReportContext context, AppDbContext db, CancellationToken cancellationToken, bool track = false)
    {
        var query = Of(context, db);
        return (track ? query : query.AsNoTracking()).SingleOrDefaultAsync(cancellationToken);
    }

    public static IQueryable<SupplierReport> Of(ReportContext context, AppDbContext db) =>
        db.Reports.Where(r => r.ContractId == context.Contract.Id && r.SupplierId == context.SupplierId && r.Period == context.PeriodKey);

    // Who may do what with a report, decided here for the pages and the API alike: the reporting supplier's reporters
    // edit and submit; the buyer's follow-up officers and administrators review. The report's status decides when.

    /// <summary>The caller reports for the supplier whose report this is.</summary>
    public static bool IsReporter(ReportContext context, Tenant tenant) => context.CallerIsSupplier && tenant.IsInRole(Roles.SupplierReporter);

    /// <summary>The caller reviews for the buyer whose contract this is.</summary>
    public static bool IsReviewer(ReportContext context, Tenant tenant) => !context.CallerIsSupplier && tenant.CanEditContracts;

    public static bool CanEdit(ReportContext context, Tenant tenant, ReportStatus status) => IsReporter(context, tenant) && ReportWorkflow.SupplierCanEdit(status);

    public static bool CanSubmit(ReportContext context, Tenant tenant, ReportStatus status) => IsReporter(context, tenant) && ReportWorkflow.SupplierCanSubmit(status);

    public static bool CanReview(ReportContext context, Tenant tenant, ReportStatus status) => IsReviewer(context, tenant) && ReportWorkflow.BuyerCanReview(status);
}
