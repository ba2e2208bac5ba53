using System.Globalization;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Template;
using static Klimaspor.Tests.Reports.RawWorkbook;
using static Klimaspor.Tests.Reports.WorkbookSamples;

namespace Klimaspor.Tests.Reports;

/// <summary>Cells as the reader gives them, from workbooks built part by part.</summary>
public sealed class ReportWorkbookReaderTests
{
    private static readonly string[] Header =
        ["Maskin-ID", "Maskintype", "Vekt (tonn)", "Energibærer", "Utslippsklasse", "Fra dato", "Til dato", "Driftstimer", "Drivstoff (liter)", "Datakilde"];

    private static string Serial(int year, int month, int day) =>
        CellValues.ToExcelSerial(new DateOnly(year, month, day)).ToString(CultureInfo.InvariantCulture);

    [Fact]
    public void Read_FormulaCells_CachedValueOrNothingNeverComputed()
    {
        var file = new RawWorkbook().Sheet("Maskiner",
            "<row r=\"1\">",
            InlineCell("A1", "x"),
            "<c r=\"B1\"><f>1+1</f></c>",
            "<c r=\"C1\"><f>1+1</f><v>3</v></c>",
            "<c r=\"D1\" t=\"str\"><f>\"a\"&amp;\"b\"</f><v>ab</v></c>",
            "<c r=\"E1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>",
            "<c r=\"F1\" t=\"b\"><v>1</v></c>",
            "<c r=\"G1\"><f t=\"shared\" ref=\"G1:G2\" si=\"0\">1+1</f></c>",
            "</row>",
            "<row r=\"2\"><c r=\"A2\"><f>SUM(1,1)</f></c><c r=\"G2\"><f t=\"shared\" si=\"0\"/></c></row>").Build();

        var rows = Read(new MemoryStream(file))["Maskiner"];

        // 1+1 with no cached value is empty; with a cached 3 it is 3 (the stale cache, not the 2 a calculation gives).
        Assert.Equal(["x", null, "3", "ab", "#DIV/0!", "TRUE"], rows[0]);
        Assert.Single(rows);
    }

    [Fact]
    public void Read_DateAndNumberCells_InvariantTextTheParserAccepts()
    {
        var workbook = new RawWorkbook();
        var id = workbook.SharedString("<t>M-1</t>");
        var file = workbook.Sheet("Maskiner",
            Row(1, Header),
            "<row r=\"2\">",
            $"<c r=\"A2\" t=\"s\"><v>{id}</v></c>",
            InlineCell("B2", "Gravemaskin"),
            NumberCell("C2", "21.5"),
            InlineCell("D2", "diesel"),
            InlineCell("E2", "stage-v"),
            NumberCell("F2", Serial(2025, 3, 3), style: 1),
            NumberCell("G2", Serial(2025, 3, 28) + ".75", style: 1),
            NumberCell("H2", "0.30000000000000004"),
            NumberCell("I2", "1.2300000000000001E3"),
            InlineCell("J2", "telematikk"),
            "</row>").Build();

        var rows = Read(new MemoryStream(file))["Maskiner"];

        Assert.Equal(["M-1", "Gravemaskin", "21.5", "diesel", "stage-v", "45719", "45744.75", "0.3", "1230", "telematikk"], rows[1]);
        var line = Assert.Single(TemplateParser.ParseMachines(rows, March).Lines);
        Assert.Equal(new DateOnly(2025, 3, 3), line.FromDate);
        Assert.Equal(new DateOnly(2025, 3, 28), line.ToDate);
        Assert.Equal(21.5m, line.WeightTonnes);
        Assert.Equal(0.3m, line.OperatingHours.Value);
        Assert.Equal(1230m, line.FuelLitres!.Value.Value);
    }

    [Fact]
    public void Read_1904DateSystem_DateCellsAsThe1900SerialOtherNumbersUnchanged()
    {
        var file = new RawWorkbook { Date1904 = true }.Sheet("Maskiner",
            Row(1, Header),
            "<row r=\"2\">",
            InlineCell("A2", "M-1"), InlineCell("B2", "Gravemaskin"),
            NumberCell("C2", "21.5"),
            InlineCell("D2", "diesel"), InlineCell("E2", "stage-v"),
            NumberCell("F2", (int.Parse(Serial(2025, 3, 3), CultureInfo.InvariantCulture) - 1462).ToString(CultureInfo.InvariantCulture), style: 1),
            NumberCell("H2", "10"), NumberCell("I2", "100"), InlineCell("J2", "telematikk"),
            "</row>").Build();

        var rows = Read(new MemoryStream(file))["Maskiner"];

        var line = Assert.Single(TemplateParser.ParseMachines(rows, March).Lines);
        Assert.Equal(new DateOnly(2025, 3, 3), line.FromDate);
        Assert.Equal(21.5m, line.WeightTonnes);
    }

    [Theory]
    [InlineData("dd.mm.yyyy", "1562")]
    [InlineData("[$-414]d\\. mmmm yyyy;@", "1562")]
    [InlineData("[h]:mm", "1562")]
    [InlineData("0.00E+00", "100")]
    [InlineData("General", "100")]
    [InlineData("#,##0 \"stk\"", "100")]
    [InlineData("[Red]0.00", "100")]
    public void Read_1904DateSystem_OnlyCellsWithADateFormatShifted(string formatCode, string expected)
    {
        var styles = $"<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"{System.Security.SecurityElement.Escape(formatCode)}\"/></numFmts>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
            + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/></cellXfs>";
        var file = new RawWorkbook { Date1904 = true, Styles = styles }
            .Sheet("Maskiner", $"<row r=\"1\">{NumberCell("A1", "100", style: 1)}{NumberCell("B1", "100", style: 0)}{NumberCell("C1", "100")}</row>").Build();

        var rows = Read(new MemoryStream(file))["Maskiner"];

        Assert.Equal([expected, "100", "100"], rows[0]);
    }

    [Fact]
    public void Read_MissingRowsAndCells_EveryValueKeepsItsRowAndColumn()
    {
        string?[] header = [.. Header.Where(h => h is not "Fra dato" and not "Til dato"), null, "Kommentar"];
        string?[] machine = ["M-1", "Gravemaskin", "21.5", "diesel", "stage-v", "10", "100", "telematikk"];
        var file = new RawWorkbook().Sheet("Maskiner",
            Row(1, "Maskinliste mars"),
            Row(3, header),
            Row(4, machine),
            "<row r=\"8\"/>",
            "<row r=\"9\" ht=\"20\" customHeight=\"1\"><c r=\"A9\" s=\"1\"/><c r=\"B9\"><v></v></c></row>",
            Row(10, [.. machine, null, "Under bro"]),
            Row(12, [.. machine[..5], "mange", "100", "telematikk"])).Build();

        var rows = Read(new MemoryStream(file))["Maskiner"];

        Assert.Equal(12, rows.Count);
        Assert.Empty(rows[1]);
        Assert.Empty(rows[8]);
        Assert.Equal([.. machine, null, "Under bro"], rows[9]);
        var result = TemplateParser.ParseMachines(rows, March);
        Assert.Equal([4, 10], result.RowNumbers);
        Assert.Equal("Under bro", result.Lines[1].Comment);
        var error = Assert.Single(result.Errors);
        Assert.Equal((12, "F12", MessageKeys.TemplateNotANumber), (error.Row!.Value, error.Cell, error.MessageKey));
    }

    [Fact]
    public void Read_RowsAndCellsWithoutReferences_CountedOnFromThePreviousOne()
    {
        var file = new RawWorkbook().Sheet("Maskiner",
            "<row><c t=\"inlineStr\"><is><t>a</t></is></c><c t=\"inlineStr\"><is><t>b</t></is></c></row>",
            "<row r=\"3\"><c r=\"C3\" t=\"inlineStr\"><is><t>c</t></is></c><c t=\"inlineStr\"><is><t>d</t></is></c></row>",
            "<row><c t=\"inlineStr\"><is><t>e</t></is></c></row>").Build();

        var rows = Read(new MemoryStream(file))["Maskiner"];

        Assert.Equal(4, rows.Count);
        Assert.Equal(["a", "b"], rows[0]);
        Assert.Empty(rows[1]);
        Assert.Equal([null, null, "c", "d"], rows[2]);
        Assert.Equal(["e"], rows[3]);
    }

    [Fact]
    public void Read_SharedStrings_RunsJoinedPhoneticGuidesLeftOutEscapesDecoded()
    {
        var workbook = new RawWorkbook();
        var rich = workbook.SharedString("<r><rPr><b/></rPr><t>Grave</t></r><r><t>maskin</t></r><rPh sb=\"0\" eb=\"1\"><t>ぐらべ</t></rPh>");
        var escaped = workbook.SharedString("<t>a_x000D__x000A_b _x005F_x0041_</t>");
        var file = workbook.Sheet("Maskiner",
            $"<row r=\"1\"><c r=\"A1\" t=\"s\"><v>{rich}</v></c><c r=\"B1\" t=\"s\"><v>{escaped}</v></c></row>").Build();

        var rows = Read(new MemoryStream(file))["Maskiner"];

        Assert.Equal(["Gravemaskin", "a\r\nb _x0041_"], rows[0]);
    }

    [Fact]
    public void Read_SheetsInWorkbookOrder_CodeListSheetPassedOver()
    {
        var file = new RawWorkbook()
            .Sheet("Rapport", Row(1, "Kontrakt", "K-1"))
            .Sheet("Kodelister", Row(1, "machineType"))
            .Sheet("Maskiner", Row(1, "Maskin-ID"))
            .Sheet("Notater", Row(2, "fritt"))
            .Build();

        var sheets = Read(new MemoryStream(file));

        Assert.Equal(["Rapport", "Maskiner", "Notater"], sheets.Keys);
        Assert.Equal(2, sheets["Notater"].Count);
        Assert.Empty(sheets["Notater"][0]);
        Assert.Equal(["fritt"], sheets["Notater"][1]);
    }

    [Theory]
    [InlineData("<row r=\"2\"><c r=\"A3\" t=\"inlineStr\"><is><t>x</t></is></c></row>")]
    [InlineData("<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>x</t></is></c></row><row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>y</t></is></c></row>")]
    [InlineData("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c><c r=\"A1\" t=\"inlineStr\"><is><t>y</t></is></c></row>")]
    [InlineData("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>")]
    [InlineData("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c>")]
    [InlineData("<row r=\"0\"><c r=\"A0\" t=\"inlineStr\"><is><t>x</t></is></c></row>")]
    public void Read_DamagedSheet_RefusedAsDamaged(string sheetData)
    {
        var file = new RawWorkbook().Sheet("Maskiner", sheetData).Build();

        Assert.Equal(MessageKeys.WorkbookCorrupt, Refusal(file).MessageKey);
    }

    [Fact]
    public void Read_TwoSheetsOfOneName_RefusedAsDamaged()
    {
        var file = new RawWorkbook().Sheet("Maskiner", Row(1, "a")).Sheet("MASKINER", Row(1, "b")).Build();

        Assert.Equal(MessageKeys.WorkbookCorrupt, Refusal(file).MessageKey);
    }
}
