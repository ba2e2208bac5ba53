using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Klimaspor.Domain.Reporting;

/// <summary>
/// Reads a code of the template's lists as the list's own string, not a new copy: a 100 000-line report read back from
/// storage holds each code once rather than four copies per line (some 15 MB of short-lived-but-promoted strings).
/// Any other text is read as it is; writing is plain.
/// </summary>
public sealed class CodeJsonConverter : JsonConverter<string>
{
    // Longer than any code: a value longer than this is not one and is read as usual.
    private const int LongestCode = 64;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Codes =
        new HashSet<string>(CodeLists.All.SelectMany(list => list.Entries.Select(entry => entry.Code)), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence && reader.ValueSpan.Length <= LongestCode)
        {
            Span<char> text = stackalloc char[LongestCode];
            if (Encoding.UTF8.TryGetChars(reader.ValueSpan, text, out var length) && Codes.TryGetValue(text[..length], out var code))
            {
                return code;
            }
        }

        return reader.GetString();
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }
}
