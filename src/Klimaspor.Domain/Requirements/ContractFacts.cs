using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Template;

namespace Klimaspor.Domain.Requirements;

/// <summary>
/// One report line as requirements see it: the report's attributes and the calculation's figures side by side,
/// flat and small, so a contract's three years of reports can be kept per submission and evaluated in milliseconds.
/// </summary>
public sealed record FactLine
{
    public LineKind Kind { get; init; }

    /// <summary>Zero-based index of the line in its sheet, as in the report and its calculation.</summary>
    public int Index { get; init; }

    /// <summary>Machine id, reg. no., energy source id, or a fuel delivery's note (else its date, supplier and product).</summary>
    public required string Id { get; init; }

    /// <summary><c>machineType</c> or <c>vehicleType</c>; null for energy lines and deliveries.</summary>
    public string? Type { get; init; }

    public decimal? WeightTonnes { get; init; }

    /// <summary><c>transportPurpose</c> or <c>energyPurpose</c>.</summary>
    public string? Purpose { get; init; }

    /// <summary>The energy carrier code (for deliveries: the product).</summary>
    public required string Carrier { get; init; }

    public EnergyClass EnergyClass { get; init; }

    /// <summary>
    /// The <c>emissionClass</c> code; <c>nullutslipp</c> for a zero-emission carrier reported without a class, and
    /// <c>ukjent</c> for any other line without one. Null for energy lines and deliveries.
    /// </summary>
    public string? EmissionClass { get; init; }

    /// <summary>Fuel deliveries only; <c>ukjent</c> for biofuel or biogas reported without a feedstock, null for fossil products.</summary>
    public string? Feedstock { get; init; }

    /// <summary>The waiver reference the supplier wrote on the line (the evaluation trusts only approved waivers).</summary>
    public string? WaiverRef { get; init; }

    public decimal MachineHours { get; init; }

    public decimal? IdleHours { get; init; }

    public decimal MachineDays { get; init; }

    public decimal Kilometres { get; init; }

    public decimal? TonneKm { get; init; }

    public decimal EnergyKwh { get; init; }

    /// <summary>kWh a plug-in hybrid charged: zero-emission energy although the line's class is its fuel's.</summary>
    public decimal HybridElectricityKwh { get; init; }

    public decimal EmissionsTerritorial { get; init; }

    public decimal EmissionsLifeCycle { get; init; }

    public decimal AvoidedTerritorial { get; init; }

    public decimal FuelLitres { get; init; }

    public decimal DeliveredQuantity { get; init; }
}

/// <summary>One reporting period of a contract as requirements see it.</summary>
public sealed record PeriodFacts
{
    public required ReportingPeriod Period { get; init; }

    /// <summary>The period's key, <c>YYYY-MM</c> of its first month.</summary>
    public required string Key { get; init; }

    public DateOnly DueDate { get; init; }

    /// <summary>When the version being evaluated was first submitted; null when nothing has been submitted.</summary>
    public DateTimeOffset? SubmittedAt { get; init; }

    /// <summary>The lines of the latest submitted version; empty when nothing has been submitted.</summary>
    public IReadOnlyList<FactLine> Lines { get; init; } = [];
}

/// <summary>Everything the evaluation of one contract needs, and nothing it does not.</summary>
public sealed record ContractFacts
{
    public DateOnly StartDate { get; init; }

    public DateOnly EndDate { get; init; }

    public decimal ValueNok { get; init; }

    /// <summary>Every period of the contract, in order, reported or not.</summary>
    public IReadOnlyList<PeriodFacts> Periods { get; init; } = [];

    public IReadOnlyList<ApprovedWaiver> Waivers { get; init; } = [];

    public IReadOnlyList<GridCapacity> GridCapacity { get; init; } = [];
}
