using System.Globalization;
using System.Text.Json.Serialization;
using Klimaspor.Domain.Reporting;

namespace Klimaspor.Domain.Emissions;

/// <summary>The figure a trace step produces.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TraceFigure>))]
public enum TraceFigure
{
    Energy,
    Emissions,
    BaselineDieselLitres,
    BaselineEmissions,
    AvoidedEmissions,

    /// <summary>A distance-based line's fuel or electricity: km × energy per km from the consumption table, an estimate (issue 17).</summary>
    EstimatedQuantity,
}

/// <summary>How a trace step turned its input into its result.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TraceConversion>))]
public enum TraceConversion
{
    /// <summary>quantity × kWh per unit.</summary>
    QuantityTimesEnergyContent,

    /// <summary>quantity × kg CO2e per unit.</summary>
    QuantityTimesEmissionFactor,

    /// <summary>energy (kWh) × 3.6 MJ/kWh × the deliveries' documented g CO2e per MJ ÷ 1000.</summary>
    EnergyTimesDeliveredCarbonIntensity,

    /// <summary>The line burned diesel: the baseline is the same litres and the same emissions, so nothing is avoided.</summary>
    SameAsActualDiesel,

    /// <summary>energy ÷ kWh per litre of diesel: combustion and heat.</summary>
    EnergyDividedByDieselEnergyContent,

    /// <summary>kWh × litres of diesel per kWh of electric drive.</summary>
    ElectricityTimesDieselLitresPerKwh,

    /// <summary>baseline litres × the set's diesel factor.</summary>
    BaselineLitresTimesDieselFactor,

    /// <summary>baseline emissions − actual emissions.</summary>
    BaselineMinusActual,

    /// <summary>
    /// kWh from a generator on site (template v2 <c>electricitySource</c> <c>aggregat</c>): the generator's own line
    /// carries the fuel, its energy and emissions, so these kWh count 0 here rather than twice.
    /// </summary>
    CountedOnGeneratorLine,

    /// <summary>km × kWh per km from the consumption table's row: a distance-based line's estimated energy (issue 17).</summary>
    DistanceTimesConsumption,
}

/// <summary>A number with the unit it is in, as shown in a trace ("liter", "kWh", "kg CO2e", "l diesel").</summary>
public sealed record TraceQuantity(decimal Value, string Unit)
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " " + Unit;
}

/// <summary>
/// A factor or assumption as it stood in the exact factor set version used, with its source. <c>Name</c> says what
/// the value is: <c>diesel/liter</c> for a factor row, <c>baseline.dieselKwhPerLitre</c> for an assumption.
/// </summary>
public sealed record TraceFactor(string SetKey, int Version, string Name, decimal Value, string Unit, string Source);

/// <summary>One step from a reported quantity to a figure: input, factor, conversion, result.</summary>
public sealed record TraceStep
{
    public required TraceFigure Figure { get; init; }

    /// <summary>Null for energy, which both boundaries share.</summary>
    public EmissionBoundary? Boundary { get; init; }

    /// <summary>The template key the reported quantity came from (<c>fuelLitres</c>, <c>quantity</c>).</summary>
    public required string Field { get; init; }

    public required TraceQuantity Input { get; init; }

    public TraceFactor? Factor { get; init; }

    /// <summary>What is subtracted from <see cref="Input"/>; only for avoided emissions (the actual emissions).</summary>
    public TraceQuantity? Deduction { get; init; }

    public required TraceConversion Conversion { get; init; }

    public required TraceQuantity Result { get; init; }

    public override string ToString()
    {
        var right = Factor is not null
            ? $" × {Factor.Value.ToString(CultureInfo.InvariantCulture)} {Factor.Unit}"
            : Deduction is not null ? $" − {Deduction}" : string.Empty;
        return $"{Figure} {Boundary}: {Input}{right} = {Result}";
    }
}

/// <summary>How every figure of one line was reached, for the page that explains a number and for the stored JSON.</summary>
public sealed record LineTrace(LineKind Kind, int Index, string LineId, IReadOnlyList<TraceStep> Steps);

/// <summary>A line the calculation refused, located so the user can find and fix it; nothing was computed for it.</summary>
public sealed record CalculationError
{
    public required LineKind Kind { get; init; }

    /// <summary>Zero-based index of the line in its sheet.</summary>
    public required int Index { get; init; }

    /// <summary>Machine ID, registration number or meter, as reported.</summary>
    public required string LineId { get; init; }

    /// <summary>The template key of the offending column.</summary>
    public required string Field { get; init; }

    /// <summary>The value found, as invariant text.</summary>
    public string? Value { get; init; }

    public required string MessageKey { get; init; }

    public IReadOnlyList<object> Args { get; init; } = [];
}

/// <summary>
/// A frozen calculation: figures, traces and errors with the factor set versions they came from. Stored as JSON with
/// a report, it keeps showing the same numbers after new factor set versions are published; recalculating is an
/// explicit act producing a second result.
/// </summary>
public sealed record CalculationResult
{
    public required FactorSetReference Territorial { get; init; }

    public required FactorSetReference LifeCycle { get; init; }

    /// <summary>The lines that could be calculated, machines first, then vehicles, then energy.</summary>
    public IReadOnlyList<CalculatedLine> Lines { get; init; } = [];

    /// <summary>One per calculated line, in the same order; empty when the trace was not asked for.</summary>
    public IReadOnlyList<LineTrace> Traces { get; init; } = [];

    public IReadOnlyList<CalculationError> Errors { get; init; } = [];

    /// <summary>Key figures over all lines; null when any line failed, because totals missing a line would mislead.</summary>
    public KeyFigures? Totals { get; init; }

    [JsonIgnore]
    public bool Succeeded => Errors.Count == 0;
}
