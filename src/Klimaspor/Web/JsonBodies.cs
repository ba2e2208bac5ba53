using System.Text.Json;
using System.Text.Json.Serialization;

namespace Klimaspor.Web;

/// <summary>
/// The one rule for reading a JSON body, whether the framework binds it or a use case reads it itself: understood
/// whole or refused whole (docs/api-input.md). The serializer's defaults drop a member they do not know and match
/// names without regard to case; a misspelt <c>machinez</c> then became "no machines" and a stored draft lost them.
/// </summary>
public static class JsonBodies
{
    /// <summary>Makes <paramref name="options"/> refuse a member the type does not have, a name spelt in other case, and a member given twice.</summary>
    public static JsonSerializerOptions Strict(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.PropertyNameCaseInsensitive = false;
        options.AllowDuplicateProperties = false;
        return options;
    }
}
