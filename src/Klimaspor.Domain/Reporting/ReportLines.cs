using System.Text.Json.Serialization;
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Organisations;

namespace Klimaspor.Domain.Reporting;

// The lines of the contractor report template, version 1 (spec/reporting-template.md). Property names are the
// template's keys in PascalCase, so the workbook, CSV, JSON and web form all map onto the same shape. Codes stay
// strings as reported: whether a code is known is a finding with a location, not something the type system can
// refuse while reading a file. Quantities use the unit types; whether a value is allowed (negative, a unit the carrier
// cannot have) is decided by the calculation, which then names the line and field.

/// <summary>Which sheet a line came from; errors and warnings are located by kind and zero-based index.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LineKind>))]
public enum LineKind
{
    Machine,
    Vehicle,
    Energy,
    FuelDelivery,
}

/// <summary>A row of the sheet <c>Maskiner</c>: one machine or piece of equipment on site in the period.</summary>
public sealed record MachineLine
{
    /// <summary>Serial/PIN, fleet number or registration number, ≤ 64 characters.</summary>
    public required string MachineId { get; init; }

    /// <summary>The subcontractor or rental firm owning the machine, when not the reporting supplier.</summary>
    public OrganisationNumber? OwnerOrgNo { get; init; }

    /// <summary>Code of the list <c>machineType</c>.</summary>
    [JsonConverter(typeof(CodeJsonConverter))]
    public required string MachineType { get; init; }

    public string? Model { get; init; }

    /// <summary>Operating weight in tonnes; selects the plausible litres-per-hour band.</summary>
    public decimal WeightTonnes { get; init; }

    /// <summary>
    /// Rated engine power in kW (template v2 makes it matter: a Stage requirement's limits depend on the power band, so
    /// for the machine types a Stage rule covers a missing power leaves the verdict unassessable, naming the line).
    /// </summary>
    public decimal? PowerKw { get; init; }

    /// <summary>Code of the list <c>energyCarrier</c>.</summary>
    [JsonConverter(typeof(CodeJsonConverter))]
    public required string EnergyCarrier { get; init; }

    /// <summary>Code of the list <c>emissionClass</c>; may be empty for zero-emission carriers.</summary>
    [JsonConverter(typeof(CodeJsonConverter))]
    public string? EmissionClass { get; init; }

    /// <summary>Null means the period start.</summary>
    public DateOnly? FromDate { get; init; }

    /// <summary>Null means the period end.</summary>
    public DateOnly? ToDate { get; init; }

    public Hours OperatingHours { get; init; }

    public Hours? IdleHours { get; init; }

    public Litres? FuelLitres { get; init; }

    public Kilograms? GasKg { get; init; }

    public KilowattHours? ElectricityKwh { get; init; }

    /// <summary>
    /// Template v2: code of the list <c>electricitySource</c>, where the kWh came from; null (a v1 line) means the grid.
    /// Only a carrier that uses electricity can have one.
    /// </summary>
    [JsonConverter(typeof(CodeJsonConverter))]
    public string? ElectricitySource { get; init; }

    /// <summary>
    /// Template v2: the machine is used only sporadically, which Kriterieveiviseren's fossil-free requirement excepts
    /// ("gjelder ikke maskiner og utstyr som brukes sporadisk" in its public summary).
    /// </summary>
    public bool Sporadic { get; init; }

    /// <summary>Code of the list <c>dataSource</c>.</summary>
    [JsonConverter(typeof(CodeJsonConverter))]
    public required string DataSource { get; init; }

    public string? WaiverRef { get; init; }

    public string? Comment { get; init; }

    /// <summary>
    /// Template v2: the contract site the line belongs to, as the contract names it; optional, as a contract with one
    /// site needs none.
    /// </summary>
    public string? Site { get; init; }
}

/// <summary>A row of the sheet <c>Kjøretøy</c>: a vehicle's driving for the contract in the period.</summary>
public sealed record VehicleLine
{
    /// <summary>Registration number, letters and digits.</summary>
    public required string RegNo { get; init; }

    public OrganisationNumber? OwnerOrgNo { get; init; }

    /// <summary>Code of the list <c>vehicleType</c>.</summary>
    [JsonConverter(typeof(CodeJsonConverter))]
    public required string VehicleType { get; init; }

    /// <summary>Code of the list <c>transportPurpose</c>.</summary>
    [JsonConverter(typeof(CodeJsonConverter))]
    public required string Purpose { get; init; }

    [JsonConverter(typeof(CodeJsonConverter))]
    public required string EnergyCarrier { get; init; }

    [JsonConverter(typeof(CodeJsonConverter))]
    public string? EmissionClass { get; init; }

    public int? Trips { get; init; }

    public Kilometres DistanceKm { get; init; }

    /// <summary>
    /// Template v2: the km driven with load, at most <see cref="DistanceKm"/>; the rest is empty running, its own legs
    /// (EN ISO 14083's transport chain elements), priced at the empty row and carrying no tonne-km.
    /// </summary>
    public decimal? LadenKm { get; init; }

    /// <summary>Template v2: code of the list <c>vehicleWeightClass</c>; selects finer consumption rows for lorries.</summary>
    [JsonConverter(typeof(CodeJsonConverter))]
    public string? WeightClass { get; init; }

    /// <summary>Template v2: code of the list <c>loadLevel</c>, how full the vehicle is on its laden km.</summary>
    [JsonConverter(typeof(CodeJsonConverter))]
    public string? LoadLevel { get; init; }

    /// <summary>Tonnes transported in the period, over all its trips.</summary>
    public decimal? LoadTonnes { get; init; }

    public Litres? FuelLitres { get; init; }

    public Kilograms? GasKg { get; init; }

    public KilowattHours? ElectricityKwh { get; init; }

    public int? IdleMinutes { get; init; }

    [JsonConverter(typeof(CodeJsonConverter))]
    public required string DataSource { get; init; }

    public string? Comment { get; init; }

    /// <summary>
    /// Template v2: the contract site the line belongs to, as the contract names it; optional, as a contract with one
    /// site needs none.
    /// </summary>
    public string? Site { get; init; }
}

/// <summary>A row of the sheet <c>Energi</c>: site energy not already reported on a machine or vehicle line.</summary>
public sealed record EnergyLine
{
    /// <summary>Meter number or other source, ≤ 64 characters.</summary>
    public required string SourceId { get; init; }

    /// <summary>Code of the list <c>energyCarrier</c>; grid electricity is <c>el-nett</c>.</summary>
    [JsonConverter(typeof(CodeJsonConverter))]
    public required string EnergyCarrier { get; init; }

    /// <summary>Code of the list <c>energyPurpose</c>.</summary>
    [JsonConverter(typeof(CodeJsonConverter))]
    public required string Purpose { get; init; }

    public decimal Quantity { get; init; }

    public QuantityUnit Unit { get; init; }

    public DateOnly? FromDate { get; init; }

    public DateOnly? ToDate { get; init; }

    [JsonConverter(typeof(CodeJsonConverter))]
    public required string DataSource { get; init; }

    /// <summary>
    /// Template v2: the contract site the line belongs to, as the contract names it; optional, as a contract with one
    /// site needs none.
    /// </summary>
    public string? Site { get; init; }

    /// <summary>
    /// Template v2: the subcontractor whose use this is (its heating, its generator fuel), when not the reporting
    /// supplier's — so that a subcontractor reporting through the main supplier can be seen to have reported.
    /// </summary>
    public OrganisationNumber? OwnerOrgNo { get; init; }
}

/// <summary>A row of the sheet <c>Drivstoff</c>: a fuel delivery, the evidence to cross-check consumption against.</summary>
public sealed record FuelDelivery
{
    public DateOnly DeliveryDate { get; init; }

    public required string FuelSupplier { get; init; }

    /// <summary>Code of the list <c>energyCarrier</c>, liquid or gas carriers only.</summary>
    [JsonConverter(typeof(CodeJsonConverter))]
    public required string Product { get; init; }

    public decimal Quantity { get; init; }

    public QuantityUnit Unit { get; init; }

    /// <summary>Code of the list <c>feedstock</c>; required for biofuel and biogas.</summary>
    [JsonConverter(typeof(CodeJsonConverter))]
    public string? Feedstock { get; init; }

    /// <summary>g CO2e per MJ, from the proof of sustainability.</summary>
    public decimal? CarbonIntensity { get; init; }

    public string? SustainabilityRef { get; init; }

    /// <summary>
    /// Template v2: the delivery is documented as biofuel beyond the blending mandate (omsetningskravet), so that using
    /// it is an effect of the contract rather than what any diesel sold in Norway already carries. Only such biofuel
    /// counts as an effect of the requirements (issue 14 item 14).
    /// </summary>
    public bool BeyondMandate { get; init; }

    public string? DeliveryNote { get; init; }

    /// <summary>A machine ID or a tank.</summary>
    public string? DeliveredTo { get; init; }

    /// <summary>
    /// Template v2: the subcontractor the fuel was delivered to, when not the reporting supplier — so that a
    /// subcontractor whose deliveries the main supplier reports can be seen to have reported, as with its lines.
    /// </summary>
    public OrganisationNumber? OwnerOrgNo { get; init; }

    /// <summary>
    /// Template v2: the contract site the line belongs to, as the contract names it; optional, as a contract with one
    /// site needs none.
    /// </summary>
    public string? Site { get; init; }
}

/// <summary>The lines of one report, by sheet.</summary>
public sealed record ReportLines
{
    public IReadOnlyList<MachineLine> Machines { get; init; } = [];

    public IReadOnlyList<VehicleLine> Vehicles { get; init; } = [];

    public IReadOnlyList<EnergyLine> Energy { get; init; } = [];

    public IReadOnlyList<FuelDelivery> FuelDeliveries { get; init; } = [];

    /// <summary>
    /// Subcontractors (organisation numbers) the main supplier declares had no activity on the contract in the period
    /// (issue 14 item 6): with the main supplier's counted report they have reported, as if with lines of their own.
    /// </summary>
    public IReadOnlyList<string> NoActivity { get; init; } = [];

    /// <summary>
    /// The organisations this report answers for besides its reporter: the owners named on its lines and those it
    /// declares had no activity. What <see cref="Reports.ReportingCompleteness"/> reads from a main supplier's report.
    /// </summary>
    public IReadOnlyList<string> AnswersFor() =>
        [.. Owners().Concat(NoActivity).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>The subcontractors named as owners on the lines (machines, vehicles, energy, fuel deliveries).</summary>
    public IEnumerable<string> Owners() =>
        Machines.Select(m => m.OwnerOrgNo?.Value).Concat(Vehicles.Select(v => v.OwnerOrgNo?.Value))
            .Concat(Energy.Select(e => e.OwnerOrgNo?.Value)).Concat(FuelDeliveries.Select(d => d.OwnerOrgNo?.Value)).OfType<string>();
}
