using System.Text.Json;
using System.Text.Json.Serialization;
using Klimaspor.Domain.Requirements;

namespace Klimaspor.Data;

/// <summary>
/// How every value kept as JSON in the database is written and read: factor sets, report lines and results,
/// requirements, verdicts and deviation snapshots alike. Enums by name, so stored values survive a reordering of an
/// enum and read well in the database (the emission and reporting enums say so on their types too).
/// </summary>
public static class StoredJson
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new ExplanationJsonConverter());
        return options;
    }
}

/// <summary>
/// An explanation is a message key with arguments of any kind; read back, the arguments stay JSON values, which
/// <see cref="Web.TextsLocalizer"/> formats as numbers and text again.
/// </summary>
public sealed class ExplanationJsonConverter : JsonConverter<Explanation>
{
    public override Explanation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        var key = root.TryGetProperty("messageKey", out var k) ? k.GetString() ?? string.Empty : string.Empty;
        var arguments = root.TryGetProperty("arguments", out var a) && a.ValueKind == JsonValueKind.Array
            ? a.EnumerateArray().Select(e => (object?)(e.ValueKind == JsonValueKind.Null ? null : e.Clone())).ToList()
            : [];
        return new Explanation(key, (IReadOnlyList<object?>)arguments);
    }

    public override void Write(Utf8JsonWriter writer, Explanation value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("messageKey", value.MessageKey);
        writer.WritePropertyName("arguments");
        writer.WriteStartArray();
        foreach (var argument in value.Arguments)
        {
            JsonSerializer.Serialize(writer, argument, argument?.GetType() ?? typeof(object), options);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
