using System.Text.Json;
using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Domain.Reporting.Template;

namespace Klimaspor.Domain.Tests.Reports;

public sealed class JsonReportRowsTests
{
    private static readonly ReportingPeriod March = ReportingPeriod.Month(2026, 3);

    [Fact]
    public void Parse_JsonAndCsvOfTheSameContent_GiveIdenticalLines()
    {
        var json = JsonDocument.Parse("""
            {
              "machines": [
                { "machineId": "CAT-950-88213", "machineType": "hjullaster", "weightTonnes": 19.5, "energyCarrier": "hvo100",
                  "emissionClass": "stage-v", "operatingHours": 142, "idleHours": 48, "fuelLitres": 1610, "dataSource": "telematikk" }
              ],
              "energy": [
                { "sourceId": "Byggestrøm", "energyCarrier": "el-nett", "purpose": "byggvarme", "quantity": 18400, "unit": "kWh", "dataSource": "maaler" }
              ]
            }
            """).RootElement;
        var csvMachines = CsvTable.Read("Maskin-ID;Maskintype;Vekt (tonn);Energibærer;Utslippsklasse;Driftstimer;Tomgangstimer;Drivstoff (liter);Datakilde\n" +
            "CAT-950-88213;Hjullaster;19,5;HVO100;stage-v;142;48;1 610;telematikk\n").Rows;
        var csvEnergy = CsvTable.Read("Måler/kilde;Energibærer;Formål;Mengde;Enhet;Datakilde\nByggestrøm;el-nett;byggvarme;18 400;kWh;maaler\n").Rows;

        var fromJson = ReportTemplate.Parse(JsonReportRows.Sheets(json).Value!, March);
        var fromCsv = ReportTemplate.Parse(new Dictionary<string, IReadOnlyList<IReadOnlyList<string?>>> { ["Maskiner"] = csvMachines, ["Energi"] = csvEnergy }, March);

        Assert.True(fromJson.IsValid, string.Join("; ", fromJson.Errors.Select(e => e.Text("en"))));
        Assert.True(fromCsv.IsValid);
        Assert.Equal(fromCsv.Lines.Machines, fromJson.Lines.Machines);
        Assert.Equal(fromCsv.Lines.Energy, fromJson.Lines.Energy);
    }

    [Fact]
    public void Parse_JsonWithMistakes_LocatedByRowAndKey()
    {
        var json = JsonDocument.Parse("""
            { "machines": [
                { "machineId": "M1", "machineType": "gravemaskin", "weightTonnes": 21, "energyCarrier": "diesel", "emissionClass": "stage-v", "operatingHours": 100, "fuelLitres": -5, "dataSource": "manuell" },
                { "machineId": "M2", "machineType": "flyvemaskin", "weightTonnes": 21, "energyCarrier": "diesel", "emissionClass": "stage-v", "operatingHours": 100, "fuelLitres": 900, "dataSource": "manuell" }
            ] }
            """).RootElement;

        var result = ReportTemplate.Parse(JsonReportRows.Sheets(json).Value!, March);

        // Row 1 is the header built from the keys, so the array's first object is row 2.
        Assert.Contains(result.Errors, e => e.Row == 2 && e.Field == "fuelLitres");
        Assert.Contains(result.Errors, e => e.Row == 3 && e.Field == "machineType" && e.Value == "flyvemaskin");
    }

    [Theory]
    [InlineData("""{ "machinez": [] }""", "machinez", null)]
    [InlineData("""{ "Machines": [] }""", "Machines", null)]
    [InlineData("""{ "machines": "abc" }""", "machines", null)]
    [InlineData("""{ "machines": {} }""", "machines", null)]
    [InlineData("""{ "machines": null }""", "machines", null)]
    [InlineData("""{ "machines": [], "machines": [] }""", "machines", null)]
    [InlineData("""{ "machines": [ {}, 42 ] }""", "", "machines[1]")]
    [InlineData("""{ "machines": [ {}, { "fuelLitrez": 5 } ] }""", "fuelLitrez", "machines[1].fuelLitrez")]
    [InlineData("""{ "machines": [ { "FuelLitres": 5 } ] }""", "FuelLitres", "machines[0].FuelLitres")]
    [InlineData("""{ "machines": [ { "fuelLitres": { "value": 5 } } ] }""", "fuelLitres", "machines[0].fuelLitres")]
    [InlineData("""{ "machines": [ { "fuelLitres": [5] } ] }""", "fuelLitres", "machines[0].fuelLitres")]
    [InlineData("""{ "machines": [ { "fuelLitres": true } ] }""", "fuelLitres", "machines[0].fuelLitres")]
    [InlineData("""{ "machines": [ { "model": "\ud800" } ] }""", "model", "machines[0].model")]
    [InlineData("""[]""", "", null)]
    public void Sheets_MemberNotUnderstood_RefusedWhereItIs(string body, string field, string? path)
    {
        var read = JsonReportRows.Sheets(JsonDocument.Parse(body).RootElement);

        var problem = Assert.Single(read.Problems);
        Assert.False(read.Succeeded);
        Assert.Equal(field, problem.Field);
        Assert.Equal(path, JsonReportRows.PathOf(problem));
    }

    // A JSON client writes a flag as a boolean; only a yes/no column takes one (fuelLitres: true stays refused, above).
    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("\"ja\"", true)]
    [InlineData("null", false)]
    public void Parse_SporadicAsJsonBoolean_Flag(string value, bool expected)
    {
        var json = JsonDocument.Parse($$"""
            { "machines": [ { "machineId": "PUMP-1", "machineType": "pumpe", "weightTonnes": 0.4, "energyCarrier": "diesel", "emissionClass": "stage-v",
                "operatingHours": 6, "fuelLitres": 9, "dataSource": "manuell", "sporadic": {{value}} } ] }
            """).RootElement;

        var result = ReportTemplate.Parse(JsonReportRows.Sheets(json).Value!, March);

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Text("en"))));
        Assert.Equal(expected, Assert.Single(result.Lines.Machines).Sporadic);
    }

    [Fact]
    public void Sheets_EmptyListOrAbsentSheet_NoLinesOfThatKind()
    {
        var read = JsonReportRows.Sheets(JsonDocument.Parse("""{ "machines": [], "energy": [ { "sourceId": null } ] }""").RootElement);

        Assert.True(read.Succeeded);
        Assert.Equal([TemplateSheets.Machines.Name, TemplateSheets.Energy.Name], read.Value.Keys);
        Assert.Empty(Assert.Single(read.Value[TemplateSheets.Machines.Name]));
    }

    [Fact]
    public void Sheets_NumberInATextColumn_ReadAsItsText()
    {
        var read = JsonReportRows.Sheets(JsonDocument.Parse("""{ "machines": [ { "model": 320, "weightTonnes": 1.50 } ] }""").RootElement);

        Assert.True(read.Succeeded);
        Assert.Equal(["320", "1.50"], read.Value[TemplateSheets.Machines.Name][1]);
    }
}

public sealed class ReportRowsTests
{
    [Fact]
    public void Rows_OfParsedLines_ParseBackToTheSameLines()
    {
        var csv = CsvTable.Read("Maskin-ID;Eier org.nr.;Maskintype;Produsent og modell;Vekt (tonn);Energibærer;Utslippsklasse;Fra dato;Til dato;Driftstimer;Tomgangstimer;Drivstoff (liter);Strøm (kWh);Datakilde;Kommentar\n" +
            "CAT-950;998877660;hjullaster;CAT 950M;19,5;hybrid-hvo;stage-v;02.03.2026;20.03.2026;142;48;1 210;340;telematikk;Leid\n").Rows;
        var period = ReportingPeriod.Month(2026, 3);
        var first = TemplateParser.ParseMachines(csv, period);

        var again = TemplateParser.ParseMachines(CsvTable.Read(ReportRows.Text(ReportRows.Machines(first.Lines))).Rows, period);

        Assert.True(first.IsValid, string.Join("; ", first.Errors.Select(e => e.Text("en"))));
        Assert.True(again.IsValid, string.Join("; ", again.Errors.Select(e => e.Text("en"))));
        Assert.Equal(first.Lines, again.Lines);
    }

    [Fact]
    public void MachineRegister_KeepsWhatIdentifiesTheMachine_LeavesThePeriodsFiguresEmpty()
    {
        var csv = CsvTable.Read("Maskin-ID;Eier org.nr.;Maskintype;Produsent og modell;Vekt (tonn);Energibærer;Utslippsklasse;Fra dato;Driftstimer;Tomgangstimer;Drivstoff (liter);Datakilde;Kommentar\n" +
            "CAT-950;998877660;hjullaster;CAT 950M;19,5;hvo100;stage-v;02.03.2026;142;48;1 210;telematikk;Leid\n").Rows;
        var line = Assert.Single(TemplateParser.ParseMachines(csv, ReportingPeriod.Month(2026, 3)).Lines);

        var rows = ReportRows.MachineRegister([line]);

        var cells = rows[0].Zip(rows[1]).ToDictionary(c => c.First!, c => c.Second);
        Assert.Equal(["CAT-950", "998877660", "hjullaster", "CAT 950M", "19.5", "hvo100", "stage-v"],
            new[] { "machineId", "ownerOrgNo", "machineType", "model", "weightTonnes", "energyCarrier", "emissionClass" }.Select(k => cells[k]));
        Assert.All(new[] { "fromDate", "operatingHours", "idleHours", "fuelLitres", "dataSource", "comment" }, k => Assert.Null(cells[k]));
    }
}
