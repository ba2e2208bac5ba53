using System.Collections.Frozen;
using Klimaspor.Domain.Emissions;

namespace Klimaspor.Domain.Transport;

/// <summary>How a vehicle line's energy was found, best first (../shared/spec/transport-footprint.md, "Three methods").</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ActivityMethod>))]
public enum ActivityMethod
{
    /// <summary>Fuel and electricity the supplier reported: primary data.</summary>
    Fuel,

    /// <summary>Km (and trips) with energy per km from the consumption table: modelled, an estimate.</summary>
    Distance,

    /// <summary>Annual spend times intensities per MNOK: a screening estimate.</summary>
    Spend,
}

/// <summary>The data quality each method gives, as the method notes label it.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<DataQuality>))]
public enum DataQuality
{
    Primary,
    Modelled,
    Estimate,
}

/// <summary>How full the vehicle is on a leg: DESNZ publishes HGV rows at 0 %, 50 % and 100 % laden and an average.</summary>
public enum LoadLevel
{
    /// <summary>Load not given: DESNZ's "average laden", which includes the empty running of an average fleet.</summary>
    Average,
    Empty,
    Half,
    Full,
}

/// <summary>What burns or charges on board; consumption rows are per drivetrain, carriers map onto them.</summary>
public enum Drivetrain
{
    /// <summary>A compression-ignition engine: diesel, HVO100 and FAME100 (drop-in fuels for the same engine).</summary>
    Diesel,
    Petrol,

    /// <summary>A spark-ignited gas engine: biogas, natural gas, LPG.</summary>
    Gas,
    FuelCell,
    Battery,
    PlugInHybrid,
}

public static class ActivityMethods
{
    public static DataQuality Quality(this ActivityMethod method) => method switch
    {
        ActivityMethod.Fuel => DataQuality.Primary,
        ActivityMethod.Distance => DataQuality.Modelled,
        _ => DataQuality.Estimate,
    };

    /// <summary>Whether figures from this method are estimates and must be labelled so wherever they are shown.</summary>
    public static bool IsEstimate(this ActivityMethod method) => method != ActivityMethod.Fuel;
}

/// <summary>
/// One row of the consumption table: energy per vehicle-km for a vehicle type (and weight class and load where the row
/// is finer), for one drivetrain. A plug-in hybrid's row has both fuel and electricity.
/// </summary>
/// <param name="Id">What a calculated line names as the row that gave it: type/weightClass/load/drivetrain.</param>
/// <param name="FuelKwhPerKm">Fuel energy (net calorific value) per km; converted to litres or kg with the territorial set's energy content.</param>
/// <param name="ElectricityKwhPerKm">Electricity per km, charged (battery, plug-in hybrid).</param>
/// <param name="Derived">True where no published figure exists for this row and it is derived; <paramref name="Source"/> says how.</param>
public sealed record ConsumptionRow(
    string Id,
    string VehicleType,
    string? WeightClass,
    LoadLevel Load,
    Drivetrain Drivetrain,
    decimal FuelKwhPerKm,
    decimal ElectricityKwhPerKm,
    string Source,
    bool Derived);

/// <summary>A named, versioned table of energy per vehicle-km, every row with its source, frozen into results as factor sets are.</summary>
public sealed class ConsumptionTable
{
    private readonly FrozenDictionary<string, ConsumptionRow> _rows;
    private readonly FrozenSet<string> _classes;

    public ConsumptionTable(string key, int version, IReadOnlyList<ConsumptionRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Key = key;
        Version = version;
        Rows = rows;
        _rows = rows.ToFrozenDictionary(r => Slot(r.VehicleType, r.WeightClass, r.Load, r.Drivetrain), StringComparer.Ordinal);
        _classes = rows.Where(r => r.WeightClass is not null).Select(r => r.VehicleType + "/" + r.WeightClass).ToFrozenSet(StringComparer.Ordinal);
    }

    public string Key { get; }

    public int Version { get; }

    public string Reference => $"{Key} v{Version}";

    public IReadOnlyList<ConsumptionRow> Rows { get; }

    /// <summary>Whether the table has finer rows for this weight class of this vehicle type.</summary>
    public bool Covers(string vehicleType, string weightClass) => _classes.Contains(vehicleType + "/" + weightClass);

    /// <summary>
    /// The finest row for what the line says: its weight class and load where the table has such a row, else the type's
    /// average for the drivetrain. Null where the carrier is none a vehicle can use (grid electricity, district
    /// heating, cable, heating carriers) or the type is not in the table.
    /// </summary>
    public ConsumptionRow? Find(string vehicleType, string? weightClass, LoadLevel load, EnergyCarrier carrier)
    {
        ArgumentNullException.ThrowIfNull(carrier);
        if (DrivetrainOf(carrier) is not { } drivetrain)
        {
            return null;
        }

        return Lookup(vehicleType, weightClass, load, drivetrain) ?? Lookup(vehicleType, weightClass, LoadLevel.Average, drivetrain)
            ?? Lookup(vehicleType, null, load, drivetrain) ?? Lookup(vehicleType, null, LoadLevel.Average, drivetrain);
    }

    /// <summary>The drivetrain a carrier runs; null for carriers no vehicle uses (never el-nett or fjernvarme).</summary>
    public static Drivetrain? DrivetrainOf(EnergyCarrier carrier)
    {
        ArgumentNullException.ThrowIfNull(carrier);
        return carrier.Code switch
        {
            "diesel" or "hvo100" or "fame100" => Drivetrain.Diesel,
            "bensin" => Drivetrain.Petrol,
            "biogass" or "naturgass" or "propan" => Drivetrain.Gas,
            "hydrogen" => Drivetrain.FuelCell,
            "el-batteri" => Drivetrain.Battery,
            "hybrid-diesel" or "hybrid-hvo" => Drivetrain.PlugInHybrid,
            _ => null,
        };
    }

    private ConsumptionRow? Lookup(string type, string? weightClass, LoadLevel load, Drivetrain drivetrain) =>
        _rows.GetValueOrDefault(Slot(type, weightClass, load, drivetrain));

    private static string Slot(string type, string? weightClass, LoadLevel load, Drivetrain drivetrain) =>
        $"{type}/{weightClass ?? "*"}/{load}/{drivetrain}";
}
