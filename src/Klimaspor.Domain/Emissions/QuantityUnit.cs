using System.Text.Json.Serialization;

namespace Klimaspor.Domain.Emissions;

/// <summary>The units of the template's <c>unit</c> column; the JSON names are the template's codes.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<QuantityUnit>))]
public enum QuantityUnit
{
    [JsonStringEnumMemberName("liter")]
    Litre,

    [JsonStringEnumMemberName("kg")]
    Kilogram,

    [JsonStringEnumMemberName("Sm3")]
    StandardCubicMetre,

    [JsonStringEnumMemberName("kWh")]
    KilowattHour,
}

public static class QuantityUnits
{
    public static IReadOnlyList<QuantityUnit> All { get; } =
        [QuantityUnit.Litre, QuantityUnit.Kilogram, QuantityUnit.StandardCubicMetre, QuantityUnit.KilowattHour];

    /// <summary>The template's code: <c>liter</c>, <c>kg</c>, <c>Sm3</c>, <c>kWh</c>.</summary>
    public static string Code(this QuantityUnit unit) => unit switch
    {
        QuantityUnit.Litre => "liter",
        QuantityUnit.Kilogram => "kg",
        QuantityUnit.StandardCubicMetre => "Sm3",
        QuantityUnit.KilowattHour => "kWh",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    /// <summary>Accepts the template's codes and the spellings people type (l, litre, Sm³, kwh), ignoring case.</summary>
    public static bool TryParse(string? text, out QuantityUnit unit)
    {
        unit = default;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "liter" or "l" or "litre" or "litres" or "liters":
                unit = QuantityUnit.Litre;
                return true;
            case "kg":
                unit = QuantityUnit.Kilogram;
                return true;
            case "sm3" or "sm³" or "nm3" or "nm³":
                unit = QuantityUnit.StandardCubicMetre;
                return true;
            case "kwh":
                unit = QuantityUnit.KilowattHour;
                return true;
            default:
                return false;
        }
    }
}
