using System.IO.Compression;
using System.Text.Json;

namespace Klimaspor.Data;

/// <summary>
/// Large values (a report's lines, its calculated lines, its fact lines) kept as Brotli-compressed UTF-8 JSON in a
/// binary column. A 100 000-line report is about 40 MB of JSON, twice that as a .NET string: written straight into the
/// compressing stream and read straight out of it, it never exists whole in memory as text, and it is stored at a
/// tenth of the size. Fastest compression: most of the gain for a fraction of the CPU of the higher levels.
/// </summary>
public static class PackedJson
{
    public static byte[] Pack<T>(T value, JsonSerializerOptions options)
    {
        using var packed = new MemoryStream();
        using (var brotli = new BrotliStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            JsonSerializer.Serialize(brotli, value, options);
        }

        return packed.ToArray();
    }

    public static T Unpack<T>(byte[] packed, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(packed);
        using var brotli = new BrotliStream(new MemoryStream(packed, writable: false), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<T>(brotli, options) ?? throw new InvalidOperationException($"Stored {typeof(T).Name} is empty.");
    }

    /// <summary>The packed value, or else the plain JSON of a row stored before values were packed.</summary>
    public static T Read<T>(byte[]? packed, string? legacyJson, JsonSerializerOptions options) =>
        packed is not null ? Unpack<T>(packed, options)
        : legacyJson is not null ? JsonSerializer.Deserialize<T>(legacyJson, options) ?? throw new InvalidOperationException($"Stored {typeof(T).Name} is empty.")
        : throw new InvalidOperationException($"Neither a packed nor a JSON {typeof(T).Name} is stored.");
}
