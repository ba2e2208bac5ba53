using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Template;
using Klimaspor.Web;
using TemplateCells = Klimaspor.Domain.Reporting.Template.CellValues;

namespace Klimaspor.Features.Reports.Workbook;

/// <summary>
/// Writes the report template workbook (spec/reporting-template.md): the <c>Rapport</c> sheet prefilled with contract,
/// supplier and period; one sheet per line kind with the template's headers in the reader's language, each carrying its
/// help text as a comment; last period's machines and vehicles prefilled; and drop-down lists on every coded column,
/// fed from a hidden <c>Kodelister</c> sheet. Everything comes from <see cref="TemplateSheets"/>, its words from the
/// app's texts in the language asked for (<see cref="TextsLocalizer.Text"/>). Sheet data is written
/// with <see cref="OpenXmlWriter"/> (SAX), so a large register streams instead of being built in memory.
/// </summary>
internal static class ReportWorkbookWriter
{
    /// <summary>The hidden sheet holding the code lists the drop-downs offer; the reader passes over it.</summary>
    public const string CodeListSheetName = "Kodelister";

    /// <summary>Empty rows below the prefilled lines that get drop-downs, for the lines the supplier adds.</summary>
    public const int DropDownRows = 1_000;

    private const string AuthorName = "Klimaspor";

    // Cell formats of the stylesheet, by index (see BuildStylesheet).
    private const uint HeaderStyle = 1;
    private const uint DateStyle = 2;
    private const uint TextStyle = 3;
    private const uint EscapedTextStyle = 4;

    /// <summary>Writes the workbook to <paramref name="output"/>, which is left open.</summary>
    /// <param name="culture"><c>nb</c> (the default), <c>nn</c> or <c>en</c>: headers, help texts, labels and sheet names.</param>
    public static void Write(Stream output, ReportWorkbookContent content, string? culture = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(content);
        if (content.Values == PrefilledValues.Register && (content.Energy.Count > 0 || content.FuelDeliveries.Count > 0))
        {
            throw new ArgumentException("Energy lines and fuel deliveries are the period's own; prefill them only with PrefilledValues.All.", nameof(content));
        }

        if (output is { CanSeek: true, CanRead: true, CanWrite: true, Length: 0 })
        {
            WritePackage(output, content, culture);
            return;
        }

        // System.IO.Packaging reads back and seeks in the package it writes; any other stream (a response body) gets
        // the workbook through a temporary file, so that memory stays flat however large the register.
        var path = Path.GetTempFileName();
        using var temporary = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81_920, FileOptions.DeleteOnClose);
        WritePackage(temporary, content, culture);
        temporary.Position = 0;
        temporary.CopyTo(output);
    }

    private static void WritePackage(Stream stream, ReportWorkbookContent content, string? culture)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = BuildStylesheet(culture);
        var lists = DropDownLists.For(culture);
        var strings = new SharedStrings();
        var all = content.Values == PrefilledValues.All;
        var sheets = new List<(string Name, string Id, bool Hidden)>();

        void Add(TemplateSheet sheet, Action<WorksheetPart, int> write)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            write(part, sheets.Count + 1);
            sheets.Add((TextsLocalizer.Text(sheet.NameKey, culture), workbookPart.GetIdOfPart(part), false));
        }

        Add(TemplateSheets.Report, (part, number) => WriteReportSheet(part, number, content, strings, culture));
        Add(TemplateSheets.Machines, (part, number) => WriteTableSheet(part, number, TemplateSheets.Machines, content.Machines,
            TemplateLineCells.Machine, all ? null : TemplateLineCells.MachineRegister, lists, strings, culture));
        Add(TemplateSheets.Vehicles, (part, number) => WriteTableSheet(part, number, TemplateSheets.Vehicles, content.Vehicles,
            TemplateLineCells.Vehicle, all ? null : TemplateLineCells.VehicleRegister, lists, strings, culture));
        Add(TemplateSheets.Energy, (part, number) => WriteTableSheet(part, number, TemplateSheets.Energy, content.Energy,
            TemplateLineCells.Energy, null, lists, strings, culture));
        Add(TemplateSheets.FuelDeliveries, (part, number) => WriteTableSheet(part, number, TemplateSheets.FuelDeliveries, content.FuelDeliveries,
            TemplateLineCells.FuelDelivery, null, lists, strings, culture));

        var codeListPart = workbookPart.AddNewPart<WorksheetPart>();
        WriteCodeListSheet(codeListPart, lists, strings, culture);
        sheets.Add((CodeListSheetName, workbookPart.GetIdOfPart(codeListPart), true));
        strings.Write(workbookPart.AddNewPart<SharedStringTablePart>());

        workbookPart.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(
            new BookViews(new WorkbookView { ActiveTab = 0 }),
            new Sheets(sheets.Select((s, i) => new Sheet
            {
                Name = s.Name,
                SheetId = (uint)(i + 1),
                Id = s.Id,
                State = s.Hidden ? SheetStateValues.Hidden : null,
            })));
    }

    private static void WriteReportSheet(WorksheetPart part, int sheetNumber, ReportWorkbookContent content, SharedStrings strings, string? culture)
    {
        var sheet = TemplateSheets.Report;
        var values = new Dictionary<string, CellData>(StringComparer.Ordinal)
        {
            ["contractRef"] = CellData.OfText(content.ContractRef),
            ["supplierOrgNo"] = CellData.OfOrganisation(content.SupplierOrgNo),
            // The period's key, its first month: a quarter written as its date range would not read back as a period.
            ["period"] = CellData.OfText(content.Period?.FirstDay.ToString("yyyy-MM", CultureInfo.InvariantCulture)),
            ["reportedBy"] = CellData.OfText(content.ReportedBy),
            ["templateVersion"] = CellData.OfNumber(TemplateSheets.Version),
            ["noActivity"] = CellData.OfText(content.NoActivity.Count == 0 ? null : string.Join(", ", content.NoActivity)),
        };

        var drawingId = AddComments(part, sheetNumber, [.. sheet.Columns.Select((c, i) => (0, i, HelpText(c, culture)))]);
        using var writer = OpenXmlWriter.Create(part);
        var cells = new CellWriter(writer, strings);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new Columns(
            new Column { Min = 1, Max = 1, Width = 26, CustomWidth = true },
            new Column { Min = 2, Max = 2, Width = 40, CustomWidth = true, Style = TextStyle }));
        writer.WriteStartElement(new SheetData());
        for (var i = 0; i < sheet.Columns.Count; i++)
        {
            var column = sheet.Columns[i];
            cells.StartRow(i + 1);
            cells.Text(0, TextsLocalizer.Text(column.HeaderKey, culture), HeaderStyle);
            cells.Value(1, column, values[column.Key], culture);
            cells.EndRow();
        }

        writer.WriteEndElement();
        writer.WriteElement(new LegacyDrawing { Id = drawingId });
        writer.WriteEndElement();
    }

    private static void WriteTableSheet<T>(
        WorksheetPart part, int sheetNumber, TemplateSheet sheet, IReadOnlyList<T> lines,
        FrozenDictionary<string, Func<T, CellData>> valueOf, FrozenSet<string>? prefilled, DropDownLists lists, SharedStrings strings, string? culture)
    {
        var columns = sheet.Columns;
        var getters = columns.Select(c => prefilled is null || prefilled.Contains(c.Key) ? valueOf[c.Key] : null).ToArray();
        var drawingId = AddComments(part, sheetNumber, [.. columns.Select((c, i) => (i, 0, HelpText(c, culture)))]);

        using var writer = OpenXmlWriter.Create(part);
        var cells = new CellWriter(writer, strings);
        writer.WriteStartElement(new Worksheet());

        // The header row stays in view while scrolling.
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { WorkbookViewId = 0 }));

        // Text columns are formatted as text, so that an ID such as 00123 stays as typed; date columns as dates.
        writer.WriteElement(new Columns(columns.Select((c, i) => new Column
        {
            Min = (uint)(i + 1),
            Max = (uint)(i + 1),
            Width = Math.Clamp(TextsLocalizer.Text(c.HeaderKey, culture).Length + 4, 12, 40),
            CustomWidth = true,
            Style = c.Type switch
            {
                TemplateValueType.Text or TemplateValueType.RegistrationNumber or TemplateValueType.OrganisationNumber => TextStyle,
                TemplateValueType.Date => DateStyle,
                _ => null,
            },
        })));

        writer.WriteStartElement(new SheetData());
        cells.StartRow(1);
        for (var j = 0; j < columns.Count; j++)
        {
            cells.Text(j, TextsLocalizer.Text(columns[j].HeaderKey, culture), HeaderStyle);
        }

        cells.EndRow();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            cells.StartRow(i + 2);
            for (var j = 0; j < columns.Count; j++)
            {
                if (getters[j] is { } get)
                {
                    cells.Value(j, columns[j], get(line), culture);
                }
            }

            cells.EndRow();
        }

        writer.WriteEndElement();

        // A list drop-down on every coded column, from the first data row down past the prefilled lines.
        var lastRow = 1 + lines.Count + DropDownRows;
        var validations = new List<DataValidation>();
        for (var j = 0; j < columns.Count; j++)
        {
            if (lists.Find(sheet, columns[j]) is not { } list)
            {
                continue;
            }

            var letters = TemplateCells.ColumnLetters(j);
            validations.Add(new DataValidation
            {
                Type = DataValidationValues.List,
                AllowBlank = true,
                ShowErrorMessage = true,
                ErrorTitle = AuthorName,
                Error = TextsLocalizer.Text("Workbook.ChooseFromList", culture),
                SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{letters}2:{letters}{lastRow.ToString(CultureInfo.InvariantCulture)}" },
                Formula1 = new Formula1(list.Reference),
            });
        }

        if (validations.Count > 0)
        {
            writer.WriteElement(new DataValidations(validations) { Count = (uint)validations.Count });
        }

        writer.WriteElement(new LegacyDrawing { Id = drawingId });
        writer.WriteEndElement();
    }

    private static void WriteCodeListSheet(WorksheetPart part, DropDownLists lists, SharedStrings strings, string? culture)
    {
        using var writer = OpenXmlWriter.Create(part);
        var cells = new CellWriter(writer, strings);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new Columns(lists.All.Select(l => new Column
        {
            Min = (uint)(l.Column + 1),
            Max = (uint)(l.Column + 2),
            Width = 28,
            CustomWidth = true,
        })));
        writer.WriteStartElement(new SheetData());
        var rows = lists.All.Max(l => l.Entries.Count);
        for (var row = 0; row <= rows; row++)
        {
            cells.StartRow(row + 1);
            foreach (var list in lists.All)
            {
                if (row == 0)
                {
                    cells.Text(list.Column, list.Name, HeaderStyle);
                    cells.Text(list.Column + 1, TextsLocalizer.Message("Workbook.CodeColumn", culture, [list.Name]), HeaderStyle);
                }
                else if (row <= list.Entries.Count)
                {
                    cells.Text(list.Column, list.Entries[row - 1].Label, TextStyle);
                    cells.Text(list.Column + 1, list.Entries[row - 1].Code, TextStyle);
                }
            }

            cells.EndRow();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static string HelpText(TemplateColumn column, string? culture)
    {
        var help = TextsLocalizer.Text(column.HelpKey, culture);
        return column.UnitSymbol is { } unit ? help + "\n" + TextsLocalizer.Text("Workbook.Unit", culture) + ": " + unit : help;
    }

    /// <summary>
    /// Adds the comments (notes) of a sheet and the VML drawing Excel needs to show them; returns the drawing's
    /// relationship id for the sheet's <c>legacyDrawing</c>.
    /// </summary>
    private static string AddComments(WorksheetPart part, int sheetNumber, IReadOnlyList<(int Column, int Row, string Text)> notes)
    {
        var commentsPart = part.AddNewPart<WorksheetCommentsPart>();
        commentsPart.Comments = new Comments(
            new Authors(new Author(AuthorName)),
            new CommentList(notes.Select(n => new Comment(new CommentText(new Text(ExcelText.Encode(n.Text)) { Space = SpaceProcessingModeValues.Preserve }))
            {
                Reference = TemplateCells.ColumnLetters(n.Column) + (n.Row + 1).ToString(CultureInfo.InvariantCulture),
                AuthorId = 0,
            })));

        var vml = new StringBuilder();
        vml.Append("<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\">")
            .Append(CultureInfo.InvariantCulture, $"<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"{sheetNumber}\"/></o:shapelayout>")
            .Append("<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\">")
            .Append("<v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>");
        for (var i = 0; i < notes.Count; i++)
        {
            var (column, row, _) = notes[i];
            vml.Append(CultureInfo.InvariantCulture, $"<v:shape id=\"_x0000_s{(sheetNumber * 1024) + i + 1}\" type=\"#_x0000_t202\" ")
                .Append("style=\"position:absolute;margin-left:80pt;margin-top:2pt;width:200pt;height:80pt;z-index:1;visibility:hidden\" ")
                .Append("fillcolor=\"#ffffe1\" o:insetmode=\"auto\"><v:fill color2=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/>")
                .Append("<v:path o:connecttype=\"none\"/><v:textbox style=\"mso-direction-alt:auto\"><div style=\"text-align:left\"></div></v:textbox>")
                .Append("<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/>")
                .Append(CultureInfo.InvariantCulture, $"<x:Anchor>{column + 1}, 15, {row}, 2, {column + 4}, 15, {row + 5}, 4</x:Anchor>")
                .Append(CultureInfo.InvariantCulture, $"<x:AutoFill>False</x:AutoFill><x:Row>{row}</x:Row><x:Column>{column}</x:Column></x:ClientData></v:shape>");
        }

        vml.Append("</xml>");
        var vmlPart = part.AddNewPart<VmlDrawingPart>();
        using (var stream = vmlPart.GetStream(FileMode.Create))
        {
            stream.Write(Encoding.UTF8.GetBytes(vml.ToString()));
        }

        return part.GetIdOfPart(vmlPart);
    }

    private static Stylesheet BuildStylesheet(string? culture)
    {
        var dateFormat = CultureLanguages.Of(culture) == CultureLanguage.English ? "yyyy-mm-dd" : "dd.mm.yyyy";
        static Font MakeFont(bool bold) => bold
            ? new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })
            : new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" });

        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = dateFormat }) { Count = 1 },
            new Fonts(MakeFont(bold: false), MakeFont(bold: true)) { Count = 2 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDEBF7" }) { PatternType = PatternValues.Solid }))
            { Count = 3 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(
                new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
                new CellFormat { NumberFormatId = 49, FontId = 1, FillId = 2, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyFill = true, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 49, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 49, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true, QuotePrefix = true })
            { Count = 5 },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    /// <summary>Writes the cells of one row at a time, reusing its attribute lists.</summary>
    private sealed class CellWriter(OpenXmlWriter writer, SharedStrings strings)
    {
        private readonly List<OpenXmlAttribute> _attributes = new(3);
        private readonly Row _row = new();
        private readonly Cell _cell = new();
        private readonly CellValue _value = new();
        private string _rowNumber = "1";

        public void StartRow(int rowNumber)
        {
            _rowNumber = rowNumber.ToString(CultureInfo.InvariantCulture);
            _attributes.Clear();
            _attributes.Add(new OpenXmlAttribute("r", string.Empty, _rowNumber));
            writer.WriteStartElement(_row, _attributes);
        }

        public void EndRow() => writer.WriteEndElement();

        /// <summary>A value of a template column: codes as their label in the workbook's language.</summary>
        public void Value(int column, TemplateColumn template, CellData data, string? culture)
        {
            switch (data.Kind)
            {
                case CellKind.Text:
                    Text(column, data.Text!, TextStyle);
                    break;
                case CellKind.Code:
                    Text(column, template.CodeList is { } list && list.TryFind(data.Text, out var entry) ? TextsLocalizer.Text(entry.LabelKey, culture) : data.Text!, TextStyle);
                    break;
                case CellKind.Number:
                    Write(column, data.Number.ToString("0.############################", CultureInfo.InvariantCulture), null, null);
                    break;
                case CellKind.Date:
                    Write(column, TemplateCells.ToExcelSerial(data.Date).ToString(CultureInfo.InvariantCulture), DateStyle, null);
                    break;
                case CellKind.Empty:
                default:
                    break;
            }
        }

        /// <summary>
        /// A text cell: a string of the shared string table, as Excel saves text. A string cell in SpreadsheetML is
        /// never a formula (formulas live only in <c>&lt;f&gt;</c>), so nothing written here is evaluated when the
        /// file is opened. What remains is the user: editing a cell that holds <c>=HYPERLINK(…)</c> and pressing Enter,
        /// or saving the sheet as CSV and opening that, makes Excel read it as a formula. Text that starts like a
        /// formula therefore gets the quote-prefix cell format, which is what Excel itself stores when someone types
        /// <c>'=…</c>: the cell shows and stays text, and its value is exactly the text given. We do not prepend a
        /// literal apostrophe: it would change the value and come back on import as part of it, and the round trip
        /// must give back what was written.
        /// </summary>
        public void Text(int column, string text, uint style) =>
            Write(column, strings.IndexOf(text), ExcelText.LooksLikeFormula(text) ? EscapedTextStyle : style, "s");

        private void Write(int column, string value, uint? style, string? type)
        {
            _attributes.Clear();
            _attributes.Add(new OpenXmlAttribute("r", string.Empty, TemplateCells.ColumnLetters(column) + _rowNumber));
            if (style is { } s)
            {
                _attributes.Add(new OpenXmlAttribute("s", string.Empty, s.ToString(CultureInfo.InvariantCulture)));
            }

            if (type is not null)
            {
                _attributes.Add(new OpenXmlAttribute("t", string.Empty, type));
            }

            writer.WriteStartElement(_cell, _attributes);
            writer.WriteStartElement(_value);
            writer.WriteString(value);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
    }

    /// <summary>The workbook's shared string table: each distinct text once, cells referring to it by index.</summary>
    private sealed class SharedStrings
    {
        private static readonly OpenXmlAttribute PreserveSpace = new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve");

        private readonly Dictionary<string, string> _indexes = new(StringComparer.Ordinal);
        private readonly List<string> _texts = [];

        public string IndexOf(string text)
        {
            if (!_indexes.TryGetValue(text, out var index))
            {
                index = _texts.Count.ToString(CultureInfo.InvariantCulture);
                _indexes.Add(text, index);
                _texts.Add(text);
            }

            return index;
        }

        public void Write(SharedStringTablePart part)
        {
            using var writer = OpenXmlWriter.Create(part);
            var count = _texts.Count.ToString(CultureInfo.InvariantCulture);
            writer.WriteStartElement(new SharedStringTable(), [new OpenXmlAttribute("count", string.Empty, count), new OpenXmlAttribute("uniqueCount", string.Empty, count)]);
            var item = new SharedStringItem();
            var text = new Text();
            foreach (var value in _texts)
            {
                var encoded = ExcelText.Encode(value);
                writer.WriteStartElement(item);
                if (encoded.Length > 0 && (char.IsWhiteSpace(encoded[0]) || char.IsWhiteSpace(encoded[^1])))
                {
                    writer.WriteStartElement(text, [PreserveSpace]);
                }
                else
                {
                    writer.WriteStartElement(text);
                }

                writer.WriteString(encoded);
                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }
    }

    /// <summary>
    /// The drop-down lists and where they sit on the <c>Kodelister</c> sheet: for each distinct list, the labels in
    /// the workbook's language (what the drop-down offers and the reader accepts) and the codes beside them.
    /// </summary>
    private sealed class DropDownLists
    {
        private readonly Dictionary<(TemplateSheet Sheet, string Key), DropDownList> _byColumn = [];

        public List<DropDownList> All { get; } = [];

        public static DropDownLists For(string? culture)
        {
            var lists = new DropDownLists();
            var byContent = new Dictionary<object, DropDownList>();
            foreach (var sheet in TemplateSheets.All)
            {
                foreach (var column in sheet.Columns)
                {
                    (object Key, string Name, IReadOnlyList<(string Label, string Code)> Entries)? found = column switch
                    {
                        { CodeList: { } codeList } => (codeList, codeList.Name, [.. codeList.Entries.Select(e => (TextsLocalizer.Text(e.LabelKey, culture), e.Code))]),
                        { Type: TemplateValueType.Unit, Units.Count: > 0 } =>
                            (string.Join(",", column.Units), "unit", [.. column.Units.Select(u => (u.Code(), u.Code()))]),
                        _ => null,
                    };
                    if (found is not { } f)
                    {
                        continue;
                    }

                    if (!byContent.TryGetValue(f.Key, out var list))
                    {
                        // Two lists of one name (the fuel products are a part of energyCarrier) are told apart by column.
                        var name = lists.All.Any(l => l.Name == f.Name) ? sheet.Key + "." + column.Key : f.Name;
                        list = new DropDownList(name, f.Entries, lists.All.Count * 2);
                        byContent[f.Key] = list;
                        lists.All.Add(list);
                    }

                    lists._byColumn[(sheet, column.Key)] = list;
                }
            }

            return lists;
        }

        public DropDownList? Find(TemplateSheet sheet, TemplateColumn column) => _byColumn.GetValueOrDefault((sheet, column.Key));
    }

    private sealed record DropDownList(string Name, IReadOnlyList<(string Label, string Code)> Entries, int Column)
    {
        /// <summary>The labels' range, e.g. <c>'Kodelister'!$C$2:$C$20</c>.</summary>
        public string Reference
        {
            get
            {
                var letters = TemplateCells.ColumnLetters(Column);
                return $"'{CodeListSheetName}'!${letters}$2:${letters}${(Entries.Count + 1).ToString(CultureInfo.InvariantCulture)}";
            }
        }
    }
}
