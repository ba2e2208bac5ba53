using System.Text.Json;
using System.Text.Json.Serialization;
using Klimaspor.Data;
using Klimaspor.Domain.Requirements;

namespace Klimaspor.Features.Requirements;

/// <summary>How requirements and evaluation results are kept as JSON: the domain's records, enums by name.</summary>
public static class RequirementStore
{
    public const int KeyMaxLength = 100;

    /// <summary>Enums by name, so stored rules and results survive a reordering of an enum and read well in the database.</summary>
    public static readonly JsonSerializerOptions Json = CreateJson();

    /// <summary>
    /// For rules arriving over the API: a missing key, clause text or metric reads as empty, so the domain's
    /// validation names each one with the others (422) instead of the reader stopping at the first (400).
    /// </summary>
    public static readonly JsonSerializerOptions Lenient = CreateLenient();

    public static RequirementRule Rule(this ContractRequirement requirement) => Read<RequirementRule>(requirement.RuleJson);

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Json);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Json)
        ?? throw new InvalidOperationException($"Stored {typeof(T).Name} is empty.");

    /// <summary>A body read with <see cref="Lenient"/>, or the reason it could not be read at all.</summary>
    public static (T? Value, JsonException? Error) ReadBody<T>(JsonElement body)
        where T : class
    {
        try
        {
            return (body.Deserialize<T>(Lenient) ?? throw new JsonException("The body is empty.", "$", null, null), null);
        }
        catch (JsonException e)
        {
            return (null, e);
        }
    }

    private static JsonSerializerOptions CreateLenient()
    {
        var options = new JsonSerializerOptions(CreateJson())
        {
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver
            {
                Modifiers = { info => { foreach (var property in info.Properties) { property.IsRequired = false; } } },
            },
        };
        return options;
    }

    private static JsonSerializerOptions CreateJson()
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
