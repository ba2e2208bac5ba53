namespace Klimaspor.Domain.Transport;

/// <summary>
/// One vehicle type and energy carrier's counted activity on a contract in a window: the sums of its statistics rows
/// (counted submissions only). Kg CO2e under each boundary; kWh; km.
/// </summary>
/// <param name="VehicleType">Code of the template's <c>vehicleType</c> list.</param>
/// <param name="Carrier">Code of the energy carrier.</param>
/// <param name="DistanceBasedKm">The part of <paramref name="Km"/> whose energy came from the consumption table.</param>
public sealed record VehicleActivity(
    string VehicleType,
    string Carrier,
    long Trips,
    decimal Km,
    decimal EnergyKwh,
    decimal KgCo2eTerritorial,
    decimal KgCo2eLifeCycle,
    decimal ZeroEmissionKm,
    decimal DistanceBasedKm,
    decimal DistanceBasedKgCo2eTerritorial,
    decimal DistanceBasedKgCo2eLifeCycle);

/// <summary>The part of a footprint one method gave: its km and emissions, and how many contracts it came from.</summary>
public sealed record MethodPart(ActivityMethod Method, decimal Km, decimal KgCo2eTerritorial, decimal KgCo2eLifeCycle, int Contracts)
{
    public DataQuality Quality => Method.Quality();
}

/// <summary>
/// A transport footprint (BuyZET: the motorised trips made to deliver the goods or services, and their emissions) of a
/// contract or of a group of them, with the mix of methods it rests on.
/// </summary>
/// <param name="EnergyKwh">Energy of the measured part (fuel- and distance-based); a spend-based estimate gives none.</param>
/// <param name="MeasuredKm">Km of the measured part: the denominator of the zero-emission share, which an estimate cannot say.</param>
public sealed record Footprint(
    decimal Trips,
    decimal Km,
    decimal EnergyKwh,
    decimal KgCo2eTerritorial,
    decimal KgCo2eLifeCycle,
    decimal ZeroEmissionKm,
    decimal MeasuredKm,
    IReadOnlyList<MethodPart> Methods)
{
    public static Footprint None { get; } = new(0, 0, 0, 0, 0, 0, 0, []);

    /// <summary>Zero-emission km over measured km; null where nothing was measured.</summary>
    public decimal? ZeroEmissionKmShare => MeasuredKm > 0 ? ZeroEmissionKm / MeasuredKm : null;

    /// <summary>
    /// The weakest method that carries any of the footprint: a figure is as good as its least certain part, and
    /// distance- and spend-based parts are to be marked as estimates wherever they appear (issue 17 item 2).
    /// </summary>
    public ActivityMethod Method => Methods.Count == 0 ? ActivityMethod.Fuel : Methods.Max(m => m.Method);

    public DataQuality Quality => Method.Quality();

    public bool IsEstimate => Method.IsEstimate();

    /// <summary>A contract's measured footprint from its vehicle activity: fuel-based where fuel was reported, distance-based where km met the table.</summary>
    public static Footprint Measured(IEnumerable<VehicleActivity> activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var lines = activity.ToList();
        if (lines.Count == 0)
        {
            return None;
        }

        var km = lines.Sum(a => a.Km);
        var distanceKm = lines.Sum(a => a.DistanceBasedKm);
        var (distanceTerritorial, distanceLifeCycle) = (lines.Sum(a => a.DistanceBasedKgCo2eTerritorial), lines.Sum(a => a.DistanceBasedKgCo2eLifeCycle));
        var (territorial, lifeCycle) = (lines.Sum(a => a.KgCo2eTerritorial), lines.Sum(a => a.KgCo2eLifeCycle));
        var methods = new List<MethodPart>();
        if (km - distanceKm != 0 || territorial - distanceTerritorial != 0 || lifeCycle - distanceLifeCycle != 0)
        {
            methods.Add(new MethodPart(ActivityMethod.Fuel, km - distanceKm, territorial - distanceTerritorial, lifeCycle - distanceLifeCycle, 1));
        }

        if (distanceKm != 0 || distanceTerritorial != 0 || distanceLifeCycle != 0)
        {
            methods.Add(new MethodPart(ActivityMethod.Distance, distanceKm, distanceTerritorial, distanceLifeCycle, 1));
        }

        return new Footprint(lines.Sum(a => a.Trips), km, lines.Sum(a => a.EnergyKwh), territorial, lifeCycle, lines.Sum(a => a.ZeroEmissionKm), km, methods);
    }

    /// <summary>A contract's footprint from its spend: a screening estimate with no energy and no zero-emission share.</summary>
    public static Footprint Estimated(SpendEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return new Footprint(estimate.Trips, estimate.Km, 0, estimate.KgCo2eTerritorial, estimate.KgCo2eLifeCycle, 0, 0,
            [new MethodPart(ActivityMethod.Spend, estimate.Km, estimate.KgCo2eTerritorial, estimate.KgCo2eLifeCycle, 1)]);
    }

    /// <summary>Footprints added up (a category's contracts): every sum added, method parts added per method, shares divided once.</summary>
    public static Footprint Sum(IEnumerable<Footprint> footprints)
    {
        ArgumentNullException.ThrowIfNull(footprints);
        var all = footprints.ToList();
        var methods = all.SelectMany(f => f.Methods).GroupBy(m => m.Method).OrderBy(g => g.Key)
            .Select(g => new MethodPart(g.Key, g.Sum(m => m.Km), g.Sum(m => m.KgCo2eTerritorial), g.Sum(m => m.KgCo2eLifeCycle), g.Sum(m => m.Contracts)))
            .ToList();
        return new Footprint(all.Sum(f => f.Trips), all.Sum(f => f.Km), all.Sum(f => f.EnergyKwh), all.Sum(f => f.KgCo2eTerritorial),
            all.Sum(f => f.KgCo2eLifeCycle), all.Sum(f => f.ZeroEmissionKm), all.Sum(f => f.MeasuredKm), methods);
    }
}

/// <summary>A place in the ranking: its rank (1 first), the item, and its share of the total life-cycle emissions alone and with all above it.</summary>
public sealed record Ranked<T>(int Rank, T Item, decimal? Share, decimal? CumulativeShare);

/// <summary>The share of the total the first <paramref name="Top"/> places carry (fewer where fewer are ranked).</summary>
public sealed record TopShare(int Top, int Items, decimal? Share);

/// <summary>
/// The ranking of the mapping (issue 17 item 3): by life-cycle (well-to-wheel) emissions, EN ISO 14083's reference,
/// largest first; ties by tank-to-wheel emissions, then by name, so the order never depends on the database. Shares
/// are of the total life-cycle emissions of everything ranked, so a buyer sees how much the first few carry — the
/// figure BuyZET's cities picked their priority areas from.
/// </summary>
public static class FootprintRanking
{
    /// <summary>The tops the mapping states shares for.</summary>
    public static IReadOnlyList<int> Tops { get; } = [3, 5, 10];

    public static IReadOnlyList<Ranked<T>> Rank<T>(IEnumerable<T> items, Func<T, Footprint> figures, Func<T, string> name)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(name);
        var ordered = items
            .OrderByDescending(i => figures(i).KgCo2eLifeCycle)
            .ThenByDescending(i => figures(i).KgCo2eTerritorial)
            .ThenBy(name, StringComparer.Ordinal)
            .ToList();
        var total = ordered.Sum(i => figures(i).KgCo2eLifeCycle);
        var running = 0m;
        var ranked = new List<Ranked<T>>(ordered.Count);
        foreach (var item in ordered)
        {
            var own = figures(item).KgCo2eLifeCycle;
            running += own;
            ranked.Add(new Ranked<T>(ranked.Count + 1, item, total > 0 ? own / total : null, total > 0 ? running / total : null));
        }

        return ranked;
    }

    /// <summary>What the first 3, 5 and 10 places carry of the total.</summary>
    public static IReadOnlyList<TopShare> TopShares<T>(IReadOnlyList<Ranked<T>> ranked)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        return [.. Tops.Select(top =>
        {
            var within = Math.Min(top, ranked.Count);
            return new TopShare(top, within, within == 0 ? null : ranked[within - 1].CumulativeShare);
        })];
    }
}
