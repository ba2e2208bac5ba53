using Klimaspor.Data;
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Organisations;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Domain.Statistics;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Reports;

/// <summary>
/// Keeps the statistics rows (<see cref="StatisticsRow"/>) current: on every submission, approval and return the rows
/// of that contract and period are rewritten in the same unit of work, from the submissions that count
/// (<see cref="CountedSubmission"/>). The cost is that of one period's reports, whatever the size of the portfolio.
/// </summary>
internal static class ReportAggregates
{
    /// <summary>
    /// The definitions the rows' sums are written with. 1 added mass and waste transport km (issue 15 item 4); raise it
    /// whenever <see cref="KeyFigureSums"/> gains a sum, and <see cref="Backfill"/> rewrites the older rows once.
    /// </summary>
    public const int RowDefinitions = 1;

    /// <summary>A submission the caller's unit of work adds, not saved yet: it is its report's latest version, awaiting review.</summary>
    public sealed record Pending(Guid SubmissionId, Guid ReportId, Guid SupplierId, int Version, ReportLines Lines, IReadOnlyList<CalculatedLine> Calculated);

    /// <summary>A report whose status the caller's unit of work changes, not saved yet.</summary>
    public sealed record Reviewed(Guid ReportId, ReportStatus Status);

    private sealed record Candidate(Guid SubmissionId, Guid ReportId, Guid SupplierId, int Version, ReportStatus Status, int Latest);

    public static async Task Refresh(AppDbContext db, Guid contractId, string period, CancellationToken cancellationToken,
        Pending? submitted = null, Reviewed? reviewed = null)
    {
        var contract = await db.Contracts.AsNoTracking().Where(c => c.Id == contractId)
            .Select(c => new { c.StartDate, c.EndDate, c.ReportingFrequency }).SingleAsync(cancellationToken);
        var reportingPeriod = ReportingSchedule.Find(period, contract.StartDate, contract.EndDate, contract.ReportingFrequency)
            ?? throw new InvalidOperationException($"Period {period} is not one of contract {contractId}'s.");

        // Small rows first: which submission counts is decided on versions and statuses, then only those lines are read.
        var candidates = await (
                from s in db.ReportSubmissions.AsNoTracking()
                join r in db.Reports on s.ReportId equals r.Id
                where r.ContractId == contractId && r.Period == period
                select new Candidate(s.Id, r.Id, r.SupplierId, s.Version, r.Status, r.Version))
            .ToListAsync(cancellationToken);
        if (submitted is not null)
        {
            candidates = [.. candidates.Select(c => c.ReportId == submitted.ReportId ? c with { Status = ReportStatus.Submitted, Latest = submitted.Version } : c),
                new Candidate(submitted.SubmissionId, submitted.ReportId, submitted.SupplierId, submitted.Version, ReportStatus.Submitted, submitted.Version)];
        }

        if (reviewed is not null)
        {
            candidates = [.. candidates.Select(c => c.ReportId == reviewed.ReportId ? c with { Status = reviewed.Status } : c)];
        }

        var counted = candidates.GroupBy(c => c.ReportId)
            .Select(g => CountedSubmission.Pick(g, c => c.Version, c => CountedSubmission.ReviewOf(c.Status, c.Version, c.Latest)))
            .OfType<Candidate>()
            .ToList();

        var storedIds = counted.Where(c => c.SubmissionId != submitted?.SubmissionId).Select(c => c.SubmissionId).ToList();
        var stored = storedIds.Count == 0 ? [] : await db.ReportSubmissions.AsNoTracking().Where(s => storedIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Lines, s.ResultJson, s.CalculatedLines })
            .ToListAsync(cancellationToken);
        var figures = stored.ToDictionary(s => s.Id, s => (Lines: ReportStore.Lines(s.Lines), Calculated: ReportStore.Result(s.ResultJson, s.CalculatedLines).Lines));
        if (submitted is not null)
        {
            figures[submitted.SubmissionId] = (submitted.Lines, submitted.Calculated);
        }

        var supplierIds = counted.Select(c => c.SupplierId).Distinct().ToList();
        var orgNos = await db.Organisations.AsNoTracking().Where(o => supplierIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.OrgNo, cancellationToken);
        // A machine two suppliers report for overlapping days counts as reported, in both; the rows say how many such lines.
        var shared = Plausibility.FindMachinesInSeveralReports(
                [.. counted.Select(c => new SupplierMachines(OrganisationNumber.Parse(orgNos[c.SupplierId]), figures[c.SubmissionId].Lines.Machines))],
                reportingPeriod.FirstDay, reportingPeriod.LastDay)
            .Where(w => w.Warning.Index is not null)
            .ToLookup(w => w.Supplier.Value, w => w.Warning.Index!.Value);

        var old = await db.StatisticsRows.Where(r => r.ContractId == contractId && r.Period == period).ToListAsync(cancellationToken);
        db.StatisticsRows.RemoveRange(old);
        foreach (var submission in counted)
        {
            var (lines, calculated) = figures[submission.SubmissionId];
            var sharedHere = shared[orgNos[submission.SupplierId]].ToHashSet();
            foreach (var row in StatisticsBreakdown.Of(lines, calculated, reportingPeriod, sharedHere))
            {
                db.StatisticsRows.Add(new StatisticsRow
                {
                    ContractId = contractId,
                    ReportId = submission.ReportId,
                    SubmissionId = submission.SubmissionId,
                    Period = period,
                    Month = row.Key.Month,
                    Carrier = row.Key.Carrier,
                    Type = row.Key.Type,
                    SharedMachineLines = row.SharedMachineLines,
                    Sums = row.Sums,
                    Definitions = RowDefinitions,
                });
            }
        }
    }

    /// <summary>
    /// Writes the rows of every period that has submitted reports and no rows yet (those stored before the rows existed,
    /// at the migration that added them, and those seeded), and rewrites the periods whose rows were written with older
    /// definitions (<see cref="RowDefinitions"/>), once: rewritten rows carry the current marker. A period whose reports
    /// count nothing is looked at again at the next start; it has no lines to read.
    /// </summary>
    public static async Task<int> Backfill(AppDbContext db, CancellationToken cancellationToken)
    {
        var missing = await db.Reports.AsNoTracking()
            .Where(r => r.Version > 0 && !db.StatisticsRows.Any(s => s.ReportId == r.Id))
            .Select(r => new { r.ContractId, r.Period })
            .Distinct()
            .ToListAsync(cancellationToken);
        var outdated = await db.StatisticsRows.AsNoTracking()
            .Where(s => s.Definitions < RowDefinitions)
            .Select(s => new { s.ContractId, s.Period })
            .Distinct()
            .ToListAsync(cancellationToken);
        missing = [.. missing.Union(outdated)];
        var done = 0;
        foreach (var batch in missing.Chunk(50))
        {
            foreach (var pair in batch)
            {
                await Refresh(db, pair.ContractId, pair.Period, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            done += batch.Length;
        }

        return done;
    }
}
