using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Klimaspor.Domain.Reporting;

namespace Klimaspor.Features.Reports.Workbook;

/// <summary>
/// Reads an uploaded workbook into rows of text cells per sheet, for <see cref="Domain.Reporting.Template.ReportTemplate"/>
/// (<see cref="Open"/>: each sheet's rows as they are parsed; <see cref="Read"/>: all of them in memory), or refuses it
/// with a <see cref="Problem"/> about the upload. The package is checked before it is opened (<see cref="WorkbookPackage"/>); sheets
/// are read with <see cref="OpenXmlReader"/> (SAX), one element at a time. Formulas are never evaluated: a formula
/// cell gives the value Excel cached when it last saved the file, or nothing.
/// </summary>
internal static class ReportWorkbookReader
{
    private const string WorkbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private const string TemplateContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml";

    private static readonly IReadOnlyList<string?> EmptyRow = [];

    // Excel's 1904 date system (old Mac workbooks) counts days from 1904-01-01; the parser reads the 1900 system.
    private const int Days1904To1900 = 1462;

    /// <summary>
    /// Reads the workbook whole: every sheet's rows in memory (<see cref="WorkbookSheets"/> says how rows and cells are
    /// given), or why it was refused. The stream is read from its current position and left open.
    /// </summary>
    public static Outcome<IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string?>>>> Read(Stream input, WorkbookLimits? limits = null)
    {
        var opened = Open(input, limits);
        if (!opened.Succeeded)
        {
            return opened.Failed<IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string?>>>>();
        }

        using var workbook = opened.Value;
        var sheets = workbook.Sheets.ToDictionary(s => s.Key, s => (IReadOnlyList<IReadOnlyList<string?>>)[.. s.Value], StringComparer.Ordinal);
        return workbook.Refusal is { } refusal
            ? Outcome<IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string?>>>>.Invalid(refusal)
            : Outcome<IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string?>>>>.Ok(sheets);
    }

    /// <summary>
    /// Opens the workbook for reading its sheets as they are enumerated, one row at a time (an import parses 100 000
    /// rows without holding them), or refuses it: the package, its workbook part, shared strings and styles are read
    /// and checked here. A sheet found unreadable or over a limit while enumerated ends there, and the refusal is
    /// then <see cref="WorkbookSheets.Refusal"/>. The stream is read from its current position and must stay open
    /// until the result is disposed.
    /// </summary>
    public static Outcome<WorkbookSheets> Open(Stream input, WorkbookLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        limits ??= WorkbookLimits.Default;

        MemoryStream? copy = null;
        try
        {
            var stream = input;
            if (!input.CanSeek || input.Position != 0)
            {
                copy = CopyAtMost(input, limits.MaxFileBytes);
                if (copy is null)
                {
                    return Refused(MessageKeys.WorkbookFileTooLarge, limits.MaxFileBytes / (1024 * 1024));
                }

                stream = copy;
            }
            else if (input.Length > limits.MaxFileBytes)
            {
                return Refused(MessageKeys.WorkbookFileTooLarge, limits.MaxFileBytes / (1024 * 1024));
            }

            if (WorkbookPackage.Inspect(stream, limits) is { } refusal)
            {
                return Outcome<WorkbookSheets>.Invalid(refusal);
            }

            var sheets = OpenPackage(stream, limits, copy);
            if (sheets.Succeeded)
            {
                copy = null; // the sheets own it now
            }

            return sheets;
        }
        finally
        {
            copy?.Dispose();
        }
    }

    private static Outcome<WorkbookSheets> OpenPackage(Stream stream, WorkbookLimits limits, MemoryStream? copy)
    {
        SpreadsheetDocument document;
        try
        {
            // MaxCharactersInPart bounds every part the SDK reads, whatever its directory says.
            document = SpreadsheetDocument.Open(stream, isEditable: false, new OpenSettings
            {
                AutoSave = false,
                MaxCharactersInPart = limits.MaxUncompressedBytes,
            });
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or IOException)
        {
            return Refused(MessageKeys.WorkbookNotAWorkbook);
        }

        // The SDK takes whatever the package's main part is for a workbook part; its content type tells what it is
        // (a Word document renamed .xlsx has a main part too).
        var refusal = document.WorkbookPart?.ContentType switch
        {
            WorkbookContentType or TemplateContentType => null,
            { } contentType when contentType.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) && !contentType.Contains(".binary.", StringComparison.Ordinal) =>
                Problem.About(MessageKeys.WorkbookMacroEnabled),
            _ => Problem.About(MessageKeys.WorkbookNotAWorkbook),
        };

        var workbook = new WorkbookSheets(document, copy);
        refusal ??= Guarded(() => OpenSheets(workbook, document.WorkbookPart!, limits), out _);
        if (refusal is not null)
        {
            document.Dispose();
            return Outcome<WorkbookSheets>.Invalid(refusal);
        }

        return Outcome<WorkbookSheets>.Ok(workbook);
    }

    private static bool OpenSheets(WorkbookSheets workbook, WorkbookPart workbookPart, WorkbookLimits limits)
    {
        var (sheets, date1904) = ReadWorkbook(workbookPart);
        var sharedStrings = workbookPart.SharedStringTablePart is { } stringsPart ? ReadSharedStrings(stringsPart) : [];
        var dateStyles = date1904 && workbookPart.WorkbookStylesPart is { } stylesPart ? ReadDateStyles(stylesPart) : [];

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, id) in sheets)
        {
            if (!names.Add(name))
            {
                throw new RefusedException(MessageKeys.WorkbookCorrupt);
            }

            // The template's own code lists, not a sheet of the report; chart sheets have no cells.
            if (name.Equals(ReportWorkbookWriter.CodeListSheetName, StringComparison.OrdinalIgnoreCase)
                || !workbookPart.TryGetPartById(id, out var part) || part is not WorksheetPart worksheetPart)
            {
                continue;
            }

            workbook.Add(name, Rows(new SheetReader(name, sharedStrings, dateStyles, limits), worksheetPart, workbook));
        }

        return true;
    }

    /// <summary>
    /// A sheet's rows as its reader finds them, until whatever stops the reading: the refusal is then the workbook's
    /// (<see cref="WorkbookSheets.Refusal"/>) and the rows end, here and in every sheet read after.
    /// </summary>
    private static IEnumerable<IReadOnlyList<string?>> Rows(SheetReader sheet, WorksheetPart part, WorkbookSheets workbook)
    {
        if (workbook.Refusal is not null)
        {
            yield break;
        }

        // C# allows no yield inside a try with a catch: the enumerator is advanced inside one, the row yielded outside.
        using var rows = sheet.Rows(part).GetEnumerator();
        while (true)
        {
            if (Guarded(rows.MoveNext, out var more) is { } refusal)
            {
                workbook.Refuse(refusal);
                yield break;
            }

            if (!more)
            {
                yield break;
            }

            yield return rows.Current;
        }
    }

    /// <summary>
    /// Runs a step of reading: null when it went through (its result in <paramref name="result"/>), else the refusal —
    /// the reader's own (<see cref="RefusedException"/>) or the SDK finding the package broken. The one place where
    /// reading's exceptions end: none leaves this class.
    /// </summary>
    private static Problem? Guarded(Func<bool> step, out bool result)
    {
        try
        {
            result = step();
            return null;
        }
        catch (RefusedException refused)
        {
            result = false;
            return Problem.About(refused.MessageKey, refused.Args);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or IOException
            or InvalidOperationException)
        {
            result = false;
            return Problem.About(MessageKeys.WorkbookCorrupt);
        }
    }

    private static Outcome<WorkbookSheets> Refused(string messageKey, params object[] args) => Outcome<WorkbookSheets>.Invalid(Problem.About(messageKey, args));

    /// <summary>The worksheets in the workbook's order (name and relationship id), and whether dates count from 1904.</summary>
    private static (List<(string Name, string Id)> Sheets, bool Date1904) ReadWorkbook(WorkbookPart part)
    {
        var sheets = new List<(string, string)>();
        var date1904 = false;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (!reader.IsStartElement)
            {
                continue;
            }

            if (reader.ElementType == typeof(WorkbookProperties))
            {
                date1904 = reader.Attributes.Any(a => a.LocalName == "date1904" && a.Value is "1" or "true");
            }
            else if (reader.ElementType == typeof(Sheet))
            {
                string? name = null, id = null;
                foreach (var attribute in reader.Attributes)
                {
                    if (attribute.LocalName == "name" && attribute.NamespaceUri.Length == 0)
                    {
                        name = attribute.Value;
                    }
                    else if (attribute.LocalName == "id" && attribute.NamespaceUri.Length > 0)
                    {
                        id = attribute.Value;
                    }
                }

                if (string.IsNullOrEmpty(name) || string.IsNullOrEmpty(id))
                {
                    throw new RefusedException(MessageKeys.WorkbookCorrupt);
                }

                sheets.Add((name, id));
            }
        }

        return (sheets, date1904);
    }

    /// <summary>Each shared string's text: its runs joined, phonetic guides (rPh) left out, _xHHHH_ escapes decoded.</summary>
    private static List<string> ReadSharedStrings(SharedStringTablePart part)
    {
        var strings = new List<string>();
        var runs = new StringBuilder();
        string? text = null;
        var runCount = 0;
        var phonetic = false;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            var type = reader.ElementType;
            if (type == typeof(SharedStringItem))
            {
                if (reader.IsStartElement)
                {
                    text = null;
                    runCount = 0;
                    runs.Clear();
                }
                else
                {
                    strings.Add(ExcelText.Decode(runCount > 1 ? runs.ToString() : text ?? string.Empty));
                }
            }
            else if (type == typeof(PhoneticRun))
            {
                phonetic = reader.IsStartElement;
            }
            else if (type == typeof(Text) && reader.IsStartElement && !phonetic)
            {
                // Most items are one <t>: its text is the string, with no builder in between.
                text = reader.GetText();
                runs.Append(text);
                runCount++;
            }
        }

        return strings;
    }

    /// <summary>For each cell format (<c>cellXfs</c>), whether its number format shows a date.</summary>
    private static List<bool> ReadDateStyles(WorkbookStylesPart part)
    {
        var customFormats = new Dictionary<uint, string>();
        var dateStyles = new List<bool>();
        var inCellFormats = false;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            var type = reader.ElementType;
            if (type == typeof(CellFormats))
            {
                inCellFormats = reader.IsStartElement;
            }
            else if (reader.IsStartElement && type == typeof(NumberingFormat))
            {
                var id = Attribute(reader, "numFmtId");
                var code = Attribute(reader, "formatCode");
                if (uint.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && code is not null)
                {
                    customFormats[n] = code;
                }
            }
            else if (reader.IsStartElement && inCellFormats && type == typeof(CellFormat))
            {
                var id = uint.TryParse(Attribute(reader, "numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
                dateStyles.Add(IsDateFormat(id, customFormats.GetValueOrDefault(id)));
            }
        }

        return dateStyles;
    }

    // Excel's built-in date and time formats, and custom formats with day, month, year, hour or second parts outside
    // quotes, escapes and [colour] or [$-locale] brackets ("General" and 0.00E+00 are numbers).
    private static bool IsDateFormat(uint id, string? code)
    {
        if (id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58))
        {
            return true;
        }

        if (code is null || code.Equals("General", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var quoted = false;
        var bracket = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '\\')
            {
                i++;
            }
            else if (!quoted && c == '[')
            {
                bracket = true;
            }
            else if (!quoted && c == ']')
            {
                bracket = false;
            }
            else if (!quoted && !bracket && char.ToLowerInvariant(c) is 'd' or 'm' or 'y' or 'h' or 's')
            {
                return true;
            }
        }

        return false;
    }

    // By index: enumerating the collection would allocate an enumerator for every row and cell.
    private static string? Attribute(OpenXmlReader reader, string localName)
    {
        var attributes = reader.Attributes;
        for (var i = 0; i < attributes.Count; i++)
        {
            if (attributes[i].LocalName == localName && attributes[i].NamespaceUri.Length == 0)
            {
                return attributes[i].Value;
            }
        }

        return null;
    }

    // Null when the stream holds more than max bytes.
    private static MemoryStream? CopyAtMost(Stream input, long max)
    {
        var copy = new MemoryStream();
        var buffer = new byte[81_920];
        int read;
        while ((read = input.Read(buffer)) > 0)
        {
            if (copy.Length + read > max)
            {
                copy.Dispose();
                return null;
            }

            copy.Write(buffer, 0, read);
        }

        copy.Position = 0;
        return copy;
    }

    /// <summary>Reads the cells of one worksheet row by row, keeping every row and column where the sheet has it.</summary>
    private sealed class SheetReader(string sheetName, List<string> sharedStrings, List<bool> dateStyles, WorkbookLimits limits)
    {
        private readonly List<string?> _cells = [];
        private int _rowNumber;
        private int _column;

        /// <summary>Row by row, each as soon as it is read; the gap before a row after empty ones as empty rows, so that index + 1 is the row's number.</summary>
        public IEnumerable<IReadOnlyList<string?>> Rows(WorksheetPart part)
        {
            var given = 0;
            _rowNumber = 0;
            using var reader = OpenXmlReader.Create(part);
            while (reader.Read())
            {
                var type = reader.ElementType;
                if (type == typeof(Row))
                {
                    if (reader.IsStartElement)
                    {
                        StartRow(Attribute(reader, "r"));
                    }
                    else if (EndRow(given) is { } row)
                    {
                        for (; given < _rowNumber - 1; given++)
                        {
                            yield return EmptyRow;
                        }

                        yield return row;
                        given++;
                    }
                }
                else if (type == typeof(Cell) && reader.IsStartElement)
                {
                    ReadCell(reader);
                }
                else if (type == typeof(SheetData) && reader.IsEndElement)
                {
                    break; // Nothing after the cells is read: merged cells, validations, drawings.
                }
            }
        }

        private void StartRow(string? reference)
        {
            if (reference is null)
            {
                _rowNumber++;
            }
            else if (!int.TryParse(reference, NumberStyles.None, CultureInfo.InvariantCulture, out _rowNumber)
                || _rowNumber is < 1 or > ExcelText.SheetRows)
            {
                throw new RefusedException(MessageKeys.WorkbookCorrupt);
            }

            _cells.Clear();
            _column = -1;
        }

        /// <summary>The row's cells; null for a row with none (kept only as the gap before the next row with a value).</summary>
        private string?[]? EndRow(int given)
        {
            if (_cells.Count == 0)
            {
                return null;
            }

            if (_rowNumber > limits.MaxRows)
            {
                throw new RefusedException(MessageKeys.WorkbookTooManyRows, sheetName, limits.MaxRows);
            }

            // Rows are in order in SpreadsheetML; one out of order would put its cells on the wrong row.
            if (given >= _rowNumber)
            {
                throw new RefusedException(MessageKeys.WorkbookCorrupt);
            }

            var row = _cells.ToArray();
            _cells.Clear();
            return row;
        }

        private void ReadCell(OpenXmlReader reader)
        {
            string? reference = null, type = null, style = null;
            var attributes = reader.Attributes;
            for (var i = 0; i < attributes.Count; i++)
            {
                var attribute = attributes[i];
                switch (attribute.LocalName)
                {
                    case "r":
                        reference = attribute.Value;
                        break;
                    case "t":
                        type = attribute.Value;
                        break;
                    case "s":
                        style = attribute.Value;
                        break;
                    default:
                        break;
                }
            }

            if (reference is null)
            {
                _column++;
            }
            else if (!ExcelText.TryParseReference(reference, out _column, out var row) || row != _rowNumber)
            {
                throw new RefusedException(MessageKeys.WorkbookCorrupt);
            }

            // The cell's children: <v> the value (for a formula, the result Excel cached), <is> an inline string.
            // <f> the formula is passed over: nothing here ever computes one.
            string? value = null;
            string? inline = null;
            var phonetic = false;
            while (reader.Read())
            {
                var element = reader.ElementType;
                if (element == typeof(Cell))
                {
                    break;
                }

                if (element == typeof(PhoneticRun))
                {
                    phonetic = reader.IsStartElement;
                }
                else if (reader.IsStartElement && element == typeof(CellValue))
                {
                    value = reader.GetText();
                }
                else if (reader.IsStartElement && element == typeof(Text) && !phonetic)
                {
                    inline += reader.GetText();
                }
            }

            var text = type switch
            {
                "s" => SharedString(value),
                "inlineStr" => inline is null ? null : ExcelText.Decode(inline),
                "str" => value is null ? null : ExcelText.Decode(value),
                "b" => value switch { "1" => "TRUE", "0" => "FALSE", _ => value },
                "e" => value,
                "d" => IsoDate(value),
                _ => Number(value, style),
            };
            Set(text);
        }

        private void Set(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return;
            }

            if (_column >= limits.MaxColumns)
            {
                throw new RefusedException(MessageKeys.WorkbookTooManyColumns, sheetName, limits.MaxColumns);
            }

            if (_rowNumber > limits.MaxRows)
            {
                throw new RefusedException(MessageKeys.WorkbookTooManyRows, sheetName, limits.MaxRows);
            }

            if (text.Length > Domain.Reporting.Template.CellValues.MaxLength)
            {
                throw new RefusedException(MessageKeys.WorkbookCellTooLong, sheetName, Domain.Reporting.Template.CellValues.ColumnLetters(_column) + _rowNumber, text.Length, Domain.Reporting.Template.CellValues.MaxLength);
            }

            while (_cells.Count <= _column)
            {
                _cells.Add(null);
            }

            if (_cells[_column] is not null)
            {
                throw new RefusedException(MessageKeys.WorkbookCorrupt); // The same cell twice.
            }

            _cells[_column] = text;
        }

        private string? SharedString(string? index) =>
            index is null ? null
            : int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < sharedStrings.Count ? sharedStrings[i]
            : throw new RefusedException(MessageKeys.WorkbookCorrupt);

        /// <summary>
        /// A numeric cell as invariant text. Excel stores doubles with up to 17 significant digits (0.1 + 0.2 is kept
        /// as 0.30000000000000004) but shows 15; more than 15 are rounded to 15, so the number read is the one seen.
        /// A date cell stays its serial number, which the template parser reads as a date.
        /// </summary>
        private string? Number(string? value, string? style)
        {
            if (string.IsNullOrEmpty(value))
            {
                return null;
            }

            var number = SignificantDigits(value) > 15 && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                ? d.ToString("G15", CultureInfo.InvariantCulture)
                : value;
            if (dateStyles.Count > 0 && uint.TryParse(style, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s < dateStyles.Count
                && dateStyles[(int)s] && double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial))
            {
                return (serial + Days1904To1900).ToString("G15", CultureInfo.InvariantCulture);
            }

            return number;
        }

        private static int SignificantDigits(string value)
        {
            var digits = 0;
            var leading = true;
            foreach (var c in value)
            {
                if (c is 'e' or 'E')
                {
                    break;
                }

                if (char.IsAsciiDigit(c) && !(leading && c == '0'))
                {
                    leading = false;
                    digits++;
                }
                else if (!leading && char.IsAsciiDigit(c))
                {
                    digits++;
                }
            }

            return digits;
        }

        // A date cell in ISO 8601 (t="d", which Excel reads but rarely writes): the date part, as the parser reads it.
        private static string? IsoDate(string? value) =>
            value is { Length: >= 10 } && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : value;
    }

    /// <summary>
    /// Stops reading from deep inside a sheet with the refusal to give. The SAX loop finds a refusal several calls down,
    /// inside an iterator that cannot return an outcome halfway; an exception leaves those calls at once. It is thrown
    /// and caught only here (<see cref="Guarded"/>), which turns it into a <see cref="Problem"/>: no caller sees it.
    /// </summary>
    private sealed class RefusedException(string messageKey, params object[] args) : Exception(messageKey)
    {
        public string MessageKey { get; } = messageKey;

        public object[] Args { get; } = args;
    }
}
