using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Klimaspor.Features;

/// <summary>How a column's numbers are written: their unit is in the header, their value is the figure itself.</summary>
internal enum ExportFormat
{
    Text,

    /// <summary>A quantity (kWh, kg CO₂e, hours, km), shown with up to two decimals.</summary>
    Number,

    /// <summary>A count.</summary>
    Count,

    /// <summary>A share held as a fraction (0.25 = 25 %), as the API gives it: Excel shows it in per cent; CSV writes per cent.</summary>
    Share,
}

/// <param name="Header">The column's name in the reader's language, with its unit (<c>Energi (kWh)</c>).</param>
internal sealed record ExportColumn(string Header, ExportFormat Format);

/// <summary>A cell: text, a number, or empty (a share whose denominator is zero is "not available", never 0).</summary>
internal readonly record struct ExportCell(string? Text, decimal? Number)
{
    public static ExportCell Of(string? text) => new(text, null);

    public static ExportCell Of(decimal? number) => new(null, number);
}

/// <summary>One breakdown: a sheet of the workbook, or the whole of a CSV file.</summary>
internal sealed record ExportTable(string Name, IReadOnlyList<ExportColumn> Columns, IReadOnlyList<IReadOnlyList<ExportCell>> Rows);

/// <summary>A source the figures rest on: a factor set with its version (the definitions sheet lists them).</summary>
internal sealed record ExportSource(string Name, string Version, string Detail);

/// <summary>
/// The figures of one export: a sheet per breakdown, then a sheet with what the figures mean and the factor set versions
/// they were computed with.
/// </summary>
internal sealed record ExportDocument(
    string Title,
    IReadOnlyList<ExportTable> Tables,
    IReadOnlyList<(string Term, string Definition)> Definitions,
    IReadOnlyList<ExportSource> Sources);

/// <summary>A file to download: its bytes, media type and name.</summary>
internal sealed record ExportFile(byte[] Content, string ContentType, string FileName);

/// <summary>
/// The one place that writes tables to files people open in Excel (issue 15 item 5; docs/adr/0014): <c>.xlsx</c> with
/// real numbers (never text), units in the headers and number formats, and CSV for Norwegian Excel
/// (<see cref="ExcelCsv"/>: semicolons, decimal comma, UTF-8 with BOM).
/// </summary>
internal static class TableExport
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Excel's limit on a sheet name, and the characters it refuses in one.</summary>
    private const int SheetNameLength = 31;

    private static readonly char[] RefusedInSheetNames = ['\\', '/', '?', '*', '[', ']', ':'];

    // Cell formats of the stylesheet, by index (see Stylesheet).
    private const uint HeaderStyle = 1;
    private const uint NumberStyle = 2;
    private const uint CountStyle = 3;
    private const uint ShareStyle = 4;
    private const uint TextStyle = 5;
    private const uint EscapedTextStyle = 6;

    /// <summary>The formats a table export is asked for with <c>format=</c>.</summary>
    public static readonly IReadOnlyList<string> Formats = ["xlsx", "csv"];

    /// <summary>
    /// The document as <c>xlsx</c> (every table a sheet, then the definitions) or <c>csv</c> (the first table, the main
    /// breakdown); any other format is refused with the list of those there are.
    /// </summary>
    public static Outcome<ExportFile> File(ExportDocument document, string? format, string fileName, string culture)
    {
        ArgumentNullException.ThrowIfNull(document);
        return (format ?? "xlsx").ToLowerInvariant() switch
        {
            "xlsx" => Outcome<ExportFile>.Ok(new ExportFile(
                Xlsx(document, Web.TextsLocalizer.Text("Export.DefinitionsSheet", culture),
                    (Web.TextsLocalizer.Text("Export.Term", culture), Web.TextsLocalizer.Text("Export.Definition", culture), Web.TextsLocalizer.Text("Export.Version", culture))),
                XlsxContentType, fileName + ".xlsx")),
            "csv" => Outcome<ExportFile>.Ok(new ExportFile(Csv(document.Tables[0]), ExcelCsv.ContentType, fileName + ".csv")),
            _ => Outcome<ExportFile>.Invalid(new Problem("format", "Export.UnknownFormat", format, format ?? string.Empty, string.Join(", ", Formats))),
        };
    }

    /// <summary>The workbook: one sheet per table, then the definitions and sources.</summary>
    /// <param name="definitionsSheet">The last sheet's name in the reader's language.</param>
    public static byte[] Xlsx(ExportDocument document, string definitionsSheet, (string Term, string Definition, string Version) sourceHeaders)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var stream = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            package.PackageProperties.Title = document.Title;
            package.PackageProperties.Creator = "Klimaspor";
            var workbookPart = package.AddWorkbookPart();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Stylesheet();
            var strings = new WorkbookStrings();
            var sheets = new List<(string Name, string Id)>();
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var table in document.Tables)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                WriteTable(part, table, strings);
                sheets.Add((UniqueSheetName(table.Name, names), workbookPart.GetIdOfPart(part)));
            }

            var definitions = workbookPart.AddNewPart<WorksheetPart>();
            WriteDefinitions(definitions, document, strings, sourceHeaders);
            sheets.Add((UniqueSheetName(definitionsSheet, names), workbookPart.GetIdOfPart(definitions)));
            strings.Write(workbookPart.AddNewPart<SharedStringTablePart>());
            workbookPart.Workbook = new Workbook(
                new BookViews(new WorkbookView { ActiveTab = 0 }),
                new Sheets(sheets.Select((s, i) => new Sheet { Name = s.Name, SheetId = (uint)(i + 1), Id = s.Id })));
        }

        return stream.ToArray();
    }

    /// <summary>
    /// One table as CSV for Norwegian Excel: numbers with a decimal comma and no thousands separator, so that Excel set
    /// to Norwegian reads them as numbers; shares in per cent, as the header says; an empty cell where a figure is not
    /// available.
    /// </summary>
    public static byte[] Csv(ExportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var csv = new ExcelCsv();
        csv.Row(table.Columns.Select(c => c.Header));
        foreach (var row in table.Rows)
        {
            csv.Row(row.Select((cell, i) => CsvCell(cell, table.Columns[i].Format)));
        }

        return csv.ToArray();
    }

    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    private static string CsvCell(ExportCell cell, ExportFormat format) => cell switch
    {
        { Number: { } n } when format == ExportFormat.Share => decimal.Round(n * 100, 2).ToString("0.##", Norwegian),
        { Number: { } n } => decimal.Round(n, 6).ToString("0.######", Norwegian),
        { Text: { } t } => t,
        _ => string.Empty,
    };

    private static void WriteTable(WorksheetPart part, ExportTable table, WorkbookStrings strings)
    {
        using var writer = OpenXmlWriter.Create(part);
        var cells = new WorkbookCellWriter(writer, strings, EscapedTextStyle);
        writer.WriteStartElement(new Worksheet());
        // The header row stays in view while scrolling.
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { WorkbookViewId = 0 }));
        writer.WriteElement(new Columns(table.Columns.Select((c, i) => new Column
        {
            Min = (uint)(i + 1),
            Max = (uint)(i + 1),
            Width = Math.Clamp(c.Header.Length + 2, 12, 45),
            CustomWidth = true,
        })));
        writer.WriteStartElement(new SheetData());
        cells.StartRow(1);
        for (var j = 0; j < table.Columns.Count; j++)
        {
            cells.Text(j, table.Columns[j].Header, HeaderStyle);
        }

        cells.EndRow();
        for (var i = 0; i < table.Rows.Count; i++)
        {
            cells.StartRow(i + 2);
            var row = table.Rows[i];
            for (var j = 0; j < row.Count; j++)
            {
                switch (row[j])
                {
                    case { Number: { } n }:
                        cells.Number(j, n, table.Columns[j].Format switch
                        {
                            ExportFormat.Share => ShareStyle,
                            ExportFormat.Count => CountStyle,
                            _ => NumberStyle,
                        });
                        break;
                    case { Text: { } t }:
                        cells.Text(j, t, TextStyle);
                        break;
                }
            }

            cells.EndRow();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteDefinitions(WorksheetPart part, ExportDocument document, WorkbookStrings strings, (string Term, string Definition, string Version) headers)
    {
        using var writer = OpenXmlWriter.Create(part);
        var cells = new WorkbookCellWriter(writer, strings, EscapedTextStyle);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new Columns(
            new Column { Min = 1, Max = 1, Width = 40, CustomWidth = true },
            new Column { Min = 2, Max = 2, Width = 100, CustomWidth = true },
            new Column { Min = 3, Max = 3, Width = 12, CustomWidth = true }));
        writer.WriteStartElement(new SheetData());
        var row = 1;
        cells.StartRow(row++);
        cells.Text(0, document.Title, HeaderStyle);
        cells.EndRow();
        cells.StartRow(row++);
        cells.Text(0, headers.Term, HeaderStyle);
        cells.Text(1, headers.Definition, HeaderStyle);
        cells.EndRow();
        foreach (var (term, definition) in document.Definitions)
        {
            cells.StartRow(row++);
            cells.Text(0, term, TextStyle);
            cells.Text(1, definition, TextStyle);
            cells.EndRow();
        }

        row++;
        cells.StartRow(row++);
        cells.Text(0, headers.Term, HeaderStyle);
        cells.Text(1, headers.Definition, HeaderStyle);
        cells.Text(2, headers.Version, HeaderStyle);
        cells.EndRow();
        foreach (var source in document.Sources)
        {
            cells.StartRow(row++);
            cells.Text(0, source.Name, TextStyle);
            cells.Text(1, source.Detail, TextStyle);
            cells.Text(2, source.Version, TextStyle);
            cells.EndRow();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>A name Excel accepts: at most 31 characters, none of \ / ? * [ ] :, and unique in the workbook.</summary>
    private static string UniqueSheetName(string name, HashSet<string> taken)
    {
        var clean = new string([.. name.Select(c => RefusedInSheetNames.Contains(c) ? '-' : c)]).Trim('\'');
        clean = clean.Length == 0 ? "Ark" : clean[..Math.Min(clean.Length, SheetNameLength)];
        var candidate = clean;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            var suffix = " " + n.ToString(CultureInfo.InvariantCulture);
            candidate = clean[..Math.Min(clean.Length, SheetNameLength - suffix.Length)] + suffix;
        }

        return candidate;
    }

    // Built-in formats: 3 "#,##0"; custom 164 and 165. Excel shows them in the reader's own locale.
    private static Stylesheet Stylesheet() => WorkbookStyles.Stylesheet(
        [new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.00" }, new NumberingFormat { NumberFormatId = 165, FormatCode = "0.0 %" }],
        WorkbookStyles.Format(WorkbookStyles.TextFormat, header: true),
        WorkbookStyles.Format(164),
        WorkbookStyles.Format(3),
        WorkbookStyles.Format(165),
        WorkbookStyles.Format(WorkbookStyles.TextFormat),
        WorkbookStyles.Format(WorkbookStyles.TextFormat, quotePrefix: true));
}
