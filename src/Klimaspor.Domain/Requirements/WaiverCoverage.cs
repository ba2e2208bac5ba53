using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting.Template;

namespace Klimaspor.Domain.Requirements;

/// <summary>
/// How much of a line's time on site its machine's approved waivers cover (issue 14 item 5: "a waiver for March does
/// not cover a quarter"). Waivers are granted for days, and a report line says which days the machine was on site
/// (its from/to dates, else the whole period), so:
/// <list type="bullet">
/// <item>a rule about each item leaves a machine out only where its waivers cover every day it was on site
/// (<see cref="LineCover.Whole"/>) — one uncovered day and it is an item that breaks the rule;</item>
/// <item>a rule on a share or a sum leaves out the covered part of the line's figures, pro rata:
/// hours × covered days ÷ days on site (<see cref="LineCover.Covered"/>);</item>
/// <item>a waiver approved for a replacement fuel covers the machine only on that fuel: a line showing it on another
/// fuel is not covered by that waiver, and the verdict names it (<see cref="LineCover.WrongFuel"/>). A zero-emission
/// line needs no waiver and is never "another fuel".</item>
/// </list>
/// Several waivers of one machine add up as a union of days, so two back to back cover both halves and overlapping
/// ones count each day once. The domain README's "Waivers (fravik): per machine and period … the replacement machine and
/// fuel" is the source; the day-level reading is issue 14's.
/// </summary>
public static class WaiverCoverage
{
    /// <summary>The cover of <paramref name="line"/> in <paramref name="period"/> by its machine's approved waivers.</summary>
    public static LineCover Of(FactLine line, ReportingPeriod period, IReadOnlyList<ApprovedWaiver> waivers)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(waivers);
        var (first, last) = FactLines.OnSite(line.FromDate, line.ToDate, period);
        var onSite = Math.Max(0, last.DayNumber - first.DayNumber + 1);
        if (onSite == 0)
        {
            return new LineCover(0, 0, [], null);
        }

        List<ApprovedWaiver>? used = null;
        ApprovedWaiver? wrongFuel = null;
        foreach (var waiver in waivers)
        {
            if (waiver.To < first || waiver.From > last || !string.Equals(waiver.MachineId, line.Id, StringComparison.Ordinal))
            {
                continue;
            }

            if (waiver.ReplacementFuel is { } fuel && line.EnergyClass != EnergyClass.ZeroEmission && !string.Equals(fuel, line.Carrier, StringComparison.Ordinal))
            {
                wrongFuel ??= waiver;
                continue;
            }

            (used ??= []).Add(waiver);
        }

        return used is null ? new LineCover(onSite, 0, [], wrongFuel) : new LineCover(onSite, DaysCovered(first, last, used), used, wrongFuel);
    }

    /// <summary>Days from <paramref name="first"/> to <paramref name="last"/>, inclusive, that at least one waiver covers.</summary>
    public static int DaysCovered(DateOnly first, DateOnly last, IEnumerable<ApprovedWaiver> waivers)
    {
        ArgumentNullException.ThrowIfNull(waivers);
        var covered = 0;
        var next = first;
        foreach (var waiver in waivers.Where(w => w.To >= first && w.From <= last).OrderBy(w => w.From))
        {
            var from = waiver.From > next ? waiver.From : next;
            var to = waiver.To < last ? waiver.To : last;
            if (to >= from)
            {
                covered += to.DayNumber - from.DayNumber + 1;
                next = to.AddDays(1);
            }
        }

        return covered;
    }
}

/// <summary>A line's days on site in its period, the days its machine's waivers cover, the waivers that did, and a waiver not used because the line shows another fuel.</summary>
public readonly record struct LineCover(int DaysOnSite, int Covered, IReadOnlyList<ApprovedWaiver> Used, ApprovedWaiver? WrongFuel)
{
    /// <summary>Every day on site is covered: a rule about each item leaves the machine out.</summary>
    public bool Whole => DaysOnSite > 0 && Covered == DaysOnSite;
}
