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
        using var packed = new Chunks();
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

    /// <summary>
    /// A packed list read an element at a time, each mapped as it is read: only the mapped list is ever held, not the
    /// stored elements as well.
    /// </summary>
    public static List<TResult> ReadEach<T, TResult>(byte[] packed, JsonSerializerOptions options, Func<T, TResult> map)
    {
        ArgumentNullException.ThrowIfNull(packed);
        using var brotli = new BrotliStream(new MemoryStream(packed, writable: false), CompressionMode.Decompress);
        // The stream is in memory: the enumeration never waits, it only reads element by element.
        return [.. JsonSerializer.DeserializeAsyncEnumerable<T>(brotli, options).ToBlockingEnumerable().Select(e => map(e!))];
    }

    /// <summary>
    /// Where a packed value is written: 64 kB chunks (below the large object heap, so short-lived garbage), then one array
    /// of the exact size. A MemoryStream would double its buffer on the way to 8 MB (16 MB of large-object garbage per
    /// value, kept until a full collection) and copy it once more.
    /// </summary>
    private sealed class Chunks : Stream
    {
        private const int ChunkSize = 64 * 1024;
        private readonly List<byte[]> _chunks = [];
        private int _used = ChunkSize;
        private long _length;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;

        public override long Position
        {
            get => _length;
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            while (!buffer.IsEmpty)
            {
                if (_used == ChunkSize)
                {
                    _chunks.Add(new byte[ChunkSize]);
                    _used = 0;
                }

                var take = Math.Min(buffer.Length, ChunkSize - _used);
                buffer[..take].CopyTo(_chunks[^1].AsSpan(_used));
                _used += take;
                _length += take;
                buffer = buffer[take..];
            }
        }

        public byte[] ToArray()
        {
            var result = GC.AllocateUninitializedArray<byte>(checked((int)_length));
            for (var i = 0; i < _chunks.Count; i++)
            {
                _chunks[i].AsSpan(0, i == _chunks.Count - 1 ? _used : ChunkSize).CopyTo(result.AsSpan(i * ChunkSize));
            }

            return result;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
