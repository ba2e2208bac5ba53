using System.Globalization;
using Klimaspor.Domain.Validation;

namespace Klimaspor.Domain.Statistics;

/// <summary>What the statistics break their figures down by (issue 15 item 1, <c>groupBy=</c>).</summary>
public enum StatisticsGroupBy
{
    Unit,
    Contract,
    Category,
    EnergyCarrier,
    Type,
    Month,
}

/// <summary>Message keys of the statistics' refusals; their texts are in texts.json.</summary>
public static class StatisticsMessageKeys
{
    public const string MonthInvalid = "Statistics.MonthInvalid";
    public const string WindowBackwards = "Statistics.WindowBackwards";
    public const string WindowTooLong = "Statistics.WindowTooLong";
    public const string GroupByUnknown = "Statistics.GroupByUnknown";
    public const string TertialInvalid = "Statistics.TertialInvalid";
    public const string YearInvalid = "Statistics.YearInvalid";
    public const string ShortcutsTogether = "Statistics.ShortcutsTogether";
}

/// <summary>
/// A window of whole months, first and last inclusive, as <c>YYYY-MM</c> keys (which order as months when compared as
/// text). At most ten years (issue 15, "Security and bad input": a longer range is refused).
/// </summary>
public sealed record StatisticsWindow(string From, string To)
{
    public const int MaxMonths = 120;

    /// <summary>The groupBy values, as they are written in a query.</summary>
    public static IReadOnlyList<string> GroupByNames { get; } = [.. Enum.GetValues<StatisticsGroupBy>().Select(Name)];

    public static string Name(StatisticsGroupBy groupBy) => JsonNamingPolicyCamel(groupBy.ToString());

    public DateOnly FirstDay => Parse(From);

    public DateOnly LastDay => Parse(To).AddMonths(1).AddDays(-1);

    public int Months => MonthsBetween(FirstDay, LastDay);

    /// <summary>The months of the window in order.</summary>
    public IEnumerable<string> EachMonth()
    {
        for (var month = FirstDay; month <= LastDay; month = month.AddMonths(1))
        {
            yield return Key(month);
        }
    }

    /// <summary>
    /// Reads the window from a query: <c>from</c>/<c>to</c> (<c>YYYY-MM</c>), or one shortcut — <c>month</c>
    /// (<c>YYYY-MM</c>), <c>tertial</c> (<c>YYYY-T1</c>..<c>T3</c>: January–April, May–August, September–December, as
    /// Oslo's climate budget reports), or <c>year</c>. Nothing given: the current year up to this month.
    /// </summary>
    public static Outcome<StatisticsWindow> Read(string? from, string? to, string? month, string? tertial, string? year, DateOnly today)
    {
        var errors = new List<Problem>();
        var shortcuts = new[] { month, tertial, year }.Count(s => !string.IsNullOrWhiteSpace(s));
        var range = !string.IsNullOrWhiteSpace(from) || !string.IsNullOrWhiteSpace(to);
        if (shortcuts > 1 || (shortcuts == 1 && range))
        {
            return Outcome<StatisticsWindow>.Invalid(new Problem("window", StatisticsMessageKeys.ShortcutsTogether));
        }

        if (!string.IsNullOrWhiteSpace(month))
        {
            var key = Month(month, "month", errors);
            return key is null ? Outcome<StatisticsWindow>.Invalid(errors) : Outcome<StatisticsWindow>.Ok(new(key, key));
        }

        if (!string.IsNullOrWhiteSpace(tertial))
        {
            var text = tertial.Trim().ToUpperInvariant();
            if (text.Length == 7 && text[4] == '-' && text[5] == 'T' && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
                && y is >= 2000 and <= 2200 && text[6] is >= '1' and <= '3')
            {
                var first = (text[6] - '1') * 4 + 1;
                return Outcome<StatisticsWindow>.Ok(new(Key(new DateOnly(y, first, 1)), Key(new DateOnly(y, first + 3, 1))));
            }

            return Outcome<StatisticsWindow>.Invalid(new Problem("tertial", StatisticsMessageKeys.TertialInvalid, tertial));
        }

        if (!string.IsNullOrWhiteSpace(year))
        {
            return int.TryParse(year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2200
                ? Outcome<StatisticsWindow>.Ok(new($"{y:D4}-01", $"{y:D4}-12"))
                : Outcome<StatisticsWindow>.Invalid(new Problem("year", StatisticsMessageKeys.YearInvalid, year));
        }

        var fromKey = string.IsNullOrWhiteSpace(from) ? Key(new DateOnly(today.Year, 1, 1)) : Month(from, "from", errors);
        var toKey = string.IsNullOrWhiteSpace(to) ? (string.IsNullOrWhiteSpace(from) ? Key(today) : Key(Parse(fromKey ?? Key(today)).AddMonths(11))) : Month(to, "to", errors);
        if (errors.Count > 0 || fromKey is null || toKey is null)
        {
            return Outcome<StatisticsWindow>.Invalid(errors);
        }

        var window = new StatisticsWindow(fromKey, toKey);
        if (string.CompareOrdinal(toKey, fromKey) < 0)
        {
            return Outcome<StatisticsWindow>.Invalid(new Problem("to", StatisticsMessageKeys.WindowBackwards, toKey, toKey, fromKey));
        }

        return window.Months > MaxMonths
            ? Outcome<StatisticsWindow>.Invalid(new Problem("to", StatisticsMessageKeys.WindowTooLong, toKey, MaxMonths / 12))
            : Outcome<StatisticsWindow>.Ok(window);
    }

    /// <summary>Reads <c>groupBy</c>; none given is by unit. An unknown one is refused with the names allowed.</summary>
    public static Outcome<StatisticsGroupBy> ReadGroupBy(string? groupBy)
    {
        if (string.IsNullOrWhiteSpace(groupBy))
        {
            return Outcome<StatisticsGroupBy>.Ok(StatisticsGroupBy.Unit);
        }

        foreach (var value in Enum.GetValues<StatisticsGroupBy>())
        {
            if (string.Equals(Name(value), groupBy.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return Outcome<StatisticsGroupBy>.Ok(value);
            }
        }

        return Outcome<StatisticsGroupBy>.Invalid(new Problem("groupBy", StatisticsMessageKeys.GroupByUnknown, groupBy, groupBy, string.Join(", ", GroupByNames)));
    }

    /// <summary>Whole months from the first day's month to the last day's, both counted: 1 Jan–31 Mar is 3.</summary>
    public static int MonthsBetween(DateOnly first, DateOnly last) => (last.Year - first.Year) * 12 + last.Month - first.Month + 1;

    public static string Key(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static DateOnly Parse(string key) => DateOnly.ParseExact(key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Month(string text, string field, List<Problem> errors)
    {
        if (DateOnly.TryParseExact(text.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year is >= 2000 and <= 2200)
        {
            return Key(day);
        }

        errors.Add(new Problem(field, StatisticsMessageKeys.MonthInvalid, text));
        return null;
    }

    private static string JsonNamingPolicyCamel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

/// <summary>
/// A figure buyers compare across contracts of different size (issue 15 item 2), with how many contracts stand behind
/// it: where fewer than <see cref="FewContracts"/> do, one contract can move it and it is marked so.
/// </summary>
/// <param name="Value">Null: not available (no denominator in the window, or the data it needs is not reported).</param>
public sealed record Intensity(decimal? Value, int Contracts)
{
    public const int FewContracts = 5;

    public bool Few => Contracts < FewContracts;
}

/// <summary>Contract values pro-rated over a window (issue 15 item 2: "the value pro-rated over the contract's months in the window").</summary>
public static class ContractValueShare
{
    /// <summary>
    /// The part of a contract's value that falls in the window: the value × the contract's months inside the window over
    /// all its months, counted as whole calendar months (a contract from 15 March counts March), as reports are.
    /// </summary>
    public static decimal InWindow(decimal valueNok, DateOnly start, DateOnly end, StatisticsWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        if (end < start)
        {
            return 0;
        }

        var first = start > window.FirstDay ? start : window.FirstDay;
        var last = end < window.LastDay ? end : window.LastDay;
        if (last < first)
        {
            return 0;
        }

        return valueNok * StatisticsWindow.MonthsBetween(first, last) / StatisticsWindow.MonthsBetween(start, end);
    }
}
