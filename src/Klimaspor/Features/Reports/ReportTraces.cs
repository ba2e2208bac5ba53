using Klimaspor.Data;
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using Klimaspor.Features.FactorSets;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Reports;

/// <param name="Result">The summary with the page's calculated lines and the traces that could be shown.</param>
/// <param name="First">One-based position of the page's first line among all calculated lines.</param>
public sealed record CalculatedLinesPage(CalculationResult Result, int Page, int Pages, int First, int Last, int Total);

/// <summary>
/// The latest submission's calculated lines, a page at a time, each with its trace. Traces are not stored (about
/// 2.6 kB a line): they are recomputed here for the lines shown, with the factor set versions the submission used
/// (a published version never changes), and shown only where the recomputed figures are the stored ones, so a trace
/// never explains a number other than the one on the page.
/// </summary>
internal static class ReportTraces
{
    public const int PageSize = 100;

    public static async Task<CalculatedLinesPage?> Page(Guid reportId, int page, AppDbContext db, CancellationToken cancellationToken)
    {
        var latest = await db.ReportSubmissions.AsNoTracking().Where(s => s.ReportId == reportId).OrderByDescending(s => s.Version)
            .Select(s => new { s.Lines, s.ResultJson, s.CalculatedLines })
            .FirstOrDefaultAsync(cancellationToken);
        if (latest is null)
        {
            return null;
        }

        var result = ReportStore.Result(latest.ResultJson, latest.CalculatedLines);
        var total = result.Lines.Count;
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var first = (page - 1) * PageSize;
        var shown = new List<CalculatedLine>(Math.Min(PageSize, total - first));
        for (var i = first; i < Math.Min(first + PageSize, total); i++)
        {
            shown.Add(result.Lines[i]);
        }

        var traces = shown.Count == 0 ? [] : await Traces(shown, ReportStore.Lines(latest.Lines), result, db, cancellationToken);
        return new CalculatedLinesPage(result with { Lines = shown, Traces = traces }, page, pages, first + 1, first + shown.Count, total);
    }

    private static async Task<IReadOnlyList<LineTrace>> Traces(List<CalculatedLine> shown, ReportLines lines, CalculationResult stored, AppDbContext db,
        CancellationToken cancellationToken)
    {
        var territorial = await FactorSetStore.LoadPublished(db, stored.Territorial.Key, stored.Territorial.Version, cancellationToken);
        var lifeCycle = await FactorSetStore.LoadPublished(db, stored.LifeCycle.Key, stored.LifeCycle.Version, cancellationToken);
        if (territorial is null || lifeCycle is null)
        {
            return [];
        }

        // The calculation lists machines, then vehicles, then energy, each in sheet order: a page's lines of one sheet are one
        // run of indexes, and each line's figures depend on that line alone, so the run is recalculated by itself.
        var (machines, machineOffset) = Run(lines.Machines, shown, LineKind.Machine);
        var (vehicles, vehicleOffset) = Run(lines.Vehicles, shown, LineKind.Vehicle);
        var (energy, energyOffset) = Run(lines.Energy, shown, LineKind.Energy);
        var again = EmissionCalculation.Calculate(new ReportLines { Machines = machines, Vehicles = vehicles, Energy = energy }, territorial, lifeCycle, includeTrace: true);
        var byPosition = shown.ToDictionary(l => (l.Kind, l.Index));
        var traces = new List<LineTrace>(again.Traces.Count);
        for (var i = 0; i < again.Lines.Count && i < again.Traces.Count; i++)
        {
            var index = again.Lines[i].Index + again.Lines[i].Kind switch
            {
                LineKind.Machine => machineOffset,
                LineKind.Vehicle => vehicleOffset,
                _ => energyOffset,
            };
            var line = again.Lines[i] with { Index = index };
            if (byPosition.TryGetValue((line.Kind, index), out var frozen) && frozen == line)
            {
                traces.Add(again.Traces[i] with { Index = index });
            }
        }

        return traces;
    }

    /// <summary>The sheet's lines from the page's first to its last of that kind, and the index of the first.</summary>
    private static (List<T> Lines, int Offset) Run<T>(IReadOnlyList<T> sheet, List<CalculatedLine> shown, LineKind kind)
    {
        var indexes = shown.Where(l => l.Kind == kind).Select(l => l.Index).ToList();
        if (indexes.Count == 0)
        {
            return ([], 0);
        }

        var (from, to) = (indexes.Min(), Math.Min(indexes.Max(), sheet.Count - 1));
        var run = new List<T>(Math.Max(0, to - from + 1));
        for (var i = from; i <= to; i++)
        {
            run.Add(sheet[i]);
        }

        return (run, from);
    }
}
