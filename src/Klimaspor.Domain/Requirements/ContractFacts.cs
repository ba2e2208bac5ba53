using System.Text.Json.Serialization;
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Domain.Reporting.Template;

namespace Klimaspor.Domain.Requirements;

/// <summary>
/// One report line as requirements see it: the report's attributes and the calculation's figures side by side,
/// flat and small, so a contract's three years of reports can be kept per submission and evaluated in milliseconds.
/// </summary>
/// <remarks>
/// Figures are kept as whole millionths, as <see cref="CalculatedLine"/> keeps them (a calculation's figures have six
/// decimals): a line is half the size it would be in decimals, and evaluation adds integers, exactly and fast. The
/// properties read and write ordinary decimals, rounded to six places.
/// </remarks>
public sealed record FactLine
{
    private long _weightTonnes;
    private long _machineHours;
    private long _idleHours;
    private long _machineDays;
    private long _kilometres;
    private long _tonneKm;
    private long _energyKwh;
    private long _hybridElectricityKwh;
    private long _emissionsTerritorial;
    private long _emissionsLifeCycle;
    private long _avoidedTerritorial;
    private long _fuelLitres;
    private long _deliveredQuantity;
    private long _powerKw;
    private long _trips;
    private bool _hasTrips;
    private bool _hasWeight;
    private bool _hasPower;
    private bool _hasIdleHours;
    private bool _hasTonneKm;

    public LineKind Kind { get; init; }

    /// <summary>Zero-based index of the line in its sheet, as in the report and its calculation.</summary>
    public int Index { get; init; }

    /// <summary>Machine id, reg. no., energy source id, or a fuel delivery's note (else its date, supplier and product).</summary>
    public required string Id { get; init; }

    /// <summary><c>machineType</c> or <c>vehicleType</c>; null for energy lines and deliveries.</summary>
    [JsonConverter(typeof(CodeJsonConverter))]
    public string? Type { get; init; }

    public decimal? WeightTonnes
    {
        get => _hasWeight ? Micro.ToDecimal(_weightTonnes) : null;
        init => (_hasWeight, _weightTonnes) = value is { } weight ? (true, Micro.From(weight)) : (false, 0);
    }

    /// <summary>Machines: rated engine power in kW as reported (template v2); null where the line gives none.</summary>
    public decimal? PowerKw
    {
        get => _hasPower ? Micro.ToDecimal(_powerKw) : null;
        init => (_hasPower, _powerKw) = value is { } power ? (true, Micro.From(power)) : (false, 0);
    }

    /// <summary>Machines: reported as used only sporadically (template v2), which some fossil-free clauses except.</summary>
    public bool Sporadic { get; init; }

    /// <summary>A vehicle line whose energy and emissions are estimated from km (issue 17): a verdict resting on it says so.</summary>
    public bool DistanceBased { get; init; }

    /// <summary>
    /// Machines: code of the list <c>electricitySource</c> for a carrier that uses electricity (<c>nett</c> where a v1
    /// line gives none); null for carriers without electricity. A cable machine on <c>aggregat</c> is not zero-emission:
    /// its energy and emissions are on the generator's own line.
    /// </summary>
    [JsonConverter(typeof(CodeJsonConverter))]
    public string? ElectricitySource { get; init; }

    /// <summary>The contract site the line names (template v2); null where it names none.</summary>
    public string? Site { get; init; }

    /// <summary>
    /// Machines: the first and last day on site as reported; null means the period's edge (and on facts stored before the
    /// dates were kept). A waiver covers the line by these days (<see cref="WaiverCoverage"/>).
    /// </summary>
    public DateOnly? FromDate { get; init; }

    public DateOnly? ToDate { get; init; }

    /// <summary>Fuel deliveries: documented as biofuel beyond the blending mandate (template v2).</summary>
    public bool BeyondMandate { get; init; }

    /// <summary><c>transportPurpose</c> or <c>energyPurpose</c>.</summary>
    [JsonConverter(typeof(CodeJsonConverter))]
    public string? Purpose { get; init; }

    /// <summary>The energy carrier code (for deliveries: the product).</summary>
    [JsonConverter(typeof(CodeJsonConverter))]
    public required string Carrier { get; init; }

    public EnergyClass EnergyClass { get; init; }

    /// <summary>
    /// The <c>emissionClass</c> code; <c>nullutslipp</c> for a zero-emission carrier reported without a class, and
    /// <c>ukjent</c> for any other line without one. Null for energy lines and deliveries.
    /// </summary>
    [JsonConverter(typeof(CodeJsonConverter))]
    public string? EmissionClass { get; init; }

    /// <summary>Fuel deliveries only; <c>ukjent</c> for biofuel or biogas reported without a feedstock, null for fossil products.</summary>
    [JsonConverter(typeof(CodeJsonConverter))]
    public string? Feedstock { get; init; }

    /// <summary>The waiver reference the supplier wrote on the line (the evaluation trusts only approved waivers).</summary>
    public string? WaiverRef { get; init; }

    /// <summary>
    /// The organisation number of the machine's or vehicle's owner where the template's <c>ownerOrgNo</c> gives one: a
    /// subcontractor's lines inside the main supplier's report make that subcontractor reported for the period
    /// (<see cref="ReportingCompleteness"/>). Null on facts stored before it was kept.
    /// </summary>
    public string? OwnerOrgNo { get; init; }

    public decimal MachineHours
    {
        get => Micro.ToDecimal(_machineHours);
        init => _machineHours = Micro.From(value);
    }

    public decimal? IdleHours
    {
        get => _hasIdleHours ? Micro.ToDecimal(_idleHours) : null;
        init => (_hasIdleHours, _idleHours) = value is { } hours ? (true, Micro.From(hours)) : (false, 0);
    }

    public decimal MachineDays
    {
        get => Micro.ToDecimal(_machineDays);
        init => _machineDays = Micro.From(value);
    }

    public decimal Kilometres
    {
        get => Micro.ToDecimal(_kilometres);
        init => _kilometres = Micro.From(value);
    }

    public decimal? TonneKm
    {
        get => _hasTonneKm ? Micro.ToDecimal(_tonneKm) : null;
        init => (_hasTonneKm, _tonneKm) = value is { } tonneKm ? (true, Micro.From(tonneKm)) : (false, 0);
    }

    public decimal EnergyKwh
    {
        get => Micro.ToDecimal(_energyKwh);
        init => _energyKwh = Micro.From(value);
    }

    /// <summary>kWh a plug-in hybrid charged: zero-emission energy although the line's class is its fuel's.</summary>
    public decimal HybridElectricityKwh
    {
        get => Micro.ToDecimal(_hybridElectricityKwh);
        init => _hybridElectricityKwh = Micro.From(value);
    }

    public decimal EmissionsTerritorial
    {
        get => Micro.ToDecimal(_emissionsTerritorial);
        init => _emissionsTerritorial = Micro.From(value);
    }

    public decimal EmissionsLifeCycle
    {
        get => Micro.ToDecimal(_emissionsLifeCycle);
        init => _emissionsLifeCycle = Micro.From(value);
    }

    public decimal AvoidedTerritorial
    {
        get => Micro.ToDecimal(_avoidedTerritorial);
        init => _avoidedTerritorial = Micro.From(value);
    }

    public decimal FuelLitres
    {
        get => Micro.ToDecimal(_fuelLitres);
        init => _fuelLitres = Micro.From(value);
    }

    /// <summary>Vehicles: trips in the period as reported; null where the line gives none (and on facts stored before trips were kept).</summary>
    public decimal? Trips
    {
        get => _hasTrips ? Micro.ToDecimal(_trips) : null;
        init => (_hasTrips, _trips) = value is { } trips ? (true, Micro.From(trips)) : (false, 0);
    }

    public decimal DeliveredQuantity
    {
        get => Micro.ToDecimal(_deliveredQuantity);
        init => _deliveredQuantity = Micro.From(value);
    }

    internal long WeightMicro => _weightTonnes;

    internal bool HasPower => _hasPower;

    internal long PowerMicro => _powerKw;

    internal bool HasWeight => _hasWeight;

    internal long HybridElectricityMicro => _hybridElectricityKwh;

    /// <summary>A quantity in millionths; false where it was not reported (idle hours, tonne-km), so the line drops out.</summary>
    internal bool TryGet(FactQuantity quantity, out long micro)
    {
        switch (quantity)
        {
            case FactQuantity.Lines:
                micro = Micro.PerUnit;
                return true;
            case FactQuantity.MachineHours:
                micro = _machineHours;
                return true;
            case FactQuantity.IdleHours:
                micro = _idleHours;
                return _hasIdleHours;
            case FactQuantity.MachineDays:
                micro = _machineDays;
                return true;
            case FactQuantity.Kilometres:
                micro = _kilometres;
                return true;
            case FactQuantity.TonneKm:
                micro = _tonneKm;
                return _hasTonneKm;
            case FactQuantity.EnergyKwh:
                micro = _energyKwh;
                return true;
            case FactQuantity.EmissionsTerritorial:
                micro = _emissionsTerritorial;
                return true;
            case FactQuantity.EmissionsLifeCycle:
                micro = _emissionsLifeCycle;
                return true;
            case FactQuantity.AvoidedTerritorial:
                micro = _avoidedTerritorial;
                return true;
            case FactQuantity.FuelLitres:
                micro = _fuelLitres;
                return true;
            case FactQuantity.Trips:
                micro = _trips;
                return _hasTrips;
            default:
                micro = _deliveredQuantity;
                return true;
        }
    }
}

/// <summary>One reporting period of a contract as requirements see it.</summary>
public sealed record PeriodFacts
{
    public required ReportingPeriod Period { get; init; }

    /// <summary>The period's key, <c>YYYY-MM</c> of its first month.</summary>
    public required string Key { get; init; }

    public DateOnly DueDate { get; init; }

    /// <summary>When the main supplier first submitted its report for the period; null when it has submitted none.</summary>
    public DateTimeOffset? SubmittedAt { get; init; }

    /// <summary>
    /// The lines of every counted report of the period (<see cref="CountedSubmission"/>); empty when
    /// none counts.
    /// </summary>
    public IReadOnlyList<FactLine> Lines { get; init; } = [];

    /// <summary>
    /// The reporters the contract names who have not reported for the period, the main supplier first
    /// (<see cref="ReportingCompleteness"/>): the main supplier whose report was returned, a
    /// subcontractor with neither a report of its own, nor lines in the main supplier's, nor a declaration of no activity.
    /// </summary>
    public IReadOnlyList<Reporter> MissingReporters { get; init; } = [];

    /// <summary>Everyone the contract names has reported: the period's sums are whole.</summary>
    public bool IsComplete => SubmittedAt is not null && MissingReporters.Count == 0;

    /// <summary>
    /// The report is overdue: the period is not complete and the due date has passed. The one rule for "overdue" that
    /// the evaluation of late reports and the attention list share, so that they never count differently.
    /// </summary>
    public bool IsOverdue(DateOnly today) => !IsComplete && today > DueDate;
}


/// <summary>Everything the evaluation of one contract needs, and nothing it does not.</summary>
public sealed record ContractFacts
{
    public DateOnly StartDate { get; init; }

    public DateOnly EndDate { get; init; }

    public decimal ValueNok { get; init; }

    /// <summary>The contract's cap on its sanctions in total, NOK; null for none.</summary>
    public decimal? SanctionCapNok { get; init; }

    /// <summary>Every period of the contract, in order, reported or not.</summary>
    public IReadOnlyList<PeriodFacts> Periods { get; init; } = [];

    public IReadOnlyList<ApprovedWaiver> Waivers { get; init; } = [];

    public IReadOnlyList<GridCapacity> GridCapacity { get; init; } = [];
}
