using System.Text;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Template;

namespace Klimaspor.Domain.Tests.Template;

public sealed class CsvTableTests
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private static CsvTable FromBytes(byte[] bytes) => CsvTable.Read(new MemoryStream(bytes));

    [Fact]
    public void Read_Semicolons_DecimalCommasUnquoted()
    {
        var table = CsvTable.Read("Maskin-ID;Vekt (tonn);Driftstimer\r\nPIN-1;21,5;160,25\r\nPIN-2;18;1 234,5\r\n");

        Assert.Equal(';', table.Separator);
        Assert.Equal(
            [["Maskin-ID", "Vekt (tonn)", "Driftstimer"], ["PIN-1", "21,5", "160,25"], ["PIN-2", "18", "1 234,5"]],
            table.Rows);
    }

    [Fact]
    public void Read_Commas_DecimalCommasInsideQuotes()
    {
        var table = CsvTable.Read("Maskin-ID,Vekt (tonn),Driftstimer\nPIN-1,\"21,5\",\"160,25\"\nPIN-2,18,\"1 234,5\"");

        Assert.Equal(',', table.Separator);
        Assert.Equal([["Maskin-ID", "Vekt (tonn)", "Driftstimer"], ["PIN-1", "21,5", "160,25"], ["PIN-2", "18", "1 234,5"]], table.Rows);
    }

    [Fact]
    public void Read_Tabs_AsPastedFromExcel()
    {
        var table = CsvTable.Read("Maskin-ID\tVekt (tonn)\tKommentar\nPIN-1\t21,5\tLeid, med fører; uke 10\n");

        Assert.Equal('\t', table.Separator);
        Assert.Equal([["Maskin-ID", "Vekt (tonn)", "Kommentar"], ["PIN-1", "21,5", "Leid, med fører; uke 10"]], table.Rows);
    }

    [Fact]
    public void Read_TitleRowWithCommaAboveSemicolonTable_SemicolonDetected()
    {
        var table = CsvTable.Read("Klimarapport, mars 2025\nMaskin-ID;Vekt (tonn);Driftstimer;Kommentar\nPIN-1;21,5;160,5;a, b\nPIN-2;18,5;100;\n");

        Assert.Equal(';', table.Separator);
        Assert.Equal(["PIN-1", "21,5", "160,5", "a, b"], table.Rows[2]);
    }

    [Fact]
    public void Read_QuotedFields_DoubledQuotesSeparatorsAndLineBreaksKept()
    {
        var table = CsvTable.Read("a;b;c\n\"Volvo \"\"EC\"\" 250\";\"x;y\";\"linje 1\nlinje 2\"\nneste;;\n");

        Assert.Equal([["a", "b", "c"], ["Volvo \"EC\" 250", "x;y", "linje 1\nlinje 2"], ["neste", "", ""]], table.Rows);
        Assert.Null(table.UnclosedQuoteRow);
    }

    [Fact]
    public void Read_QuoteNeverClosed_RowReportedAsError()
    {
        var table = CsvTable.Read("a;b\n1;\"2\n3;4\n");

        Assert.Equal(2, table.UnclosedQuoteRow);
        var error = Assert.Single(table.Errors("Maskiner"));
        Assert.Equal(("Maskiner", 2, MessageKeys.TemplateCsvQuoteNotClosed), (error.Sheet, error.Row, error.MessageKey));
    }

    [Fact]
    public void Read_Utf8WithAndWithoutBom_Same()
    {
        const string Text = "Maskin-ID;Maskintype\nPIN-1;Tårnkran\n";

        var withBom = FromBytes([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Text)]);
        var withoutBom = FromBytes(Encoding.UTF8.GetBytes(Text));

        Assert.Equal("Maskin-ID", withBom.Rows[0][0]);
        Assert.Equal(withoutBom.Rows, withBom.Rows);
        Assert.Equal("Tårnkran", withBom.Rows[1][1]);
        Assert.Equal("utf-8", withBom.EncodingName);
    }

    [Fact]
    public void Read_Windows1252Bytes_Decoded()
    {
        // å is 0xE5 and – is 0x96 in Windows-1252; neither is valid UTF-8 on its own.
        var bytes = Windows1252.GetBytes("Maskin-ID;Maskintype;Kommentar\nPIN-1;Tårnkran;Uke 10 – 11\n");
        Assert.Contains((byte)0xE5, bytes);
        Assert.Contains((byte)0x96, bytes);

        var table = FromBytes(bytes);

        Assert.Equal("windows-1252", table.EncodingName);
        Assert.Equal(["PIN-1", "Tårnkran", "Uke 10 – 11"], table.Rows[1]);
    }

    [Fact]
    public void Read_Utf16WithBom_AsExcelUnicodeText()
    {
        var table = FromBytes([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Maskin-ID\tMaskintype\r\nPIN-1\tTårnkran\r\n")]);

        Assert.Equal([["Maskin-ID", "Maskintype"], ["PIN-1", "Tårnkran"]], table.Rows);
    }

    [Fact]
    public void Parse_Windows1252Csv_TaarnkranAndHeadersWithNorwegianLetters_Read()
    {
        var bytes = Windows1252.GetBytes(
            "Maskin-ID;Maskintype;Vekt (tonn);Energibærer;Utslippsklasse;Driftstimer;Strøm (kWh);Datakilde\r\n" +
            "KRAN-1;Tårnkran;48;Kabelelektrisk;;160;5 200;Måler\r\n");

        var result = TemplateParser.ParseMachines(FromBytes(bytes).Rows);

        Assert.Empty(result.Errors);
        var line = Assert.Single(result.Lines);
        Assert.Equal((MachineTypes.Taarnkran, "el-kabel", DataSources.Maaler), (line.MachineType, line.EnergyCarrier, line.DataSource));
    }

    [Fact]
    public void Parse_SameContentAsSemicolonCsvCommaCsvAndPastedText_EqualLines()
    {
        string[][] cells =
        [
            ["Maskinoversikt, mars 2025"],
            ["Maskin-ID", "Maskintype", "Vekt (tonn)", "Energibærer", "Utslippsklasse", "Fra dato", "Driftstimer", "Drivstoff (liter)", "Strøm (kWh)", "Datakilde", "Kommentar"],
            ["PIN-1", "Gravemaskin", "21,5", "HVO100", "Stage V", "03.03.2025", "160", "2 400,5", "", "Telematikk", "Byttet skuffe; 2 dager stans"],
            [],
            ["EL-1", "Hjullaster", "18", "Batt(el)", "", "", "150,75", "", "3\u00A0000", "Måler", "Lader på \"rigg 2\""],
        ];
        var semicolons = Csv(cells, ';');
        var commas = Csv(cells, ',');
        var pasted = Csv(cells, '\t');

        var fromSemicolons = TemplateParser.ParseMachines(FromBytes(Encoding.UTF8.GetBytes(semicolons)).Rows, Sheet.March);
        var fromCommas = TemplateParser.ParseMachines(FromBytes(Windows1252.GetBytes(commas)).Rows, Sheet.March);
        var fromPaste = TemplateParser.ParseMachines(CsvTable.Read(pasted).Rows, Sheet.March);

        Assert.Empty(fromSemicolons.Errors);
        Assert.Equal(2, fromSemicolons.Lines.Count);
        Assert.Equal(fromSemicolons.Lines, fromCommas.Lines);
        Assert.Equal(fromSemicolons.Lines, fromPaste.Lines);
        Assert.Equal([3, 5], fromPaste.RowNumbers);
        Assert.Equal("Lader på \"rigg 2\"", fromPaste.Lines[1].Comment);
    }

    [Fact]
    public void Parse_SameReportAsCsvFilesAndAsPastedSheets_EqualReportLines()
    {
        var machines = "Maskin-ID;Maskintype;Vekt (tonn);Energibærer;Utslippsklasse;Driftstimer;Drivstoff (liter);Datakilde\nPIN-1;Gravemaskin;21,5;Diesel;Stage V;160;2 400;Manuell\n";
        var vehicles = "Reg.nr.;Kjøretøytype;Formål;Energibærer;Euroklasse;Kjørte km;Drivstoff (liter);Datakilde\nEL 12345;Lastebil;Massetransport;Diesel;Euro 6;1 830,4;690;Manuell\n";

        var fromFiles = ReportTemplate.Parse(
            new Dictionary<string, IReadOnlyList<IReadOnlyList<string?>>>
            {
                ["Maskiner"] = FromBytes(Encoding.UTF8.GetBytes(machines)).Rows,
                ["Kjoretoy"] = FromBytes(Windows1252.GetBytes(vehicles)).Rows,
            },
            Sheet.March);
        var fromPaste = ReportTemplate.Parse(
            new Dictionary<string, IReadOnlyList<IReadOnlyList<string?>>>
            {
                ["Maskiner"] = CsvTable.Read(machines.Replace(';', '\t')).Rows,
                ["Kjøretøy"] = CsvTable.Read(vehicles.Replace(';', '\t')).Rows,
            },
            Sheet.March);

        Assert.Empty(fromFiles.Errors);
        Assert.Equal(fromFiles.Lines.Machines, fromPaste.Lines.Machines);
        Assert.Equal(fromFiles.Lines.Vehicles, fromPaste.Lines.Vehicles);
        Assert.Single(fromFiles.Lines.Machines);
        Assert.Single(fromFiles.Lines.Vehicles);
    }

    // Writes cells as a CSV writer (or Excel's clipboard) does: quoted when a cell holds the separator, a quote or a line break.
    private static string Csv(string[][] rows, char separator) =>
        string.Concat(rows.Select(row => string.Join(separator, row.Select(cell => Quote(cell, separator))) + "\r\n"));

    private static string Quote(string cell, char separator) =>
        cell.Contains(separator, StringComparison.Ordinal) || cell.Contains('"', StringComparison.Ordinal) || cell.Contains('\n', StringComparison.Ordinal)
            ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : cell;
}
