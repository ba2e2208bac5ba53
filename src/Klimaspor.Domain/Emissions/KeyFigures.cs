using Klimaspor.Domain.Reporting;

namespace Klimaspor.Domain.Emissions;

/// <summary>Energy split by the classes buyers report on.</summary>
public readonly record struct EnergyByClass
{
    public KilowattHours ZeroEmission { get; init; }

    public KilowattHours Biogas { get; init; }

    public KilowattHours LiquidBiofuel { get; init; }

    public KilowattHours Fossil { get; init; }
}

/// <summary>Key figures under one boundary.</summary>
public sealed record BoundaryKeyFigures
{
    public KgCo2e Emissions { get; init; }

    public Litres BaselineDieselLitres { get; init; }

    public KgCo2e BaselineEmissions { get; init; }

    public KgCo2e Avoided { get; init; }

    /// <summary>Emissions of machine lines only, the numerator of <see cref="EmissionsPerMachineHour"/>.</summary>
    public KgCo2e MachineEmissions { get; init; }

    /// <summary>kg CO2e per machine operating hour; null without machine hours.</summary>
    public decimal? EmissionsPerMachineHour { get; init; }

    /// <summary>Emissions of vehicle lines whose tonne-km are known, the numerator of <see cref="EmissionsPerTonneKm"/>.</summary>
    public KgCo2e EmissionsWithKnownLoad { get; init; }

    /// <summary>kg CO2e per tonne-km over vehicle lines with known load and trips; null where none.</summary>
    public decimal? EmissionsPerTonneKm { get; init; }
}

/// <summary>
/// The key figures over a group of calculated lines (domain README, "Key figures"). A share is null when its
/// denominator is zero: that means "cannot be assessed", which is not the same as 0 %. Shares are fractions (0.25 = 25 %).
/// </summary>
public sealed record KeyFigures
{
    public long Lines { get; init; }

    public long MachineLines { get; init; }

    public long VehicleLines { get; init; }

    public long EnergyLines { get; init; }

    public KilowattHours Energy { get; init; }

    public EnergyByClass EnergyByClass { get; init; }

    /// <summary>Electricity, hydrogen and district heating, over all energy.</summary>
    public decimal? ZeroEmissionEnergyShare { get; init; }

    /// <summary>As <see cref="ZeroEmissionEnergyShare"/> with biogas counted as zero-emission (Oslo's transport rule).</summary>
    public decimal? ZeroEmissionOrBiogasEnergyShare { get; init; }

    public decimal? FossilEnergyShare { get; init; }

    public Hours MachineHours { get; init; }

    /// <summary>Hours of machines whose carrier is zero-emission class; plug-in hybrids' hours are not.</summary>
    public Hours ZeroEmissionMachineHours { get; init; }

    public decimal? ZeroEmissionMachineHourShare { get; init; }

    public Hours IdleHours { get; init; }

    /// <summary>Operating hours of the machine lines that reported idle hours: the denominator of <see cref="IdleShare"/>.</summary>
    public Hours OperatingHoursWithIdleReported { get; init; }

    /// <summary>
    /// Idle over operating hours, counting only lines that reported idle: a line without idle hours says nothing about
    /// idling. Above 1 only if some line reports more idle than operating hours (a plausibility warning).
    /// </summary>
    public decimal? IdleShare { get; init; }

    public Kilometres VehicleKm { get; init; }

    public Kilometres ZeroEmissionKm { get; init; }

    public Kilometres ZeroEmissionOrBiogasKm { get; init; }

    public decimal? ZeroEmissionKmShare { get; init; }

    public decimal? ZeroEmissionOrBiogasKmShare { get; init; }

    public decimal TonneKm { get; init; }

    public required BoundaryKeyFigures Territorial { get; init; }

    public required BoundaryKeyFigures LifeCycle { get; init; }
}

/// <summary>
/// Sums calculated lines into key figures. Only sums are kept, and shares are divided out in <see cref="Result"/>,
/// so accumulators over any split of the lines merge into exactly the accumulator over all of them (per contract,
/// agency, month, in parallel), and adding a line allocates nothing.
/// </summary>
public struct KeyFigureAccumulator
{
    private long _lines;
    private long _machineLines;
    private long _vehicleLines;
    private long _energyLines;
    private decimal _zeroEmissionEnergy;
    private decimal _biogasEnergy;
    private decimal _liquidBiofuelEnergy;
    private decimal _fossilEnergy;
    private BoundarySums _territorial;
    private BoundarySums _lifeCycle;
    private decimal _machineHours;
    private decimal _zeroEmissionMachineHours;
    private decimal _idleHours;
    private decimal _hoursWithIdle;
    private decimal _km;
    private decimal _zeroEmissionKm;
    private decimal _zeroEmissionOrBiogasKm;
    private decimal _tonneKm;

    private struct BoundarySums
    {
        public decimal Emissions;
        public decimal BaselineLitres;
        public decimal BaselineEmissions;
        public decimal MachineEmissions;
        public decimal EmissionsWithKnownLoad;

        public void Merge(in BoundarySums other)
        {
            Emissions += other.Emissions;
            BaselineLitres += other.BaselineLitres;
            BaselineEmissions += other.BaselineEmissions;
            MachineEmissions += other.MachineEmissions;
            EmissionsWithKnownLoad += other.EmissionsWithKnownLoad;
        }

        public readonly BoundaryKeyFigures Result(decimal machineHours, decimal tonneKm) => new()
        {
            Emissions = new(Emissions),
            BaselineDieselLitres = new(BaselineLitres),
            BaselineEmissions = new(BaselineEmissions),
            Avoided = new(BaselineEmissions - Emissions),
            MachineEmissions = new(MachineEmissions),
            EmissionsPerMachineHour = Ratio(MachineEmissions, machineHours),
            EmissionsWithKnownLoad = new(EmissionsWithKnownLoad),
            EmissionsPerTonneKm = Ratio(EmissionsWithKnownLoad, tonneKm),
        };
    }

    public void Add(in CalculatedLine line)
    {
        _lines++;
        var energy = line.Energy.Value;
        var hybridElectricity = line.HybridElectricity.Value;
        var classEnergy = energy - hybridElectricity;
        _zeroEmissionEnergy += hybridElectricity;
        switch (line.EnergyClass)
        {
            case EnergyClass.ZeroEmission:
                _zeroEmissionEnergy += classEnergy;
                break;
            case EnergyClass.Biogas:
                _biogasEnergy += classEnergy;
                break;
            case EnergyClass.LiquidBiofuel:
                _liquidBiofuelEnergy += classEnergy;
                break;
            default:
                _fossilEnergy += classEnergy;
                break;
        }

        var territorial = line.Territorial;
        var lifeCycle = line.LifeCycle;
        _territorial.Emissions += territorial.Emissions.Value;
        _territorial.BaselineLitres += territorial.BaselineDieselLitres.Value;
        _territorial.BaselineEmissions += territorial.BaselineEmissions.Value;
        _lifeCycle.Emissions += lifeCycle.Emissions.Value;
        _lifeCycle.BaselineLitres += lifeCycle.BaselineDieselLitres.Value;
        _lifeCycle.BaselineEmissions += lifeCycle.BaselineEmissions.Value;

        switch (line.Kind)
        {
            case LineKind.Machine:
                _machineLines++;
                var hours = line.OperatingHours.Value;
                _machineHours += hours;
                if (line.EnergyClass == EnergyClass.ZeroEmission)
                {
                    _zeroEmissionMachineHours += hours;
                }

                if (line.IdleHours is { } idle)
                {
                    _idleHours += idle.Value;
                    _hoursWithIdle += hours;
                }

                _territorial.MachineEmissions += territorial.Emissions.Value;
                _lifeCycle.MachineEmissions += lifeCycle.Emissions.Value;
                break;
            case LineKind.Vehicle:
                _vehicleLines++;
                var km = line.Distance.Value;
                _km += km;
                if (line.EnergyClass == EnergyClass.ZeroEmission)
                {
                    _zeroEmissionKm += km;
                    _zeroEmissionOrBiogasKm += km;
                }
                else if (line.EnergyClass == EnergyClass.Biogas)
                {
                    _zeroEmissionOrBiogasKm += km;
                }

                if (line.TonneKm is { } tonneKm)
                {
                    _tonneKm += tonneKm;
                    _territorial.EmissionsWithKnownLoad += territorial.Emissions.Value;
                    _lifeCycle.EmissionsWithKnownLoad += lifeCycle.Emissions.Value;
                }

                break;
            default:
                _energyLines++;
                break;
        }
    }

    public void Add(ReadOnlySpan<CalculatedLine> lines)
    {
        foreach (ref readonly var line in lines)
        {
            Add(in line);
        }
    }

    /// <summary>Adds another accumulator's lines to this one.</summary>
    public void Merge(in KeyFigureAccumulator other)
    {
        _lines += other._lines;
        _machineLines += other._machineLines;
        _vehicleLines += other._vehicleLines;
        _energyLines += other._energyLines;
        _zeroEmissionEnergy += other._zeroEmissionEnergy;
        _biogasEnergy += other._biogasEnergy;
        _liquidBiofuelEnergy += other._liquidBiofuelEnergy;
        _fossilEnergy += other._fossilEnergy;
        _territorial.Merge(other._territorial);
        _lifeCycle.Merge(other._lifeCycle);
        _machineHours += other._machineHours;
        _zeroEmissionMachineHours += other._zeroEmissionMachineHours;
        _idleHours += other._idleHours;
        _hoursWithIdle += other._hoursWithIdle;
        _km += other._km;
        _zeroEmissionKm += other._zeroEmissionKm;
        _zeroEmissionOrBiogasKm += other._zeroEmissionOrBiogasKm;
        _tonneKm += other._tonneKm;
    }

    public readonly KeyFigures Result()
    {
        var energy = _zeroEmissionEnergy + _biogasEnergy + _liquidBiofuelEnergy + _fossilEnergy;
        return new KeyFigures
        {
            Lines = _lines,
            MachineLines = _machineLines,
            VehicleLines = _vehicleLines,
            EnergyLines = _energyLines,
            Energy = new(energy),
            EnergyByClass = new EnergyByClass
            {
                ZeroEmission = new(_zeroEmissionEnergy),
                Biogas = new(_biogasEnergy),
                LiquidBiofuel = new(_liquidBiofuelEnergy),
                Fossil = new(_fossilEnergy),
            },
            ZeroEmissionEnergyShare = Ratio(_zeroEmissionEnergy, energy),
            ZeroEmissionOrBiogasEnergyShare = Ratio(_zeroEmissionEnergy + _biogasEnergy, energy),
            FossilEnergyShare = Ratio(_fossilEnergy, energy),
            MachineHours = new(_machineHours),
            ZeroEmissionMachineHours = new(_zeroEmissionMachineHours),
            ZeroEmissionMachineHourShare = Ratio(_zeroEmissionMachineHours, _machineHours),
            IdleHours = new(_idleHours),
            OperatingHoursWithIdleReported = new(_hoursWithIdle),
            IdleShare = Ratio(_idleHours, _hoursWithIdle),
            VehicleKm = new(_km),
            ZeroEmissionKm = new(_zeroEmissionKm),
            ZeroEmissionOrBiogasKm = new(_zeroEmissionOrBiogasKm),
            ZeroEmissionKmShare = Ratio(_zeroEmissionKm, _km),
            ZeroEmissionOrBiogasKmShare = Ratio(_zeroEmissionOrBiogasKm, _km),
            TonneKm = _tonneKm,
            Territorial = _territorial.Result(_machineHours, _tonneKm),
            LifeCycle = _lifeCycle.Result(_machineHours, _tonneKm),
        };
    }

    /// <summary>Key figures over any sequence of lines, e.g. one contract's or one agency's.</summary>
    public static KeyFigures Over(IEnumerable<CalculatedLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var accumulator = new KeyFigureAccumulator();
        foreach (var line in lines)
        {
            accumulator.Add(in line);
        }

        return accumulator.Result();
    }

    // Null, not 0 and not NaN, when nothing was measured: "no machine hours" cannot be "0 % zero-emission".
    private static decimal? Ratio(decimal part, decimal whole) => whole == 0 ? null : part / whole;
}
