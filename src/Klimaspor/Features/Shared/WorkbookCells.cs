using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Klimaspor.Features.Reports.Workbook;
using TemplateCells = Klimaspor.Domain.Reporting.Template.CellValues;

namespace Klimaspor.Features;

/// <summary>
/// Writes the cells of one row at a time with <see cref="OpenXmlWriter"/> (SAX), reusing its attribute lists: the
/// report template and every table export write their sheets through it.
/// </summary>
/// <param name="escapedTextStyle">The cell format with the quote prefix, for text that starts like a formula.</param>
internal sealed class WorkbookCellWriter(OpenXmlWriter writer, WorkbookStrings strings, uint escapedTextStyle)
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
        Raw(column, strings.IndexOf(text), ExcelText.LooksLikeFormula(text) ? escapedTextStyle : style, "s");

    /// <summary>A number cell: the value itself, never formatted text, so that Excel sums and charts it.</summary>
    public void Number(int column, decimal value, uint? style) =>
        Raw(column, value.ToString("0.############################", CultureInfo.InvariantCulture), style);

    /// <summary>A cell's value as SpreadsheetML stores it (a number, a date serial, a shared string's index).</summary>
    public void Raw(int column, string value, uint? style, string? type = null)
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

/// <summary>A workbook's shared string table: each distinct text once, cells referring to it by index.</summary>
internal sealed class WorkbookStrings
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
/// The look every workbook Klimaspor writes shares: Calibri 11, bold headers on a light blue fill. A writer gives its
/// number formats and its cell formats after the default one (index 0); a cell refers to a format by its index.
/// </summary>
internal static class WorkbookStyles
{
    public const uint RegularFont = 0;
    public const uint BoldFont = 1;
    public const uint HeaderFill = 2;

    /// <summary>Excel's built-in text format (@).</summary>
    public const uint TextFormat = 49;

    public static Stylesheet Stylesheet(IReadOnlyList<NumberingFormat> numberFormats, params CellFormat[] cellFormats)
    {
        static Font MakeFont(bool bold) => bold
            ? new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })
            : new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" });

        return new Stylesheet(
            new NumberingFormats(numberFormats) { Count = (uint)numberFormats.Count },
            new Fonts(MakeFont(bold: false), MakeFont(bold: true)) { Count = 2 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDEBF7" }) { PatternType = PatternValues.Solid }))
            { Count = 3 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats([new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 }, .. cellFormats])
            { Count = (uint)cellFormats.Length + 1 },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    /// <summary>A cell format with a number format (and a font and fill, for headers), on the default border.</summary>
    public static CellFormat Format(uint numberFormat, bool header = false, bool quotePrefix = false) => new()
    {
        NumberFormatId = numberFormat,
        FontId = header ? BoldFont : RegularFont,
        FillId = header ? HeaderFill : 0,
        BorderId = 0,
        FormatId = 0,
        ApplyFont = header ? true : null,
        ApplyFill = header ? true : null,
        ApplyNumberFormat = true,
        QuotePrefix = quotePrefix ? true : null,
    };
}
