using System.Text.Json.Serialization;
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Organisations;

namespace Klimaspor.Domain.Reporting;

[JsonConverter(typeof(JsonStringEnumConverter<WarningCode>))]
public enum WarningCode
{
    FuelRateOutOfRange,
    FuelWithoutHours,
    FuelOnElectricMachine,
    HoursBeyondPeriod,
    IdleHoursMissing,
    DeliveriesDifferFromUse,
    DeliveredFuelNotUsed,
    BiofuelWithoutFeedstock,
    MachineInSeveralReports,
    ChargingMayBeCountedTwice,
    EmissionClassOfOtherDuty,
}

/// <summary>
/// Something in a report that is physically unlikely. It is stored and shown with the report for the buyer to judge;
/// it never changes a figure and never stops a report.
/// </summary>
public sealed record PlausibilityWarning
{
    public required LineKind Kind { get; init; }

    /// <summary>Zero-based index of the line in its sheet; null for a finding about a whole product (deliveries vs use).</summary>
    public int? Index { get; init; }

    /// <summary>Machine ID, registration number, meter or product the finding is about.</summary>
    public string? LineId { get; init; }

    /// <summary>The template key of the column the finding points at.</summary>
    public required string Field { get; init; }

    public required WarningCode Code { get; init; }

    /// <summary>The message it is told with: one per code (<see cref="Plausibility.MessageKey"/>).</summary>
    public string MessageKey => Plausibility.MessageKey(Code);

    public IReadOnlyList<object> Args { get; init; } = [];
}

/// <summary>One supplier's machine lines for a period, for the cross-report check.</summary>
public sealed record SupplierMachines(OrganisationNumber Supplier, IReadOnlyList<MachineLine> Machines);

/// <summary>A warning about one supplier's report, found by comparing it with other suppliers' reports.</summary>
public sealed record SupplierWarning(OrganisationNumber Supplier, PlausibilityWarning Warning);

/// <summary>The plausibility checks of the template ("Checking", warnings) and the domain README ("Plausibility").</summary>
public static class Plausibility
{
    /// <summary>Deliveries and use of a product may differ by this fraction of use before a warning (template: 10 %).</summary>
    public const decimal DeliveryTolerance = 0.10m;

    /// <summary>Checks one report. Lines without dates cover the whole period [<paramref name="periodStart"/>, <paramref name="periodEnd"/>].</summary>
    public static IReadOnlyList<PlausibilityWarning> Check(ReportLines lines, DateOnly periodStart, DateOnly periodEnd)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var warnings = new List<PlausibilityWarning>();
        for (var i = 0; i < lines.Machines.Count; i++)
        {
            CheckMachine(i, lines.Machines[i], periodStart, periodEnd, warnings);
        }

        for (var i = 0; i < lines.Vehicles.Count; i++)
        {
            var vehicle = lines.Vehicles[i];
            if (vehicle.DataSource == DataSources.Telematikk && vehicle.IdleMinutes is null)
            {
                warnings.Add(Warning(LineKind.Vehicle, i, vehicle.RegNo, "idleMinutes", WarningCode.IdleHoursMissing));
            }

            if (IsOfOtherDuty(vehicle.VehicleType, vehicle.EmissionClass))
            {
                warnings.Add(Warning(LineKind.Vehicle, i, vehicle.RegNo, "emissionClass", WarningCode.EmissionClassOfOtherDuty, vehicle.EmissionClass!, vehicle.VehicleType));
            }
        }

        CheckCharging(lines, warnings);
        for (var i = 0; i < lines.FuelDeliveries.Count; i++)
        {
            CheckDelivery(i, lines.FuelDeliveries[i], lines.Machines, warnings);
        }

        CheckDeliveriesAgainstUse(lines, warnings);
        return warnings;
    }

    /// <summary>
    /// Finds machines reported by more than one supplier with overlapping dates in the same period, which would count
    /// their consumption twice in the contract's totals. Machine IDs are compared loosely (case, spaces, hyphens).
    /// </summary>
    public static IReadOnlyList<SupplierWarning> FindMachinesInSeveralReports(
        IReadOnlyList<SupplierMachines> reports, DateOnly periodStart, DateOnly periodEnd)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var byMachine = new Dictionary<string, List<(int Report, int Index)>>(StringComparer.Ordinal);
        for (var r = 0; r < reports.Count; r++)
        {
            for (var i = 0; i < reports[r].Machines.Count; i++)
            {
                var key = LooseLabel.Normalise(reports[r].Machines[i].MachineId);
                if (key.Length == 0)
                {
                    continue;
                }

                if (!byMachine.TryGetValue(key, out var sightings))
                {
                    byMachine[key] = sightings = [];
                }

                sightings.Add((r, i));
            }
        }

        var warnings = new List<SupplierWarning>();
        foreach (var sightings in byMachine.Values)
        {
            foreach (var (report, index) in sightings)
            {
                var line = reports[report].Machines[index];
                var others = new HashSet<OrganisationNumber>();
                foreach (var (otherReport, otherIndex) in sightings)
                {
                    var otherSupplier = reports[otherReport].Supplier;
                    // A machine may move from one subcontractor to another within the month: only overlapping dates count.
                    if (otherSupplier != reports[report].Supplier
                        && Overlap(line, reports[otherReport].Machines[otherIndex], periodStart, periodEnd)
                        && others.Add(otherSupplier))
                    {
                        warnings.Add(new SupplierWarning(reports[report].Supplier, Warning(LineKind.Machine, index, line.MachineId, "machineId",
                            WarningCode.MachineInSeveralReports, line.MachineId, otherSupplier.Formatted)));
                    }
                }
            }
        }

        return warnings;
    }

    private static void CheckMachine(int index, MachineLine machine, DateOnly periodStart, DateOnly periodEnd, List<PlausibilityWarning> warnings)
    {
        var hours = machine.OperatingHours.Value;
        if (EnergyCarrier.TryFind(machine.EnergyCarrier, out var carrier)
            && IsDieselEngineFuel(carrier)
            && machine.FuelLitres is { Value: > 0 } fuel)
        {
            if (hours == 0)
            {
                warnings.Add(Warning(LineKind.Machine, index, machine.MachineId, "fuelLitres", WarningCode.FuelWithoutHours, fuel.Value));
            }
            else if (FuelRateRanges.Find(machine.MachineType, machine.WeightTonnes) is { } range)
            {
                var rate = fuel.Value / hours;
                if (rate < range.LowestPlausible || rate > range.HighestPlausible)
                {
                    warnings.Add(Warning(LineKind.Machine, index, machine.MachineId, "fuelLitres", WarningCode.FuelRateOutOfRange,
                        decimal.Round(rate, 1), machine.MachineType, machine.WeightTonnes, range.LowestPlausible, range.HighestPlausible));
                }
            }
        }

        var from = machine.FromDate ?? periodStart;
        var to = machine.ToDate ?? periodEnd;
        if (to >= from)
        {
            var days = to.DayNumber - from.DayNumber + 1;
            if (hours > 24m * days)
            {
                warnings.Add(Warning(LineKind.Machine, index, machine.MachineId, "operatingHours", WarningCode.HoursBeyondPeriod,
                    hours, days, 24m * days));
            }
        }

        if (machine.DataSource == DataSources.Telematikk && machine.IdleHours is null)
        {
            warnings.Add(Warning(LineKind.Machine, index, machine.MachineId, "idleHours", WarningCode.IdleHoursMissing));
        }
    }

    // The litres-per-hour table is for diesel engines. Plug-in hybrids are left out: their litres per hour fall with
    // however much they charged, so a low figure is the point, not a mistake.
    private static bool IsDieselEngineFuel(EnergyCarrier carrier) =>
        carrier == EnergyCarrier.Diesel || carrier == EnergyCarrier.Hvo100 || carrier == EnergyCarrier.Fame100;

    private static void CheckCharging(ReportLines lines, List<PlausibilityWarning> warnings)
    {
        var machinesReportKwh = lines.Machines.Any(m => m.ElectricityKwh is { Value: > 0 });
        if (!machinesReportKwh)
        {
            return;
        }

        // The template puts on the Energi sheet only energy "not already reported on a machine line"; a meter for
        // charging next to machines with kWh is where that most often goes wrong.
        for (var i = 0; i < lines.Energy.Count; i++)
        {
            var line = lines.Energy[i];
            if (line.Purpose == EnergyPurposes.Lading && line.Quantity > 0)
            {
                warnings.Add(Warning(LineKind.Energy, i, line.SourceId, "purpose", WarningCode.ChargingMayBeCountedTwice, line.SourceId, line.Quantity));
            }
        }
    }

    private static void CheckDelivery(int index, FuelDelivery delivery, IReadOnlyList<MachineLine> machines, List<PlausibilityWarning> warnings)
    {
        if (EnergyCarrier.TryFind(delivery.Product, out var product)
            && product.EnergyClass is EnergyClass.LiquidBiofuel or EnergyClass.Biogas
            && (string.IsNullOrWhiteSpace(delivery.Feedstock) || delivery.Feedstock == Feedstocks.Ukjent))
        {
            warnings.Add(Warning(LineKind.FuelDelivery, index, delivery.Product, "feedstock", WarningCode.BiofuelWithoutFeedstock, delivery.Product));
        }

        var target = LooseLabel.Normalise(delivery.DeliveredTo);
        if (target.Length == 0)
        {
            return;
        }

        foreach (var machine in machines)
        {
            if (LooseLabel.Normalise(machine.MachineId) == target
                && EnergyCarrier.TryFind(machine.EnergyCarrier, out var carrier)
                && carrier.IsElectric && !carrier.IsPlugInHybrid)
            {
                warnings.Add(Warning(LineKind.FuelDelivery, index, delivery.DeliveredTo, "deliveredTo", WarningCode.FuelOnElectricMachine,
                    machine.MachineId, carrier.Code, delivery.Quantity, delivery.Unit.Code()));
                return;
            }
        }
    }

    private static void CheckDeliveriesAgainstUse(ReportLines lines, List<PlausibilityWarning> warnings)
    {
        // Without a Drivstoff sheet there is nothing to compare; that absence is not itself implausible.
        if (lines.FuelDeliveries.Count == 0)
        {
            return;
        }

        var used = new Dictionary<(string Product, QuantityUnit Unit), decimal>();
        foreach (var machine in lines.Machines)
        {
            AddUse(used, machine.EnergyCarrier, machine.FuelLitres?.Value, machine.GasKg?.Value);
        }

        foreach (var vehicle in lines.Vehicles)
        {
            AddUse(used, vehicle.EnergyCarrier, vehicle.FuelLitres?.Value, vehicle.GasKg?.Value);
        }

        foreach (var energy in lines.Energy)
        {
            if (EnergyCarrier.TryFind(energy.EnergyCarrier, out var carrier) && energy.Unit != QuantityUnit.KilowattHour && energy.Quantity > 0)
            {
                Add(used, (carrier.FuelFactorCarrier, energy.Unit), energy.Quantity);
            }
        }

        var delivered = new Dictionary<(string Product, QuantityUnit Unit), decimal>();
        var firstIndex = new Dictionary<(string, QuantityUnit), int>();
        for (var i = 0; i < lines.FuelDeliveries.Count; i++)
        {
            var delivery = lines.FuelDeliveries[i];
            if (EnergyCarrier.TryFind(delivery.Product, out var product) && delivery.Quantity > 0)
            {
                var key = (product.FuelFactorCarrier, delivery.Unit);
                Add(delivered, key, delivery.Quantity);
                firstIndex.TryAdd(key, i);
            }
        }

        // Ordinal order, so the same report lists its warnings in the same order whatever the thread's culture.
        foreach (var key in used.Keys.Union(delivered.Keys).OrderBy(k => k.Product, StringComparer.Ordinal).ThenBy(k => k.Unit))
        {
            var use = used.GetValueOrDefault(key);
            var delivery = delivered.GetValueOrDefault(key);
            int? index = firstIndex.TryGetValue(key, out var i) ? i : null;
            if (use == 0)
            {
                warnings.Add(Warning(LineKind.FuelDelivery, index, key.Product, "product", WarningCode.DeliveredFuelNotUsed,
                    key.Product, delivery, key.Unit.Code()));
            }
            else if (Math.Abs(delivery - use) > DeliveryTolerance * use)
            {
                warnings.Add(Warning(LineKind.FuelDelivery, index, key.Product, "quantity", WarningCode.DeliveriesDifferFromUse,
                    key.Product, delivery, use, key.Unit.Code(), decimal.Round(Math.Abs(delivery - use) / use, 4)));
            }
        }
    }

    // A hybrid's litres are delivered as the fuel they are (diesel or hvo100), so they count against that product.
    private static void AddUse(Dictionary<(string, QuantityUnit), decimal> used, string carrierCode, decimal? litres, decimal? kilograms)
    {
        if (!EnergyCarrier.TryFind(carrierCode, out var carrier))
        {
            return;
        }

        if (litres is > 0 && carrier.CanBeReportedIn(QuantityUnit.Litre))
        {
            Add(used, (carrier.FuelFactorCarrier, QuantityUnit.Litre), litres.Value);
        }

        if (kilograms is > 0 && carrier.CanBeReportedIn(QuantityUnit.Kilogram))
        {
            Add(used, (carrier.FuelFactorCarrier, QuantityUnit.Kilogram), kilograms.Value);
        }
    }

    private static void Add(Dictionary<(string, QuantityUnit), decimal> sums, (string, QuantityUnit) key, decimal amount) =>
        sums[key] = sums.GetValueOrDefault(key) + amount;

    private static bool Overlap(MachineLine a, MachineLine b, DateOnly periodStart, DateOnly periodEnd) =>
        (a.FromDate ?? periodStart) <= (b.ToDate ?? periodEnd) && (b.FromDate ?? periodStart) <= (a.ToDate ?? periodEnd);

    /// <summary>The message a warning with this code is told with (its arguments are the warning's <c>Args</c>).</summary>
    public static string MessageKey(WarningCode code) => "Plausibility." + code;

    /// <summary>
    /// A light-duty Euro class (1–6) on a truck, articulated lorry, refuse or concrete truck, or a heavy-duty one (I–VI,
    /// EEV) on a car: Statens vegvesen's code list keeps the two apart because they are approved on different test
    /// cycles, so such a line was most likely written on the other ladder (a version 1 file's "Euro 6" on a truck). The
    /// verdicts treat Euro 6 and Euro VI as the same step (EmissionClassOrder); the warning asks the supplier to check
    /// the registration. A van (varebil) can be approved either way and is never warned about.
    /// </summary>
    public static bool IsOfOtherDuty(string vehicleType, string? emissionClass)
    {
        string[] light = [EmissionClasses.Euro1, EmissionClasses.Euro2, EmissionClasses.Euro3, EmissionClasses.Euro4, EmissionClasses.Euro5, EmissionClasses.Euro6];
        string[] heavy = [EmissionClasses.EuroI, EmissionClasses.EuroII, EmissionClasses.EuroIII, EmissionClasses.EuroIV, EmissionClasses.EuroV, EmissionClasses.Eev, EmissionClasses.EuroVI];
        return vehicleType switch
        {
            VehicleTypes.Lastebil or VehicleTypes.Vogntog or VehicleTypes.Renovasjonsbil or VehicleTypes.Betongbil => light.Contains(emissionClass),
            VehicleTypes.Personbil => heavy.Contains(emissionClass),
            _ => false,
        };
    }

    private static PlausibilityWarning Warning(LineKind kind, int? index, string? lineId, string field, WarningCode code, params object[] args) =>
        new()
        {
            Kind = kind,
            Index = index,
            LineId = lineId,
            Field = field,
            Code = code,
            Args = args,
        };
}
