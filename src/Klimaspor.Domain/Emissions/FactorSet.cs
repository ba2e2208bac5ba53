using System.Text.Json.Serialization;

namespace Klimaspor.Domain.Emissions;

/// <summary>
/// What an emission factor counts (domain README, "How emissions are computed"). Both are always shown side by side
/// and labelled, because they answer different questions.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<EmissionBoundary>))]
public enum EmissionBoundary
{
    /// <summary>Tank-to-wheel, as Norway's municipal climate accounts (Miljødirektoratet): fossil CO2 from combustion only.</summary>
    Territorial,

    /// <summary>Well-to-wheel: combustion plus production and distribution of the fuel, so biofuel and electricity are not zero.</summary>
    LifeCycle,
}

[JsonConverter(typeof(JsonStringEnumConverter<FactorSetStatus>))]
public enum FactorSetStatus
{
    Draft,
    Published,
}

/// <summary>One value of a factor set: what one unit of a carrier emits and how much energy it holds.</summary>
public sealed record EmissionFactor
{
    /// <summary>Code of the list <c>energyCarrier</c>. Plug-in hybrids have no rows of their own.</summary>
    public required string Carrier { get; init; }

    public required QuantityUnit Unit { get; init; }

    /// <summary>kg CO2e per unit. Null means no verified value exists: lines needing it fail with a named error, never count 0.</summary>
    public decimal? KgCo2ePerUnit { get; init; }

    /// <summary>Energy content, kWh per unit (lower heating value for fuels; 1 for kWh).</summary>
    public required decimal KwhPerUnit { get; init; }

    public required EmissionBoundary Boundary { get; init; }

    public required string Source { get; init; }

    public string? Note { get; init; }
}

/// <summary>
/// The assumptions behind avoided emissions: the baseline is the same work done with fossil diesel (domain README).
/// They belong to the factor set, so they are versioned, shown to the user and editable like the factors.
/// </summary>
public sealed record BaselineAssumptions
{
    /// <summary>kWh per litre of diesel; combustion lines' baseline litres = energy / this.</summary>
    public required decimal DieselKwhPerLitre { get; init; }

    public required string DieselKwhPerLitreSource { get; init; }

    /// <summary>Litres of diesel a diesel machine would burn for the work one kWh does in an electric drive.</summary>
    public required decimal ElectricDriveLitresPerKwh { get; init; }

    public required string ElectricDriveLitresPerKwhSource { get; init; }

    /// <summary>kg CO2e per litre of baseline diesel, in the set's boundary.</summary>
    public required decimal DieselKgCo2ePerLitre { get; init; }

    public required string DieselKgCo2ePerLitreSource { get; init; }
}

/// <summary>Names the exact factor set version a figure was computed with; stored with every result.</summary>
public sealed record FactorSetReference(string Key, int Version, EmissionBoundary Boundary)
{
    public override string ToString() => $"{Key} v{Version}";
}

/// <summary>
/// A named, versioned, dated table of emission factors, all in one boundary, with a source for every value.
/// A published version never changes (see <see cref="FactorSetRules"/>): results keep the key and version they used.
/// </summary>
public sealed record FactorSet
{
    /// <summary>Stable name, lower case with hyphens: <c>no-territorial-2021</c>.</summary>
    public required string Key { get; init; }

    public required int Version { get; init; }

    public required DateOnly ValidFrom { get; init; }

    public required FactorSetStatus Status { get; init; }

    public required EmissionBoundary Boundary { get; init; }

    public string Description { get; init; } = string.Empty;

    public required BaselineAssumptions Baseline { get; init; }

    public required IReadOnlyList<EmissionFactor> Factors { get; init; }

    [JsonIgnore]
    public FactorSetReference Reference => new(Key, Version, Boundary);

    /// <summary>The row for a carrier code and unit as stored; hybrids have none (the calculation maps them).</summary>
    public EmissionFactor? Find(string carrier, QuantityUnit unit)
    {
        foreach (var factor in Factors)
        {
            if (factor.Unit == unit && string.Equals(factor.Carrier, carrier, StringComparison.Ordinal))
            {
                return factor;
            }
        }

        return null;
    }
}
