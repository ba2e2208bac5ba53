using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting.Template;
using Klimaspor.Features.Reports.Workbook;
using Klimaspor.Web;
using static Klimaspor.Tests.Reports.WorkbookSamples;
using TemplateCells = Klimaspor.Domain.Reporting.Template.CellValues;

namespace Klimaspor.Tests.Reports;

/// <summary>The written workbook's structure, read back with the SDK's object model.</summary>
public sealed partial class ReportWorkbookWriterTests
{
    public static TheoryData<string?> Cultures() => [null, "nn", "en"];

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Write_Workbook_ValidAgainstTheOfficeSchemas(string? culture)
    {
        using var file = Write(FullReport, culture);
        using var document = SpreadsheetDocument.Open(file, false);

        var errors = new OpenXmlValidator(FileFormatVersions.Office2010).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Write_EveryCodedColumn_HasADropDownFromItsListOnTheHiddenCodeListSheet(string? culture)
    {
        using var file = Write(FullReport, culture);
        using var document = SpreadsheetDocument.Open(file, false);
        var codeLists = CellTexts(document, Part(document, ReportWorkbookWriter.CodeListSheetName));
        Assert.Equal(SheetStateValues.Hidden, SheetEntry(document, ReportWorkbookWriter.CodeListSheetName).State!.Value);

        var checkedColumns = new List<string>();
        foreach (var sheet in TemplateSheets.All.Where(s => !s.IsKeyValue))
        {
            var validations = Part(document, TextsLocalizer.Text(sheet.NameKey, culture)).Worksheet.Descendants<DataValidation>().ToList();
            var lastRow = 1 + LineCount(sheet) + ReportWorkbookWriter.DropDownRows;
            for (var j = 0; j < sheet.Columns.Count; j++)
            {
                var column = sheet.Columns[j];
                string[] expected = column.CodeList is { } list
                    ? [.. list.Entries.Select(e => TextsLocalizer.Text(e.LabelKey, culture))]
                    : [.. column.Units.Select(u => u.Code())];
                var letters = TemplateCells.ColumnLetters(j);
                var validation = validations.SingleOrDefault(v => v.SequenceOfReferences!.InnerText == $"{letters}2:{letters}{lastRow}");
                if (expected.Length == 0)
                {
                    Assert.Null(validation);
                    continue;
                }

                Assert.NotNull(validation);
                Assert.Equal(DataValidationValues.List, validation.Type!.Value);
                Assert.True(validation.ShowErrorMessage!.Value);
                var range = ListRange().Match(validation.Formula1!.Text);
                Assert.True(range.Success, validation.Formula1.Text);
                Assert.Equal(range.Groups["from"].Value, range.Groups["to"].Value);
                Assert.Equal("2", range.Groups["first"].Value);
                Assert.Equal((expected.Length + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), range.Groups["last"].Value);
                var offered = Enumerable.Range(2, expected.Length).Select(row => codeLists.GetValueOrDefault(range.Groups["from"].Value + row)).ToArray();
                Assert.Equal(expected, offered);
                checkedColumns.Add(column.Key);
            }
        }

        Assert.Equal(
            ["beyondMandate", "dataSource", "electricitySource", "emissionClass", "energyCarrier", "feedstock", "loadLevel", "machineType", "product", "purpose",
             "sporadic", "unit", "vehicleType", "weightClass"],
            checkedColumns.Distinct().Order());
    }

    [Fact]
    public void Write_CodeListSheet_HoldsEveryCodeBesideItsLabel()
    {
        using var file = Write(FullReport);
        using var document = SpreadsheetDocument.Open(file, false);
        var texts = CellTexts(document, Part(document, ReportWorkbookWriter.CodeListSheetName)).Values.ToHashSet();

        Assert.All(Domain.Reporting.CodeLists.All.SelectMany(l => l.Entries), e =>
        {
            Assert.Contains(e.Code, texts);
            Assert.Contains(TextsLocalizer.Text(e.LabelKey, "nb"), texts);
        });
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Write_EveryHeader_HasItsHelpAndUnitAsAComment(string? culture)
    {
        using var file = Write(FullReport, culture);
        using var document = SpreadsheetDocument.Open(file, false);

        foreach (var sheet in TemplateSheets.All)
        {
            var part = Part(document, TextsLocalizer.Text(sheet.NameKey, culture));
            var comments = part.WorksheetCommentsPart!.Comments.Descendants<Comment>()
                .ToDictionary(c => c.Reference!.Value!, c => c.CommentText!.InnerText);
            Assert.Equal(sheet.Columns.Count, comments.Count);
            for (var i = 0; i < sheet.Columns.Count; i++)
            {
                var column = sheet.Columns[i];
                var cell = sheet.IsKeyValue ? "A" + (i + 1) : TemplateCells.ColumnLetters(i) + "1";
                Assert.StartsWith(TextsLocalizer.Text(column.HelpKey, culture), comments[cell]);
                if (column.UnitSymbol is { } unit)
                {
                    Assert.EndsWith(": " + unit, comments[cell]);
                }
            }

            // Excel shows notes through the sheet's VML drawing.
            var drawing = part.Worksheet.Elements<LegacyDrawing>().Single();
            Assert.IsType<VmlDrawingPart>(part.GetPartById(drawing.Id!.Value!));
        }
    }

    [Fact]
    public void Write_Headers_NorwegianByDefault()
    {
        using var file = Write(new ReportWorkbookContent());
        using var document = SpreadsheetDocument.Open(file, false);

        var headers = CellTexts(document, Part(document, "Maskiner"));

        Assert.Equal("Maskin-ID", headers["A1"]);
        Assert.Equal("Driftstimer", headers["K1"]);
        Assert.Equal("Kontrakt", CellTexts(document, Part(document, "Rapport"))["A1"]);
    }

    [Fact]
    public void Write_Nynorsk_HeadersHelpAndSheetNamesInNynorsk()
    {
        using var file = Write(new ReportWorkbookContent(), "nn-NO");
        using var document = SpreadsheetDocument.Open(file, false);

        var machines = Part(document, "Maskiner");
        var headers = CellTexts(document, machines);
        var help = machines.WorksheetCommentsPart!.Comments.Descendants<Comment>().ToDictionary(c => c.Reference!.Value!, c => c.CommentText!.InnerText);

        Assert.Equal(("Energiberar", "Driftstimar", "Tomgangstimar", "Datakjelde"), (headers["G1"], headers["K1"], headers["L1"], headers["R1"]));
        Assert.StartsWith("Timar på tomgang, ikkje fleire enn driftstimane.", help["L1"], StringComparison.Ordinal);
        Assert.EndsWith("Eining: h", help["L1"], StringComparison.Ordinal);
        Assert.Equal("Køyretøytype", CellTexts(document, Part(document, "Køyretøy"))["C1"]);
    }

    [Fact]
    public void Write_TextStartingLikeAFormula_StringCellWithQuotePrefixNeverAFormula()
    {
        using var file = Write(FullReport);
        using var document = SpreadsheetDocument.Open(file, false);
        var formats = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();

        Assert.All(document.WorkbookPart.WorksheetParts, p => Assert.Empty(p.Worksheet.Descendants<CellFormula>()));
        var escaped = 0;
        foreach (var part in document.WorkbookPart.WorksheetParts)
        {
            foreach (var cell in part.Worksheet.Descendants<Cell>())
            {
                var text = CellText(document, cell);
                var quoted = cell.StyleIndex is { } style && formats[(int)style.Value].QuotePrefix?.Value == true;
                if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@')
                {
                    Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.CellValues.SharedString, cell.DataType!.Value);
                    Assert.True(quoted, $"{cell.CellReference} '{text}' is not quote-prefixed.");
                    escaped++;
                }
                else
                {
                    Assert.False(quoted, $"{cell.CellReference} '{text}' is quote-prefixed.");
                }
            }
        }

        // =1+1, @SUM(A1), +47 22 00 00 00, -Aggregat 2
        Assert.Equal(4, escaped);
        file.Position = 0;
        var model = ReportTemplate.Parse(Read(file)).Lines.Machines[2];
        Assert.Equal("=1+1", model.Model);
        Assert.Equal("@SUM(A1)", model.Comment);
    }

    [Fact]
    public void Write_NumbersAndDates_NumericCellsDatesWithADateFormat()
    {
        using var file = Write(FullReport);
        using var document = SpreadsheetDocument.Open(file, false);
        var part = Part(document, "Maskiner");
        var cells = part.Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        var formats = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;

        Assert.Null(cells["E2"].DataType);
        Assert.Equal("25.5", cells["E2"].CellValue!.Text);
        Assert.Equal(TemplateCells.ToExcelSerial(new DateOnly(2025, 3, 3)).ToString(System.Globalization.CultureInfo.InvariantCulture), cells["I2"].CellValue!.Text);
        var dateFormat = formats.CellFormats!.Elements<CellFormat>().ElementAt((int)cells["I2"].StyleIndex!.Value);
        Assert.Equal("dd.mm.yyyy", formats.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId!.Value == dateFormat.NumberFormatId!.Value).FormatCode!.Value);
        Assert.Equal("0.000001", cells["M4"].CellValue!.Text);
    }

    private static int LineCount(TemplateSheet sheet) =>
        sheet == TemplateSheets.Machines ? FullReport.Machines.Count
        : sheet == TemplateSheets.Vehicles ? FullReport.Vehicles.Count
        : sheet == TemplateSheets.Energy ? FullReport.Energy.Count
        : FullReport.FuelDeliveries.Count;

    private static WorksheetPart Part(SpreadsheetDocument document, string sheetName) =>
        (WorksheetPart)document.WorkbookPart!.GetPartById(SheetEntry(document, sheetName).Id!.Value!);

    private static Sheet SheetEntry(SpreadsheetDocument document, string sheetName) =>
        document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);

    private static Dictionary<string, string> CellTexts(SpreadsheetDocument document, WorksheetPart part) =>
        part.Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!, c => CellText(document, c));

    private static string CellText(SpreadsheetDocument document, Cell cell) =>
        cell.DataType?.Value == DocumentFormat.OpenXml.Spreadsheet.CellValues.SharedString
            ? document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ElementAt(int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)).InnerText
            : cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "";

    [GeneratedRegex(@"^'Kodelister'!\$(?<from>[A-Z]+)\$(?<first>\d+):\$(?<to>[A-Z]+)\$(?<last>\d+)$")]
    private static partial Regex ListRange();
}
