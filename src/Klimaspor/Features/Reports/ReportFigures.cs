using Klimaspor.Data;
using Klimaspor.Domain.Reporting;
using Klimaspor.Features.Calculations;
using Klimaspor.Features.FactorSets;

namespace Klimaspor.Features.Reports;

/// <summary>
/// A report's figures as the contract's owner counts them: with the owner's factor sets, over the report's period.
/// Submission freezes them; the web form shows the same calculation while the supplier types. Neither shows traces:
/// the report page recomputes those of the lines it shows (<see cref="ReportTraces"/>).
/// </summary>
internal static class ReportFigures
{
    public static async Task<Outcome<Calculation>> Calculate(ReportContext context, ReportLines lines, AppDbContext db, CancellationToken cancellationToken)
    {
        var (territorial, lifeCycle, setErrors) = await ResolveFactorSets.Handle(null, null, context.Contract.BuyerUnitId, db, cancellationToken);
        return setErrors.Count > 0
            ? Outcome<Calculation>.Invalid(setErrors)
            : CalculateLines.Run(lines, territorial!, lifeCycle!, context.Period.FirstDay, context.Period.LastDay, includeTrace: false);
    }
}
