using System.Text.Json;
using Klimaspor.Domain.Organisations;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Domain.Reporting.Template;
using static Klimaspor.Domain.Tests.Template.Sheet;

namespace Klimaspor.Domain.Tests.Reports;

/// <summary>
/// Issue 14 item 6: a subcontractor has reported "in a report of its own, or inside the main supplier's (lines with its
/// organisation number), or declared by the main supplier to have had no activity". The declaration is the main
/// supplier's to make, about subcontractors the contract names, and cannot contradict the lines beside it.
/// </summary>
public sealed class NoActivityTests
{
    private static readonly Reporter Graving = new("974760673", "Brødrene Dahl Graving AS");
    private static readonly Reporter Kran = new("986105174", "Kranservice Øst AS");

    private static MachineLine Excavator(string? owner = null) => new()
    {
        MachineId = "PC210-" + (owner ?? "own"),
        OwnerOrgNo = owner is null ? null : OrganisationNumber.Parse(owner),
        MachineType = "gravemaskin",
        EnergyCarrier = "el-kabel",
        DataSource = "telematikk",
    };

    [Fact]
    public void ParseReportHeader_NoActivityField_ReadsEveryOrganisationNumber()
    {
        var result = TemplateParser.ParseReportHeader(Rows("Kontrakt|K-1", "Leverandør org.nr.|923609016", "Periode|2025-03",
            "Uten aktivitet (org.nr.)|974 760 673; 986105174"));

        Assert.Empty(result.Errors);
        Assert.Equal([Graving.OrgNo, Kran.OrgNo], result.Header!.NoActivity);
    }

    [Fact]
    public void ParseReportHeader_NoActivityNotAnOrganisationNumber_ErrorNamingIt()
    {
        var result = TemplateParser.ParseReportHeader(Rows("Kontrakt|K-1", "Leverandør org.nr.|923609016", "Periode|2025-03", "noActivity|974760673, 12345"));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("noActivity", MessageKeys.TemplateInvalidOrganisationNumber, "B4"), (error.Field, error.MessageKey, error.Cell));
        Assert.Equal("12345", error.Arguments[0]);
    }

    [Fact]
    public void Parse_WorkbookWithDeclaration_TheLinesCarryIt()
    {
        var result = ReportTemplate.Parse(new Dictionary<string, IReadOnlyList<IReadOnlyList<string?>>>
        {
            ["Rapport"] = Rows("Kontrakt|K-1", "Leverandør org.nr.|923609016", "Periode|2025-03", "noActivity|974760673"),
        });

        Assert.Empty(result.Errors);
        Assert.Equal([Graving.OrgNo], result.Lines.NoActivity);
    }

    [Fact]
    public void NoActivity_JsonList_ReadAndInvalidEntriesLocated()
    {
        var read = JsonReportRows.NoActivity(JsonDocument.Parse("""{ "noActivity": ["974 760 673", "986105174", "974760673"] }""").RootElement);
        var refused = JsonReportRows.NoActivity(JsonDocument.Parse("""{ "noActivity": ["974760673", 986105174, "123"] }""").RootElement);
        var none = JsonReportRows.NoActivity(JsonDocument.Parse("""{ "machines": [] }""").RootElement);

        Assert.Equal([Graving.OrgNo, Kran.OrgNo], read.Value);
        Assert.Equal(["noActivity[1]", "noActivity[2]"], refused.Problems.Select(p => p.Field));
        Assert.Empty(none.Value!);
        // Not an unknown member for the sheets' reader either.
        Assert.Empty(JsonReportRows.Sheets(JsonDocument.Parse("""{ "noActivity": [] }""").RootElement).Problems);
    }

    [Fact]
    public void CheckDeclaration_ByTheMainSupplierForANamedIdleSubcontractor_Accepted()
    {
        var lines = new ReportLines { Machines = [Excavator(Kran.OrgNo)], NoActivity = [Graving.OrgNo] };

        Assert.Empty(ReportingCompleteness.CheckDeclaration(lines, isMainSupplier: true, [Graving, Kran]));
        Assert.Equal([Graving.OrgNo, Kran.OrgNo], lines.AnswersFor());
    }

    [Fact]
    public void CheckDeclaration_BySubcontractor_Refused()
    {
        var problem = Assert.Single(ReportingCompleteness.CheckDeclaration(new ReportLines { NoActivity = [Kran.OrgNo] }, isMainSupplier: false, [Graving, Kran]));

        Assert.Equal(("noActivity", MessageKeys.NoActivityOnlyMainSupplier), (problem.Field, problem.MessageKey));
    }

    [Fact]
    public void CheckDeclaration_NotNamedOnTheContract_RefusedListingThoseThatAre()
    {
        var problem = Assert.Single(ReportingCompleteness.CheckDeclaration(new ReportLines { NoActivity = [Kran.OrgNo] }, isMainSupplier: true, [Graving]));

        Assert.Equal(MessageKeys.NoActivityNotSubcontractor, problem.MessageKey);
        Assert.Equal([Kran.OrgNo, "Brødrene Dahl Graving AS (974760673)"], problem.Arguments);
    }

    [Fact]
    public void CheckDeclaration_SubcontractorIdleAndOnTheLines_Refused()
    {
        var lines = new ReportLines
        {
            Energy = [new EnergyLine { SourceId = "Aggregat", EnergyCarrier = "diesel", Purpose = "byggvarme", DataSource = "maaler", OwnerOrgNo = OrganisationNumber.Parse(Graving.OrgNo) }],
            NoActivity = [Graving.OrgNo],
        };

        var problem = Assert.Single(ReportingCompleteness.CheckDeclaration(lines, isMainSupplier: true, [Graving, Kran]));

        Assert.Equal(MessageKeys.NoActivityButLines, problem.MessageKey);
    }

    [Fact]
    public void CheckDeclaration_SubcontractorIdleButFuelDeliveredToIt_Refused()
    {
        // Fuel delivered to the subcontractor's machines is its activity: it cannot also have had none.
        var lines = new ReportLines
        {
            FuelDeliveries = [new FuelDelivery { FuelSupplier = "Drivstoffgrossisten AS", Product = "hvo100", Quantity = 800, OwnerOrgNo = OrganisationNumber.Parse(Kran.OrgNo) }],
            NoActivity = [Kran.OrgNo],
        };

        var problem = Assert.Single(ReportingCompleteness.CheckDeclaration(lines, isMainSupplier: true, [Graving, Kran]));

        Assert.Equal(MessageKeys.NoActivityButLines, problem.MessageKey);
    }

    [Fact]
    public void AnswersFor_FuelDeliveredToASubcontractor_AnswersForIt()
    {
        var lines = new ReportLines
        {
            Machines = [Excavator(Graving.OrgNo)],
            FuelDeliveries = [new FuelDelivery { FuelSupplier = "Drivstoffgrossisten AS", Product = "hvo100", Quantity = 800, OwnerOrgNo = OrganisationNumber.Parse(Kran.OrgNo) }],
        };

        Assert.Equal([Graving.OrgNo, Kran.OrgNo], lines.AnswersFor());
    }

    [Fact]
    public void JoinAndSplit_RoundTrip()
    {
        Assert.Equal([Graving.OrgNo, Kran.OrgNo], ReportingCompleteness.Split(ReportingCompleteness.Join([Graving.OrgNo, Kran.OrgNo])));
        Assert.Empty(ReportingCompleteness.Split(null));
        Assert.Empty(ReportingCompleteness.Split(string.Empty));
    }
}
