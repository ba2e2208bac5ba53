using Klimaspor.Domain.Emissions;

namespace Klimaspor.Domain.Networks;

/// <summary>One statistics row of a contract: the energy carrier and type its lines have, and their sums (kWh, hours, km).</summary>
/// <param name="Type">The type key (<c>machine:gravemaskin</c>, <c>vehicle:lastebil</c>, <c>energy:byggvarme</c>).</param>
public sealed record ComparisonRow(string Carrier, string Type, KeyFigureSums Sums);

/// <summary>A member's contract as the comparison needs it: its category, its value in the window and its counted rows there.</summary>
/// <param name="ValueInWindowNok">The contract's value pro-rated over its months in the window (<see cref="Statistics.ContractValueShare"/>); 0 when it has none.</param>
public sealed record ComparisonContract(Guid Id, Guid MemberId, string Category, decimal ValueInWindowNok, IReadOnlyList<ComparisonRow> Rows);

/// <summary>Emissions recomputed under one factor-set pair, kg CO2e, and the energy no factor of the pair prices.</summary>
public sealed record RecomputedEmissions(decimal Territorial, decimal LifeCycle, decimal TerritorialMachine, decimal LifeCycleMachine,
    decimal KwhWithoutTerritorialFactor, decimal KwhWithoutLifeCycleFactor)
{
    public static RecomputedEmissions Zero { get; } = new(0, 0, 0, 0, 0, 0);

    public RecomputedEmissions Plus(RecomputedEmissions other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Territorial + other.Territorial, LifeCycle + other.LifeCycle, TerritorialMachine + other.TerritorialMachine,
            LifeCycleMachine + other.LifeCycleMachine, KwhWithoutTerritorialFactor + other.KwhWithoutTerritorialFactor,
            KwhWithoutLifeCycleFactor + other.KwhWithoutLifeCycleFactor);
    }
}

/// <summary>
/// The figures one member (or one contract) is compared by, under the network's factor-set pair (issue 15 items 2 and
/// 3): kg CO2e per machine hour (machine lines' emissions over machine hours), per MNOK of contract value in the
/// window, and the zero-emission shares of machine hours, site energy and vehicle km. Null: no denominator.
/// </summary>
public sealed record ComparedFigures(
    int Contracts,
    decimal TerritorialKg,
    decimal LifeCycleKg,
    decimal MachineHours,
    decimal SiteEnergyKwh,
    decimal VehicleKm,
    decimal ValueMnok,
    decimal? TerritorialPerMachineHour,
    decimal? LifeCyclePerMachineHour,
    decimal? TerritorialPerMnok,
    decimal? LifeCyclePerMnok,
    decimal? ZeroEmissionMachineHourShare,
    decimal? ZeroEmissionEnergyShare,
    decimal? ZeroEmissionKmShare,
    decimal KwhWithoutTerritorialFactor,
    decimal KwhWithoutLifeCycleFactor);

/// <summary>The intensities a benchmark is made for.</summary>
public enum BenchmarkMeasure
{
    TerritorialPerMachineHour,
    LifeCyclePerMachineHour,
    TerritorialPerMnok,
    LifeCyclePerMnok,
}

/// <summary>Quartiles as Excel's QUARTILE.INC computes them (see <see cref="NetworkComparison.Quartile"/>).</summary>
public sealed record Quartiles(decimal First, decimal Median, decimal Third);

/// <summary>
/// An anonymised benchmark of one contract category and measure: the quartiles of the per-contract intensities of every
/// accepted member's contracts, shown only where at least <see cref="NetworkComparison.MinContracts"/> contracts from at
/// least <see cref="NetworkComparison.MinMembers"/> members stand behind it; otherwise only the counts.
/// </summary>
/// <param name="Values">Null where too few stand behind it: nothing is computed to be withheld.</param>
/// <param name="Own">The caller's own organisation's figure in the category (its contracts added, divided once), to see where it stands.</param>
public sealed record Benchmark(string Category, BenchmarkMeasure Measure, int Contracts, int Members, Quartiles? Values, decimal? Own)
{
    public bool Shown => Values is not null;
}

/// <summary>
/// The comparison of a network of buyers (issue 15 item 3), pure: each member's figures recomputed from the stored
/// quantities under the network's one factor-set pair, so that members who chose different sets compare alike, and the
/// anonymised benchmarks per contract category.
/// </summary>
public static class NetworkComparison
{
    /// <summary>Issue 15 item 3: benchmarks are "shown only where at least five contracts from at least three members stand behind them".</summary>
    public const int MinContracts = 5;

    public const int MinMembers = 3;

    private const string ElectricityCarrier = "el-batteri";

    /// <summary>
    /// kg CO2e per kWh of a carrier under a set: its first row with a figure, kg per unit over kWh per unit (a carrier
    /// reported in two units, natural gas in kg and Sm3, has nearly the same figure per kWh in each). Null: the set gives
    /// none (life-cycle district heating), and the energy is counted apart as not priced.
    /// </summary>
    public static decimal? KgPerKwh(FactorSet set, string carrier)
    {
        ArgumentNullException.ThrowIfNull(set);
        foreach (var factor in set.Factors)
        {
            if (string.Equals(factor.Carrier, carrier, StringComparison.Ordinal) && factor.KgCo2ePerUnit is { } kg && factor.KwhPerUnit > 0)
            {
                return kg / factor.KwhPerUnit;
            }
        }

        return null;
    }

    /// <summary>
    /// A row's emissions under the pair, from the energy it stores by class (kWh): each kWh priced at its carrier's
    /// figure per kWh. A plug-in hybrid's zero-emission kWh are its charged electricity, priced as <c>el-batteri</c>,
    /// and the rest its fuel, priced as the carrier the calculation prices it by (<see cref="EnergyCarrier.FuelFactorCarrier"/>).
    /// Where the pair's energy content per unit equals the one the report was calculated with, this is the report's
    /// own figure; where it differs, the stored kWh are what is compared, which is the point of one pair.
    /// </summary>
    public static RecomputedEmissions Recompute(ComparisonRow row, FactorSet territorial, FactorSet lifeCycle)
    {
        ArgumentNullException.ThrowIfNull(row);
        var s = row.Sums;
        var total = s.EnergyZeroEmission + s.EnergyBiogas + s.EnergyLiquidBiofuel + s.EnergySolidBiofuel + s.EnergyFossil;
        var parts = EnergyCarrier.TryFind(row.Carrier, out var carrier) && carrier.IsPlugInHybrid
            ? new[] { (ElectricityCarrier, s.EnergyZeroEmission), (carrier.FuelFactorCarrier, total - s.EnergyZeroEmission) }
            : [(carrier?.FuelFactorCarrier ?? row.Carrier, total)];
        decimal t = 0, l = 0, tMissing = 0, lMissing = 0;
        foreach (var (code, kwh) in parts)
        {
            if (kwh == 0)
            {
                continue;
            }

            if (KgPerKwh(territorial, code) is { } tf)
            {
                t += kwh * tf;
            }
            else
            {
                tMissing += kwh;
            }

            if (KgPerKwh(lifeCycle, code) is { } lf)
            {
                l += kwh * lf;
            }
            else
            {
                lMissing += kwh;
            }
        }

        var machine = row.Type.StartsWith("machine:", StringComparison.Ordinal);
        return new RecomputedEmissions(Round(t), Round(l), machine ? Round(t) : 0, machine ? Round(l) : 0, tMissing, lMissing);
    }

    /// <summary>
    /// The figures of a set of contracts (one member's, one contract's, one category's): sums added first, divided once,
    /// so a figure is never an average of averages. Per MNOK counts only contracts with a value, over their value in the window.
    /// </summary>
    public static ComparedFigures Figures(IEnumerable<ComparisonContract> contracts, FactorSet territorial, FactorSet lifeCycle)
    {
        ArgumentNullException.ThrowIfNull(contracts);
        var emissions = RecomputedEmissions.Zero;
        decimal hours = 0, zeroHours = 0, site = 0, zeroSite = 0, km = 0, zeroKm = 0, mnok = 0, valuedT = 0, valuedL = 0;
        var count = 0;
        foreach (var contract in contracts)
        {
            count++;
            var own = RecomputedEmissions.Zero;
            foreach (var row in contract.Rows)
            {
                own = own.Plus(Recompute(row, territorial, lifeCycle));
                hours += row.Sums.MachineHours;
                zeroHours += row.Sums.ZeroEmissionMachineHours;
                site += row.Sums.SiteZeroEmission + row.Sums.SiteBiogas + row.Sums.SiteLiquidBiofuel + row.Sums.SiteSolidBiofuel + row.Sums.SiteFossil;
                zeroSite += row.Sums.SiteZeroEmission;
                km += row.Sums.VehicleKm;
                zeroKm += row.Sums.ZeroEmissionKm;
            }

            emissions = emissions.Plus(own);
            if (contract.ValueInWindowNok > 0)
            {
                mnok += contract.ValueInWindowNok / 1_000_000m;
                valuedT += own.Territorial;
                valuedL += own.LifeCycle;
            }
        }

        return new ComparedFigures(count, emissions.Territorial, emissions.LifeCycle, hours, site, km, mnok,
            Ratio(emissions.TerritorialMachine, hours), Ratio(emissions.LifeCycleMachine, hours),
            Ratio(valuedT, mnok), Ratio(valuedL, mnok),
            Ratio(zeroHours, hours), Ratio(zeroSite, site), Ratio(zeroKm, km),
            emissions.KwhWithoutTerritorialFactor, emissions.KwhWithoutLifeCycleFactor);
    }

    /// <summary>
    /// The benchmarks per contract category and measure, over every accepted member's contracts: a contract counts for a
    /// measure where it has the denominator (machine hours, a value in the window). Sorted by category, then measure.
    /// </summary>
    /// <param name="caller">The caller's organisation: its own figure per category is given beside the benchmark.</param>
    public static IReadOnlyList<Benchmark> Benchmarks(IReadOnlyList<ComparisonContract> contracts, FactorSet territorial, FactorSet lifeCycle, Guid caller)
    {
        ArgumentNullException.ThrowIfNull(contracts);
        var result = new List<Benchmark>();
        foreach (var category in contracts.GroupBy(c => c.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var each = category.Select(c => (c.MemberId, Figures: Figures([c], territorial, lifeCycle))).ToList();
            var own = Figures(category.Where(c => c.MemberId == caller), territorial, lifeCycle);
            foreach (var measure in Enum.GetValues<BenchmarkMeasure>())
            {
                var values = each.Where(e => Of(e.Figures, measure) is not null).ToList();
                var members = values.Select(v => v.MemberId).Distinct().Count();
                var shown = values.Count >= MinContracts && members >= MinMembers;
                result.Add(new Benchmark(category.Key, measure, values.Count, members,
                    shown ? QuartilesOf([.. values.Select(v => Of(v.Figures, measure)!.Value)]) : null, Of(own, measure)));
            }
        }

        return result;
    }

    public static decimal? Of(ComparedFigures figures, BenchmarkMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return measure switch
        {
            BenchmarkMeasure.TerritorialPerMachineHour => figures.TerritorialPerMachineHour,
            BenchmarkMeasure.LifeCyclePerMachineHour => figures.LifeCyclePerMachineHour,
            BenchmarkMeasure.TerritorialPerMnok => figures.TerritorialPerMnok,
            _ => figures.LifeCyclePerMnok,
        };
    }

    public static Quartiles QuartilesOf(IReadOnlyList<decimal> values) =>
        new(Quartile(values, 1), Quartile(values, 2), Quartile(values, 3));

    /// <summary>
    /// The quartile <paramref name="quart"/> (1 first, 2 median, 3 third) as Excel's QUARTILE.INC gives it, so a buyer can
    /// check it in a spreadsheet: the values sorted, position h = (n − 1) × quart / 4 counted from 0, and the value
    /// interpolated linearly between the two around it. Microsoft's example (support.microsoft.com, "QUARTILE.INC
    /// function"): "=QUARTILE.INC(A2:A9,1)" of 1, 2, 4, 7, 8, 9, 10, 12 is 3.5.
    /// </summary>
    public static decimal Quartile(IReadOnlyList<decimal> values, int quart)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfZero(values.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(quart, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quart, 4);
        var sorted = values.Order().ToArray();
        var position = (sorted.Length - 1) * quart / 4m;
        var below = (int)Math.Floor(position);
        var fraction = position - below;
        return below + 1 < sorted.Length ? sorted[below] + fraction * (sorted[below + 1] - sorted[below]) : sorted[below];
    }

    private static decimal? Ratio(decimal part, decimal whole) => whole == 0 ? null : part / whole;

    /// <summary>Six decimals, as calculated lines hold kg CO2e.</summary>
    private static decimal Round(decimal kg) => Math.Round(kg, 6, MidpointRounding.ToEven);
}
