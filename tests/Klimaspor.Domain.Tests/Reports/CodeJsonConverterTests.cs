using System.Text.Json;
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;

namespace Klimaspor.Domain.Tests.Reports;

/// <summary>Stored lines read back share the code lists' strings (a large report holds each code once), and read as written.</summary>
public sealed class CodeJsonConverterTests
{
    [Fact]
    public void Deserialize_Codes_AreTheCodeListsOwnStrings_OtherTextAsWritten()
    {
        var line = new MachineLine
        {
            MachineId = "gravemaskin", // an id that happens to equal a code is still read right, whichever instance it is
            MachineType = MachineTypes.Gravemaskin,
            EnergyCarrier = "hvo100",
            EmissionClass = "stage-v",
            OperatingHours = new Hours(120),
            DataSource = DataSources.Telematikk,
            Comment = "Ikke en kode: «gravemaskin» med ø",
        };
        var json = JsonSerializer.Serialize(line);

        var read = JsonSerializer.Deserialize<MachineLine>(json)!;

        Assert.Equal(line, read);
        var list = MachineTypes.List.Entries.Single(e => e.Code == MachineTypes.Gravemaskin).Code;
        Assert.Same(list, read.MachineType);
        Assert.Same(CodeLists.EnergyCarrier.Entries.Single(e => e.Code == "hvo100").Code, read.EnergyCarrier);
        Assert.Same(DataSources.List.Entries.Single(e => e.Code == DataSources.Telematikk).Code, read.DataSource);
    }

    [Fact]
    public void Deserialize_UnknownOrEscapedCode_ReadAsWritten()
    {
        var read = JsonSerializer.Deserialize<MachineLine>(
            """{"MachineId":"M1","MachineType":"ukjent-maskin","EnergyCarrier":"diese\u006c","OperatingHours":1,"DataSource":"manuell"}""")!;

        Assert.Equal("ukjent-maskin", read.MachineType);
        Assert.Equal("diesel", read.EnergyCarrier);
    }
}
