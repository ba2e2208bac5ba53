using System.Text;
using System.Text.Unicode;
using Klimaspor.Domain.Validation;

namespace Klimaspor.Domain.Reporting.Template;

/// <summary>
/// Rows of text cells from a CSV file (one per template sheet) or from text pasted from Excel, which is the same thing
/// separated by tabs. Fields in double quotes may hold separators and line breaks; a doubled quote is a quote.
/// </summary>
public sealed class CsvTable
{
    private static readonly char[] Separators = ['\t', ';', ','];

    // How many lines the separator is judged on: enough to see past title rows to the header and some data.
    private const int SampleLines = 20;

    private CsvTable(IReadOnlyList<IReadOnlyList<string?>> rows, char separator, string encodingName, int? unclosedQuoteRow, (int Row, int Column, int Length)? tooLong)
    {
        Rows = rows;
        TooLong = tooLong;
        Separator = separator;
        EncodingName = encodingName;
        UnclosedQuoteRow = unclosedQuoteRow;
    }

    public IReadOnlyList<IReadOnlyList<string?>> Rows { get; }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> Utf16LittleEndianBom => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BigEndianBom => [0xFE, 0xFF];

    /// <summary><c>;</c>, <c>,</c> or tab, as detected.</summary>
    public char Separator { get; }

    /// <summary><c>utf-8</c>, <c>utf-16</c> or <c>windows-1252</c>: how the bytes were read (<c>text</c> for a string).</summary>
    public string EncodingName { get; }

    /// <summary>The 1-based row of a quoted field that is never closed; the rest of the file then sits in that field.</summary>
    public int? UnclosedQuoteRow { get; }

    /// <summary>The first cell longer than <see cref="CellValues.MaxLength"/>: its 1-based row, 0-based column and length. It is kept cut.</summary>
    public (int Row, int Column, int Length)? TooLong { get; }

    /// <summary>
    /// Reads a file: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode text"), and otherwise Windows-1252,
    /// which is what Norwegian Excel saves CSV in when the bytes are not valid UTF-8.
    /// </summary>
    public static CsvTable Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var (text, encoding) = Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        return Parse(text, encoding);
    }

    /// <summary>Reads text already decoded: pasted cells from Excel (tab-separated) or a CSV file's content.</summary>
    public static CsvTable Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.StartsWith('\uFEFF') ? text[1..] : text, "text");
    }

    /// <summary>The table's own error for the sheet it is read as: a quoted field never closed.</summary>
    public IReadOnlyList<Problem> Errors(string sheet) =>
    [
        .. UnclosedQuoteRow is { } row ? [Problem.InSheet(sheet, row, null, null, null, MessageKeys.TemplateCsvQuoteNotClosed, [row])] : Array.Empty<Problem>(),
        .. TooLong is { } cell
            ? [Problem.InSheet(sheet, cell.Row, null, CellValues.ColumnLetters(cell.Column) + cell.Row, null, MessageKeys.TemplateCellTooLong,
                [CellValues.ColumnLetters(cell.Column) + cell.Row, cell.Length, CellValues.MaxLength])]
            : Array.Empty<Problem>(),
    ];

    private static (string Text, string Encoding) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Utf8Bom))
        {
            return (Encoding.UTF8.GetString(bytes[3..]), "utf-8");
        }

        if (bytes.StartsWith(Utf16LittleEndianBom))
        {
            return (Encoding.Unicode.GetString(bytes[2..]), "utf-16");
        }

        if (bytes.StartsWith(Utf16BigEndianBom))
        {
            return (Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16");
        }

        if (Utf8.IsValid(bytes))
        {
            return (Encoding.UTF8.GetString(bytes), "utf-8");
        }

        // Text that is not valid UTF-8 is taken as Windows-1252: bytes in it are never invalid, and ø, å, æ in
        // Latin-1/1252 are exactly what makes Norwegian text invalid UTF-8.
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
            ?? throw new InvalidOperationException("Windows-1252 is not available.");
        return (windows1252.GetString(bytes), "windows-1252");
    }

    private static CsvTable Parse(string text, string encoding)
    {
        var separator = DetectSeparator(text);
        var rows = new List<IReadOnlyList<string?>>();
        var row = new List<string?>();
        var field = new StringBuilder();
        int? unclosed = null;
        (int Row, int Column, int Length)? tooLong = null;
        void Add()
        {
            if (field.Length > CellValues.MaxLength)
            {
                tooLong ??= (rows.Count + 1, row.Count, field.Length);
                field.Length = CellValues.MaxLength;
            }

            row.Add(field.ToString());
        }

        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"' && field.Length == 0)
            {
                var start = rows.Count + 1;
                i = ReadQuoted(text, i + 1, field);
                if (i < 0)
                {
                    unclosed = start;
                    break;
                }

                continue;
            }

            if (c == separator)
            {
                Add();
                field.Clear();
                i++;
            }
            else if (c is '\r' or '\n')
            {
                Add();
                field.Clear();
                rows.Add(row);
                row = [];
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
            }
            else
            {
                field.Append(c);
                i++;
            }
        }

        // The last line needs no line break; a break at the very end does not start an empty row.
        if (field.Length > 0 || row.Count > 0 || unclosed is not null)
        {
            Add();
            rows.Add(row);
        }

        return new CsvTable(rows, separator, encoding, unclosed, tooLong);
    }

    // Reads a quoted field's content from just after its opening quote; returns where reading goes on, -1 if never closed.
    private static int ReadQuoted(string text, int i, StringBuilder field)
    {
        while (i < text.Length)
        {
            if (text[i] != '"')
            {
                field.Append(text[i++]);
            }
            else if (i + 1 < text.Length && text[i + 1] == '"')
            {
                field.Append('"');
                i += 2;
            }
            else
            {
                return i + 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The separator that splits the most of the first lines into one same number of fields (two or more), header
    /// included. Decimal commas in a <c>;</c> file vary from line to line and lose; a <c>,</c> file quotes its decimal
    /// commas, which are not counted. Ties go to tab (pasted cells), then <c>;</c> (Norwegian Excel), then <c>,</c>.
    /// </summary>
    private static char DetectSeparator(string text)
    {
        var counts = SampleCounts(text);
        var best = ';';
        var bestScore = 0;
        for (var s = 0; s < Separators.Length; s++)
        {
            var widths = counts.Select(c => c[s] + 1).Where(w => w >= 2).ToList();
            if (widths.Count == 0)
            {
                continue;
            }

            var score = widths.GroupBy(w => w).Max(g => g.Count());
            if (score > bestScore)
            {
                best = Separators[s];
                bestScore = score;
            }
        }

        return best;
    }

    // Per non-blank line of the sample, how often each separator occurs outside quotes.
    private static List<int[]> SampleCounts(string text)
    {
        var lines = new List<int[]>();
        var current = new int[Separators.Length];
        var filled = false;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
                filled = true;
            }
            else if (!quoted && c is '\r' or '\n')
            {
                if (filled)
                {
                    lines.Add(current);
                    if (lines.Count == SampleLines)
                    {
                        return lines;
                    }
                }

                current = new int[Separators.Length];
                filled = false;
            }
            else if (!quoted && Array.IndexOf(Separators, c) is var s and >= 0)
            {
                current[s]++;
                filled = true;
            }
            else if (!char.IsWhiteSpace(c))
            {
                filled = true;
            }
        }

        if (filled)
        {
            lines.Add(current);
        }

        return lines;
    }
}
