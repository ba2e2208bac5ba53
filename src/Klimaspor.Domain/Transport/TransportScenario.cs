using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Validation;

namespace Klimaspor.Domain.Transport;

/// <summary>
/// What a contract's (or a category's) vehicles of one type on one carrier did in the baseline period: the activity a
/// scenario changes. Energy and emissions are the footprint's own figures (fuel-based, distance-based or estimated), so
/// the part of a row a scenario leaves alone keeps them.
/// </summary>
/// <param name="VehicleType">Code of the template's list <c>vehicleType</c>.</param>
/// <param name="Carrier">Code of the list <c>energyCarrier</c>.</param>
/// <param name="LadenKm">Km with load where known (EN ISO 14083's laden legs); the rest is empty running.</param>
/// <param name="TerritorialKg">kg CO2e, tank-to-wheel.</param>
/// <param name="LifeCycleKg">kg CO2e, well-to-wheel (EN ISO 14083's reference).</param>
public sealed record ScenarioBaselineRow(
    string VehicleType,
    string Carrier,
    decimal Trips,
    decimal Km,
    decimal? LadenKm,
    decimal EnergyKwh,
    decimal TerritorialKg,
    decimal LifeCycleKg)
{
    /// <summary>Code of the list <c>vehicleWeightClass</c> where known: picks the consumption table's finer rows for moved km.</summary>
    public string? WeightClass { get; init; }
}

/// <summary>
/// The changes a scenario tries, every one a fraction (0.6 = 60 %). The four shifts move a share of the trips (and
/// their km) that run on neither a zero-emission carrier nor biogas, so together they may take at most all of them;
/// the two cuts remove trips from every row before anything is moved.
/// </summary>
public sealed record ScenarioLevers
{
    /// <summary>Share of the movable trips moved to battery-electric vehicles of the same type.</summary>
    public decimal ElectricShare { get; init; }

    /// <summary>Share of the movable trips moved to hydrogen (fuel-cell) vehicles of the same type.</summary>
    public decimal HydrogenShare { get; init; }

    /// <summary>Share of the movable trips moved to biogas vehicles of the same type.</summary>
    public decimal BiogasShare { get; init; }

    /// <summary>Share of the movable trips whose km are ridden by electric cargo bike instead (the last mile).</summary>
    public decimal CargoBikeShare { get; init; }

    /// <summary>Consolidation: fewer trips with fuller loads, the same route per trip (a fraction of the trips removed).</summary>
    public decimal ConsolidationCut { get; init; }

    /// <summary>Lower delivery frequency: a fraction of the trips removed.</summary>
    public decimal FrequencyCut { get; init; }
}

/// <summary>One row of a scenario's before or after side: a vehicle type (<see cref="TransportScenarios.CargoBike"/> for bikes) on a carrier.</summary>
/// <param name="Moved">The row is activity moved here by the scenario, priced through the engine (not the baseline's own figures).</param>
public sealed record ScenarioRow(
    string VehicleType,
    string Carrier,
    decimal Trips,
    decimal Km,
    decimal EnergyKwh,
    decimal TerritorialKg,
    decimal LifeCycleKg,
    bool Moved);

/// <summary>Totals of one side, with the shares a requirement can be written on (by km, as the catalogue's km shares are).</summary>
public sealed record ScenarioFigures(
    decimal Trips,
    decimal Km,
    decimal EnergyKwh,
    decimal TerritorialKg,
    decimal LifeCycleKg,
    decimal ZeroEmissionShare,
    decimal ZeroEmissionOrBiogasShare);

/// <summary>A scenario's before and after side by side, with the rows behind each and the consumption table the moves used.</summary>
public sealed record ScenarioResult(
    ScenarioFigures Before,
    ScenarioFigures After,
    IReadOnlyList<ScenarioRow> BeforeRows,
    IReadOnlyList<ScenarioRow> AfterRows,
    string ConsumptionTable);

/// <summary>Message keys of scenario refusals (texts in Resources/texts.json).</summary>
public static class ScenarioMessageKeys
{
    public const string ShareOutOfRange = "Scenario.ShareOutOfRange";
    public const string SharesAboveAll = "Scenario.SharesAboveAll";
    public const string NothingToMove = "Scenario.NothingToMove";
    public const string BaselineEmpty = "Scenario.BaselineEmpty";
    public const string BaselineUnknownCarrier = "Scenario.BaselineUnknownCarrier";
    public const string BaselineNegative = "Scenario.BaselineNegative";
    public const string CannotPrice = "Scenario.CannotPrice";
}

/// <summary>
/// Scenarios on a transport footprint (issue 17 item 4; ../shared/spec/transport-footprint.md, "Scenarios"): a scenario
/// "changes the activity data — share of trips by carrier and vehicle class, number of trips (consolidation, lower
/// frequency), km (route changes, cargo bikes for the last mile) — and recomputes through the same engine. It never
/// scales emissions by a percentage."
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Cuts come first: trips, km and laden km of every row × (1 − consolidation) × (1 − frequency). A row's remaining
/// km keep its own energy and emissions per km (its measured or modelled intensity), so a scenario with no levers is
/// the baseline exactly. Consolidated trips are taken to run at the same energy per km, which errs towards the saving
/// where fuller loads cost more per km (DESNZ's rigid &gt;17 t: 3.834 average laden, 4.214 full).</item>
/// <item>Shifts move a share of each movable row's remaining trips and km (and laden km) to another carrier on the same
/// vehicle type and weight class; the moved km are distance-based vehicle lines priced by <see cref="EmissionCalculation"/>
/// with the consumption table and both factor sets, the path a supplier's km-only line takes.</item>
/// <item>Cargo bikes: zero tailpipe; their electric assist is km × <see cref="CargoBikeKwhPerKm"/> as a battery-electric
/// vehicle line through the same engine, so its life-cycle emissions are the factor set's electricity's.</item>
/// </list>
/// </remarks>
public static class TransportScenarios
{
    /// <summary>The vehicle type shown for cargo bikes (not a code of the template's list, which has none yet).</summary>
    public const string CargoBike = "lastesykkel";

    /// <summary>
    /// Electric assist energy of a cargo bike, kWh per km: DESNZ 2023's battery-electric van, 0.33 kWh/km (the method
    /// notes), over the factor the Swedish Energy Agency's test through Velove and Pling Transport found (Gothenburg, March
    /// 2017, https://velove.se/news/armadillo-cargo-bike-use-6-electricity-small-electric-van): "the van used 15 times more
    /// electricity to do the same deliveries" — 0.33 ÷ 15 = 0.022. Derived, an assumption shown as such.
    /// </summary>
    public const decimal CargoBikeKwhPerKm = 0.022m;

    public const string CargoBikeSource = "derived: DESNZ 2023 battery-electric van 0.33 kWh/km ÷ 15 (Velove/Pling Transport test for the Swedish Energy Agency, 2017: the van used 15 times the cargo bike's electricity)";

    /// <summary>
    /// The before and after of a scenario, or the refusals, located at the lever or baseline row that caused them: a share
    /// outside 0–100 %, shifts that add up to more than all the movable trips, a baseline with nothing to move.
    /// </summary>
    public static Outcome<ScenarioResult> Run(IReadOnlyList<ScenarioBaselineRow> baseline, ScenarioLevers levers, FactorSet territorial, FactorSet lifeCycle,
        ConsumptionTable? consumption = null)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(levers);
        var table = consumption ?? ReferenceConsumption.Current;
        var problems = Validate(baseline, levers);
        if (problems.Count > 0)
        {
            return Outcome<ScenarioResult>.Invalid(problems);
        }

        var before = baseline.Select(r => new ScenarioRow(r.VehicleType, r.Carrier, r.Trips, r.Km, r.EnergyKwh, r.TerritorialKg, r.LifeCycleKg, false)).ToList();
        var keep = (1 - levers.ConsolidationCut) * (1 - levers.FrequencyCut);
        var shifts = new (string Carrier, decimal Share)[]
        {
            (EnergyCarrier.ElBatteri.Code, levers.ElectricShare),
            (EnergyCarrier.Hydrogen.Code, levers.HydrogenShare),
            (EnergyCarrier.Biogass.Code, levers.BiogasShare),
            (CargoBike, levers.CargoBikeShare),
        };
        var moved = shifts.Sum(s => s.Share);

        var after = new List<ScenarioRow>();
        var lines = new List<VehicleLine>();
        var targets = new List<(string Type, string Carrier, decimal Trips)>();
        foreach (var row in baseline)
        {
            var movable = Movable(row.Carrier);
            var stay = keep * (movable ? 1 - moved : 1);
            after.Add(new ScenarioRow(row.VehicleType, row.Carrier, Round(row.Trips * stay), Round(row.Km * stay), Round(row.EnergyKwh * stay),
                Round(row.TerritorialKg * stay), Round(row.LifeCycleKg * stay), false));
            if (!movable)
            {
                continue;
            }

            foreach (var (carrier, share) in shifts)
            {
                if (share == 0 || row.Km * keep * share == 0)
                {
                    continue;
                }

                var km = Round(row.Km * keep * share);
                var bike = carrier == CargoBike;
                lines.Add(new VehicleLine
                {
                    RegNo = "scenario-" + lines.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    VehicleType = bike ? VehicleTypes.Annet : row.VehicleType,
                    WeightClass = bike ? null : row.WeightClass,
                    Purpose = TransportPurposes.Annet,
                    EnergyCarrier = bike ? EnergyCarrier.ElBatteri.Code : carrier,
                    DistanceKm = new Kilometres(km),
                    LadenKm = bike || row.LadenKm is not { } laden ? null : Round(laden * keep * share),
                    // A cargo bike is not in the consumption table: its assist energy is given as reported electricity.
                    ElectricityKwh = bike ? new KilowattHours(Round(km * CargoBikeKwhPerKm)) : null,
                    DataSource = DataSources.Estimat,
                });
                targets.Add((bike ? CargoBike : row.VehicleType, bike ? EnergyCarrier.ElBatteri.Code : carrier, Round(row.Trips * keep * share)));
            }
        }

        if (lines.Count > 0)
        {
            var result = EmissionCalculation.Calculate(new ReportLines { Vehicles = lines }, territorial, lifeCycle, includeTrace: false, table);
            if (result.Errors.Count > 0)
            {
                return Outcome<ScenarioResult>.Invalid([.. result.Errors.Select(e => new Problem("levers", ScenarioMessageKeys.CannotPrice, null,
                    targets[e.Index].Type, targets[e.Index].Carrier))]);
            }

            foreach (var line in result.Lines)
            {
                var (type, carrier, trips) = targets[line.Index];
                after.Add(new ScenarioRow(type, carrier, trips, line.Distance.Value, line.Energy.Value, line.Territorial.Emissions.Value,
                    line.LifeCycle.Emissions.Value, true));
            }
        }

        return Outcome<ScenarioResult>.Ok(new ScenarioResult(Totals(before), Totals(after), before, Merge(after), table.Reference));
    }

    /// <summary>Whether a carrier's trips can be moved: neither zero-emission nor biogas already.</summary>
    public static bool Movable(string carrier) =>
        !EnergyCarrier.TryFind(carrier, out var found) || found.EnergyClass is not (EnergyClass.ZeroEmission or EnergyClass.Biogas);

    private static List<Problem> Validate(IReadOnlyList<ScenarioBaselineRow> baseline, ScenarioLevers levers)
    {
        var problems = new List<Problem>();
        void Share(string field, decimal value)
        {
            if (value is < 0 or > 1)
            {
                // As a percentage where it fits; a value near decimal's limits is echoed as sent rather than overflow.
                var shown = Math.Abs(value) < 1e20m ? value * 100 : value;
                problems.Add(new Problem("levers." + field, ScenarioMessageKeys.ShareOutOfRange, Invariant(shown), shown));
            }
        }

        Share("electricShare", levers.ElectricShare);
        Share("hydrogenShare", levers.HydrogenShare);
        Share("biogasShare", levers.BiogasShare);
        Share("cargoBikeShare", levers.CargoBikeShare);
        Share("consolidationCut", levers.ConsolidationCut);
        Share("frequencyCut", levers.FrequencyCut);
        // Added only once each is within 0–1, so the sum cannot overflow.
        var moved = problems.Count == 0 ? levers.ElectricShare + levers.HydrogenShare + levers.BiogasShare + levers.CargoBikeShare : 0;
        if (moved > 1)
        {
            problems.Add(new Problem("levers", ScenarioMessageKeys.SharesAboveAll, Invariant(moved * 100), moved * 100));
        }

        for (var i = 0; i < baseline.Count; i++)
        {
            var row = baseline[i];
            if (!EnergyCarrier.TryFind(row.Carrier, out _))
            {
                problems.Add(new Problem($"baseline[{i}].carrier", ScenarioMessageKeys.BaselineUnknownCarrier, row.Carrier, row.Carrier));
            }

            if (row.Trips < 0 || row.Km < 0 || row.LadenKm < 0 || row.EnergyKwh < 0)
            {
                problems.Add(new Problem($"baseline[{i}]", ScenarioMessageKeys.BaselineNegative, null, row.VehicleType, row.Carrier));
            }
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        if (baseline.Sum(r => r.Km) == 0 && baseline.Sum(r => r.Trips) == 0)
        {
            problems.Add(new Problem("baseline", ScenarioMessageKeys.BaselineEmpty));
        }
        else if (moved > 0 && baseline.Where(r => Movable(r.Carrier)).Sum(r => r.Km) == 0)
        {
            // Every km already runs zero-emission or on biogas: a shift would move nothing, and saying so beats a zero.
            problems.Add(new Problem("levers", ScenarioMessageKeys.NothingToMove, Invariant(moved * 100), moved * 100));
        }

        return problems;
    }

    /// <summary>One row per vehicle type and carrier, the rows left and the rows moved there added up.</summary>
    private static List<ScenarioRow> Merge(List<ScenarioRow> rows) =>
    [
        .. rows.GroupBy(r => (r.VehicleType, r.Carrier)).Select(g => new ScenarioRow(g.Key.VehicleType, g.Key.Carrier,
            g.Sum(r => r.Trips), g.Sum(r => r.Km), g.Sum(r => r.EnergyKwh), g.Sum(r => r.TerritorialKg), g.Sum(r => r.LifeCycleKg), g.Any(r => r.Moved))),
    ];

    private static ScenarioFigures Totals(IReadOnlyList<ScenarioRow> rows)
    {
        var km = rows.Sum(r => r.Km);
        var zeroEmission = rows.Where(r => ClassOf(r.Carrier) == EnergyClass.ZeroEmission).Sum(r => r.Km);
        var biogas = rows.Where(r => ClassOf(r.Carrier) == EnergyClass.Biogas).Sum(r => r.Km);
        return new ScenarioFigures(rows.Sum(r => r.Trips), km, rows.Sum(r => r.EnergyKwh), rows.Sum(r => r.TerritorialKg), rows.Sum(r => r.LifeCycleKg),
            km == 0 ? 0 : Round(zeroEmission / km), km == 0 ? 0 : Round((zeroEmission + biogas) / km));
    }

    private static EnergyClass? ClassOf(string carrier) => EnergyCarrier.TryFind(carrier, out var found) ? found.EnergyClass : null;

    private static decimal Round(decimal value) => decimal.Round(value, EmissionCalculation.Decimals, MidpointRounding.ToEven);

    private static string Invariant(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
