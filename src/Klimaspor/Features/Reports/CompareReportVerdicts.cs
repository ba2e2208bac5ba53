using Klimaspor.Data;
using Klimaspor.Domain.Requirements;
using Klimaspor.Features.Compliance;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Reports;

/// <summary>The contract's verdicts for a report's period with its latest version counted and without it.</summary>
/// <param name="Version">The version under review.</param>
/// <param name="PreviousVersion">The version that counts without it; null when it is the first, so without it the report is as not submitted.</param>
public sealed record ReviewComparison(string Period, int Version, int? PreviousVersion, IReadOnlyList<ComparedVerdict> Requirements);

/// <summary>
/// What approving a report means for the contract's requirements, before the buyer approves it: the evaluation run
/// twice, now, on the facts with the version under review and on the facts as they were before it was submitted (the
/// previous version, or none). Nothing is stored: the stored runs stay the history of what was decided.
/// </summary>
internal static class CompareReportVerdicts
{
    /// <summary>Null for a supplier (the review is the buyer's) and for a report never submitted.</summary>
    public static async Task<ReviewComparison?> Handle(ReportContext context, AppDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var contractId = context.Contract.Id;
        var key = context.PeriodKey;
        var report = await ReportAccess.Of(context, db).AsNoTracking().Select(r => new { r.Id, r.Version }).SingleOrDefaultAsync(cancellationToken);
        if (context.CallerIsSupplier || report is not { Version: > 0 })
        {
            return null;
        }

        var previous = report.Version > 1 ? report.Version - 1 : (int?)null;
        var rules = (await db.Requirements.AsNoTracking().Where(r => r.ContractId == contractId).OrderBy(r => r.Position).Select(r => r.RuleJson)
            .ToListAsync(cancellationToken)).Select(RequirementStore.Read<RequirementRule>).ToList();
        if (rules.Count == 0)
        {
            return new ReviewComparison(key, report.Version, previous, []);
        }

        var with = await EvaluateCompliance.LoadFacts(db, contractId, cancellationToken);

        // The period's lines as the evaluation read them before this version: every other report's latest version,
        // and this report's previous one.
        var before = await (
                from s in db.ReportSubmissions
                join r in db.Reports on s.ReportId equals r.Id
                where r.ContractId == contractId && r.Period == key && (r.Id == report.Id ? s.Version == report.Version - 1 : s.Version == r.Version)
                select new { s.Id, s.Facts })
            .AsNoTracking().ToListAsync(cancellationToken);
        var lines = new List<FactLine>();
        foreach (var s in before)
        {
            lines.AddRange(FactStore.Facts(s.Facts));
        }

        var period = with.Periods.Single(p => p.Key == key);
        // Lateness is the main supplier's first submission: only its own first version takes it away.
        var submittedAt = context.SupplierId == context.Contract.SupplierId && previous is null ? null : period.SubmittedAt;
        var without = VerdictComparison.Without(with, key, lines, submittedAt);
        var today = Domain.Calendar.NorwegianTime.Today(clock.GetUtcNow());
        return new ReviewComparison(key, report.Version, previous, VerdictComparison.Compare(with, without, rules, key, today));
    }
}
