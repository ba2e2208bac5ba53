using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Validation;
using Klimaspor.Features.Reports.Workbook;
using Klimaspor.Web;
using static Klimaspor.Tests.Reports.RawWorkbook;
using static Klimaspor.Tests.Reports.WorkbookSamples;

namespace Klimaspor.Tests.Reports;

/// <summary>Files that are not what they claim, or that are built to hurt the server, are refused with a reason.</summary>
public sealed class ReportWorkbookSafetyTests
{
    private const int MegaByte = 1024 * 1024;

    private static RawWorkbook Valid() => new RawWorkbook().Sheet("Maskiner", Row(1, "Maskin-ID", "Maskintype"), Row(2, "M-1", "Gravemaskin"));

    [Fact]
    public void Read_ValidCraftedWorkbook_Read()
    {
        var sheets = Read(new MemoryStream(Valid().Build()));

        Assert.Equal(["M-1", "Gravemaskin"], sheets["Maskiner"][1]);
    }

    [Fact]
    public void Read_CellLongerThanExcelAllows_RefusedNamingTheSheetAndCell()
    {
        // Excel itself stops at 32 767 characters; a longer cell is crafted, and was once echoed whole (a 180 MB one a 500).
        var file = new RawWorkbook().Sheet("Maskiner", Row(1, "Maskin-ID", "Maskintype"), Row(2, "M-1", new string('x', 32_768))).Build();

        var refusal = Refusal(file);

        Assert.Equal(MessageKeys.WorkbookCellTooLong, refusal.MessageKey);
        Assert.Contains("Maskiner", refusal.Text("en"), StringComparison.Ordinal);
        Assert.Contains("B2", refusal.Text("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ZipBomb_RefusedFromTheDirectoryBeforeInflating()
    {
        // 20 MB of zeros packs to about 20 kB: a thousand to one.
        var file = Valid().Entry("xl/media/image1.png", new byte[20 * MegaByte]).Build();
        Assert.True(file.Length < MegaByte);

        var refusal = Refusal(file);

        Assert.Equal(MessageKeys.WorkbookCompressionRatio, refusal.MessageKey);
        Assert.Contains("100:1", refusal.Text("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ZipBombInTheSheetItself_Refused()
    {
        var file = Zip([("[Content_Types].xml", Encoding.UTF8.GetBytes("<Types/>")), ("xl/worksheets/sheet1.xml", new byte[20 * MegaByte])]);

        Assert.Equal(MessageKeys.WorkbookCompressionRatio, Refusal(file).MessageKey);
    }

    [Fact]
    public void Read_UnpacksBeyondTheDefaultLimit_Refused()
    {
        // 250 MB of zeros in five parts; the size is checked before the ratio, so this is refused for its size.
        var zeros = new byte[50 * MegaByte];
        var file = Valid().Entry("a.bin", zeros).Entry("b.bin", zeros).Entry("c.bin", zeros).Entry("d.bin", zeros).Entry("e.bin", zeros).Build();

        var refusal = Refusal(file);

        Assert.Equal(MessageKeys.WorkbookUnpacksTooLarge, refusal.MessageKey);
        Assert.Equal(200L, refusal.Arguments[0]);
    }

    [Fact]
    public void Read_UnpacksBeyondAConfiguredLimit_Refused()
    {
        var noise = new byte[3 * MegaByte];
        new Random(7).NextBytes(noise);
        var file = Valid().Entry("xl/media/image1.png", noise).Build();
        var limits = new WorkbookLimits { MaxUncompressedBytes = 2 * MegaByte };

        Assert.Equal(MessageKeys.WorkbookUnpacksTooLarge, Refusal(file, limits).MessageKey);
        Assert.True(ReportWorkbookReader.Read(new MemoryStream(file)).Succeeded);
    }

    [Fact]
    public void Read_DirectoryUnderstatesASize_OnlyTheStatedBytesAreInflatedAndTheSheetIsDamaged()
    {
        var padding = new string(' ', 200_000);
        var file = new RawWorkbook { Transform = (part, xml) => part.EndsWith("sheet1.xml", StringComparison.Ordinal) ? xml.Replace("<sheetData>", "<sheetData>" + padding, StringComparison.Ordinal) : xml }
            .Sheet("Maskiner", Row(1, "Maskin-ID", "Maskintype")).Build();
        StateSize(file, "xl/worksheets/sheet1.xml", 1_000);

        Assert.Equal(MessageKeys.WorkbookCorrupt, Refusal(file).MessageKey);
    }

    [Fact]
    public void Read_CsvRenamedToXlsx_NotAWorkbook()
    {
        var csv = Encoding.UTF8.GetBytes("Maskin-ID;Maskintype\nM-1;Gravemaskin\n");

        Assert.Equal(MessageKeys.WorkbookNotAWorkbook, Refusal(csv).MessageKey);
    }

    [Fact]
    public void Read_EmptyFile_NotAWorkbook()
    {
        Assert.Equal(MessageKeys.WorkbookNotAWorkbook, Refusal([]).MessageKey);
    }

    [Fact]
    public void Read_ZipThatIsNoPackage_NotAWorkbook()
    {
        var file = Zip([("Maskiner.csv", Encoding.UTF8.GetBytes("Maskin-ID\nM-1\n"))]);

        Assert.Equal(MessageKeys.WorkbookNotAWorkbook, Refusal(file).MessageKey);
    }

    [Fact]
    public void Read_WordDocumentRenamedToXlsx_NotAWorkbook()
    {
        var file = Zip([
            ("[Content_Types].xml", Encoding.UTF8.GetBytes(
                "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")),
            ("_rels/.rels", Encoding.UTF8.GetBytes(
                "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")),
            ("word/document.xml", Encoding.UTF8.GetBytes(
                "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>")),
        ]);

        Assert.Equal(MessageKeys.WorkbookNotAWorkbook, Refusal(file).MessageKey);
    }

    [Fact]
    public void Read_OldXlsFormat_Refused()
    {
        var xls = CompoundFile("Workbook");

        Assert.Equal(MessageKeys.WorkbookLegacyFormat, Refusal(xls).MessageKey);
    }

    [Fact]
    public void Read_PasswordProtectedWorkbook_Refused()
    {
        var encrypted = CompoundFile("EncryptionInfo", "EncryptedPackage");

        Assert.Equal(MessageKeys.WorkbookEncrypted, Refusal(encrypted).MessageKey);
    }

    [Fact]
    public void Read_MacroEnabledWorkbook_Refused()
    {
        var xlsm = new RawWorkbook { ContentType = MacroWorkbookContentType }.Sheet("Maskiner", Row(1, "M-1")).Build();

        Assert.Equal(MessageKeys.WorkbookMacroEnabled, Refusal(xlsm).MessageKey);
    }

    [Fact]
    public void Read_VbaProjectInAnXlsx_Refused()
    {
        var file = Valid().Entry("xl/vbaProject.bin", [0xD0, 0xCF, 0x11, 0xE0]).Build();

        Assert.Equal(MessageKeys.WorkbookMacroEnabled, Refusal(file).MessageKey);
    }

    [Theory]
    [InlineData("xl/worksheets/sheet1.xml")]
    [InlineData("xl/sharedStrings.xml")]
    [InlineData("xl/workbook.xml")]
    [InlineData("xl/styles.xml")]
    [InlineData("[Content_Types].xml")]
    [InlineData("_rels/.rels")]
    [InlineData("xl/_rels/workbook.xml.rels")]
    public void Read_DoctypeWithAnExternalEntityInAPart_Refused(string partName)
    {
        const string Doctype = "<!DOCTYPE x [<!ENTITY secret SYSTEM \"file:///etc/passwd\"><!ENTITY lol \"lol\">]>";
        var file = new RawWorkbook
        {
            Transform = (part, xml) => part == partName ? xml.Replace("?>", "?>" + Doctype, StringComparison.Ordinal).Replace("M-1", "&secret;", StringComparison.Ordinal) : xml,
        }.Sheet("Maskiner", Row(1, "M-1")).Build();

        var refusal = Refusal(file);

        Assert.Equal(MessageKeys.WorkbookDocumentTypeDeclaration, refusal.MessageKey);
        Assert.Equal(partName, refusal.Arguments[0]);
    }

    [Fact]
    public void Read_DoctypeInAUtf16Part_Refused()
    {
        var sheet = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE worksheet [<!ENTITY e \"x\">]>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData/></worksheet>";
        var baseFile = new RawWorkbook().Sheet("Maskiner").Build();
        var file = Replace(baseFile, "xl/worksheets/sheet1.xml", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(sheet)]);

        Assert.Equal(MessageKeys.WorkbookDocumentTypeDeclaration, Refusal(file).MessageKey);
    }

    [Fact]
    public void Read_ValueBelowTheRowLimit_Refused()
    {
        var file = new RawWorkbook().Sheet("Maskiner", Row(1, "a"), Row(11, "b")).Build();
        var limits = new WorkbookLimits { MaxRows = 10 };

        var refusal = Refusal(file, limits);

        Assert.Equal(MessageKeys.WorkbookTooManyRows, refusal.MessageKey);
        Assert.Equal(new object[] { "Maskiner", 10 }, refusal.Arguments);
    }

    [Fact]
    public void Open_SheetOverTheRowLimitWhileRead_RowsEndAndTheRefusalIsKept()
    {
        var file = new RawWorkbook().Sheet("Maskiner", Row(1, "a"), Row(11, "b")).Sheet("Energi", Row(1, "c")).Build();
        var opened = ReportWorkbookReader.Open(new MemoryStream(file), new WorkbookLimits { MaxRows = 10 });
        Assert.True(opened.Succeeded);
        using var workbook = opened.Value;

        // Enumerated as the parser does: no exception, the rows before the limit, then the end.
        var machines = workbook.Sheets["Maskiner"].ToList();
        var energy = workbook.Sheets["Energi"].ToList();

        Assert.Equal(["a"], Assert.Single(machines));
        Assert.Empty(energy);
        var refusal = Assert.IsType<Problem>(workbook.Refusal);
        Assert.Equal(MessageKeys.WorkbookTooManyRows, refusal.MessageKey);
        Assert.Equal(new object[] { "Maskiner", 10 }, refusal.Arguments);
    }

    [Fact]
    public void Read_EmptyFormattedRowsBelowTheRowLimit_Read()
    {
        var file = new RawWorkbook().Sheet("Maskiner", Row(1, "a"), "<row r=\"500\" s=\"1\" customFormat=\"1\"/>", "<row r=\"1048576\"><c r=\"A1048576\" s=\"1\"/></row>").Build();
        var limits = new WorkbookLimits { MaxRows = 10 };

        var rows = Read(new MemoryStream(file), limits)["Maskiner"];

        Assert.Equal(["a"], Assert.Single(rows));
    }

    [Fact]
    public void Read_ValueBeyondTheColumnLimit_Refused()
    {
        var file = new RawWorkbook().Sheet("Maskiner", Row(1, "a", "b", "c", "d", "e", "f")).Build();
        var limits = new WorkbookLimits { MaxColumns = 5 };

        Assert.Equal(MessageKeys.WorkbookTooManyColumns, Refusal(file, limits).MessageKey);
    }

    [Fact]
    public void Read_FileLargerThanTheLimit_Refused()
    {
        var file = Valid().Build();
        var limits = new WorkbookLimits { MaxFileBytes = file.Length - 1 };

        Assert.Equal(MessageKeys.WorkbookFileTooLarge, Refusal(file, limits).MessageKey);
        var forward = ReportWorkbookReader.Read(new ReadOnlyForwardStream(new MemoryStream(file)), limits);
        Assert.Equal(MessageKeys.WorkbookFileTooLarge, Assert.Single(forward.Problems).MessageKey);
    }

    [Fact]
    public void Read_MorePartsThanTheLimit_Refused()
    {
        var file = Valid().Build();

        Assert.Equal(MessageKeys.WorkbookTooManyParts, Refusal(file, new WorkbookLimits { MaxParts = 5 }).MessageKey);
    }

    [Theory]
    [InlineData("nb")]
    [InlineData("nn")]
    [InlineData("en")]
    public void Refusal_EveryWorkbookKey_HasText(string culture)
    {
        var keys = typeof(MessageKeys).GetFields().Select(f => (string)f.GetValue(null)!).Where(k => k.StartsWith("Workbook.", StringComparison.Ordinal)).ToList();

        Assert.Equal(13, keys.Count);
        Assert.All(keys, key => Assert.NotEqual(key, TextsLocalizer.Message(key, culture, ["Maskiner", 10, 10, 10])));
    }

    /// <summary>The first bytes of a compound file (the old .xls, and an encrypted .xlsx) with stream names in its directory.</summary>
    private static byte[] CompoundFile(params string[] streamNames)
    {
        byte[] header = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        var body = new byte[4096];
        var at = 512;
        foreach (var name in streamNames)
        {
            Encoding.Unicode.GetBytes(name).CopyTo(body, at);
            at += 128;
        }

        return [.. header, .. body];
    }

    // Sets the uncompressed size an entry states, in its local header and in the central directory.
    private static void StateSize(byte[] zip, string entryName, int size)
    {
        var name = Encoding.UTF8.GetBytes(entryName);
        for (var i = 0; i < zip.Length - 46; i++)
        {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2
                && zip.AsSpan(i + 46, name.Length).SequenceEqual(name) && BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(i + 28)) == name.Length)
            {
                var local = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i + 42));
                BinaryPrimitives.WriteInt32LittleEndian(zip.AsSpan(i + 24), size);
                BinaryPrimitives.WriteInt32LittleEndian(zip.AsSpan(local + 22), size);
                return;
            }
        }

        throw new InvalidOperationException(entryName + " not found.");
    }

    private static byte[] Replace(byte[] zip, string entryName, byte[] content)
    {
        using var source = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return Zip(source.Entries.Select(e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return (e.FullName, e.FullName == entryName ? content : copy.ToArray());
        }).ToList());
    }
}
