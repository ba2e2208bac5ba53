using Klimaspor.Data;
using Klimaspor.Domain.Requirements;
using Klimaspor.Features.Compliance;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Reports;

/// <summary>The contract's verdicts for a report's period with its latest version counted and without it.</summary>
/// <param name="Version">The version under review. Without it the report counts as not submitted: its earlier versions were returned, and a returned version never counts (<see cref="Domain.Reporting.Reports.CountedSubmission"/>).</param>
public sealed record ReviewComparison(string Period, int Version, IReadOnlyList<ComparedVerdict> Requirements);

/// <summary>
/// What approving a report means for the contract's requirements, before the buyer approves it: the evaluation run
/// twice, now, on the facts with the version under review and on the facts as they were before it was submitted.
/// Nothing is stored: the stored runs stay the history of what was decided.
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

        var rules = (await db.Requirements.AsNoTracking().Where(r => r.ContractId == contractId).OrderBy(r => r.Position).Select(r => r.RuleJson)
            .ToListAsync(cancellationToken)).Select(RequirementStore.Read<RequirementRule>).ToList();
        if (rules.Count == 0)
        {
            return new ReviewComparison(key, report.Version, []);
        }

        var with = await EvaluateCompliance.LoadFacts(db, contractId, cancellationToken);
        // Without the version under review, as if it had not been submitted: its report's earlier versions were returned
        // and count for nothing, and the main supplier's first submission is then the earlier one, if any.
        var without = await EvaluateCompliance.LoadFacts(db, contractId, cancellationToken, leaveOut: (report.Id, report.Version));
        var today = Domain.Calendar.NorwegianTime.Today(clock.GetUtcNow());
        return new ReviewComparison(key, report.Version, VerdictComparison.Compare(with, without, rules, key, today));
    }
}
