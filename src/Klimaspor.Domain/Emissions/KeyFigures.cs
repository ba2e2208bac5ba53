using Klimaspor.Domain.Reporting;

namespace Klimaspor.Domain.Emissions;

/// <summary>Energy split by the classes buyers report on.</summary>
public readonly record struct EnergyByClass
{
    public KilowattHours ZeroEmission { get; init; }

    public KilowattHours Biogas { get; init; }

    public KilowattHours LiquidBiofuel { get; init; }

    public KilowattHours Fossil { get; init; }

    /// <summary>Wood pellets (template v2): fossil-free, not zero-emission.</summary>
    public KilowattHours SolidBiofuel { get; init; }
}

/// <summary>Avoided emissions split by the energy class of the lines that avoided them.</summary>
public readonly record struct AvoidedByClass
{
    public KgCo2e ZeroEmission { get; init; }

    public KgCo2e Biogas { get; init; }

    /// <summary>All liquid biofuel, documented beyond the blending mandate or not; <see cref="BoundaryKeyFigures.Effect"/> counts only the documented part.</summary>
    public KgCo2e LiquidBiofuel { get; init; }

    public KgCo2e SolidBiofuel { get; init; }

    /// <summary>Fossil alternatives to diesel (petrol, natural gas, propane) and plug-in hybrids on fossil fuel; never an effect.</summary>
    public KgCo2e Fossil { get; init; }
}

/// <summary>Key figures under one boundary.</summary>
public sealed record BoundaryKeyFigures
{
    public KgCo2e Emissions { get; init; }

    public Litres BaselineDieselLitres { get; init; }

    public KgCo2e BaselineEmissions { get; init; }

    public KgCo2e Avoided { get; init; }

    public AvoidedByClass AvoidedByClass { get; init; }

    /// <summary>
    /// The effect of the requirements, the headline figure: avoided emissions of zero-emission, biogas and solid biofuel
    /// lines, and of liquid biofuel only as far as deliveries document it as beyond the blending mandate (diesel sold in
    /// Norway carries biofuel by law, which no contract achieved). Fossil lines are not in it.
    /// </summary>
    public KgCo2e Effect { get; init; }

    /// <summary>The part of <see cref="Effect"/> from liquid biofuel documented as beyond the blending mandate.</summary>
    public KgCo2e EffectLiquidBiofuelBeyondMandate { get; init; }

    /// <summary>Emissions of machine lines only, the numerator of <see cref="EmissionsPerMachineHour"/>.</summary>
    public KgCo2e MachineEmissions { get; init; }

    /// <summary>kg CO2e per machine operating hour; null without machine hours.</summary>
    public decimal? EmissionsPerMachineHour { get; init; }

    /// <summary>Emissions of vehicle lines whose tonne-km are known, the numerator of <see cref="EmissionsPerTonneKm"/>.</summary>
    public KgCo2e EmissionsWithKnownLoad { get; init; }

    /// <summary>kg CO2e per tonne-km over vehicle lines with known load and trips; null where none.</summary>
    public decimal? EmissionsPerTonneKm { get; init; }

    /// <summary>
    /// Lines whose factor set states no figure for their carrier under this boundary ("not available", such as district
    /// heating's life cycle without the network's own factor): they count 0 here, and the sums leave them out knowingly.
    /// </summary>
    public long LinesNotAvailable { get; init; }

    /// <summary>Emissions of distance-based vehicle lines (km × the consumption table): the part of <see cref="Emissions"/> that is an estimate.</summary>
    public KgCo2e DistanceBasedEmissions { get; init; }
}

/// <summary>
/// The key figures over a group of calculated lines (domain README, "Key figures"). A share is null when its
/// denominator is zero: that means "cannot be assessed", which is not the same as 0 %. Shares are fractions (0.25 = 25 %).
/// </summary>
public sealed record KeyFigures
{
    /// <summary>The definitions that made these figures. Version 2 divides the energy shares by the site's energy
    /// (machines, heating, drying, generators) without vehicles; figures frozen before it say 1 and stay as they were.</summary>
    public const int CurrentDefinitions = 2;

    /// <summary>Which definitions made these figures: <see cref="CurrentDefinitions"/> for new ones, 1 for those stored before versions.</summary>
    public int Definitions { get; init; } = 1;

    public long Lines { get; init; }

    public long MachineLines { get; init; }

    public long VehicleLines { get; init; }

    public long EnergyLines { get; init; }

    public KilowattHours Energy { get; init; }

    public EnergyByClass EnergyByClass { get; init; }

    /// <summary>
    /// The site's energy: machines and site energy lines (construction energy in Oslo's climate budget), without the
    /// vehicles' energy, which is transport and reported apart.
    /// </summary>
    public KilowattHours SiteEnergy { get; init; }

    /// <summary>Electricity, hydrogen and district heating over the site's energy (definition 1: over all energy, vehicles included).</summary>
    public decimal? ZeroEmissionEnergyShare { get; init; }

    /// <summary>As <see cref="ZeroEmissionEnergyShare"/> with biogas counted with zero-emission.</summary>
    public decimal? ZeroEmissionOrBiogasEnergyShare { get; init; }

    /// <summary>Biogas over the site's energy: the biogas share of construction energy Oslo's climate budget reports.</summary>
    public decimal? BiogasEnergyShare { get; init; }

    /// <summary>Fossil energy over the site's energy (definition 1: over all energy).</summary>
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

    /// <summary>Vehicle lines whose energy is estimated from km with the consumption table, not reported (issue 17).</summary>
    public long DistanceBasedVehicleLines { get; init; }

    /// <summary>The km of <see cref="DistanceBasedVehicleLines"/>.</summary>
    public Kilometres DistanceBasedKm { get; init; }

    public required BoundaryKeyFigures Territorial { get; init; }

    public required BoundaryKeyFigures LifeCycle { get; init; }
}

/// <summary>
/// Energy (micro-kWh) by the class of its carrier; a plug-in hybrid's electricity counts as zero-emission. One shape for
/// all lines and for the site's, so the two sets of shares cannot drift apart.
/// </summary>
internal struct EnergySums
{
    public Int128 ZeroEmission;
    public Int128 Biogas;
    public Int128 LiquidBiofuel;
    public Int128 SolidBiofuel;
    public Int128 Fossil;

    public readonly Int128 Total => ZeroEmission + Biogas + LiquidBiofuel + SolidBiofuel + Fossil;

    public static EnergySums From(decimal zeroEmission, decimal biogas, decimal liquidBiofuel, decimal solidBiofuel, decimal fossil) => new()
    {
        ZeroEmission = Micro.Of(zeroEmission),
        Biogas = Micro.Of(biogas),
        LiquidBiofuel = Micro.Of(liquidBiofuel),
        SolidBiofuel = Micro.Of(solidBiofuel),
        Fossil = Micro.Of(fossil),
    };

    public void Add(in CalculatedLine line)
    {
        var hybridElectricity = line.HybridElectricityMicro;
        var classEnergy = line.EnergyMicro - hybridElectricity;
        ZeroEmission += hybridElectricity;
        switch (line.EnergyClass)
        {
            case EnergyClass.ZeroEmission:
                ZeroEmission += classEnergy;
                break;
            case EnergyClass.Biogas:
                Biogas += classEnergy;
                break;
            case EnergyClass.LiquidBiofuel:
                LiquidBiofuel += classEnergy;
                break;
            case EnergyClass.SolidBiofuel:
                SolidBiofuel += classEnergy;
                break;
            default:
                Fossil += classEnergy;
                break;
        }
    }

    public void Merge(in EnergySums other)
    {
        ZeroEmission += other.ZeroEmission;
        Biogas += other.Biogas;
        LiquidBiofuel += other.LiquidBiofuel;
        SolidBiofuel += other.SolidBiofuel;
        Fossil += other.Fossil;
    }
}

/// <summary>
/// Sums calculated lines into key figures. Only sums are kept, and shares are divided out in <see cref="Result"/>,
/// so accumulators over any split of the lines merge into exactly the accumulator over all of them (per contract,
/// agency, month, in parallel), and adding a line allocates nothing.
/// </summary>
/// <remarks>
/// Sums are whole millionths in 128-bit integers: lines hold their figures as millionths already, so adding is integer
/// addition (fast, exact, order-independent), and no number of lines can overflow.
/// </remarks>
public struct KeyFigureAccumulator
{
    private long _lines;
    private long _machineLines;
    private long _vehicleLines;
    private long _energyLines;
    private EnergySums _energy;

    /// <summary>The site's energy: every line but vehicles' (issue 14 item 9: site shares do not mix in transport).</summary>
    private EnergySums _site;
    private BoundarySums _territorial;
    private BoundarySums _lifeCycle;
    private Int128 _machineHours;
    private Int128 _zeroEmissionMachineHours;
    private Int128 _idleHours;
    private Int128 _hoursWithIdle;
    private Int128 _km;
    private Int128 _zeroEmissionKm;
    private Int128 _zeroEmissionOrBiogasKm;
    private Int128 _tonneKm;
    private long _distanceBasedLines;
    private Int128 _distanceBasedKm;

    private struct BoundarySums
    {
        public Int128 Emissions;
        public Int128 BaselineLitres;
        public Int128 BaselineEmissions;
        public Int128 MachineEmissions;
        public Int128 EmissionsWithKnownLoad;
        public long NotAvailable;
        public Int128 AvoidedZeroEmission;
        public Int128 AvoidedBiogas;
        public Int128 AvoidedLiquidBiofuel;
        public Int128 AvoidedSolidBiofuel;
        public Int128 AvoidedFossil;
        public Int128 Effect;
        public Int128 EffectLiquidBiofuel;
        public Int128 DistanceBased;

        public void Add(in BoundaryFigures figures, bool notAvailable, EnergyClass energyClass)
        {
            NotAvailable += notAvailable ? 1 : 0;
            var avoided = (Int128)figures.BaselineEmissionsMicro - figures.EmissionsMicro;
            switch (energyClass)
            {
                case EnergyClass.ZeroEmission:
                    AvoidedZeroEmission += avoided;
                    Effect += figures.EffectMicro;
                    break;
                case EnergyClass.Biogas:
                    AvoidedBiogas += avoided;
                    Effect += figures.EffectMicro;
                    break;
                case EnergyClass.LiquidBiofuel:
                    AvoidedLiquidBiofuel += avoided;
                    Effect += figures.EffectMicro;
                    EffectLiquidBiofuel += figures.EffectMicro;
                    break;
                case EnergyClass.SolidBiofuel:
                    AvoidedSolidBiofuel += avoided;
                    Effect += figures.EffectMicro;
                    break;
                default:
                    AvoidedFossil += avoided;
                    break;
            }

            Emissions += figures.EmissionsMicro;
            BaselineLitres += figures.BaselineLitresMicro;
            BaselineEmissions += figures.BaselineEmissionsMicro;
        }

        public void Merge(in BoundarySums other)
        {
            Emissions += other.Emissions;
            BaselineLitres += other.BaselineLitres;
            BaselineEmissions += other.BaselineEmissions;
            MachineEmissions += other.MachineEmissions;
            EmissionsWithKnownLoad += other.EmissionsWithKnownLoad;
            NotAvailable += other.NotAvailable;
            AvoidedZeroEmission += other.AvoidedZeroEmission;
            AvoidedBiogas += other.AvoidedBiogas;
            AvoidedLiquidBiofuel += other.AvoidedLiquidBiofuel;
            AvoidedSolidBiofuel += other.AvoidedSolidBiofuel;
            AvoidedFossil += other.AvoidedFossil;
            Effect += other.Effect;
            EffectLiquidBiofuel += other.EffectLiquidBiofuel;
            DistanceBased += other.DistanceBased;
        }

        public static BoundarySums From(decimal emissions, decimal baselineLitres, decimal baselineEmissions, decimal machineEmissions,
            decimal withKnownLoad, long notAvailable, decimal zero, decimal biogas, decimal liquid, decimal solid, decimal fossil,
            decimal effect, decimal effectLiquid, decimal distanceBased) => new()
            {
                DistanceBased = Micro.Of(distanceBased),
                Emissions = Micro.Of(emissions),
                BaselineLitres = Micro.Of(baselineLitres),
                BaselineEmissions = Micro.Of(baselineEmissions),
                MachineEmissions = Micro.Of(machineEmissions),
                EmissionsWithKnownLoad = Micro.Of(withKnownLoad),
                NotAvailable = notAvailable,
                AvoidedZeroEmission = Micro.Of(zero),
                AvoidedBiogas = Micro.Of(biogas),
                AvoidedLiquidBiofuel = Micro.Of(liquid),
                AvoidedSolidBiofuel = Micro.Of(solid),
                AvoidedFossil = Micro.Of(fossil),
                Effect = Micro.Of(effect),
                EffectLiquidBiofuel = Micro.Of(effectLiquid),
            };

        public readonly BoundaryKeyFigures Result(Int128 machineHours, Int128 tonneKm) => new()
        {
            Emissions = new(Micro.ToDecimal(Emissions)),
            BaselineDieselLitres = new(Micro.ToDecimal(BaselineLitres)),
            BaselineEmissions = new(Micro.ToDecimal(BaselineEmissions)),
            Avoided = new(Micro.ToDecimal(BaselineEmissions - Emissions)),
            MachineEmissions = new(Micro.ToDecimal(MachineEmissions)),
            EmissionsPerMachineHour = Ratio(MachineEmissions, machineHours),
            EmissionsWithKnownLoad = new(Micro.ToDecimal(EmissionsWithKnownLoad)),
            EmissionsPerTonneKm = Ratio(EmissionsWithKnownLoad, tonneKm),
            LinesNotAvailable = NotAvailable,
            AvoidedByClass = new AvoidedByClass
            {
                ZeroEmission = new(Micro.ToDecimal(AvoidedZeroEmission)),
                Biogas = new(Micro.ToDecimal(AvoidedBiogas)),
                LiquidBiofuel = new(Micro.ToDecimal(AvoidedLiquidBiofuel)),
                SolidBiofuel = new(Micro.ToDecimal(AvoidedSolidBiofuel)),
                Fossil = new(Micro.ToDecimal(AvoidedFossil)),
            },
            Effect = new(Micro.ToDecimal(Effect)),
            EffectLiquidBiofuelBeyondMandate = new(Micro.ToDecimal(EffectLiquidBiofuel)),
            DistanceBasedEmissions = new(Micro.ToDecimal(DistanceBased)),
        };
    }

    public void Add(in CalculatedLine line)
    {
        _lines++;
        _energy.Add(line);
        if (line.Kind != LineKind.Vehicle)
        {
            _site.Add(line);
        }

        _territorial.Add(line.Territorial, notAvailable: false, line.EnergyClass);
        _lifeCycle.Add(line.LifeCycle, line.LifeCycleNotAvailable, line.EnergyClass);

        switch (line.Kind)
        {
            case LineKind.Machine:
                _machineLines++;
                var hours = line.OperatingHoursMicro;
                _machineHours += hours;
                if (line.EnergyClass == EnergyClass.ZeroEmission)
                {
                    _zeroEmissionMachineHours += hours;
                }

                if (line.HasIdleHours)
                {
                    _idleHours += line.IdleHoursMicro;
                    _hoursWithIdle += hours;
                }

                _territorial.MachineEmissions += line.Territorial.EmissionsMicro;
                _lifeCycle.MachineEmissions += line.LifeCycle.EmissionsMicro;
                break;
            case LineKind.Vehicle:
                _vehicleLines++;
                var km = line.DistanceMicro;
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

                if (line.Method == Transport.ActivityMethod.Distance)
                {
                    _distanceBasedLines++;
                    _distanceBasedKm += km;
                    _territorial.DistanceBased += line.Territorial.EmissionsMicro;
                    _lifeCycle.DistanceBased += line.LifeCycle.EmissionsMicro;
                }

                if (line.HasTonneKm)
                {
                    _tonneKm += line.TonneKmMicro;
                    _territorial.EmissionsWithKnownLoad += line.Territorial.EmissionsMicro;
                    _lifeCycle.EmissionsWithKnownLoad += line.LifeCycle.EmissionsMicro;
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
        _energy.Merge(other._energy);
        _site.Merge(other._site);
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
        _distanceBasedLines += other._distanceBasedLines;
        _distanceBasedKm += other._distanceBasedKm;
    }

    /// <summary>The accumulator's sums, to be stored and added elsewhere (statistics rows); <see cref="From"/> reads them back.</summary>
    public readonly KeyFigureSums Sums() => new()
    {
        Lines = _lines,
        MachineLines = _machineLines,
        VehicleLines = _vehicleLines,
        EnergyLines = _energyLines,
        EnergyZeroEmission = Micro.ToDecimal(_energy.ZeroEmission),
        EnergyBiogas = Micro.ToDecimal(_energy.Biogas),
        EnergyLiquidBiofuel = Micro.ToDecimal(_energy.LiquidBiofuel),
        EnergySolidBiofuel = Micro.ToDecimal(_energy.SolidBiofuel),
        EnergyFossil = Micro.ToDecimal(_energy.Fossil),
        SiteZeroEmission = Micro.ToDecimal(_site.ZeroEmission),
        SiteBiogas = Micro.ToDecimal(_site.Biogas),
        SiteLiquidBiofuel = Micro.ToDecimal(_site.LiquidBiofuel),
        SiteSolidBiofuel = Micro.ToDecimal(_site.SolidBiofuel),
        SiteFossil = Micro.ToDecimal(_site.Fossil),
        TerritorialEmissions = Micro.ToDecimal(_territorial.Emissions),
        TerritorialBaselineLitres = Micro.ToDecimal(_territorial.BaselineLitres),
        TerritorialBaselineEmissions = Micro.ToDecimal(_territorial.BaselineEmissions),
        TerritorialMachineEmissions = Micro.ToDecimal(_territorial.MachineEmissions),
        TerritorialEmissionsWithKnownLoad = Micro.ToDecimal(_territorial.EmissionsWithKnownLoad),
        TerritorialLinesNotAvailable = _territorial.NotAvailable,
        TerritorialAvoidedZeroEmission = Micro.ToDecimal(_territorial.AvoidedZeroEmission),
        TerritorialAvoidedBiogas = Micro.ToDecimal(_territorial.AvoidedBiogas),
        TerritorialAvoidedLiquidBiofuel = Micro.ToDecimal(_territorial.AvoidedLiquidBiofuel),
        TerritorialAvoidedSolidBiofuel = Micro.ToDecimal(_territorial.AvoidedSolidBiofuel),
        TerritorialAvoidedFossil = Micro.ToDecimal(_territorial.AvoidedFossil),
        TerritorialEffect = Micro.ToDecimal(_territorial.Effect),
        TerritorialEffectLiquidBiofuel = Micro.ToDecimal(_territorial.EffectLiquidBiofuel),
        LifeCycleEmissions = Micro.ToDecimal(_lifeCycle.Emissions),
        LifeCycleBaselineLitres = Micro.ToDecimal(_lifeCycle.BaselineLitres),
        LifeCycleBaselineEmissions = Micro.ToDecimal(_lifeCycle.BaselineEmissions),
        LifeCycleMachineEmissions = Micro.ToDecimal(_lifeCycle.MachineEmissions),
        LifeCycleEmissionsWithKnownLoad = Micro.ToDecimal(_lifeCycle.EmissionsWithKnownLoad),
        LifeCycleLinesNotAvailable = _lifeCycle.NotAvailable,
        LifeCycleAvoidedZeroEmission = Micro.ToDecimal(_lifeCycle.AvoidedZeroEmission),
        LifeCycleAvoidedBiogas = Micro.ToDecimal(_lifeCycle.AvoidedBiogas),
        LifeCycleAvoidedLiquidBiofuel = Micro.ToDecimal(_lifeCycle.AvoidedLiquidBiofuel),
        LifeCycleAvoidedSolidBiofuel = Micro.ToDecimal(_lifeCycle.AvoidedSolidBiofuel),
        LifeCycleAvoidedFossil = Micro.ToDecimal(_lifeCycle.AvoidedFossil),
        LifeCycleEffect = Micro.ToDecimal(_lifeCycle.Effect),
        LifeCycleEffectLiquidBiofuel = Micro.ToDecimal(_lifeCycle.EffectLiquidBiofuel),
        MachineHours = Micro.ToDecimal(_machineHours),
        ZeroEmissionMachineHours = Micro.ToDecimal(_zeroEmissionMachineHours),
        IdleHours = Micro.ToDecimal(_idleHours),
        OperatingHoursWithIdleReported = Micro.ToDecimal(_hoursWithIdle),
        VehicleKm = Micro.ToDecimal(_km),
        ZeroEmissionKm = Micro.ToDecimal(_zeroEmissionKm),
        ZeroEmissionOrBiogasKm = Micro.ToDecimal(_zeroEmissionOrBiogasKm),
        TonneKm = Micro.ToDecimal(_tonneKm),
        DistanceBasedVehicleLines = _distanceBasedLines,
        DistanceBasedKm = Micro.ToDecimal(_distanceBasedKm),
        TerritorialDistanceBasedEmissions = Micro.ToDecimal(_territorial.DistanceBased),
        LifeCycleDistanceBasedEmissions = Micro.ToDecimal(_lifeCycle.DistanceBased),
    };

    /// <summary>
    /// An accumulator holding stored sums (added up in the database, say), so that its <see cref="Result"/> divides them
    /// with the same definitions as a report's own key figures.
    /// </summary>
    public static KeyFigureAccumulator From(KeyFigureSums sums)
    {
        ArgumentNullException.ThrowIfNull(sums);
        var s = sums;
        return new KeyFigureAccumulator
        {
            _lines = s.Lines,
            _machineLines = s.MachineLines,
            _vehicleLines = s.VehicleLines,
            _energyLines = s.EnergyLines,
            _energy = EnergySums.From(s.EnergyZeroEmission, s.EnergyBiogas, s.EnergyLiquidBiofuel, s.EnergySolidBiofuel, s.EnergyFossil),
            _site = EnergySums.From(s.SiteZeroEmission, s.SiteBiogas, s.SiteLiquidBiofuel, s.SiteSolidBiofuel, s.SiteFossil),
            _territorial = BoundarySums.From(s.TerritorialEmissions, s.TerritorialBaselineLitres, s.TerritorialBaselineEmissions, s.TerritorialMachineEmissions,
                s.TerritorialEmissionsWithKnownLoad, s.TerritorialLinesNotAvailable, s.TerritorialAvoidedZeroEmission, s.TerritorialAvoidedBiogas,
                s.TerritorialAvoidedLiquidBiofuel, s.TerritorialAvoidedSolidBiofuel, s.TerritorialAvoidedFossil, s.TerritorialEffect, s.TerritorialEffectLiquidBiofuel,
                s.TerritorialDistanceBasedEmissions),
            _lifeCycle = BoundarySums.From(s.LifeCycleEmissions, s.LifeCycleBaselineLitres, s.LifeCycleBaselineEmissions, s.LifeCycleMachineEmissions,
                s.LifeCycleEmissionsWithKnownLoad, s.LifeCycleLinesNotAvailable, s.LifeCycleAvoidedZeroEmission, s.LifeCycleAvoidedBiogas,
                s.LifeCycleAvoidedLiquidBiofuel, s.LifeCycleAvoidedSolidBiofuel, s.LifeCycleAvoidedFossil, s.LifeCycleEffect, s.LifeCycleEffectLiquidBiofuel,
                s.LifeCycleDistanceBasedEmissions),
            _machineHours = Micro.Of(s.MachineHours),
            _zeroEmissionMachineHours = Micro.Of(s.ZeroEmissionMachineHours),
            _idleHours = Micro.Of(s.IdleHours),
            _hoursWithIdle = Micro.Of(s.OperatingHoursWithIdleReported),
            _km = Micro.Of(s.VehicleKm),
            _zeroEmissionKm = Micro.Of(s.ZeroEmissionKm),
            _zeroEmissionOrBiogasKm = Micro.Of(s.ZeroEmissionOrBiogasKm),
            _tonneKm = Micro.Of(s.TonneKm),
            _distanceBasedLines = s.DistanceBasedVehicleLines,
            _distanceBasedKm = Micro.Of(s.DistanceBasedKm),
        };
    }

    public readonly KeyFigures Result()
    {
        var energy = _energy.Total;
        return new KeyFigures
        {
            Definitions = KeyFigures.CurrentDefinitions,
            Lines = _lines,
            MachineLines = _machineLines,
            VehicleLines = _vehicleLines,
            EnergyLines = _energyLines,
            Energy = new(Micro.ToDecimal(energy)),
            EnergyByClass = new EnergyByClass
            {
                ZeroEmission = new(Micro.ToDecimal(_energy.ZeroEmission)),
                Biogas = new(Micro.ToDecimal(_energy.Biogas)),
                LiquidBiofuel = new(Micro.ToDecimal(_energy.LiquidBiofuel)),
                Fossil = new(Micro.ToDecimal(_energy.Fossil)),
                SolidBiofuel = new(Micro.ToDecimal(_energy.SolidBiofuel)),
            },
            SiteEnergy = new(Micro.ToDecimal(_site.Total)),
            ZeroEmissionEnergyShare = Ratio(_site.ZeroEmission, _site.Total),
            ZeroEmissionOrBiogasEnergyShare = Ratio(_site.ZeroEmission + _site.Biogas, _site.Total),
            BiogasEnergyShare = Ratio(_site.Biogas, _site.Total),
            FossilEnergyShare = Ratio(_site.Fossil, _site.Total),
            MachineHours = new(Micro.ToDecimal(_machineHours)),
            ZeroEmissionMachineHours = new(Micro.ToDecimal(_zeroEmissionMachineHours)),
            ZeroEmissionMachineHourShare = Ratio(_zeroEmissionMachineHours, _machineHours),
            IdleHours = new(Micro.ToDecimal(_idleHours)),
            OperatingHoursWithIdleReported = new(Micro.ToDecimal(_hoursWithIdle)),
            IdleShare = Ratio(_idleHours, _hoursWithIdle),
            VehicleKm = new(Micro.ToDecimal(_km)),
            ZeroEmissionKm = new(Micro.ToDecimal(_zeroEmissionKm)),
            ZeroEmissionOrBiogasKm = new(Micro.ToDecimal(_zeroEmissionOrBiogasKm)),
            ZeroEmissionKmShare = Ratio(_zeroEmissionKm, _km),
            ZeroEmissionOrBiogasKmShare = Ratio(_zeroEmissionOrBiogasKm, _km),
            TonneKm = Micro.ToDecimal(_tonneKm),
            DistanceBasedVehicleLines = _distanceBasedLines,
            DistanceBasedKm = new(Micro.ToDecimal(_distanceBasedKm)),
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
    // Both sides are millionths, so the units cancel; the quotient is taken in decimal, as every published figure is.
    private static decimal? Ratio(Int128 part, Int128 whole) => whole == 0 ? null : (decimal)part / (decimal)whole;
}
