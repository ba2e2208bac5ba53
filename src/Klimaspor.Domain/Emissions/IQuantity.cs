using System.Text.Json;
using System.Text.Json.Serialization;

namespace Klimaspor.Domain.Emissions;

/// <summary>A decimal amount in one unit; lets the JSON converter and generic code treat every unit alike.</summary>
public interface IQuantity<TSelf> : IComparable<TSelf>
    where TSelf : struct, IQuantity<TSelf>
{
    decimal Value { get; }

    static abstract TSelf FromValue(decimal value);
}

/// <summary>
/// Writes a quantity as a bare JSON number, so stored results read <c>"energy": 10056</c> rather than an object,
/// and stay readable if the type is renamed.
/// </summary>
public sealed class QuantityJsonConverter<T> : JsonConverter<T>
    where T : struct, IQuantity<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        T.FromValue(reader.GetDecimal());

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.Value);
    }
}
