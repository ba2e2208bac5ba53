using System.IO.Compression;
using System.Text;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Validation;
using Klimaspor.Features.Reports;
using Klimaspor.Features.Reports.Workbook;
using static Klimaspor.Tests.Reports.WorkbookSamples;

namespace Klimaspor.Tests.Reports;

/// <summary>A zip of the template's CSV files: unpacked behind the workbook's zip bomb guards, and only CSV files under plain names.</summary>
public sealed class ReportZipReaderTests
{
    private const int MegaByte = 1024 * 1024;

    private static readonly byte[] Csv = Encoding.UTF8.GetBytes("Maskin-ID;Maskintype\nM-1;gravemaskin\n");

    private static Outcome<IReadOnlyList<UploadedFile>> Read(byte[] zip, WorkbookLimits? limits = null) => ReportZipReader.Read(zip, limits ?? WorkbookLimits.Default);

    private static Problem Refusal(byte[] zip, WorkbookLimits? limits = null)
    {
        var result = Read(zip, limits);
        Assert.Null(result.Value);
        return Assert.Single(result.Problems);
    }

    [Fact]
    public void Read_CsvFilesInAFolder_ReadUnderTheirOwnNamesAndMacMetadataPassedOver()
    {
        var zip = Zip([("rapport/", []), ("rapport/Maskiner.csv", Csv), ("rapport/ENERGI.CSV", Csv), ("__MACOSX/rapport/._Maskiner.csv", [0, 5, 22, 7])]);

        var result = Read(zip);

        Assert.True(result.Succeeded);
        Assert.Equal(["Maskiner.csv", "ENERGI.CSV"], result.Value.Select(f => f.FileName));
        Assert.Equal(Csv, result.Value[0].Content);
    }

    [Fact]
    public void Read_NameWrittenInTheWindowsCodePage_ReadWithItsLetters()
    {
        // Older Windows zips names in the OEM code page (850 here) without the UTF-8 flag.
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true, CodePagesEncodingProvider.Instance.GetEncoding(850)))
        using (var entry = zip.CreateEntry("Kjøretøy.csv").Open())
        {
            entry.Write(Csv);
        }

        Assert.Equal("Kjøretøy.csv", Assert.Single(Read(stream.ToArray()).Value!).FileName);
    }

    [Fact]
    public void Read_ZipBomb_RefusedFromTheDirectory()
    {
        // 20 MB of zeros packs to about 20 kB: a thousand to one.
        var zip = Zip([("Rapport.csv", Csv), ("Maskiner.csv", new byte[20 * MegaByte])]);
        Assert.True(zip.Length < MegaByte);

        var refusal = Refusal(zip);

        Assert.Equal(MessageKeys.ZipCompressionRatio, refusal.MessageKey);
        Assert.Contains("100:1", refusal.Text("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnpacksBeyondTheCsvLimit_RefusedForItsSize()
    {
        // Stored, not packed: no ratio to trip, only the size.
        var zip = Zip([("Maskiner.csv", new byte[3 * MegaByte])], CompressionLevel.NoCompression);

        var refusal = Refusal(zip, WorkbookLimits.Default with { MaxCsvZipBytes = 2 * MegaByte });

        Assert.Equal(MessageKeys.ZipUnpacksTooLarge, refusal.MessageKey);
        Assert.Equal(2L, refusal.Arguments[0]);
    }

    [Fact]
    public void Read_MoreEntriesThanAllowed_Refused()
    {
        var zip = Zip(Enumerable.Range(0, 11).Select(i => ($"Ark{i}.csv", Csv)));

        Assert.Equal(MessageKeys.ZipTooManyEntries, Refusal(zip, WorkbookLimits.Default with { MaxParts = 10 }).MessageKey);
    }

    [Theory]
    [InlineData("../Maskiner.csv")]
    [InlineData("rapport/../../Maskiner.csv")]
    [InlineData("..\\Maskiner.csv")]
    [InlineData("/etc/Maskiner.csv")]
    [InlineData("C:/Maskiner.csv")]
    public void Read_NameClimbingOutOfTheZip_RefusedNamingIt(string name)
    {
        var refusal = Refusal(Zip([("Rapport.csv", Csv), (name, Csv)]));

        Assert.Equal(MessageKeys.ZipUnsafeName, refusal.MessageKey);
        Assert.Equal(name, refusal.Value);
        Assert.Contains(name, refusal.Text("nb"), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ZipInsideTheZip_Refused()
    {
        var inner = Zip([("Maskiner.csv", Csv)]);

        var byName = Refusal(Zip([("Rapport.csv", Csv), ("maskiner.zip", inner)]));
        var byContent = Refusal(Zip([("Rapport.csv", Csv), ("Maskiner.csv", inner)]));

        Assert.Equal((MessageKeys.ZipNestedArchive, "maskiner.zip"), (byName.MessageKey, byName.Value));
        Assert.Equal((MessageKeys.ZipNestedArchive, "Maskiner.csv"), (byContent.MessageKey, byContent.Value));
    }

    [Fact]
    public void Read_FileThatIsNotCsv_RefusedNamingIt()
    {
        var refusal = Refusal(Zip([("Rapport.csv", Csv), ("notater.docx", Encoding.UTF8.GetBytes("not a csv"))]));

        Assert.Equal(MessageKeys.ZipEntryNotCsv, refusal.MessageKey);
        Assert.Equal("notater.docx", refusal.Value);
        Assert.Equal("“notater.docx” in the zip file is not a CSV file. Put only the template's CSV files (Rapport.csv, Maskiner.csv and so on) in the zip file.",
            refusal.Text("en"));
    }

    [Fact]
    public void Read_NoCsvFiles_Refused()
    {
        Assert.Equal(MessageKeys.ZipNoCsv, Refusal(Zip([("rapport/", [])])).MessageKey);
    }

    [Fact]
    public void Read_FileThatIsNotAZip_Refused()
    {
        Assert.Equal(MessageKeys.ZipNotAZip, Refusal(Csv).MessageKey);
    }
}
