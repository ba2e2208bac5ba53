using System.Globalization;
using Klimaspor.Domain.Organisations;
using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Reports;

/// <param name="ContractId">Only this contract's reports.</param>
/// <param name="Supplier">Only this supplier's reports, by organisation number (main supplier or subcontractor).</param>
/// <param name="From">Only periods from this one (<c>YYYY-MM</c>, the period's first month), inclusive.</param>
/// <param name="To">Only periods up to this one (<c>YYYY-MM</c>), inclusive.</param>
internal sealed record AwaitingReviewQuery(
    Guid? ContractId = null,
    string? Supplier = null,
    string? From = null,
    string? To = null,
    int Page = 1,
    int PageSize = ListAwaitingReview.DefaultPageSize);

/// <summary>A submitted report waiting for the buyer's approval or return.</summary>
/// <param name="Version">The version waiting: the latest submission.</param>
/// <param name="SubmittedAt">When that version was submitted (UTC): how long it has waited.</param>
/// <param name="MainSupplier">False for a subcontractor's own report.</param>
public sealed record AwaitingReport(
    Guid ContractId,
    string ContractReference,
    string ContractTitle,
    string BuyerName,
    string SupplierOrgNo,
    string SupplierName,
    bool MainSupplier,
    string Period,
    int Version,
    DateTime SubmittedAt,
    string SubmittedBy);

/// <summary>
/// The reports a buyer has to review: submitted, and neither approved nor returned, across every contract of the
/// buyer's units (archived ones too: a submission waits for a decision whatever happens to the contract), the one
/// that has waited longest first. The list is the buyer's: a supplier gets nothing from it.
/// </summary>
internal static class ListAwaitingReview
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public static async Task<Outcome<Paged<AwaitingReport>>> Handle(AwaitingReviewQuery query, AppServices services, CancellationToken cancellationToken)
    {
        var (db, tenant, _) = services;
        var errors = new List<Problem>();
        var from = PeriodKey(query.From, "from", errors);
        var to = PeriodKey(query.To, "to", errors);
        if (errors.Count > 0)
        {
            return Outcome<Paged<AwaitingReport>>.Invalid(errors);
        }

        var asked = PageRequest.Of(query.Page, query.PageSize, MaxPageSize);
        var scope = await tenant.ScopeAsync(cancellationToken);
        if (!scope.IsBuyer)
        {
            return Outcome<Paged<AwaitingReport>>.Ok(new([], 0, asked.Number, asked.Size));
        }

        var contracts = db.Contracts.AsNoTracking().VisibleTo(scope);
        if (query.ContractId is { } contractId)
        {
            contracts = contracts.Where(c => c.Id == contractId);
        }

        var reports = db.Reports.AsNoTracking().Where(r => r.Status == ReportStatus.Submitted);
        if (!string.IsNullOrWhiteSpace(query.Supplier))
        {
            // Written as people write it (974 760 673); stored as nine digits.
            var orgNo = OrganisationNumber.TryParse(query.Supplier, out var parsed) ? parsed.Value : query.Supplier.Trim();
            reports = reports.Where(r => r.Supplier!.OrgNo == orgNo);
        }

        // Period keys are fixed-width YYYY-MM, so comparing them as text in the database (what EF Core makes of
        // string.Compare; it has no translation for an ordinal overload) orders them as months on both providers.
#pragma warning disable CA1309
        if (from is not null)
        {
            reports = reports.Where(r => string.Compare(r.Period, from) >= 0);
        }

        if (to is not null)
        {
            reports = reports.Where(r => string.Compare(r.Period, to) <= 0);
        }
#pragma warning restore CA1309

        var waiting =
            from r in reports
            join c in contracts on r.ContractId equals c.Id
            join s in db.ReportSubmissions on new { ReportId = r.Id, r.Version } equals new { s.ReportId, s.Version }
            select new { Report = r, Contract = c, s.SubmittedAt, s.SubmittedBy };
        var total = await waiting.CountAsync(cancellationToken);
        var items = await waiting
            .OrderBy(w => w.SubmittedAt).ThenBy(w => w.Contract.Reference).ThenBy(w => w.Report.Period).ThenBy(w => w.Report.Id)
            .Skip(asked.Skip).Take(asked.Size)
            .Select(w => new AwaitingReport(w.Contract.Id, w.Contract.Reference, w.Contract.Title, w.Contract.BuyerUnit!.Name, w.Report.Supplier!.OrgNo,
                w.Report.Supplier.Name, w.Report.SupplierId == w.Contract.SupplierId, w.Report.Period, w.Report.Version, w.SubmittedAt, w.SubmittedBy))
            .ToListAsync(cancellationToken);
        return Outcome<Paged<AwaitingReport>>.Ok(new([.. items.Select(i => i with { SubmittedAt = DateTime.SpecifyKind(i.SubmittedAt, DateTimeKind.Utc) })],
            total, asked.Number, asked.Size));
    }

    /// <summary>The contracts and suppliers that have reports waiting, for the filters' choices.</summary>
    public static async Task<(IReadOnlyList<ContractRef> Contracts, IReadOnlyList<OrganisationRef> Suppliers)> Choices(AppServices services,
        CancellationToken cancellationToken)
    {
        var (db, tenant, _) = services;
        var scope = await tenant.ScopeAsync(cancellationToken);
        if (!scope.IsBuyer)
        {
            return ([], []);
        }

        var waiting = await (
                from r in db.Reports.AsNoTracking()
                join c in db.Contracts.AsNoTracking().VisibleTo(scope) on r.ContractId equals c.Id
                where r.Status == ReportStatus.Submitted
                select new { c.Id, c.Reference, c.Title, SupplierId = r.Supplier!.Id, SupplierName = r.Supplier.Name, r.Supplier.OrgNo })
            .ToListAsync(cancellationToken);
        return (
            [.. waiting.DistinctBy(w => w.Id).OrderBy(w => w.Reference, StringComparer.Ordinal).Select(w => new ContractRef(w.Id, w.Reference, w.Title))],
            [.. waiting.DistinctBy(w => w.SupplierId).OrderBy(w => w.SupplierName, StringComparer.CurrentCulture).Select(w => new OrganisationRef(w.SupplierId, w.SupplierName, w.OrgNo))]);
    }

    /// <summary>A period filter as a key (<c>YYYY-MM</c>), or null when not given; a value that is no month is an error on the field.</summary>
    private static string? PeriodKey(string? value, string field, List<Problem> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            return first.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        }

        errors.Add(new Problem(field, "AwaitingReview.PeriodInvalid", value));
        return null;
    }
}
