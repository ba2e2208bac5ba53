using System.Text.Json.Serialization;

namespace Klimaspor.Domain.Emissions;

/// <summary>
/// The classes buyers' key figures are built on (domain README, "Key figures"): zero-emission is electricity, hydrogen
/// and district heating (and heat pumps, which run on electricity); "diesel" in the template is ordinary diesel and
/// counts as fossil despite the mandated blend. Solid biofuel (wood pellets for heating and drying, template v2) is
/// fossil-free but burnt on site, so it is neither zero-emission nor fossil; it is added last, so that stored class
/// numbers keep their meaning.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<EnergyClass>))]
public enum EnergyClass
{
    ZeroEmission,
    Biogas,
    LiquidBiofuel,
    Fossil,
    SolidBiofuel,
}

/// <summary>What physical form a carrier is reported in; a plug-in hybrid is both liquid and electric.</summary>
[Flags]
[JsonConverter(typeof(JsonStringEnumConverter<CarrierForm>))]
public enum CarrierForm
{
    None = 0,
    Liquid = 1,
    Gas = 2,
    Electric = 4,
    Heat = 8,

    /// <summary>A solid fuel sold by weight (wood pellets).</summary>
    Solid = 16,
}
