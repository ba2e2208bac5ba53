using System.Globalization;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Transport;

namespace Klimaspor.Domain.Emissions;

/// <summary>
/// Computes energy, emissions under both boundaries, the fossil-diesel baseline and avoided emissions for every line
/// of a report, with a trace of each figure. Pure: the same lines and factor set versions give the same result.
/// </summary>
/// <remarks>
/// Rules (domain README, "How emissions are computed"):
/// <list type="bullet">
/// <item>Energy = quantity × kWh per unit, from the territorial set, so both boundaries describe the same energy.</item>
/// <item>Emissions = quantity × kg CO2e per unit, from each boundary's own set. Plug-in hybrids price their litres as
/// diesel or hvo100 and their kWh as el-batteri, and count both.</item>
/// <item>Baseline diesel (each set's own assumptions): a diesel line is its own baseline (nothing avoided); electricity
/// driving a machine or vehicle (el-batteri, el-kabel, a hybrid's kWh, el-nett charging machines) = kWh × litres per
/// kWh of electric drive; everything else, combustion and heat, = energy ÷ kWh per litre of diesel. Hydrogen is
/// treated as combustion, which understates what a fuel-cell machine avoids rather than overstating it.</item>
/// <item>kWh a machine took from a generator on site (<c>electricitySource</c> <c>aggregat</c>, template v2) count 0:
/// the generator is reported as a machine with its own fuel, which carries the energy and the emissions. Such a machine
/// is not zero-emission: its class is that of the report's generators' fuel, or fossil where they burn fuels of more
/// than one class or none is reported (the class that hides nothing).</item>
/// <item>A life-cycle row that states no figure (district heating without the network's own factor) makes the line's
/// life-cycle figures "not available": 0, flagged on the line and counted in the totals, never a refused report. A row
/// missing altogether, or a territorial row without a figure, is still an error.</item>
/// <item>A missing factor, a negative quantity, a unit the carrier cannot have, an unknown carrier or a missing
/// quantity is an error located at its line and field; the line is then left out, never computed from a guess.</item>
/// </list>
/// </remarks>
public static class EmissionCalculation
{
    /// <summary>
    /// Places every per-line figure is rounded to (a milligram, a millilitre, a watt-hour). Rounding each line once
    /// makes totals exact sums, identical whatever the order or grouping of lines.
    /// </summary>
    public const int Decimals = 6;

    /// <summary>
    /// Quantities above this (a thousand million litres, kWh, hours or km on one line) are refused as typing errors.
    /// It also keeps every figure within what a line stores (see <see cref="CalculatedLine"/>).
    /// </summary>
    public const decimal MaxQuantity = 1_000_000_000m;

    /// <param name="consumption">The consumption table for distance-based vehicle lines; the current reference table when null.</param>
    public static CalculationResult Calculate(ReportLines lines, FactorSet territorial, FactorSet lifeCycle, bool includeTrace = true,
        ConsumptionTable? consumption = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(territorial);
        ArgumentNullException.ThrowIfNull(lifeCycle);
        // Passing the sets the wrong way round is a programming error, not something a user can cause.
        if (territorial.Boundary != EmissionBoundary.Territorial)
        {
            throw new ArgumentException($"Factor set {territorial.Reference} is not territorial.", nameof(territorial));
        }

        if (lifeCycle.Boundary != EmissionBoundary.LifeCycle)
        {
            throw new ArgumentException($"Factor set {lifeCycle.Reference} is not life-cycle.", nameof(lifeCycle));
        }

        // Published sets are valid by construction; a draft must be validated before it is previewed with.
        RequireValid(territorial, nameof(territorial));
        RequireValid(lifeCycle, nameof(lifeCycle));

        var calculator = new Calculator(territorial, lifeCycle, includeTrace, lines.Machines.Count + lines.Vehicles.Count + lines.Energy.Count)
        {
            DeliveredIntensity = DeliveredCarbonIntensity.PerProduct(lines.FuelDeliveries),
            GeneratorClass = GeneratorClass(lines.Machines),
            BeyondMandate = BeyondMandateShares(lines),
            Consumption = consumption ?? ReferenceConsumption.Current,
        };
        for (var i = 0; i < lines.Machines.Count; i++)
        {
            calculator.Machine(i, lines.Machines[i]);
        }

        for (var i = 0; i < lines.Vehicles.Count; i++)
        {
            calculator.Vehicle(i, lines.Vehicles[i]);
        }

        for (var i = 0; i < lines.Energy.Count; i++)
        {
            calculator.Energy(i, lines.Energy[i]);
        }

        return calculator.Result();
    }

    /// <summary>
    /// Per liquid biofuel product (<c>hvo100</c>, <c>fame100</c>; a hybrid's fuel counts as its product), the share of
    /// the litres used that the report's deliveries document as beyond the blending mandate, at most 1. Only that share
    /// of the product's avoided emissions is an effect of the requirements (issue 14 item 14).
    /// </summary>
    public static IReadOnlyDictionary<string, decimal> BeyondMandateShares(ReportLines lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var used = new Dictionary<string, decimal>(StringComparer.Ordinal);
        void Use(string carrierCode, decimal? litres)
        {
            if (litres is > 0 && EnergyCarrier.TryFind(carrierCode, out var carrier) && carrier.EnergyClass == EnergyClass.LiquidBiofuel)
            {
                used[carrier.FuelFactorCarrier] = used.GetValueOrDefault(carrier.FuelFactorCarrier) + litres.Value;
            }
        }

        foreach (var machine in lines.Machines)
        {
            Use(machine.EnergyCarrier, machine.FuelLitres?.Value);
        }

        foreach (var vehicle in lines.Vehicles)
        {
            Use(vehicle.EnergyCarrier, vehicle.FuelLitres?.Value);
        }

        foreach (var energy in lines.Energy)
        {
            Use(energy.EnergyCarrier, energy.Unit == QuantityUnit.Litre ? energy.Quantity : null);
        }

        var documented = lines.FuelDeliveries
            .Where(d => d.BeyondMandate && d.Unit == QuantityUnit.Litre && d.Quantity > 0)
            .GroupBy(d => d.Product, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(d => d.Quantity), StringComparer.Ordinal);
        return used.ToDictionary(u => u.Key, u => Math.Min(1m, documented.GetValueOrDefault(u.Key) / u.Value), StringComparer.Ordinal);
    }

    /// <summary>The class of the fuel the report's generators burn, when they all burn fuel of one class; else fossil.</summary>
    public static EnergyClass GeneratorClass(IReadOnlyList<MachineLine> machines)
    {
        ArgumentNullException.ThrowIfNull(machines);
        EnergyClass? found = null;
        foreach (var machine in machines)
        {
            if (machine.MachineType != MachineTypes.Aggregat || !EnergyCarrier.TryFind(machine.EnergyCarrier, out var carrier) || carrier.IsZeroEmission)
            {
                continue;
            }

            if (found is { } other && other != carrier.EnergyClass)
            {
                return EnergyClass.Fossil;
            }

            found = carrier.EnergyClass;
        }

        return found ?? EnergyClass.Fossil;
    }

    private static void RequireValid(FactorSet set, string parameter)
    {
        var errors = FactorSetRules.Validate(set);
        if (errors.Count > 0)
        {
            throw new ArgumentException($"Factor set {set.Reference} is not valid: {errors[0].Field} {errors[0].MessageKey}.", parameter);
        }
    }

    internal static decimal Round(decimal value) => decimal.Round(value, Decimals, MidpointRounding.ToEven);

    private enum BaselineMethod
    {
        SameAsActualDiesel,
        EnergyEquivalent,
        ElectricDrive,
    }

    private readonly record struct Location(LineKind Kind, int Index, string LineId);

    /// <summary>A line's figures under one boundary while its parts are added up, before they are stored.</summary>
    private readonly record struct BoundaryTotals(decimal Emissions, decimal BaselineLitres, decimal BaselineEmissions)
    {
        public bool Fits => Micro.Fits(Emissions) && Micro.Fits(BaselineLitres) && Micro.Fits(BaselineEmissions);

        public BoundaryFigures Figures => new()
        {
            Emissions = new(Emissions),
            BaselineDieselLitres = new(BaselineLitres),
            BaselineEmissions = new(BaselineEmissions),
        };

        public BoundaryTotals Add(BoundaryTotals other) =>
            new(Emissions + other.Emissions, BaselineLitres + other.BaselineLitres, BaselineEmissions + other.BaselineEmissions);
    }

    private readonly record struct Part(string Field, QuantityUnit Unit, decimal Quantity, bool IsHybridElectricity);

    /// <summary>A line has at most two quantities (a hybrid's litres and kWh); two fields avoid a list per line.</summary>
    private struct Parts
    {
        public Part First;
        public Part Second;
        public int Count;

        public void Add(Part part)
        {
            if (Count == 0)
            {
                First = part;
            }
            else
            {
                Second = part;
            }

            Count++;
        }

        public readonly Part this[int index] => index == 0 ? First : Second;
    }

    /// <summary>The factors of one set laid out by carrier ordinal and unit, with hybrids already mapped.</summary>
    private sealed class BoundaryTable
    {
        private readonly EmissionFactor?[] _factors;

        public BoundaryTable(FactorSet set)
        {
            Set = set;
            _factors = new EmissionFactor?[EnergyCarrier.All.Count * QuantityUnits.All.Count];
            foreach (var carrier in EnergyCarrier.All)
            {
                foreach (var unit in QuantityUnits.All)
                {
                    _factors[Slot(carrier, unit)] = set.Find(FactorCarrier(carrier, unit), unit);
                }
            }
        }

        public FactorSet Set { get; }

        public EmissionFactor? Find(EnergyCarrier carrier, QuantityUnit unit) => _factors[Slot(carrier, unit)];

        private static int Slot(EnergyCarrier carrier, QuantityUnit unit) => (carrier.Ordinal * QuantityUnits.All.Count) + (int)unit;
    }

    private static string FactorCarrier(EnergyCarrier carrier, QuantityUnit unit) =>
        carrier.IsPlugInHybrid && unit == QuantityUnit.KilowattHour ? EnergyCarrier.ElBatteri.Code : carrier.FuelFactorCarrier;

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed class Calculator(FactorSet territorial, FactorSet lifeCycle, bool includeTrace, int capacity)
    {
        private readonly BoundaryTable _territorial = new(territorial);
        private readonly BoundaryTable _lifeCycle = new(lifeCycle);
        private readonly List<CalculatedLine> _lines = new(capacity);
        private readonly List<LineTrace> _traces = includeTrace ? new(capacity) : [];
        private readonly List<CalculationError> _errors = [];
        private readonly List<TraceStep> _steps = [];

        /// <summary>g CO2e per MJ per biofuel product, from the report's deliveries (<see cref="DeliveredCarbonIntensity"/>).</summary>
        public IReadOnlyDictionary<string, decimal> DeliveredIntensity { get; init; } = new Dictionary<string, decimal>();

        public EnergyClass GeneratorClass { get; init; } = EnergyClass.Fossil;

        public IReadOnlyDictionary<string, decimal> BeyondMandate { get; init; } = new Dictionary<string, decimal>();

        public ConsumptionTable Consumption { get; init; } = ReferenceConsumption.Current;

        /// <summary>Steps that explain a distance-based line's estimated quantities, put first in its trace.</summary>
        private readonly List<TraceStep> _estimateSteps = [];

        public void Machine(int index, MachineLine line)
        {
            var at = new Location(LineKind.Machine, index, line.MachineId);
            var errorCount = _errors.Count;
            var carrier = Carrier(at, line.EnergyCarrier);
            CheckNotNegative(at, "operatingHours", line.OperatingHours.Value);
            CheckNotNegative(at, "idleHours", line.IdleHours?.Value);
            var parts = carrier is null ? default : Quantities(at, carrier, line.FuelLitres?.Value, line.GasKg?.Value, line.ElectricityKwh?.Value);
            var generatorFed = carrier is { IsElectric: true } && ElectricitySources.IsGenerator(line.ElectricitySource);
            if (carrier is null || _errors.Count > errorCount || !TryCompute(at, carrier, parts, electricDrive: true, out var figures, generatorFed))
            {
                return;
            }

            // A cable or battery machine on a generator runs on the generator's fuel; a hybrid keeps its own fuel's class.
            var energyClass = generatorFed && carrier.IsZeroEmission ? GeneratorClass : figures.EnergyClass;
            _lines.Add(figures with { OperatingHours = line.OperatingHours, IdleHours = line.IdleHours, EnergyClass = energyClass });
        }

        public void Vehicle(int index, VehicleLine line)
        {
            var at = new Location(LineKind.Vehicle, index, line.RegNo);
            var errorCount = _errors.Count;
            var carrier = Carrier(at, line.EnergyCarrier);
            CheckNotNegative(at, "distanceKm", line.DistanceKm.Value);
            CheckNotNegative(at, "loadTonnes", line.LoadTonnes);
            CheckNotNegative(at, "trips", line.Trips);
            CheckNotNegative(at, "idleMinutes", line.IdleMinutes);
            CheckNotNegative(at, "ladenKm", line.LadenKm);
            if (line.LadenKm is { } ladenKm && ladenKm > line.DistanceKm.Value)
            {
                AddError(at, "ladenKm", Invariant(ladenKm), MessageKeys.CalculationLadenAboveDistance, ladenKm, line.DistanceKm.Value);
            }

            // No fuel, electricity or gas but km: distance-based, the energy from the consumption table (issue 17).
            var distanceBased = line is { FuelLitres: null, GasKg: null, ElectricityKwh: null } && line.DistanceKm.Value > 0;
            string? rows = null;
            _estimateSteps.Clear();
            var parts = carrier is null || _errors.Count > errorCount ? default
                : distanceBased ? DistanceParts(at, carrier, line, out rows)
                : Quantities(at, carrier, line.FuelLitres?.Value, line.GasKg?.Value, line.ElectricityKwh?.Value);
            if (carrier is null || _errors.Count > errorCount)
            {
                return;
            }

            // Tonne-km: with laden km, tonnes per trip × laden km (EN ISO 14083: the empty legs carry none). Without them
            // (a v1 line), tonnes × km per trip, each tonne taken to travel one average trip: where trips include the
            // empty way back this overstates tonne-km, so emissions per tonne-km err low.
            decimal? tonneKm = line is { LoadTonnes: { } load, Trips: > 0 }
                ? Round(load * (line.LadenKm ?? line.DistanceKm.Value) / line.Trips.Value)
                : null;
            if (tonneKm is { } product && !Micro.Fits(product))
            {
                AddError(at, "loadTonnes", Invariant(line.LoadTonnes!.Value), MessageKeys.CalculationQuantityTooLarge, product, Micro.MaxValue);
                return;
            }

            if (TryCompute(at, carrier, parts, electricDrive: true, out var figures))
            {
                _lines.Add(figures with
                {
                    Distance = line.DistanceKm,
                    TonneKm = tonneKm,
                    Method = distanceBased ? ActivityMethod.Distance : ActivityMethod.Fuel,
                    ConsumptionRow = rows,
                    Transport = TransportPurposes.Group(line.Purpose),
                });
            }
        }

        /// <summary>
        /// A distance-based line's quantities: each leg's km × its row's energy per km, laden and empty legs apart (EN ISO
        /// 14083's transport chain elements), fuel energy turned into litres or kg with the territorial set's energy
        /// content, so the rest of the calculation runs as for reported fuel (the Norwegian path: energy per km × carrier
        /// factors). A line no row covers is refused at its quantity column.
        /// </summary>
        private Parts DistanceParts(Location at, EnergyCarrier carrier, VehicleLine line, out string? rowIds)
        {
            rowIds = null;
            var km = line.DistanceKm.Value;
            var load = LoadLevels.Parse(line.LoadLevel);
            (decimal Km, LoadLevel Load)[] legs = line.LadenKm is { } laden
                ? [(laden, load), (km - laden, LoadLevel.Empty)]
                : [(km, load)];
            decimal fuelKwh = 0, electricityKwh = 0;
            var ids = new List<string>(2);
            foreach (var (legKm, legLoad) in legs)
            {
                if (legKm == 0)
                {
                    continue;
                }

                if (Consumption.Find(line.VehicleType, line.WeightClass, legLoad, carrier) is not { } row)
                {
                    AddError(at, FieldFor(carrier.Units[0]), null, MessageKeys.CalculationNoConsumptionRow, line.VehicleType, carrier.Code);
                    return default;
                }

                fuelKwh += legKm * row.FuelKwhPerKm;
                electricityKwh += legKm * row.ElectricityKwhPerKm;
                ids.Add(row.Id);
                if (includeTrace)
                {
                    var perKm = row.FuelKwhPerKm + row.ElectricityKwhPerKm;
                    _estimateSteps.Add(new TraceStep
                    {
                        Figure = TraceFigure.EstimatedQuantity,
                        Field = "distanceKm",
                        Input = new(legKm, "km"),
                        Factor = new(Consumption.Key, Consumption.Version, row.Id, perKm, "kWh/km", row.Source),
                        Conversion = TraceConversion.DistanceTimesConsumption,
                        Result = new(Round(legKm * perKm), "kWh"),
                    });
                }
            }

            rowIds = $"{Consumption.Reference}: {string.Join(" + ", ids)}";
            var parts = default(Parts);
            if (fuelKwh > 0)
            {
                var unit = carrier.Units[0];
                if (_territorial.Find(carrier, unit) is not { KwhPerUnit: > 0 } factor)
                {
                    AddError(at, FieldFor(unit), null, MessageKeys.CalculationMissingFactor, FactorCarrier(carrier, unit), unit.Code(), territorial.Key, territorial.Version);
                    return default;
                }

                // Not rounded: the engine multiplies it back by the same energy content, and the energy is what the row gave.
                parts.Add(new Part(FieldFor(unit), unit, fuelKwh / factor.KwhPerUnit, false));
            }

            if (electricityKwh > 0)
            {
                parts.Add(new Part("electricityKwh", QuantityUnit.KilowattHour, Round(electricityKwh), carrier.IsPlugInHybrid));
            }

            return parts;
        }

        public void Energy(int index, EnergyLine line)
        {
            var at = new Location(LineKind.Energy, index, line.SourceId);
            var carrier = Carrier(at, line.EnergyCarrier);
            var valid = carrier is not null & CheckQuantity(at, "quantity", line.Quantity);
            if (carrier is not null && !carrier.CanBeReportedIn(line.Unit))
            {
                AddError(at, "unit", line.Unit.Code(), MessageKeys.CalculationUnitNotAllowed, carrier.Code, line.Unit.Code());
                valid = false;
            }

            if (!valid)
            {
                return;
            }

            var parts = default(Parts);
            parts.Add(new Part("quantity", line.Unit, line.Quantity, carrier!.IsPlugInHybrid && line.Unit == QuantityUnit.KilowattHour));
            // Grid electricity on an energy line is baseline heat unless it charges machines; other electric carriers drive.
            var electricDrive = carrier != EnergyCarrier.ElNett || line.Purpose == EnergyPurposes.Lading;
            if (TryCompute(at, carrier, parts, electricDrive, out var figures))
            {
                _lines.Add(figures);
            }
        }

        public CalculationResult Result()
        {
            // What counts as an effect is known only once every line and delivery is read: fossil lines avoid nothing
            // that a requirement achieved, liquid biofuel only its documented share beyond the blending mandate.
            for (var i = 0; i < _lines.Count; i++)
            {
                var line = _lines[i];
                var share = line.EnergyClass switch
                {
                    EnergyClass.Fossil => 0m,
                    EnergyClass.LiquidBiofuel => EnergyCarrier.TryFind(line.Carrier, out var carrier) ? BeyondMandate.GetValueOrDefault(carrier.FuelFactorCarrier) : 0m,
                    _ => 1m,
                };
                _lines[i] = line with
                {
                    Territorial = line.Territorial with { Effect = new(Round(line.Territorial.Avoided.Value * share)) },
                    LifeCycle = line.LifeCycle with { Effect = new(Round(line.LifeCycle.Avoided.Value * share)) },
                };
            }

            KeyFigures? totals = null;
            if (_errors.Count == 0)
            {
                var accumulator = new KeyFigureAccumulator();
                accumulator.Add(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_lines));
                totals = accumulator.Result();
            }

            return new CalculationResult
            {
                Territorial = territorial.Reference,
                LifeCycle = lifeCycle.Reference,
                Lines = _lines,
                Traces = _traces,
                Errors = _errors,
                Totals = totals,
            };
        }

        private EnergyCarrier? Carrier(Location at, string? code)
        {
            if (EnergyCarrier.TryFind(code, out var carrier))
            {
                return carrier;
            }

            AddError(at, "energyCarrier", code, MessageKeys.CalculationUnknownCarrier, code ?? string.Empty);
            return null;
        }

        /// <summary>Collects the reported quantities the carrier can have; a quantity it cannot have is an error.</summary>
        private Parts Quantities(Location at, EnergyCarrier carrier, decimal? litres, decimal? kilograms, decimal? kilowattHours)
        {
            var errorCount = _errors.Count;
            var parts = default(Parts);
            Candidate(at, carrier, ref parts, "fuelLitres", QuantityUnit.Litre, litres);
            Candidate(at, carrier, ref parts, "gasKg", QuantityUnit.Kilogram, kilograms);
            Candidate(at, carrier, ref parts, "electricityKwh", QuantityUnit.KilowattHour, kilowattHours);
            if (_errors.Count > errorCount)
            {
                return parts;
            }

            if (carrier.IsPlugInHybrid)
            {
                // The template requires both: a hybrid's kWh left out would hide zero-emission work, its litres fossil use.
                if (litres is null)
                {
                    AddError(at, "fuelLitres", null, MessageKeys.CalculationMissingQuantity, carrier.Code, QuantityUnit.Litre.Code());
                }

                if (kilowattHours is null)
                {
                    AddError(at, "electricityKwh", null, MessageKeys.CalculationMissingQuantity, carrier.Code, QuantityUnit.KilowattHour.Code());
                }

                return parts;
            }

            if (parts.Count == 0)
            {
                var unit = carrier.Units[0];
                AddError(at, FieldFor(unit), null, MessageKeys.CalculationMissingQuantity, carrier.Code, unit.Code());
                return parts;
            }

            if (parts.Count == 2)
            {
                // Propane may come in litres or kg, but one consumption given twice must not be counted twice.
                if (parts.First.Quantity != 0 && parts.Second.Quantity != 0)
                {
                    AddError(at, parts.Second.Field, Invariant(parts.Second.Quantity), MessageKeys.CalculationTwoQuantities,
                        carrier.Code, parts.First.Unit.Code(), parts.Second.Unit.Code());
                    return parts;
                }

                var kept = parts.First.Quantity != 0 ? parts.First : parts.Second;
                parts = default;
                parts.Add(kept);
            }

            return parts;
        }

        private void Candidate(Location at, EnergyCarrier carrier, ref Parts parts, string field, QuantityUnit unit, decimal? value)
        {
            if (value is not { } quantity || !CheckQuantity(at, field, quantity))
            {
                return;
            }

            if (!carrier.CanBeReportedIn(unit))
            {
                // An empty-valued 0 in a column that does not apply is no claim; any other amount is.
                if (quantity != 0)
                {
                    AddError(at, field, Invariant(quantity), MessageKeys.CalculationUnitNotAllowed, carrier.Code, unit.Code());
                }

                return;
            }

            parts.Add(new Part(field, unit, quantity, carrier.IsPlugInHybrid && unit == QuantityUnit.KilowattHour));
        }

        private bool TryCompute(Location at, EnergyCarrier carrier, in Parts parts, bool electricDrive, out CalculatedLine line, bool generatorFed = false)
        {
            line = default;
            var found = true;
            for (var i = 0; i < parts.Count; i++)
            {
                found &= HasFactor(at, carrier, parts[i], _territorial);
                found &= HasFactor(at, carrier, parts[i], _lifeCycle);
            }

            if (!found)
            {
                return false;
            }

            _steps.Clear();
            _steps.AddRange(_estimateSteps);
            _estimateSteps.Clear();
            KilowattHours energy = default, hybridElectricity = default;
            var lifeCycleNotAvailable = false;
            BoundaryTotals territorialTotals = default, lifeCycleTotals = default;
            for (var i = 0; i < parts.Count; i++)
            {
                var part = parts[i];
                if (generatorFed && part.Unit == QuantityUnit.KilowattHour)
                {
                    GeneratorStep(part);
                    continue;
                }

                var territorialFactor = _territorial.Find(carrier, part.Unit)!;
                var partEnergy = new KilowattHours(Round(part.Quantity * territorialFactor.KwhPerUnit));
                energy += partEnergy;
                if (part.IsHybridElectricity)
                {
                    hybridElectricity += partEnergy;
                }

                if (includeTrace)
                {
                    _steps.Add(new TraceStep
                    {
                        Figure = TraceFigure.Energy,
                        Field = part.Field,
                        Input = new(part.Quantity, part.Unit.Code()),
                        Factor = FactorTrace(_territorial.Set, territorialFactor, territorialFactor.KwhPerUnit, "kWh/" + part.Unit.Code()),
                        Conversion = TraceConversion.QuantityTimesEnergyContent,
                        Result = new(partEnergy.Value, "kWh"),
                    });
                }

                var method = territorialFactor.Carrier == EnergyCarrier.Diesel.Code && part.Unit == QuantityUnit.Litre
                    ? BaselineMethod.SameAsActualDiesel
                    : carrier.IsElectric && part.Unit == QuantityUnit.KilowattHour && electricDrive
                        ? BaselineMethod.ElectricDrive
                        : BaselineMethod.EnergyEquivalent;
                territorialTotals = territorialTotals.Add(Boundary(_territorial, carrier, part, partEnergy, method));
                lifeCycleNotAvailable |= _lifeCycle.Find(carrier, part.Unit)!.KgCo2ePerUnit is null;
                lifeCycleTotals = lifeCycleTotals.Add(Boundary(_lifeCycle, carrier, part, partEnergy, method));
            }

            // Only an absurd factor can get here (quantities are capped); refuse the line rather than overflow.
            if (!Micro.Fits(energy.Value) || !territorialTotals.Fits || !lifeCycleTotals.Fits)
            {
                AddError(at, parts.First.Field, Invariant(parts.First.Quantity), MessageKeys.CalculationQuantityTooLarge, parts.First.Quantity, MaxQuantity);
                return false;
            }

            var territorialFigures = territorialTotals.Figures;
            // Not available is not zero: no baseline either, so nothing is claimed as avoided on a figure nobody has.
            var lifeCycleFigures = lifeCycleNotAvailable ? default : lifeCycleTotals.Figures;
            if (includeTrace)
            {
                AvoidedStep(EmissionBoundary.Territorial, territorialFigures);
                AvoidedStep(EmissionBoundary.LifeCycle, lifeCycleFigures);
                _traces.Add(new LineTrace(at.Kind, at.Index, at.LineId, [.. _steps]));
            }

            line = new CalculatedLine
            {
                Kind = at.Kind,
                Index = at.Index,
                Carrier = carrier.Code,
                EnergyClass = carrier.EnergyClass,
                Energy = energy,
                HybridElectricity = hybridElectricity,
                Territorial = territorialFigures,
                LifeCycle = lifeCycleFigures,
                LifeCycleNotAvailable = lifeCycleNotAvailable,
            };
            return true;
        }

        private BoundaryTotals Boundary(BoundaryTable table, EnergyCarrier carrier, in Part part, KilowattHours energy, BaselineMethod method)
        {
            var set = table.Set;
            var boundary = set.Boundary;
            var factor = table.Find(carrier, part.Unit)!;
            if (factor.KgCo2ePerUnit is not { } perUnit)
            {
                return default;
            }

            var emissions = new KgCo2e(Round(part.Quantity * perUnit));
            // The life-cycle figure of biofuel whose deliveries document their carbon intensity is that figure.
            var documented = boundary == EmissionBoundary.LifeCycle && carrier.EnergyClass == EnergyClass.LiquidBiofuel && part.Unit == QuantityUnit.Litre
                && DeliveredIntensity.TryGetValue(carrier.FuelFactorCarrier, out var intensity) ? intensity : (decimal?)null;
            if (documented is { } gramsPerMegajoule)
            {
                emissions = new KgCo2e(Round(DeliveredCarbonIntensity.Emissions(gramsPerMegajoule, energy)));
            }

            var baseline = set.Baseline;
            var (litres, baselineEmissions) = method switch
            {
                BaselineMethod.SameAsActualDiesel => (new Litres(Round(part.Quantity)), emissions),
                BaselineMethod.ElectricDrive => BaselineFromLitres(Round(energy.Value * baseline.ElectricDriveLitresPerKwh), baseline),
                _ => BaselineFromLitres(Round(energy.Value / baseline.DieselKwhPerLitre), baseline),
            };

            if (includeTrace)
            {
                var unit = part.Unit.Code();
                _steps.Add(new TraceStep
                {
                    Figure = TraceFigure.Emissions,
                    Boundary = boundary,
                    Field = part.Field,
                    Input = documented is null ? new(part.Quantity, unit) : new(energy.Value, "kWh"),
                    Factor = documented is { } g
                        ? new TraceFactor("proof-of-sustainability", 0, "carbonIntensity/" + carrier.FuelFactorCarrier, g, "g CO2e/MJ",
                            "The deliveries' proof of sustainability, weighted by litres")
                        : FactorTrace(set, factor, perUnit, "kg CO2e/" + unit),
                    Conversion = documented is null ? TraceConversion.QuantityTimesEmissionFactor : TraceConversion.EnergyTimesDeliveredCarbonIntensity,
                    Result = new(emissions.Value, "kg CO2e"),
                });
                _steps.Add(method switch
                {
                    BaselineMethod.SameAsActualDiesel => new TraceStep
                    {
                        Figure = TraceFigure.BaselineDieselLitres,
                        Boundary = boundary,
                        Field = part.Field,
                        Input = new(part.Quantity, unit),
                        Conversion = TraceConversion.SameAsActualDiesel,
                        Result = new(litres.Value, "l diesel"),
                    },
                    BaselineMethod.ElectricDrive => new TraceStep
                    {
                        Figure = TraceFigure.BaselineDieselLitres,
                        Boundary = boundary,
                        Field = part.Field,
                        Input = new(energy.Value, "kWh"),
                        Factor = new(set.Key, set.Version, "baseline.electricDriveLitresPerKwh", baseline.ElectricDriveLitresPerKwh,
                            "l diesel/kWh", baseline.ElectricDriveLitresPerKwhSource),
                        Conversion = TraceConversion.ElectricityTimesDieselLitresPerKwh,
                        Result = new(litres.Value, "l diesel"),
                    },
                    _ => new TraceStep
                    {
                        Figure = TraceFigure.BaselineDieselLitres,
                        Boundary = boundary,
                        Field = part.Field,
                        Input = new(energy.Value, "kWh"),
                        Factor = new(set.Key, set.Version, "baseline.dieselKwhPerLitre", baseline.DieselKwhPerLitre,
                            "kWh/l diesel", baseline.DieselKwhPerLitreSource),
                        Conversion = TraceConversion.EnergyDividedByDieselEnergyContent,
                        Result = new(litres.Value, "l diesel"),
                    },
                });
                _steps.Add(method == BaselineMethod.SameAsActualDiesel
                    ? new TraceStep
                    {
                        Figure = TraceFigure.BaselineEmissions,
                        Boundary = boundary,
                        Field = part.Field,
                        Input = new(emissions.Value, "kg CO2e"),
                        Conversion = TraceConversion.SameAsActualDiesel,
                        Result = new(baselineEmissions.Value, "kg CO2e"),
                    }
                    : new TraceStep
                    {
                        Figure = TraceFigure.BaselineEmissions,
                        Boundary = boundary,
                        Field = part.Field,
                        Input = new(litres.Value, "l diesel"),
                        Factor = new(set.Key, set.Version, "baseline.dieselKgCo2ePerLitre", baseline.DieselKgCo2ePerLitre,
                            "kg CO2e/l diesel", baseline.DieselKgCo2ePerLitreSource),
                        Conversion = TraceConversion.BaselineLitresTimesDieselFactor,
                        Result = new(baselineEmissions.Value, "kg CO2e"),
                    });
            }

            return new BoundaryTotals(emissions.Value, litres.Value, baselineEmissions.Value);
        }

        private void GeneratorStep(in Part part)
        {
            if (includeTrace)
            {
                _steps.Add(new TraceStep
                {
                    Figure = TraceFigure.Energy,
                    Field = part.Field,
                    Input = new(part.Quantity, part.Unit.Code()),
                    Conversion = TraceConversion.CountedOnGeneratorLine,
                    Result = new(0m, "kWh"),
                });
            }
        }

        private static (Litres Litres, KgCo2e Emissions) BaselineFromLitres(decimal litres, BaselineAssumptions baseline) =>
            (new Litres(litres), new KgCo2e(Round(litres * baseline.DieselKgCo2ePerLitre)));

        private void AvoidedStep(EmissionBoundary boundary, BoundaryFigures figures) => _steps.Add(new TraceStep
        {
            Figure = TraceFigure.AvoidedEmissions,
            Boundary = boundary,
            Field = string.Empty,
            Input = new(figures.BaselineEmissions.Value, "kg CO2e"),
            Deduction = new(figures.Emissions.Value, "kg CO2e"),
            Conversion = TraceConversion.BaselineMinusActual,
            Result = new(figures.Avoided.Value, "kg CO2e"),
        });

        private static TraceFactor FactorTrace(FactorSet set, EmissionFactor factor, decimal value, string unit) =>
            new(set.Key, set.Version, factor.Carrier + "/" + factor.Unit.Code(), value, unit, factor.Source);

        private bool HasFactor(Location at, EnergyCarrier carrier, in Part part, BoundaryTable table)
        {
            if (table.Find(carrier, part.Unit) is { } factor && (factor.KgCo2ePerUnit is not null || table.Set.Boundary == EmissionBoundary.LifeCycle))
            {
                return true;
            }

            AddError(at, part.Field, Invariant(part.Quantity), MessageKeys.CalculationMissingFactor,
                FactorCarrier(carrier, part.Unit), part.Unit.Code(), table.Set.Key, table.Set.Version);
            return false;
        }

        private bool CheckQuantity(Location at, string field, decimal value)
        {
            if (value < 0)
            {
                AddError(at, field, Invariant(value), MessageKeys.CalculationNegativeQuantity, value);
                return false;
            }

            if (value > MaxQuantity)
            {
                AddError(at, field, Invariant(value), MessageKeys.CalculationQuantityTooLarge, value, MaxQuantity);
                return false;
            }

            return true;
        }

        private void CheckNotNegative(Location at, string field, decimal? value)
        {
            if (value is { } present)
            {
                CheckQuantity(at, field, present);
            }
        }

        private static string FieldFor(QuantityUnit unit) => unit switch
        {
            QuantityUnit.Litre => "fuelLitres",
            QuantityUnit.KilowattHour => "electricityKwh",
            _ => "gasKg",
        };

        private void AddError(Location at, string field, string? value, string messageKey, params object[] args) =>
            _errors.Add(new CalculationError
            {
                Kind = at.Kind,
                Index = at.Index,
                LineId = at.LineId,
                Field = field,
                Value = value,
                MessageKey = messageKey,
                Args = args,
            });
    }
}
