using System.IO.Compression;
using System.Text;
using Klimaspor.Domain.Reporting;

namespace Klimaspor.Features.Reports.Workbook;

/// <summary>
/// Unpacks an uploaded zip of the template's CSV files (one per sheet, named after it) behind the workbook's zip bomb
/// guards (<see cref="WorkbookPackage.OpenArchive"/>: entry count, unpacked size, packing ratio). Every file in it must
/// be a CSV file under a plain name: a name that climbs out of the zip, a zip (or other archive) inside it, or any other
/// kind of file refuses the whole upload, naming that file. Folders are passed over (zipping a folder puts its name in
/// front of each file), and so is the <c>__MACOSX</c> folder macOS adds.
/// </summary>
internal static class ReportZipReader
{
    private const string MacMetadataFolder = "__MACOSX/";

    private static readonly string[] ArchiveExtensions = [".zip", ".xlsx", ".xlsm", ".xls", ".7z", ".rar", ".gz", ".tgz", ".tar", ".jar"];

    // Zip (local header, empty archive), gzip, 7-Zip, RAR: a file whose bytes start so is an archive whatever its name.
    private static readonly byte[][] ArchiveSignatures = [[0x50, 0x4B, 0x03, 0x04], [0x50, 0x4B, 0x05, 0x06], [0x1F, 0x8B], [0x37, 0x7A, 0xBC, 0xAF], [0x52, 0x61, 0x72, 0x21]];

    /// <summary>
    /// Names stored without the zip's UTF-8 flag: macOS writes UTF-8 regardless, older Windows its OEM code page (850
    /// in Norway, where «Kjøretøy.csv» would otherwise lose its ø). UTF-8 first, and bytes that are not UTF-8 as 850.
    /// </summary>
    private static readonly Encoding EntryNames = Encoding.GetEncoding("utf-8", EncoderFallback.ReplacementFallback, new CodePage850Fallback());

    /// <returns>The CSV files in the zip, or why it was refused: a problem about the upload, its value the file in the zip at fault, if one is.</returns>
    public static Outcome<IReadOnlyList<UploadedFile>> Read(byte[] content, WorkbookLimits limits)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        if (content.LongLength > limits.MaxFileBytes)
        {
            return Refused(Problem.About(MessageKeys.WorkbookFileTooLarge, limits.MaxFileBytes / (1024 * 1024)));
        }

        using var stream = new MemoryStream(content, writable: false);
        var csvLimits = limits with { MaxUncompressedBytes = Math.Min(limits.MaxUncompressedBytes, limits.MaxCsvZipBytes) };
        var opened = WorkbookPackage.OpenArchive(stream, csvLimits, ArchiveMessages.CsvZip, EntryNames);
        if (!opened.Succeeded)
        {
            return opened.Failed<IReadOnlyList<UploadedFile>>();
        }

        using (var zip = opened.Value)
        {
            var entries = zip.Entries.Where(e => !IsFolder(e) && !e.FullName.StartsWith(MacMetadataFolder, StringComparison.Ordinal)).ToList();
            // Names first, so that an unsafe name is reported whatever comes before it.
            if (entries.FirstOrDefault(e => !IsSafe(e.FullName)) is { } unsafeEntry)
            {
                return Refused(MessageKeys.ZipUnsafeName, unsafeEntry.FullName);
            }

            var files = new List<UploadedFile>();
            try
            {
                foreach (var entry in entries)
                {
                    if (IsArchive(entry))
                    {
                        return Refused(MessageKeys.ZipNestedArchive, entry.FullName);
                    }

                    if (!IsCsvName(entry.Name))
                    {
                        return Refused(MessageKeys.ZipEntryNotCsv, entry.FullName);
                    }

                    files.Add(new UploadedFile(entry.Name, "text/csv", Unpack(entry)));
                }
            }
            catch (InvalidDataException)
            {
                return Refused(Problem.About(MessageKeys.ZipCorrupt));
            }

            return files.Count == 0 ? Refused(Problem.About(MessageKeys.ZipNoCsv)) : Outcome<IReadOnlyList<UploadedFile>>.Ok(files);
        }
    }

    /// <summary>The names a CSV file for a sheet may have, in a zip or uploaded on its own.</summary>
    public static bool IsCsvName(string name) =>
        name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    private static bool IsFolder(ZipArchiveEntry entry) => entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\');

    // Nothing is written to disk, but a name that would climb out of a folder when unpacked marks a crafted file.
    private static bool IsSafe(string name)
    {
        var path = name.Replace('\\', '/');
        return path.Length > 0 && path[0] != '/' && !path.Contains(':', StringComparison.Ordinal) && !path.Any(char.IsControl)
            && !path.Split('/').Any(segment => segment == "..");
    }

    private static bool IsArchive(ZipArchiveEntry entry)
    {
        if (ArchiveExtensions.Any(e => entry.Name.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        Span<byte> head = stackalloc byte[4];
        using var stream = entry.Open();
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        foreach (var signature in ArchiveSignatures)
        {
            if (read >= signature.Length && head[..signature.Length].SequenceEqual(signature))
            {
                return true;
            }
        }

        return false;
    }

    // The directory's stated length bounds what ZipArchive inflates, and the lengths were measured against the limits.
    private static byte[] Unpack(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream((int)entry.Length);
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static Outcome<IReadOnlyList<UploadedFile>> Refused(Problem refusal) => Outcome<IReadOnlyList<UploadedFile>>.Invalid(refusal);

    // The file in the zip at fault is the problem's value, so that the upload's error listing names it.
    private static Outcome<IReadOnlyList<UploadedFile>> Refused(string messageKey, string entryName) => Refused(new Problem(string.Empty, messageKey, entryName, entryName));

    /// <summary>Decodes bytes that are not UTF-8 as code page 850, one character per byte.</summary>
    private sealed class CodePage850Fallback : DecoderFallback
    {
        private static readonly Encoding CodePage850 = CodePagesEncodingProvider.Instance.GetEncoding(850)
            ?? throw new InvalidOperationException("Code page 850 is not available.");

        // The UTF-8 decoder hands over at most a few bytes at a time, each becoming one character.
        public override int MaxCharCount => 4;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer();

        private sealed class Buffer : DecoderFallbackBuffer
        {
            private string _chars = string.Empty;
            private int _next;

            public override int Remaining => _chars.Length - _next;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                _chars = CodePage850.GetString(bytesUnknown);
                _next = 0;
                return _chars.Length > 0;
            }

            public override char GetNextChar() => _next < _chars.Length ? _chars[_next++] : '\0';

            public override bool MovePrevious()
            {
                if (_next == 0)
                {
                    return false;
                }

                _next--;
                return true;
            }

            public override void Reset()
            {
                _chars = string.Empty;
                _next = 0;
            }
        }
    }
}
