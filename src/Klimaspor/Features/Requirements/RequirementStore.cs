using System.Text.Json;
using Klimaspor.Data;
using Klimaspor.Domain.Requirements;

namespace Klimaspor.Features.Requirements;

/// <summary>How requirements and evaluation results are kept as JSON: the domain's records, enums by name.</summary>
public static class RequirementStore
{
    public const int KeyMaxLength = 100;

    /// <summary>The one setting of every stored value (<see cref="StoredJson.Options"/>).</summary>
    public static readonly JsonSerializerOptions Json = StoredJson.Options;

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
        var options = new JsonSerializerOptions(StoredJson.Options)
        {
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver
            {
                Modifiers = { info => { foreach (var property in info.Properties) { property.IsRequired = false; } } },
            },
        };
        return options;
    }
}
