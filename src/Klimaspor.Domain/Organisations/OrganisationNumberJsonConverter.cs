using System.Text.Json;
using System.Text.Json.Serialization;

namespace Klimaspor.Domain.Organisations;

/// <summary>
/// An organisation number on the wire and in storage is its nine digits, as the template and the API take it. Without
/// this the struct was written as an object and read back empty (it has no setter), so a line's owner was lost between
/// the draft and the submission. Lines stored that way (<c>{"Value":"974760673",…}</c>) are still read.
/// </summary>
public sealed class OrganisationNumberJsonConverter : JsonConverter<OrganisationNumber>
{
    public override OrganisationNumber Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? text = null;
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = reader.GetString();
                reader.Read();
                if (name == nameof(OrganisationNumber.Value) && reader.TokenType == JsonTokenType.String)
                {
                    text = reader.GetString();
                }
                else
                {
                    reader.Skip();
                }
            }
        }
        else
        {
            text = reader.GetString();
        }

        return OrganisationNumber.TryParse(text, out var number) ? number : throw new JsonException($"Not an organisation number: '{text}'.");
    }

    public override void Write(Utf8JsonWriter writer, OrganisationNumber value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }
}
