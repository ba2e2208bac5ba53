using System.Text.Json;
using Klimaspor.Data;
using Klimaspor.Domain.Requirements;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Compliance;

/// <summary>A saved requirement's rule, with the row it is kept in.</summary>
internal sealed record StoredRule(Guid Id, int Position, RequirementRule Rule);

/// <summary>How requirements and evaluation results are kept as JSON: the domain's records, enums by name.</summary>
internal static class RequirementStore
{
    public const int KeyMaxLength = 100;

    /// <summary>The one setting of every stored value (<see cref="StoredJson.Options"/>).</summary>
    public static readonly JsonSerializerOptions Json = StoredJson.Options;

    /// <summary>
    /// For rules arriving over the API: a missing key, clause text or metric reads as empty, so the domain's
    /// validation names each one with the others (422) instead of the reader stopping at the first (400). A member the
    /// rule does not have is refused, as on every body (<see cref="JsonBodies"/>).
    /// </summary>
    public static readonly JsonSerializerOptions Lenient = CreateLenient();

    public static RequirementRule Rule(this ContractRequirement requirement) => Read<RequirementRule>(requirement.RuleJson);

    /// <summary>
    /// A contract's saved requirements in order, as the database has them (not as this unit of work holds them): a
    /// use case that changes them composes the list its change leaves and passes that to the evaluation.
    /// </summary>
    public static async Task<IReadOnlyList<StoredRule>> Stored(AppDbContext db, Guid contractId, CancellationToken cancellationToken)
    {
        var rows = await db.Requirements.AsNoTracking().Where(r => r.ContractId == contractId).OrderBy(r => r.Position)
            .Select(r => new { r.Id, r.Position, r.RuleJson }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new StoredRule(r.Id, r.Position, Read<RequirementRule>(r.RuleJson)))];
    }

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Json);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Json)
        ?? throw new InvalidOperationException($"Stored {typeof(T).Name} is empty.");

    /// <summary>
    /// A body read with <see cref="Lenient"/>, or invalid with where it could not be read. The use case decides what
    /// to do with it after the caller's access is known, so an outsider learns nothing from how its body was read.
    /// </summary>
    public static Outcome<T> ReadBody<T>(JsonElement body)
        where T : class
    {
        try
        {
            return body.Deserialize<T>(Lenient) is { } value ? Outcome<T>.Ok(value) : Outcome<T>.Invalid(Problems.UnreadableJson("$"));
        }
        catch (JsonException e)
        {
            return Outcome<T>.Invalid(Problems.UnreadableJson(e.Path));
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
        return JsonBodies.Strict(options);
    }
}
