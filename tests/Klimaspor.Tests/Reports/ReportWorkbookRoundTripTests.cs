using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Template;
using Klimaspor.Features.Reports.Workbook;
using Klimaspor.Web;
using static Klimaspor.Tests.Reports.WorkbookSamples;

namespace Klimaspor.Tests.Reports;

public sealed class ReportWorkbookRoundTripTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("nb-NO")]
    [InlineData("nn-NO")]
    [InlineData("en-GB")]
    public void WriteReadParse_EveryValue_SameReport(string? culture)
    {
        using var file = Write(FullReport, culture);

        var result = ReportTemplate.Parse(Read(file));

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        Assert.Equal(
            new ReportHeader { ContractRef = "K-2025-017", SupplierOrgNo = Supplier, Period = March, ReportedBy = "Kari Nordmann", TemplateVersion = TemplateSheets.Version },
            result.Header);
        Assert.Equal(Machines, result.Lines.Machines);
        Assert.Equal(Vehicles, result.Lines.Vehicles);
        Assert.Equal(Energy, result.Lines.Energy);
        Assert.Equal(FuelDeliveries, result.Lines.FuelDeliveries);
        Assert.Equal([2, 3, 4], result.RowNumbers[LineKind.Machine]);
    }

    [Theory]
    [InlineData(null, "Maskiner", "Maskin-ID", "Gravemaskin")]
    [InlineData("nn-NO", "Maskiner", "Maskin-ID", "Gravemaskin")]
    [InlineData("en", "Machines", "Machine ID", "Excavator")]
    public void Write_Culture_SheetNamesHeadersAndLabelsInItsLanguage(string? culture, string machineSheet, string firstHeader, string typeLabel)
    {
        using var file = Write(FullReport, culture);

        var sheets = Read(file);

        Assert.Equal(TemplateSheets.All.Select(s => TextsLocalizer.Text(s.NameKey, culture)), sheets.Keys);
        Assert.Equal(firstHeader, sheets[machineSheet][0][0]);
        Assert.Equal(TemplateSheets.Machines.Columns.Select(c => TextsLocalizer.Text(c.HeaderKey, culture)), sheets[machineSheet][0]);
        Assert.Equal(typeLabel, sheets[machineSheet][1][2]);
    }

    [Fact]
    public void WriteReadParse_Register_PrefillsTheIdentifyingColumnsAndLeavesThePeriodsFigures()
    {
        var content = new ReportWorkbookContent
        {
            ContractRef = "K-2025-017",
            SupplierOrgNo = Supplier,
            Period = March,
            Machines = Machines,
            Vehicles = Vehicles,
        };
        using var file = Write(content);

        var sheets = Read(file);

        var machineColumns = TemplateSheets.Machines.Columns;
        var first = sheets["Maskiner"][1];
        string?[] expected = ["PIN 1234-ABC", "987654325", "Gravemaskin", "Volvo EC250E", "25.5", "129", "Diesel", "Stage V"];
        Assert.Equal(expected, first);
        Assert.Equal(["EK12345", "923456783", "Vogntog", null, "HVO100", "Euro VI"], sheets["Kjøretøy"][1]);
        Assert.Equal(3, sheets["Maskiner"].Count - 1);

        // Parsed as it stands, the register rows lack only what the supplier fills in for the period.
        var result = ReportTemplate.Parse(sheets);
        Assert.NotEmpty(result.Errors);
        Assert.All(result.Errors, e =>
        {
            Assert.Contains(e.MessageKey, (string[])[MessageKeys.TemplateRequired, MessageKeys.TemplateRequiredForCarrier]);
            Assert.DoesNotContain(e.Field, (string[])["machineId", "machineType", "weightTonnes", "energyCarrier", "emissionClass", "regNo", "vehicleType"]);
        });
        Assert.Contains(result.Errors, e => e is { Sheet: "Maskiner", Row: 2, Field: "operatingHours" });
        Assert.Contains(result.Errors, e => e is { Sheet: "Kjøretøy", Row: 2, Field: "purpose" });
        Assert.Equal(machineColumns.Count, sheets["Maskiner"][0].Count);
    }

    [Fact]
    public void Write_NonSeekableOutput_SameWorkbook()
    {
        using var target = new MemoryStream();
        ReportWorkbookWriter.Write(new WriteOnlyStream(target), FullReport, "nb");
        target.Position = 0;

        var result = ReportTemplate.Parse(Read(target));

        Assert.Empty(result.Errors);
        Assert.Equal(Machines, result.Lines.Machines);
    }

    [Fact]
    public void Read_NonSeekableInput_SameRows()
    {
        using var file = Write(FullReport);
        var expected = Read(file);
        file.Position = 0;

        var sheets = Read(new ReadOnlyForwardStream(file));

        Assert.Equal(expected.Keys, sheets.Keys);
        Assert.All(expected, sheet => Assert.Equal(sheet.Value, sheets[sheet.Key]));
    }

    [Fact]
    public void Write_RegisterWithEnergyLines_Refused()
    {
        var content = new ReportWorkbookContent { Energy = Energy };

        Assert.Throws<ArgumentException>(() => ReportWorkbookWriter.Write(new MemoryStream(), content));
    }

    [Fact]
    public void TemplateLineCells_EveryColumnOfEveryLineSheet_HasAValue()
    {
        Assert.Equal(TemplateSheets.Machines.Columns.Select(c => c.Key).Order(), TemplateLineCells.Machine.Keys.Order());
        Assert.Equal(TemplateSheets.Vehicles.Columns.Select(c => c.Key).Order(), TemplateLineCells.Vehicle.Keys.Order());
        Assert.Equal(TemplateSheets.Energy.Columns.Select(c => c.Key).Order(), TemplateLineCells.Energy.Keys.Order());
        Assert.Equal(TemplateSheets.FuelDeliveries.Columns.Select(c => c.Key).Order(), TemplateLineCells.FuelDelivery.Keys.Order());
        Assert.Subset(TemplateSheets.Machines.Columns.Select(c => c.Key).ToHashSet(), TemplateLineCells.MachineRegister.ToHashSet());
        Assert.Subset(TemplateSheets.Vehicles.Columns.Select(c => c.Key).ToHashSet(), TemplateLineCells.VehicleRegister.ToHashSet());
    }

    private sealed class WriteOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}

/// <summary>A stream that can only be read forward, as a request body.</summary>
internal sealed class ReadOnlyForwardStream(Stream inner) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
