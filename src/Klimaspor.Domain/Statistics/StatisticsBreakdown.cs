using System.Globalization;
using System.Runtime.InteropServices;
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Template;

namespace Klimaspor.Domain.Statistics;

/// <summary>
/// Where a line's figures fall in the statistics' breakdowns that come from the lines themselves (issue 15 item 1):
/// its month, its energy carrier and its type. Unit, contract and category come from the contract, not from here.
/// </summary>
/// <param name="Month"><c>YYYY-MM</c>: the month the line's first day falls in, inside the report's period.</param>
/// <param name="Carrier">The energy carrier's code.</param>
/// <param name="Type">The type with its kind, as <see cref="StatisticsBreakdown.TypeKey"/> writes it.</param>
public sealed record BreakdownKey(string Month, string Carrier, string Type);

/// <summary>The sums of one submission's lines under one breakdown key.</summary>
/// <param name="SharedMachineLines">Machine lines here that another supplier also reported for overlapping days: counted as reported, and flagged.</param>
public sealed record BreakdownRow(BreakdownKey Key, KeyFigureSums Sums, int SharedMachineLines);

/// <summary>
/// One submission's lines summed per breakdown key. Every line falls under exactly one key, so the rows of a
/// submission add up to its own key figures, and any breakdown of many submissions' rows adds up to their total.
/// </summary>
public static class StatisticsBreakdown
{
    /// <summary>
    /// The type key: the kind and the template's code, <c>machine:gravemaskin</c>, <c>vehicle:annet</c>, since a machine
    /// and a vehicle may share a code (<c>annet</c>). Site energy lines have no type and are keyed by their purpose
    /// (<c>energy:byggvarme</c>), so that a breakdown by type still adds up to the total.
    /// </summary>
    public static string TypeKey(LineKind kind, string code) => kind switch
    {
        LineKind.Machine => "machine:" + code,
        LineKind.Vehicle => "vehicle:" + code,
        _ => "energy:" + code,
    };

    /// <summary>
    /// The month a line counts in: that of its first day where the line gives one inside the period, else the period's
    /// first month. A monthly report's lines all fall in its month; a quarterly report's machines and site energy fall in
    /// the month they started (vehicles have no dates and fall in the period's first month).
    /// </summary>
    public static string MonthOf(DateOnly? from, ReportingPeriod period) =>
        (from is { } day && period.Contains(day) ? day : period.FirstDay).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <param name="lines">The lines as submitted.</param>
    /// <param name="calculated">The submission's calculated lines (indexes into <paramref name="lines"/>' sheets).</param>
    /// <param name="period">The report's period.</param>
    /// <param name="sharedMachines">Indexes of machine lines another supplier reported for overlapping days.</param>
    public static IReadOnlyList<BreakdownRow> Of(ReportLines lines, IReadOnlyList<CalculatedLine> calculated, ReportingPeriod period, IReadOnlySet<int> sharedMachines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(calculated);
        ArgumentNullException.ThrowIfNull(sharedMachines);
        var groups = new Dictionary<BreakdownKey, Group>();
        foreach (var line in calculated)
        {
            var (type, from) = line.Kind switch
            {
                LineKind.Machine => (lines.Machines[line.Index].MachineType, lines.Machines[line.Index].FromDate),
                LineKind.Vehicle => (lines.Vehicles[line.Index].VehicleType, null),
                _ => (lines.Energy[line.Index].Purpose, lines.Energy[line.Index].FromDate),
            };
            var key = new BreakdownKey(MonthOf(from, period), line.Carrier, TypeKey(line.Kind, type));
            ref var group = ref CollectionsMarshal.GetValueRefOrAddDefault(groups, key, out _);
            group.Figures.Add(in line);
            if (line.Kind == LineKind.Vehicle)
            {
                group.Trips += lines.Vehicles[line.Index].Trips ?? 0;
            }

            if (line.Kind == LineKind.Machine && sharedMachines.Contains(line.Index))
            {
                group.Shared++;
            }
        }

        return [.. groups.Select(g => new BreakdownRow(g.Key, g.Value.Figures.Sums() with { Trips = g.Value.Trips }, g.Value.Shared))];
    }

    private struct Group
    {
        public KeyFigureAccumulator Figures;
        public int Shared;
        public long Trips;
    }
}
