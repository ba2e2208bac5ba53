using System.Text.Json;
using System.Text.Json.Serialization;

namespace Klimaspor.Features.Calculations;

/// <summary>
/// A message's arguments as JSON: numbers, text, true/false. Read back as decimals, strings and booleans, not as
/// <see cref="JsonElement"/>s, each of which would carry a document of its own (tens of thousands per
/// large report).
/// </summary>
internal sealed class MessageArgumentsConverter : JsonConverter<IReadOnlyList<object?>>
{
    public override IReadOnlyList<object?> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("A message's arguments are an array.");
        }

        var values = new List<object?>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            values.Add(reader.TokenType switch
            {
                JsonTokenType.Number => reader.GetDecimal(),
                JsonTokenType.String => reader.GetString(),
                JsonTokenType.True => true,
                JsonTokenType.False => false,
                JsonTokenType.Null => null,
                _ => throw new JsonException("A message's argument is a number, a text or true/false."),
            });
        }

        return values;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<object?> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var argument in value)
        {
            // The kinds the domain's messages take, written directly: a large report stores some hundred thousand.
            switch (argument)
            {
                case null: writer.WriteNullValue(); break;
                case decimal d: writer.WriteNumberValue(d); break;
                case int i: writer.WriteNumberValue(i); break;
                case long l: writer.WriteNumberValue(l); break;
                case bool b: writer.WriteBooleanValue(b); break;
                case string text: writer.WriteStringValue(text); break;
                default: writer.WriteStringValue(Convert.ToString(argument, System.Globalization.CultureInfo.InvariantCulture)); break;
            }
        }

        writer.WriteEndArray();
    }
}
