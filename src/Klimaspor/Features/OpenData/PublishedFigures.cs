using Klimaspor.Data;
using Klimaspor.Domain.OpenData;
using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Features.Exports;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.OpenData;

/// <summary>A publishing organisation as the catalogue names it, with the months its published figures cover.</summary>
internal sealed record Publisher(Guid Id, string Name, string OrgNo, OpenDataLicence Licence, string? Title, string? Description, string? ContactEmail,
    DateTime? ChangedAt, string? FirstMonth, string? LastMonth);

/// <summary>
/// What is published, and only that: the organisations whose administrator chose to publish, and their counted reports
/// summed per unit, category and month (<see cref="OpenDataFigures"/>). An organisation that does not publish is
/// found by nothing here.
/// </summary>
internal static class PublishedFigures
{
    public static async Task<List<Publisher>> Publishers(AppDbContext db, CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => o.OpenDataPublished && o.Kind == OrganisationKind.Buyer && o.ParentId == null)
            .OrderBy(o => o.OrgNo)
            .Select(o => new { o.Id, o.Name, o.OrgNo, o.OpenDataLicence, o.OpenDataTitle, o.OpenDataDescription, o.OpenDataContactEmail, o.OpenDataChangedAt })
            .ToListAsync(cancellationToken);
        var publishers = new List<Publisher>();
        foreach (var o in organisations)
        {
            // The months covered: those of reports that count (submitted or approved), a cheap bound without reading figures.
            var periods = Reports(db, o.Id).Where(r => r.Status == ReportStatus.Submitted || r.Status == ReportStatus.Approved).Select(r => r.Period);
            publishers.Add(new Publisher(o.Id, o.Name, o.OrgNo, OpenDataLicence.Of(o.OpenDataLicence), o.OpenDataTitle, o.OpenDataDescription,
                o.OpenDataContactEmail, o.OpenDataChangedAt, await periods.MinAsync(cancellationToken), await periods.MaxAsync(cancellationToken)));
        }

        return publishers;
    }

    /// <summary>A publisher's figures; null when no organisation of that number publishes.</summary>
    public static async Task<(Publisher Publisher, IReadOnlyList<OpenDataRow> Rows)?> Of(string orgNo, AppDbContext db, CancellationToken cancellationToken)
    {
        var publisher = (await Publishers(db, cancellationToken)).FirstOrDefault(p => p.OrgNo == orgNo);
        if (publisher is null)
        {
            return null;
        }

        var reports = await CountedReports.Load(db, Contracts(db, publisher.Id), cancellationToken);
        return (publisher, OpenDataFigures.Aggregate(reports.Select(r => new OpenDataSource(r.Unit, r.Category.ToString(), r.Period, r.Totals))));
    }

    /// <summary>The contracts of an organisation and its units.</summary>
    private static IQueryable<Contract> Contracts(AppDbContext db, Guid organisationId) =>
        db.Contracts.Where(c => c.BuyerUnitId == organisationId || c.BuyerUnit!.ParentId == organisationId);

    private static IQueryable<SupplierReport> Reports(AppDbContext db, Guid organisationId) =>
        from r in db.Reports
        join c in Contracts(db, organisationId) on r.ContractId equals c.Id
        select r;
}
