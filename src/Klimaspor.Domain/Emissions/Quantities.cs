using System.Globalization;
using System.Text.Json.Serialization;

namespace Klimaspor.Domain.Emissions;

// One small value type per unit, so that adding litres to kilowatt-hours does not compile. They hold decimal because
// quantities and emissions are reported, summed and stored as decimal (exact sums, same result in every database).
// They accept any value, negative included: rejecting a reported figure is the calculation's job, which then names
// the line and field instead of throwing.

/// <summary>A volume of liquid fuel in litres (the template's unit <c>liter</c>).</summary>
[JsonConverter(typeof(QuantityJsonConverter<Litres>))]
public readonly record struct Litres(decimal Value) : IQuantity<Litres>
{
    public static Litres Zero => default;

    public static Litres FromValue(decimal value) => new(value);

    public static Litres operator +(Litres left, Litres right) => new(left.Value + right.Value);

    public static Litres operator -(Litres left, Litres right) => new(left.Value - right.Value);

    public static Litres operator *(Litres quantity, decimal scalar) => new(quantity.Value * scalar);

    public static Litres operator *(decimal scalar, Litres quantity) => new(scalar * quantity.Value);

    public static bool operator <(Litres left, Litres right) => left.Value < right.Value;

    public static bool operator >(Litres left, Litres right) => left.Value > right.Value;

    public static bool operator <=(Litres left, Litres right) => left.Value <= right.Value;

    public static bool operator >=(Litres left, Litres right) => left.Value >= right.Value;

    public int CompareTo(Litres other) => Value.CompareTo(other.Value);

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " l";
}

/// <summary>A mass of gas fuel (biogas, natural gas, propane, hydrogen) in kilograms.</summary>
[JsonConverter(typeof(QuantityJsonConverter<Kilograms>))]
public readonly record struct Kilograms(decimal Value) : IQuantity<Kilograms>
{
    public static Kilograms Zero => default;

    public static Kilograms FromValue(decimal value) => new(value);

    public static Kilograms operator +(Kilograms left, Kilograms right) => new(left.Value + right.Value);

    public static Kilograms operator -(Kilograms left, Kilograms right) => new(left.Value - right.Value);

    public static Kilograms operator *(Kilograms quantity, decimal scalar) => new(quantity.Value * scalar);

    public static Kilograms operator *(decimal scalar, Kilograms quantity) => new(scalar * quantity.Value);

    public static bool operator <(Kilograms left, Kilograms right) => left.Value < right.Value;

    public static bool operator >(Kilograms left, Kilograms right) => left.Value > right.Value;

    public static bool operator <=(Kilograms left, Kilograms right) => left.Value <= right.Value;

    public static bool operator >=(Kilograms left, Kilograms right) => left.Value >= right.Value;

    public int CompareTo(Kilograms other) => Value.CompareTo(other.Value);

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " kg";
}

/// <summary>A volume of gas in standard cubic metres (15 °C, 1 atm), as gas is metered and invoiced.</summary>
[JsonConverter(typeof(QuantityJsonConverter<StandardCubicMetres>))]
public readonly record struct StandardCubicMetres(decimal Value) : IQuantity<StandardCubicMetres>
{
    public static StandardCubicMetres Zero => default;

    public static StandardCubicMetres FromValue(decimal value) => new(value);

    public static StandardCubicMetres operator +(StandardCubicMetres left, StandardCubicMetres right) => new(left.Value + right.Value);

    public static StandardCubicMetres operator -(StandardCubicMetres left, StandardCubicMetres right) => new(left.Value - right.Value);

    public static StandardCubicMetres operator *(StandardCubicMetres quantity, decimal scalar) => new(quantity.Value * scalar);

    public static StandardCubicMetres operator *(decimal scalar, StandardCubicMetres quantity) => new(scalar * quantity.Value);

    public static bool operator <(StandardCubicMetres left, StandardCubicMetres right) => left.Value < right.Value;

    public static bool operator >(StandardCubicMetres left, StandardCubicMetres right) => left.Value > right.Value;

    public static bool operator <=(StandardCubicMetres left, StandardCubicMetres right) => left.Value <= right.Value;

    public static bool operator >=(StandardCubicMetres left, StandardCubicMetres right) => left.Value >= right.Value;

    public int CompareTo(StandardCubicMetres other) => Value.CompareTo(other.Value);

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " Sm3";
}

/// <summary>Energy in kilowatt-hours: electricity and heat as metered, and every carrier's energy content.</summary>
[JsonConverter(typeof(QuantityJsonConverter<KilowattHours>))]
public readonly record struct KilowattHours(decimal Value) : IQuantity<KilowattHours>
{
    public static KilowattHours Zero => default;

    public static KilowattHours FromValue(decimal value) => new(value);

    public static KilowattHours operator +(KilowattHours left, KilowattHours right) => new(left.Value + right.Value);

    public static KilowattHours operator -(KilowattHours left, KilowattHours right) => new(left.Value - right.Value);

    public static KilowattHours operator *(KilowattHours quantity, decimal scalar) => new(quantity.Value * scalar);

    public static KilowattHours operator *(decimal scalar, KilowattHours quantity) => new(scalar * quantity.Value);

    public static bool operator <(KilowattHours left, KilowattHours right) => left.Value < right.Value;

    public static bool operator >(KilowattHours left, KilowattHours right) => left.Value > right.Value;

    public static bool operator <=(KilowattHours left, KilowattHours right) => left.Value <= right.Value;

    public static bool operator >=(KilowattHours left, KilowattHours right) => left.Value >= right.Value;

    public int CompareTo(KilowattHours other) => Value.CompareTo(other.Value);

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " kWh";
}

/// <summary>Greenhouse gas emissions in kilograms of CO2 equivalents.</summary>
[JsonConverter(typeof(QuantityJsonConverter<KgCo2e>))]
public readonly record struct KgCo2e(decimal Value) : IQuantity<KgCo2e>
{
    public static KgCo2e Zero => default;

    public static KgCo2e FromValue(decimal value) => new(value);

    public static KgCo2e operator +(KgCo2e left, KgCo2e right) => new(left.Value + right.Value);

    public static KgCo2e operator -(KgCo2e left, KgCo2e right) => new(left.Value - right.Value);

    public static KgCo2e operator *(KgCo2e quantity, decimal scalar) => new(quantity.Value * scalar);

    public static KgCo2e operator *(decimal scalar, KgCo2e quantity) => new(scalar * quantity.Value);

    public static bool operator <(KgCo2e left, KgCo2e right) => left.Value < right.Value;

    public static bool operator >(KgCo2e left, KgCo2e right) => left.Value > right.Value;

    public static bool operator <=(KgCo2e left, KgCo2e right) => left.Value <= right.Value;

    public static bool operator >=(KgCo2e left, KgCo2e right) => left.Value >= right.Value;

    public int CompareTo(KgCo2e other) => Value.CompareTo(other.Value);

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " kg CO2e";
}

/// <summary>A duration in hours, as operating hours and idle hours are reported.</summary>
[JsonConverter(typeof(QuantityJsonConverter<Hours>))]
public readonly record struct Hours(decimal Value) : IQuantity<Hours>
{
    public static Hours Zero => default;

    public static Hours FromValue(decimal value) => new(value);

    public static Hours operator +(Hours left, Hours right) => new(left.Value + right.Value);

    public static Hours operator -(Hours left, Hours right) => new(left.Value - right.Value);

    public static Hours operator *(Hours quantity, decimal scalar) => new(quantity.Value * scalar);

    public static Hours operator *(decimal scalar, Hours quantity) => new(scalar * quantity.Value);

    public static bool operator <(Hours left, Hours right) => left.Value < right.Value;

    public static bool operator >(Hours left, Hours right) => left.Value > right.Value;

    public static bool operator <=(Hours left, Hours right) => left.Value <= right.Value;

    public static bool operator >=(Hours left, Hours right) => left.Value >= right.Value;

    public int CompareTo(Hours other) => Value.CompareTo(other.Value);

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " h";
}

/// <summary>A distance driven in kilometres.</summary>
[JsonConverter(typeof(QuantityJsonConverter<Kilometres>))]
public readonly record struct Kilometres(decimal Value) : IQuantity<Kilometres>
{
    public static Kilometres Zero => default;

    public static Kilometres FromValue(decimal value) => new(value);

    public static Kilometres operator +(Kilometres left, Kilometres right) => new(left.Value + right.Value);

    public static Kilometres operator -(Kilometres left, Kilometres right) => new(left.Value - right.Value);

    public static Kilometres operator *(Kilometres quantity, decimal scalar) => new(quantity.Value * scalar);

    public static Kilometres operator *(decimal scalar, Kilometres quantity) => new(scalar * quantity.Value);

    public static bool operator <(Kilometres left, Kilometres right) => left.Value < right.Value;

    public static bool operator >(Kilometres left, Kilometres right) => left.Value > right.Value;

    public static bool operator <=(Kilometres left, Kilometres right) => left.Value <= right.Value;

    public static bool operator >=(Kilometres left, Kilometres right) => left.Value >= right.Value;

    public int CompareTo(Kilometres other) => Value.CompareTo(other.Value);

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " km";
}
