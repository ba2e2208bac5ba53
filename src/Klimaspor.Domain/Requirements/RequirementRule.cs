using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;

namespace Klimaspor.Domain.Requirements;

/// <summary>What a requirement is in the contract (domain README, "What contracts require").</summary>
public enum RequirementKind
{
    /// <summary>Minstekrav: written into the tender, the same for every bidder.</summary>
    MinimumRequirement,

    /// <summary>Tilbudt verdi: the bidder's own promise, evaluated as an award criterion and binding as a requirement.</summary>
    Promise,

    /// <summary>Kontraktsvilkår: a condition of the contract, such as reporting on time.</summary>
    ContractCondition,
}

/// <summary>Over which stretch of time a requirement is measured.</summary>
public enum RequirementWindow
{
    /// <summary>Each reporting period on its own.</summary>
    EachPeriod,

    /// <summary>From the contract's first period to each period in turn.</summary>
    Cumulative,

    /// <summary>The whole contract: decided at its end, projected (forecast) before.</summary>
    WholeContract,
}

public enum Comparison
{
    AtLeast,
    AtMost,
}

/// <summary>How approved waivers (fravik) act on a requirement.</summary>
public enum WaiverFilter
{
    /// <summary>Waivers do not matter to this requirement.</summary>
    AllLines,

    /// <summary>Machines under an approved waiver for the period are left out (Oslo 2025: zero-emission except under a waiver).</summary>
    ExceptWaived,

    /// <summary>Only machines under an approved waiver count (Oslo 2025: machines under a waiver use no fossil fuel).</summary>
    OnlyWaived,
}

/// <summary>
/// Which lines a requirement looks at. Every list is a filter when non-empty and means "all" when empty, so a
/// scope is composed from the template's own code lists without code changes. A filter restricts only the lines that
/// carry its attribute: <see cref="Types"/> machines and vehicles, <see cref="Purposes"/> vehicles and energy lines,
/// the weights machines. So "heating and drying" over machines and energy lines is Types = [byggvarme] and
/// Purposes = [byggvarme] together.
/// </summary>
public sealed record RequirementScope
{
    /// <summary>Template <c>machineType</c> codes (machines) or <c>vehicleType</c> codes (vehicles).</summary>
    public IReadOnlyList<string> Types { get; init; } = [];

    /// <summary>Operating weight, tonnes, inclusive; machines only.</summary>
    public decimal? MinWeightTonnes { get; init; }

    /// <summary>Operating weight, tonnes, exclusive (a "below 8 t" scope is MaxWeightTonnes = 8); machines only.</summary>
    public decimal? MaxWeightTonnes { get; init; }

    /// <summary>
    /// Rated engine power, kW, inclusive; machines only. With a power band a combustion machine without its power
    /// (template v2's <c>powerKw</c>) cannot be placed in it: the rule cannot be assessed and names the line.
    /// </summary>
    public decimal? MinPowerKw { get; init; }

    /// <summary>Rated engine power, kW, exclusive; machines only.</summary>
    public decimal? MaxPowerKw { get; init; }

    /// <summary>
    /// Machines reported as used only sporadically are outside the rule: Kriterieveiviseren's fossil-free clause "gjelder
    /// ikke maskiner og utstyr som kun skal brukes sporadisk på anlegget".
    /// </summary>
    public bool ExceptSporadic { get; init; }

    /// <summary><c>transportPurpose</c> codes (vehicles) or <c>energyPurpose</c> codes (site energy).</summary>
    public IReadOnlyList<string> Purposes { get; init; } = [];

    /// <summary>Energy classes of the line's carrier.</summary>
    public IReadOnlyList<EnergyClass> EnergyClasses { get; init; } = [];

    public WaiverFilter Waivers { get; init; } = WaiverFilter.AllLines;
}

/// <summary>A figure per line that metrics add up.</summary>
public enum FactQuantity
{
    /// <summary>1 per line: counts lines.</summary>
    Lines,
    MachineHours,
    /// <summary>Null on lines that did not report idle hours: such lines drop out of a ratio over idle hours.</summary>
    IdleHours,
    /// <summary>Calendar days a machine was on site in the period (from its from/to dates, else the whole period).</summary>
    MachineDays,
    Kilometres,
    /// <summary>Null where load or trips were not reported.</summary>
    TonneKm,
    EnergyKwh,
    /// <summary>kg CO2e, tank-to-wheel (territorial boundary).</summary>
    EmissionsTerritorial,
    /// <summary>kg CO2e, well-to-wheel (life-cycle boundary).</summary>
    EmissionsLifeCycle,
    /// <summary>kg CO2e the requirements avoided against fossil diesel, territorial boundary.</summary>
    AvoidedTerritorial,
    FuelLitres,
    /// <summary>A fuel delivery's quantity in its own unit.</summary>
    DeliveredQuantity,

    /// <summary>Trips a vehicle line reports; null where it gives none, so the line drops out of a count of trips.</summary>
    Trips,
}

/// <summary>A condition on one line: the lines a share counts in its numerator, or the lines a count counts.</summary>
public sealed record LineCondition
{
    public IReadOnlyList<EnergyClass> EnergyClasses { get; init; } = [];

    /// <summary><c>energyCarrier</c> codes (for deliveries: the product).</summary>
    public IReadOnlyList<string> Carriers { get; init; } = [];

    /// <summary>
    /// An emission class code: lines whose class is older (lower) than it, in the order of
    /// <see cref="EmissionClassOrder"/>. Zero-emission lines are never below; unknown classes cannot be assessed.
    /// </summary>
    public string? EmissionClassBelow { get; init; }

    /// <summary>
    /// Classes of the other ladder accepted as meeting <see cref="EmissionClassBelow"/> (a Euro VI engine where a Stage
    /// IIIB is asked for). The sources compare no Stage with a Euro class, so such an equivalence is the buyer's own
    /// addition: without it the line cannot be assessed.
    /// </summary>
    public IReadOnlyList<string> EmissionClassesAccepted { get; init; } = [];

    /// <summary>
    /// Classes of a chargeable (plug-in) hybrid's fuel with which the hybrid counts as meeting the condition: Oslo 2019
    /// ranks "chargeable hybrid with biofuel" next after zero-emission and counts it with it.
    /// </summary>
    public IReadOnlyList<EnergyClass> ChargeableHybridOn { get; init; } = [];

    /// <summary>
    /// <c>transportPurpose</c> codes (vehicles) or <c>energyPurpose</c> codes (site energy) the condition counts: the
    /// km of mass transport among all transport, as Oslo's climate budget reports them.
    /// </summary>
    public IReadOnlyList<string> Purposes { get; init; } = [];

    /// <summary>
    /// <c>feedstock</c> codes of fuel deliveries. A biofuel delivery with feedstock <c>ukjent</c> cannot be assessed
    /// against a list without <c>ukjent</c>; with <c>ukjent</c> in the list it matches (deliveries without evidence).
    /// </summary>
    public IReadOnlyList<string> Feedstocks { get; init; } = [];
}

public enum MetricAggregate
{
    /// <summary>Sum of the quantity over the lines in scope.</summary>
    Sum,

    /// <summary>Sum over lines meeting the condition ÷ sum over all lines in scope (a fraction, 0.9 = 90 %).</summary>
    Share,

    /// <summary>Sum of the quantity ÷ sum of the denominator quantity, over lines where both are known.</summary>
    Ratio,

    /// <summary>Distinct machines, vehicles, sources or deliveries meeting the condition; names them in the reason.</summary>
    CountDistinct,

    /// <summary>Reporting periods whose report was submitted after its due date (or is overdue).</summary>
    LatePeriods,

    /// <summary>
    /// Sum of the quantity ÷ the weeks of the window's submitted periods (days ÷ 7): "at most N trips a week", measured
    /// from each period's reported trips (issue 17 item 4).
    /// </summary>
    PerWeek,
}

/// <summary>
/// What a requirement measures, as data: a line kind, an aggregate of a quantity, and an optional condition. The
/// catalogue (<see cref="MetricCatalogue"/>) names the common ones; a buyer may compose others from the same parts.
/// </summary>
public sealed record MetricDefinition
{
    /// <summary>Catalogue code, or a buyer's own name for a composed metric.</summary>
    public required string Code { get; init; }

    /// <summary>Which sheet's lines; ignored by <see cref="MetricAggregate.LatePeriods"/>.</summary>
    public LineKind LineKind { get; init; }

    /// <summary>
    /// Further sheets whose lines the metric adds up with <see cref="LineKind"/>'s: a site's fossil energy is on its
    /// machine lines and on its energy lines (construction heating).
    /// </summary>
    public IReadOnlyList<LineKind> AlsoLineKinds { get; init; } = [];

    public MetricAggregate Aggregate { get; init; }

    public FactQuantity Quantity { get; init; }

    /// <summary>The denominator of a <see cref="MetricAggregate.Ratio"/>.</summary>
    public FactQuantity? Denominator { get; init; }

    public LineCondition? Condition { get; init; }
}

/// <summary>
/// One requirement of a contract: metric × scope × comparison and threshold × window × kind, with the clause's text.
/// Stored as data: a new requirement needs no release.
/// </summary>
public sealed record RequirementRule
{
    /// <summary>Stable key within the contract (e.g. the preset key, or a buyer's own).</summary>
    public required string Key { get; init; }

    /// <summary>The clause as written in the contract, shown with every verdict.</summary>
    public required string ClauseText { get; init; }

    public RequirementKind Kind { get; init; }

    public required MetricDefinition Metric { get; init; }

    public RequirementScope Scope { get; init; } = new();

    public Comparison Comparison { get; init; }

    /// <summary>In the metric's unit; shares are fractions (0.9 = 90 %).</summary>
    public decimal Threshold { get; init; }

    public RequirementWindow Window { get; init; }

    /// <summary>
    /// Oslo 2019: an at-least threshold is reduced pro rata when the grid owner documents that the site cannot get the
    /// power it needs (threshold × available ÷ needed, for the periods that have such a statement).
    /// </summary>
    public bool GridRelief { get; init; }

    public SanctionRule? Sanction { get; init; }

    /// <summary>The preset version and parameters the rule was built from; null for a buyer's own rule or one stored before versions.</summary>
    public PresetUse? FromPreset { get; init; }
}

/// <summary>
/// An approved waiver as the evaluation sees it: one machine or vehicle, the days approved (inclusive; a partial approval's
/// narrower range), and the fuel the supplier promised to use instead (an energy carrier code; null where none was
/// recorded). A report showing the machine on another fuel is not covered (<see cref="WaiverCoverage"/>).
/// </summary>
public sealed record ApprovedWaiver(string Reference, string MachineId, DateOnly From, DateOnly To, string? ReplacementFuel = null);

/// <summary>
/// The grid owner's statement for one contract site and reporting period (<paramref name="Period"/> its key): power the
/// site needs for zero-emission operation and power the grid can deliver, kW. <paramref name="Site"/> is the contract
/// site's name as report lines give it; null on a contract with one site, whose lines need none.
/// </summary>
public sealed record GridCapacity(string Period, decimal AvailableKw, decimal NeededKw, string? Site = null);
