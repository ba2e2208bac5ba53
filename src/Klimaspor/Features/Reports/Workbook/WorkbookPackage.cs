using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Xml;
using Klimaspor.Domain.Reporting;

namespace Klimaspor.Features.Reports.Workbook;

/// <summary>
/// Checks an uploaded file before the OpenXml SDK opens it: that it is a zip package and not an old .xls or an
/// encrypted workbook (both compound files), that its directory promises no more than the limits allow (a zip bomb
/// is refused from its directory, before a byte is inflated), that it has no macros, and that no XML part carries a
/// document type declaration (DTD), the door to external entities and entity expansion.
/// </summary>
internal static class WorkbookPackage
{
    private static ReadOnlySpan<byte> ZipLocalHeader => "PK\u0003\u0004"u8;

    private static ReadOnlySpan<byte> CompoundFileHeader => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    // An encrypted .xlsx is a compound file with a stream of this name (MS-OFFCRYPTO); names are UTF-16.
    private static readonly byte[] EncryptedPackageName = Encoding.Unicode.GetBytes("EncryptedPackage");

    private static readonly XmlReaderSettings Prohibit = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = true,
    };

    private static readonly XmlReaderSettings Ignore = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = true,
    };

    /// <summary>Null when the package may be opened; the stream is left at its start.</summary>
    public static Problem? Inspect(Stream stream, WorkbookLimits limits)
    {
        try
        {
            return InspectSignature(stream) ?? InspectDirectory(stream, limits);
        }
        finally
        {
            stream.Position = 0;
        }
    }

    private static Problem? InspectSignature(Stream stream)
    {
        Span<byte> head = stackalloc byte[8];
        stream.Position = 0;
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (read == head.Length && head.SequenceEqual(CompoundFileHeader))
        {
            return ContainsEncryptedPackage(stream)
                ? Problem.About(MessageKeys.WorkbookEncrypted)
                : Problem.About(MessageKeys.WorkbookLegacyFormat);
        }

        return read >= 4 && head[..4].SequenceEqual(ZipLocalHeader) ? null : Problem.About(MessageKeys.WorkbookNotAWorkbook);
    }

    private static Problem? InspectDirectory(Stream stream, WorkbookLimits limits)
    {
        var opened = OpenArchive(stream, limits, ArchiveMessages.Workbook, null);
        if (!opened.Succeeded)
        {
            return opened.Problems[0];
        }

        using (var zip = opened.Value)
        {
            if (zip.Entries.Any(e => e.Name.Equals("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            {
                return Problem.About(MessageKeys.WorkbookMacroEnabled);
            }

            var hasContentTypes = zip.Entries.Any(e => e.FullName == "[Content_Types].xml");
            if (!hasContentTypes)
            {
                return Problem.About(MessageKeys.WorkbookNotAWorkbook);
            }

            foreach (var entry in zip.Entries)
            {
                if (InspectProlog(entry) is { } refusal)
                {
                    return refusal;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The zip bomb guards, shared by workbooks and zips of CSV files: a zip at all, its entry count from the
    /// end-of-directory record (before ZipArchive builds an object for each of a million entries), then the sizes its
    /// directory states, in total and packed to unpacked. The archive when it may be read (the stream is left open),
    /// otherwise why not. <paramref name="entryNames"/> decodes names stored without the UTF-8 flag.
    /// </summary>
    internal static Outcome<ZipArchive> OpenArchive(Stream stream, WorkbookLimits limits, ArchiveMessages messages, Encoding? entryNames)
    {
        if (EntryCount(stream) is not { } count)
        {
            return Outcome<ZipArchive>.Invalid(Problem.About(messages.NotAnArchive));
        }

        if (count > limits.MaxParts)
        {
            return Outcome<ZipArchive>.Invalid(Problem.About(messages.TooManyEntries, limits.MaxParts));
        }

        stream.Position = 0;
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true, entryNames);
        }
        catch (InvalidDataException)
        {
            return Outcome<ZipArchive>.Invalid(Problem.About(messages.NotAnArchive));
        }

        if (Measure(zip, limits, messages) is { } refusal)
        {
            zip.Dispose();
            return Outcome<ZipArchive>.Invalid(refusal);
        }

        return Outcome<ZipArchive>.Ok(zip);
    }

    private static Problem? Measure(ZipArchive zip, WorkbookLimits limits, ArchiveMessages messages)
    {
        if (zip.Entries.Count > limits.MaxParts)
        {
            return Problem.About(messages.TooManyEntries, limits.MaxParts);
        }

        // The sizes are the directory's; ZipArchive never inflates an entry past its stated length. Size first,
        // then how tightly each entry (and the whole) is packed.
        long unpacked = 0, packed = 0;
        foreach (var entry in zip.Entries)
        {
            // Each entry is measured before it is added, so that a stated size near long.MaxValue cannot overflow the sum.
            if (entry.Length > limits.MaxUncompressedBytes || (unpacked += entry.Length) > limits.MaxUncompressedBytes)
            {
                return Problem.About(messages.UnpacksTooLarge, limits.MaxUncompressedBytes / (1024 * 1024));
            }

            packed += entry.CompressedLength;
        }

        return IsTooTight(unpacked, packed, limits) || zip.Entries.Any(e => IsTooTight(e.Length, e.CompressedLength, limits))
            ? Problem.About(messages.CompressionRatio, limits.MaxCompressionRatio)
            : null;
    }

    private static bool IsTooTight(long unpacked, long packed, WorkbookLimits limits) =>
        unpacked >= limits.RatioCheckFromBytes && unpacked > limits.MaxCompressionRatio * Math.Max(packed, 1);

    /// <summary>
    /// Reads an XML part up to its root element, DTDs prohibited. A DTD can only stand before the root, so this finds
    /// every one; the SDK prohibits them too, and this check is what turns one into its own message.
    /// </summary>
    private static Problem? InspectProlog(ZipArchiveEntry entry)
    {
        try
        {
            if (!LooksLikeXml(entry))
            {
                return null;
            }

            if (ReachesRoot(entry, Prohibit))
            {
                return null;
            }

            // Read again passing DTDs over: if it then reads, the DTD was the trouble; if not, the part is damaged.
            return ReachesRoot(entry, Ignore)
                ? Problem.About(MessageKeys.WorkbookDocumentTypeDeclaration, entry.FullName)
                : Problem.About(MessageKeys.WorkbookCorrupt);
        }
        catch (InvalidDataException)
        {
            return Problem.About(MessageKeys.WorkbookCorrupt);
        }
    }

    private static bool ReachesRoot(ZipArchiveEntry entry, XmlReaderSettings settings)
    {
        try
        {
            using var reader = XmlReader.Create(entry.Open(), settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    return true;
                }
            }

            return false;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    private static bool LooksLikeXml(ZipArchiveEntry entry)
    {
        if (entry.Length == 0 || entry.FullName.EndsWith('/'))
        {
            return false;
        }

        Span<byte> head = stackalloc byte[64];
        using var stream = entry.Open();
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var bytes = head[..read];
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return true; // UTF-16 with a byte order mark: text, so XML or damaged; either way the reader decides.
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var start = bytes.IndexOfAnyExcept((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n']);
        return start >= 0 && bytes[start] == '<';
    }

    // Total entries from the end-of-central-directory record; null when there is none (not a zip).
    private static long? EntryCount(Stream stream)
    {
        const int RecordSize = 22;
        var tail = (int)Math.Min(stream.Length, RecordSize + ushort.MaxValue);
        if (tail < RecordSize)
        {
            return null;
        }

        var buffer = new byte[tail];
        stream.Position = stream.Length - tail;
        stream.ReadExactly(buffer);
        for (var i = tail - RecordSize; i >= 0; i--)
        {
            if (buffer[i] == 'P' && buffer[i + 1] == 'K' && buffer[i + 2] == 5 && buffer[i + 3] == 6)
            {
                var entries = BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(i + 10, 2));
                // 0xFFFF means the count is in the ZIP64 record: let ZipArchive read it, and count its entries after.
                return entries == ushort.MaxValue ? 0 : entries;
            }
        }

        return null;
    }

    private static bool ContainsEncryptedPackage(Stream stream)
    {
        // The directory of a compound file can sit anywhere in it; the file is within MaxFileBytes, so look through it.
        stream.Position = 0;
        var pattern = EncryptedPackageName;
        var buffer = new byte[81_920 + pattern.Length];
        var kept = 0;
        int read;
        while ((read = stream.Read(buffer, kept, buffer.Length - kept)) > 0)
        {
            var filled = kept + read;
            if (buffer.AsSpan(0, filled).IndexOf(pattern) >= 0)
            {
                return true;
            }

            kept = Math.Min(pattern.Length - 1, filled);
            buffer.AsSpan(filled - kept, kept).CopyTo(buffer);
        }

        return false;
    }
}

/// <summary>What a refused archive is told: a workbook's package and a zip of CSV files are refused in their own words.</summary>
internal sealed record ArchiveMessages(string NotAnArchive, string TooManyEntries, string UnpacksTooLarge, string CompressionRatio)
{
    public static ArchiveMessages Workbook { get; } = new(MessageKeys.WorkbookNotAWorkbook, MessageKeys.WorkbookTooManyParts,
        MessageKeys.WorkbookUnpacksTooLarge, MessageKeys.WorkbookCompressionRatio);

    public static ArchiveMessages CsvZip { get; } = new(MessageKeys.ZipNotAZip, MessageKeys.ZipTooManyEntries,
        MessageKeys.ZipUnpacksTooLarge, MessageKeys.ZipCompressionRatio);
}
