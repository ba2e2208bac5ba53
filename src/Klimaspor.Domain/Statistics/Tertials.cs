using System.Globalization;
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Validation;

namespace Klimaspor.Domain.Statistics;

/// <summary>Message keys of the climate budget's refusals; their texts are in texts.json.</summary>
public static class ClimateBudgetMessageKeys
{
    public const string YearInvalid = "ClimateBudget.YearInvalid";
    public const string TertialInvalid = "ClimateBudget.TertialInvalid";
}

/// <summary>
/// One period of a climate-budget report: a tertial (<c>2026-T1</c>, January–April; T2 May–August; T3
/// September–December) or the year to date through the last tertial shown (<c>2026-YTD</c>).
/// </summary>
/// <param name="Tertial">1–3, or null for the year to date.</param>
public sealed record ClimateBudgetPeriod(string Name, int Year, int? Tertial, StatisticsWindow Window);

/// <summary>
/// Oslo kommune's climate budget is reported per unit three times a year, for each tertial and the year to date (issue
/// 15 item 4: "per unit and tertial (January–April, May–August, September–December), each tertial and the year to
/// date"; the domain README's summary — the budget's own text could not be retrieved here). Which periods a report for a
/// year holds, and which figures of the key figures it reports.
/// </summary>
public static class Tertials
{
    public const int FirstYear = 2000;

    /// <summary>The tertial a day falls in: 1 for January–April, 2 for May–August, 3 for September–December.</summary>
    public static int TertialOf(DateOnly day) => (day.Month - 1) / 4 + 1;

    /// <summary>The months of a tertial of a year.</summary>
    public static StatisticsWindow TertialWindow(int year, int tertial)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(tertial, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(tertial, 3);
        var first = new DateOnly(year, (tertial - 1) * 4 + 1, 1);
        return new StatisticsWindow(StatisticsWindow.Key(first), StatisticsWindow.Key(first.AddMonths(3)));
    }

    /// <summary>The last tertial of <paramref name="year"/> that has begun on <paramref name="today"/>: 3 for a past year.</summary>
    public static int LastBegun(int year, DateOnly today) => year < today.Year ? 3 : TertialOf(today);

    /// <summary>
    /// The periods of a report through <paramref name="throughTertial"/>: each tertial from the first, then the year to
    /// date, which is January to the end of that tertial (so its sums are the tertials' sums, and its shares its own).
    /// </summary>
    public static IReadOnlyList<ClimateBudgetPeriod> Periods(int year, int throughTertial)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(throughTertial, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(throughTertial, 3);
        var tertials = Enumerable.Range(1, throughTertial)
            .Select(t => new ClimateBudgetPeriod(string.Create(CultureInfo.InvariantCulture, $"{year:D4}-T{t}"), year, t, TertialWindow(year, t)))
            .ToList();
        var toDate = new StatisticsWindow(tertials[0].Window.From, tertials[^1].Window.To);
        return [.. tertials, new ClimateBudgetPeriod(string.Create(CultureInfo.InvariantCulture, $"{year:D4}-YTD"), year, null, toDate)];
    }

    /// <summary>
    /// Reads the year: none given is this year; otherwise a year from <see cref="FirstYear"/> to this one (a budget for a
    /// year not begun has nothing to report), refused with the range allowed.
    /// </summary>
    public static Outcome<int> ReadYear(string? year, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(year))
        {
            return Outcome<int>.Ok(today.Year);
        }

        return int.TryParse(year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y >= FirstYear && y <= today.Year
            ? Outcome<int>.Ok(y)
            : Outcome<int>.Invalid(new Problem("year", ClimateBudgetMessageKeys.YearInvalid, year, year, FirstYear, today.Year));
    }

    /// <summary>Reads the tertial of a report to produce: one that has begun in <paramref name="year"/>, refused with those allowed.</summary>
    public static Outcome<int> ReadTertial(string? tertial, int year, DateOnly today)
    {
        var last = LastBegun(year, today);
        var allowed = string.Join(", ", Enumerable.Range(1, last));
        return int.TryParse(tertial?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var t) && t >= 1 && t <= last
            ? Outcome<int>.Ok(t)
            : Outcome<int>.Invalid(new Problem("tertial", ClimateBudgetMessageKeys.TertialInvalid, tertial, tertial ?? string.Empty, allowed));
    }
}

/// <summary>Construction energy (the site's, without vehicles) by class, with its zero-emission and biogas shares.</summary>
public sealed record ConstructionEnergy(KilowattHours Total, EnergyByClass ByClass, decimal? ZeroEmissionShare, decimal? BiogasShare);

/// <summary>
/// The figures Oslo's climate budget reports, taken from key figures computed over a period's counted reports: each
/// share is the one those key figures divided once over the period's sums, never a sum or mean of other shares.
/// </summary>
/// <param name="TerritorialEmissions">kg CO2e, territorial boundary (what the national inventory counts).</param>
/// <param name="LifeCycleEmissions">kg CO2e, life-cycle (well-to-wheel) boundary.</param>
public sealed record ClimateBudgetFigures(
    ConstructionEnergy ConstructionEnergy,
    KgCo2e TerritorialEmissions,
    KgCo2e LifeCycleEmissions,
    AvoidedByClass TerritorialAvoided,
    AvoidedByClass LifeCycleAvoided,
    TransportKm MassTransport,
    TransportKm WasteTransport)
{
    public static ClimateBudgetFigures Of(KeyFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return new ClimateBudgetFigures(
            new ConstructionEnergy(figures.SiteEnergy, figures.SiteEnergyByClass, figures.ZeroEmissionEnergyShare, figures.BiogasEnergyShare),
            figures.Territorial.Emissions,
            figures.LifeCycle.Emissions,
            figures.Territorial.AvoidedByClass,
            figures.LifeCycle.AvoidedByClass,
            figures.MassTransport,
            figures.WasteTransport);
    }
}
