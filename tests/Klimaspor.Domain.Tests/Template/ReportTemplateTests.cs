using Klimaspor.Domain.Organisations;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Template;
using static Klimaspor.Domain.Tests.Template.Sheet;

namespace Klimaspor.Domain.Tests.Template;

public sealed class ReportTemplateTests
{
    private static readonly IReadOnlyList<IReadOnlyList<string?>> ReportSheet = Rows(
        "Klimarapport for kontraktører",
        "",
        "Kontrakt|K-2025-017",
        "Leverandør org.nr.|974 760 673",
        "Periode|2025-03",
        "Rapportert av|Kari Nordmann",
        "Malversjon|1");

    private static Dictionary<string, IReadOnlyList<IReadOnlyList<string?>>> Sheets(params (string Name, IReadOnlyList<IReadOnlyList<string?>> Rows)[] sheets) =>
        sheets.ToDictionary(s => s.Name, s => s.Rows);

    [Fact]
    public void ParseReportHeader_KeyValueRowsBelowATitle_Header()
    {
        var result = TemplateParser.ParseReportHeader(ReportSheet);

        Assert.Empty(result.Errors);
        Assert.Equal(
            new ReportHeader
            {
                ContractRef = "K-2025-017",
                SupplierOrgNo = OrganisationNumber.Parse("974760673"),
                Period = March,
                ReportedBy = "Kari Nordmann",
                TemplateVersion = 1,
            },
            result.Header);
    }

    [Theory]
    [InlineData("2025-03")]
    [InlineData("03.2025")]
    [InlineData("3.2025")]
    [InlineData("15.03.2025")]
    [InlineData("2025-03-31")]
    [InlineData("45731")]
    public void ParseReportHeader_PeriodForms_March2025(string period)
    {
        var result = TemplateParser.ParseReportHeader(Rows("Contract|K-1", "supplierOrgNo|974760673", $"Period|{period}"));

        Assert.Empty(result.Errors);
        Assert.Equal(March, result.Header!.Period);
    }

    // docs/reporting-template-v2.md: "files of version 1 keep importing unchanged"; version 2 only adds columns and codes.
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void ParseReportHeader_TemplateVersionOneOrTwo_Read(int version)
    {
        var result = TemplateParser.ParseReportHeader(Rows("Kontrakt|K-1", "Leverandør org.nr.|974760673", "Periode|2025-03", $"Malversjon|{version}"));

        Assert.Empty(result.Errors);
        Assert.Equal(version, result.Header!.TemplateVersion);
    }

    [Fact]
    public void ParseReportHeader_MissingAndInvalidFields_AllReported()
    {
        var rows = Rows("Kontrakt|", "Leverandør org.nr.|974 760 674", "Malversjon|3", "Prosjektleder|Ola");

        var result = TemplateParser.ParseReportHeader(rows);

        Assert.Null(result.Header);
        Assert.Equal(
            [
                (1, "contractRef", MessageKeys.TemplateRequired),
                (2, "supplierOrgNo", MessageKeys.TemplateInvalidOrganisationNumber),
                (3, "templateVersion", MessageKeys.TemplateVersionUnsupported),
                ((int?)null, "period", MessageKeys.TemplateRequired),
            ],
            result.Errors.Select(e => (e.Row, e.Field, e.MessageKey)));
        Assert.Equal("B2", result.Errors[1].Cell);
        Assert.Equal("Prosjektleder", Assert.Single(result.Warnings).Value);
    }

    [Fact]
    public void Parse_WholeReport_HeaderLinesAndRowNumbers()
    {
        var result = ReportTemplate.Parse(Sheets(
            ("Rapport", ReportSheet),
            ("Maskiner", Machines("", "PIN-1|Gravemaskin|21,5|Diesel|Stage V|160|2400||Manuell")),
            ("Kjøretøy", Rows(
                "Reg.nr.|Kjøretøytype|Formål|Energibærer|Euroklasse|Kjørte km|Strøm (kWh)|Datakilde",
                "EL 99887|Varebil|Tjeneste|Batterielektrisk||820|160|Manuell")),
            ("Energi", Rows("Måler/kilde|Energibærer|Formål|Mengde|Enhet|Datakilde", "M-1|el-nett|Brakkerigg|4 200|kWh|Måler")),
            ("Drivstoff", Rows("Dato|Leverandør|Produkt|Mengde|Enhet|Råstoff", "05.03.2025|Drivstoff AS|Diesel|2 500|liter|Fossil"))));

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        Assert.Equal("K-2025-017", result.Header!.ContractRef);
        Assert.Equal(March, result.Period);
        Assert.Equal((1, 1, 1, 1), (result.Lines.Machines.Count, result.Lines.Vehicles.Count, result.Lines.Energy.Count, result.Lines.FuelDeliveries.Count));
        Assert.Equal(3, result.RowNumberOf(LineKind.Machine, 0));
        Assert.Equal(2, result.RowNumberOf(LineKind.FuelDelivery, 0));
        Assert.Null(result.RowNumberOf(LineKind.Machine, 1));
    }

    [Fact]
    public void Parse_PeriodFromTheReportSheet_DatesCheckedAgainstIt()
    {
        var result = ReportTemplate.Parse(Sheets(
            ("Rapport", ReportSheet),
            ("Drivstoff", Rows("Dato|Leverandør|Produkt|Mengde|Enhet", "01.04.2025|Drivstoff AS|Diesel|2 500|liter"))));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("Drivstoff", 2, "deliveryDate", "A2", "01.04.2025", MessageKeys.TemplateDateOutsidePeriod),
            (error.Sheet, error.Row, error.Field, error.Cell, error.Value, error.MessageKey));
    }

    [Fact]
    public void Parse_ReportSheetForAnotherPeriod_Error()
    {
        var result = ReportTemplate.Parse(Sheets(("Rapport", ReportSheet)), ReportingPeriod.Month(2025, 4));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("Rapport", 5, "period", "B5", MessageKeys.TemplatePeriodMismatch), (error.Sheet, error.Row, error.Field, error.Cell, error.MessageKey));
        Assert.Equal("Filen gjelder perioden 2025-03, men rapporten gjelder 2025-04.", error.Text("nb"));
    }

    [Fact]
    public void Parse_QuarterNamedByItsFirstMonth_LinesCheckedAgainstTheWholeQuarter()
    {
        var quarter = new ReportingPeriod(new DateOnly(2025, 3, 1), new DateOnly(2025, 5, 31));

        var result = ReportTemplate.Parse(Sheets(
            ("Rapport", ReportSheet),
            ("Drivstoff", Rows("Dato|Leverandør|Produkt|Mengde|Enhet", "20.05.2025|Drivstoff AS|Diesel|2 500|liter"))), quarter);

        Assert.Empty(result.Errors);
        Assert.Equal(quarter, result.Period);
        Assert.Equal(quarter, result.Header!.Period);
    }

    [Fact]
    public void Parse_QuarterNamedByALaterMonth_Error()
    {
        var quarter = new ReportingPeriod(new DateOnly(2025, 2, 1), new DateOnly(2025, 4, 30));

        var result = ReportTemplate.Parse(Sheets(("Rapport", ReportSheet)), quarter);

        var error = Assert.Single(result.Errors);
        Assert.Equal(MessageKeys.TemplatePeriodMismatch, error.MessageKey);
        Assert.Equal("The file is for the period 2025-03, but the report is for 2025-02-01–2025-04-30.", error.Text("en"));
    }

    [Fact]
    public void Parse_NoReportSheetAndNoPeriod_Error()
    {
        var result = ReportTemplate.Parse(Sheets(("Maskiner", Machines("PIN-1|Gravemaskin|21,5|Diesel|Stage V|160|2400||Manuell"))));

        Assert.Equal(MessageKeys.TemplateReportSheetMissing, Assert.Single(result.Errors).MessageKey);
        Assert.Single(result.Lines.Machines);
    }

    [Fact]
    public void Parse_SheetNamesLoosely_UnknownSheetWarned()
    {
        var result = ReportTemplate.Parse(
            Sheets(
                ("maskiner", Machines("PIN-1|Gravemaskin|21,5|Diesel|Stage V|160|2400||Manuell")),
                ("Kjoeretoey", Rows("regNo|vehicleType|purpose|energyCarrier|emissionClass|distanceKm|fuelLitres|dataSource", "AB12345|lastebil|avfall|diesel|euro-vi|100|30|manuell")),
                ("Notater", Rows("Husk å sende inn"))),
            March);

        Assert.Empty(result.Errors);
        Assert.Single(result.Lines.Vehicles);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(("Notater", MessageKeys.TemplateUnknownSheet), (warning.Sheet, warning.MessageKey));
    }

    [Fact]
    public void Parse_ErrorsOnSeveralSheets_AllReported()
    {
        var result = ReportTemplate.Parse(Sheets(
            ("Rapport", Rows("Kontrakt|K-1", "Leverandør org.nr.|123456789", "Periode|2025-03")),
            ("Maskiner", Machines("PIN-1|Gravemaskin|21,5|Diesel|Stage V|900|2400||Manuell")),
            ("Energi", Rows("Måler/kilde|Energibærer|Formål|Mengde|Enhet|Datakilde", "M-1|el-nett|Brakkerigg|4 200|liter|Måler"))));

        Assert.Equal(
            [("Rapport", "supplierOrgNo"), ("Maskiner", "operatingHours"), ("Energi", "unit")],
            result.Errors.Select(e => (e.Sheet, e.Field)));
        Assert.Null(result.Header);
        Assert.Equal(March, result.Period);
    }
}
