using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Template;
using Klimaspor.Domain.Validation;
using static Klimaspor.Domain.Tests.Template.Sheet;

namespace Klimaspor.Domain.Tests.Template;

/// <summary>Every error class of the template's "Checking" section, each located at sheet, row, column, cell and value.</summary>
public sealed class TemplateErrorTests
{
    // Header (row 1): A Maskin-ID, B Maskintype, C Vekt, D Energibærer, E Utslippsklasse, F Driftstimer, G Drivstoff,
    // H Strøm, I Datakilde. The first data row is row 2.
    private static Problem OnlyError(string row, ReportingPeriod? period = null)
    {
        var result = TemplateParser.ParseMachines(Machines(row), period);
        Assert.Empty(result.Lines);
        return Assert.Single(result.Errors);
    }

    private static void AssertAt(Problem error, int row, string column, string? cell, string? value, string messageKey)
    {
        Assert.Equal(("Maskiner", row, column, cell, value, messageKey), (error.Sheet, error.Row, error.Field, error.Cell, error.Value, error.MessageKey));
    }

    [Fact]
    public void RequiredValueMissing_Located()
    {
        var error = OnlyError("PIN-1|Gravemaskin|21,5|Diesel|Stage V||2400||Manuell");

        AssertAt(error, 2, "operatingHours", "F2", null, MessageKeys.TemplateRequired);
        Assert.Equal("«Driftstimer» må fylles ut.", error.Text("nb"));
        Assert.Equal("“Operating hours” is required.", error.Text("en"));
    }

    [Fact]
    public void RequiredForCarrierMissing_LitresForDiesel_Located()
    {
        var error = OnlyError("PIN-1|Gravemaskin|21,5|Diesel|Stage V|160|||Manuell");

        AssertAt(error, 2, "fuelLitres", "G2", null, MessageKeys.TemplateRequiredForCarrier);
        Assert.Equal("«Drivstoff (liter)» må fylles ut for energibæreren Diesel.", error.Text("nb"));
        Assert.Equal("«Drivstoff (liter)» må fyllast ut for energiberaren Diesel.", error.Text("nn"));
    }

    [Fact]
    public void RequiredForCarrierMissing_KwhAndClassForHybrid_BothReported()
    {
        var result = TemplateParser.ParseMachines(Machines("PIN-1|Gravemaskin|21,5|hybrid-hvo||160|800||Manuell"));

        Assert.Equal(["emissionClass", "electricityKwh"], result.Errors.Select(e => e.Field));
    }

    [Fact]
    public void RequiredForCarrier_ColumnLeftOutOfTheSheet_ReportedOnTheRow()
    {
        var rows = Rows("Maskin-ID|Maskintype|Vekt (tonn)|Energibærer|Driftstimer|Datakilde", "EL-1|Gravemaskin|21,5|el-batteri|150|Manuell");

        var error = Assert.Single(TemplateParser.ParseMachines(rows).Errors);

        Assert.Equal((2, "electricityKwh", (string?)null, MessageKeys.TemplateRequiredForCarrier), (error.Row, error.Field, error.Cell, error.MessageKey));
    }

    [Fact]
    public void WrongType_Located()
    {
        var error = OnlyError("PIN-1|Gravemaskin|tjue|Diesel|Stage V|160|2400||Manuell");

        AssertAt(error, 2, "weightTonnes", "C2", "tjue", MessageKeys.TemplateNotANumber);
        Assert.Equal(["tjue"], error.Arguments);
    }

    [Theory]
    [InlineData("1,234.5")]
    [InlineData("1.234.567")]
    [InlineData("12 34")]
    [InlineData("ca. 120")]
    [InlineData("50 %")]
    public void AmbiguousOrDecoratedNumber_WrongType(string litres)
    {
        var error = OnlyError($"PIN-1|Gravemaskin|21,5|Diesel|Stage V|160|{litres}||Manuell");

        AssertAt(error, 2, "fuelLitres", "G2", litres, MessageKeys.TemplateNotANumber);
    }

    [Fact]
    public void CodeNotInList_Located()
    {
        var error = OnlyError("PIN-1|Gravemaskinen|21,5|Diesel|Stage V|160|2400||Manuell");

        AssertAt(error, 2, "machineType", "B2", "Gravemaskinen", MessageKeys.TemplateCodeNotInList);
        Assert.StartsWith("«Gravemaskinen» finnes ikke i listen for «Maskintype». Velg en av disse: Gravemaskin, Minigraver (< 6 t) (minigraver), ",
            error.Text("nb"), StringComparison.Ordinal);
    }

    [Fact]
    public void DateOutsidePeriod_Located()
    {
        var rows = Rows(MachineHeader + "|Fra dato", "PIN-1|Gravemaskin|21,5|Diesel|Stage V|160|2400||Manuell|28.02.2025");

        var error = Assert.Single(TemplateParser.ParseMachines(rows, March).Errors);

        AssertAt(error, 2, "fromDate", "J2", "28.02.2025", MessageKeys.TemplateDateOutsidePeriod);
        Assert.Equal("Datoen 28.02.2025 er utenfor rapporteringsperioden 01.03.2025–31.03.2025.", error.Text("nb"));
    }

    [Fact]
    public void ToDateBeforeFromDate_Located()
    {
        var rows = Rows(MachineHeader + "|Fra dato|Til dato", "PIN-1|Gravemaskin|21,5|Diesel|Stage V|16|240||Manuell|10.03.2025|09.03.2025");

        var error = Assert.Single(TemplateParser.ParseMachines(rows, March).Errors);

        AssertAt(error, 2, "toDate", "K2", "09.03.2025", MessageKeys.TemplateToBeforeFrom);
    }

    [Fact]
    public void LitresOnBatteryElectric_Located()
    {
        var error = OnlyError("EL-1|Gravemaskin|21,5|el-batteri||150|100|3000|Manuell");

        AssertAt(error, 2, "fuelLitres", "G2", "100", MessageKeys.TemplateUnitNotForCarrier);
        Assert.Equal(["el-batteri", "liter"], error.Arguments.Take(2));
        Assert.Equal("Energibæreren Batterielektrisk (el-batteri) kan ikke rapporteres i liter.", error.Text("nb"));
        Assert.Equal("Energy carrier Battery-electric (el-batteri) cannot be reported in liter.", error.Text("en"));
    }

    [Fact]
    public void ZeroLitresOnBatteryElectric_ClaimsNothing_Accepted()
    {
        Assert.Empty(TemplateParser.ParseMachines(Machines("EL-1|Gravemaskin|21,5|el-batteri||150|0|3000|Manuell")).Errors);
    }

    [Fact]
    public void HoursBeyondTheDays_BetweenTheLinesDates_Located()
    {
        // 3 to 4 March is two days: 48 hours at most.
        var rows = Rows(MachineHeader + "|Fra dato|Til dato", "PIN-1|Gravemaskin|21,5|Diesel|Stage V|48,5|700||Manuell|03.03.2025|04.03.2025");

        var error = Assert.Single(TemplateParser.ParseMachines(rows, March).Errors);

        AssertAt(error, 2, "operatingHours", "F2", "48,5", MessageKeys.TemplateHoursBeyondDays);
        Assert.Equal([48.5m, 2, 48m], error.Arguments);
        Assert.Equal("48,5 driftstimer er flere enn 2 dager rommer (48 timer).", error.Text("nb"));
    }

    [Fact]
    public void HoursBeyondTheDays_NoDatesMeansThePeriod_Located()
    {
        Assert.Empty(TemplateParser.ParseMachines(Machines("PIN-1|Gravemaskin|21,5|Diesel|Stage V|744|9000||Manuell"), March).Errors);

        var error = OnlyError("PIN-1|Gravemaskin|21,5|Diesel|Stage V|744,5|9000||Manuell", March);

        AssertAt(error, 2, "operatingHours", "F2", "744,5", MessageKeys.TemplateHoursBeyondDays);
    }

    [Theory]
    [InlineData("120 l")]
    [InlineData("120l")]
    [InlineData("1 200 liter")]
    [InlineData("35 kWh")]
    public void NumberWithUnitTypedIn_ErrorNamingTheColumnsUnit(string litres)
    {
        var error = OnlyError($"PIN-1|Gravemaskin|21,5|Diesel|Stage V|160|{litres}||Manuell");

        AssertAt(error, 2, "fuelLitres", "G2", litres, MessageKeys.TemplateNumberWithUnit);
        Assert.Equal([litres, "liter"], error.Arguments);
        Assert.Equal($"«{litres}»: skriv bare tallet, uten enhet. Kolonnen er i liter.", error.Text("nb"));
    }

    [Fact]
    public void NumberWithUnitTypedIn_EnergyQuantity_PointsToTheUnitColumn()
    {
        var rows = Rows("Måler/kilde|Energibærer|Formål|Mengde|Enhet|Datakilde", "M-1|el-nett|Byggvarme|35 kWh|kWh|Måler");

        var error = Assert.Single(TemplateParser.ParseEnergy(rows).Errors);

        Assert.Equal(("Energi", 2, "quantity", "D2", MessageKeys.TemplateNumberWithUnitInUnitColumn), (error.Sheet, error.Row, error.Field, error.Cell, error.MessageKey));
    }

    [Fact]
    public void InvalidOrganisationNumber_Located()
    {
        var rows = Rows(MachineHeader + "|Eier org.nr.", "PIN-1|Gravemaskin|21,5|Diesel|Stage V|160|2400||Manuell|123 456 789");

        var error = Assert.Single(TemplateParser.ParseMachines(rows).Errors);

        AssertAt(error, 2, "ownerOrgNo", "J2", "123 456 789", MessageKeys.TemplateInvalidOrganisationNumber);
    }

    [Fact]
    public void UnknownColumn_WarningNamingIt_RowsStillRead()
    {
        var rows = Rows(MachineHeader + "|Prosjektnr.", "PIN-1|Gravemaskin|21,5|Diesel|Stage V|160|2400||Manuell|P-77");

        var result = TemplateParser.ParseMachines(rows);

        Assert.Empty(result.Errors);
        Assert.Single(result.Lines);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(("Maskiner", 1, string.Empty, "J1", "Prosjektnr.", MessageKeys.TemplateUnknownColumn), (warning.Sheet, warning.Row, warning.Field, warning.Cell, warning.Value, warning.MessageKey));
        Assert.Equal("Kolonnen «Prosjektnr.» er ikke en del av malen og er ikke lest inn.", warning.Text("nb"));
    }

    [Fact]
    public void RequiredColumnMissing_ErrorAtTheHeaderOnce_NoLines()
    {
        var rows = Rows(
            "Maskin-ID|Maskintype|Vekt (tonn)|Energibærer|Utslippsklasse|Drivstoff (liter)|Datakilde",
            "PIN-1|Gravemaskin|21,5|Diesel|Stage V|2400|Manuell",
            "PIN-2|Gravemaskin|21,5|Diesel|Stage V|2400|Manuell");

        var result = TemplateParser.ParseMachines(rows);

        Assert.Empty(result.Lines);
        var error = Assert.Single(result.Errors);
        AssertAt(error, 1, "operatingHours", null, null, MessageKeys.TemplateColumnMissing);
        Assert.Equal("Column “Operating hours” is missing. It is required.", error.Text("en"));
    }

    [Fact]
    public void ColumnTwice_Error()
    {
        var rows = Rows(MachineHeader + "|Operating hours", "PIN-1|Gravemaskin|21,5|Diesel|Stage V|160|2400||Manuell|150");

        var error = Assert.Single(TemplateParser.ParseMachines(rows).Errors);

        AssertAt(error, 1, "operatingHours", "J1", "Operating hours", MessageKeys.TemplateColumnTwice);
    }

    [Fact]
    public void NoHeaderRow_OneErrorForTheSheet()
    {
        var error = Assert.Single(TemplateParser.ParseMachines(Rows("PIN-1|Gravemaskin|21,5|Diesel|Stage V|160|2400||Manuell")).Errors);

        Assert.Equal(("Maskiner", (int?)null, MessageKeys.TemplateHeaderNotFound), (error.Sheet, error.Row, error.MessageKey));
    }

    [Theory]
    [InlineData("0", MessageKeys.TemplateNotPositive)]
    [InlineData("-3", MessageKeys.TemplateNotPositive)]
    public void WeightNotAboveZero_Error(string weight, string messageKey)
    {
        var error = OnlyError($"PIN-1|Gravemaskin|{weight}|Diesel|Stage V|160|2400||Manuell");

        AssertAt(error, 2, "weightTonnes", "C2", weight, messageKey);
    }

    [Fact]
    public void NegativeQuantity_Error()
    {
        var error = OnlyError("PIN-1|Gravemaskin|21|Diesel|Stage V|160|-5||Manuell");

        AssertAt(error, 2, "fuelLitres", "G2", "-5", MessageKeys.TemplateNegative);
    }

    [Fact]
    public void TextTooLong_Error()
    {
        var id = new string('X', 65);

        var error = OnlyError($"{id}|Gravemaskin|21|Diesel|Stage V|160|2400||Manuell");

        AssertAt(error, 2, "machineId", "A2", id, MessageKeys.TemplateTextTooLong);
        Assert.Equal([64, 65], error.Arguments);
    }

    [Theory]
    [InlineData("31.02.2025")]
    [InlineData("2025/03/01")]
    [InlineData("1.3.25")]
    [InlineData("mars")]
    public void NotADate_Error(string date)
    {
        var rows = Rows(MachineHeader + "|Fra dato", $"PIN-1|Gravemaskin|21|Diesel|Stage V|160|2400||Manuell|{date}");

        var error = Assert.Single(TemplateParser.ParseMachines(rows).Errors);

        AssertAt(error, 2, "fromDate", "J2", date, MessageKeys.TemplateNotADate);
    }

    [Fact]
    public void ManyErrorsInOneInput_AllReportedInSheetOrder()
    {
        var rows = Rows(
            "Klimarapport",
            MachineHeader + "|Fra dato|Eier org.nr.|Ukjent",
            "PIN-1|Gravemaskinen|tjue|Diesel|Stage V|160|120 l||Manuell|01.04.2025|123456789|x",
            "",
            "PIN-2|Gravemaskin|21|el-batteri||800|50|3000|Gjetting|||",
            "PIN-3|Gravemaskin|21|Diesel|Stage V|160|2400||Manuell||974760673|");

        var result = TemplateParser.ParseMachines(rows, March);

        Assert.Equal(
            [
                (3, "machineType", "Gravemaskinen"),
                (3, "weightTonnes", "tjue"),
                (3, "fuelLitres", "120 l"),
                (3, "fromDate", "01.04.2025"),
                (3, "ownerOrgNo", "123456789"),
                (5, "operatingHours", "800"),
                (5, "fuelLitres", "50"),
                (5, "dataSource", "Gjetting"),
            ],
            result.Errors.Select(e => (e.Row!.Value, e.Field, e.Value!)));
        Assert.Equal([6], result.RowNumbers);
        Assert.Equal("PIN-3", Assert.Single(result.Lines).MachineId);
        Assert.Single(result.Warnings);
    }

    [Fact]
    public void Vehicles_RegistrationNumberWithPunctuation_Error()
    {
        var rows = Rows(
            "Reg.nr.|Kjøretøytype|Formål|Energibærer|Euroklasse|Kjørte km|Drivstoff (liter)|Datakilde",
            "EL-12345|Lastebil|Avfall|Diesel|Euro VI|100|30|Manuell");

        var error = Assert.Single(TemplateParser.ParseVehicles(rows).Errors);

        Assert.Equal(("Kjøretøy", 2, "regNo", "A2", MessageKeys.TemplateRegistrationNumberInvalid), (error.Sheet, error.Row, error.Field, error.Cell, error.MessageKey));
    }

    [Fact]
    public void Vehicles_TripsNotWhole_Error()
    {
        var rows = Rows(
            "Reg.nr.|Kjøretøytype|Formål|Energibærer|Euroklasse|Antall turer|Kjørte km|Drivstoff (liter)|Datakilde",
            "EL12345|Lastebil|Avfall|Diesel|Euro VI|4,5|100|30|Manuell");

        var error = Assert.Single(TemplateParser.ParseVehicles(rows).Errors);

        Assert.Equal(("trips", "4,5", MessageKeys.TemplateNotAWholeNumber), (error.Field, error.Value, error.MessageKey));
    }

    [Fact]
    public void Energy_UnitTheCarrierCannotHave_ErrorAtTheUnit()
    {
        var rows = Rows("Måler/kilde|Energibærer|Formål|Mengde|Enhet|Datakilde", "M-1|el-nett|Byggvarme|500|liter|Måler");

        var error = Assert.Single(TemplateParser.ParseEnergy(rows).Errors);

        Assert.Equal(("unit", "E2", MessageKeys.TemplateUnitNotForCarrier), (error.Field, error.Cell, error.MessageKey));
        Assert.Equal(["el-nett", "liter"], error.Arguments.Take(2));
    }

    [Fact]
    public void FuelDeliveries_ProductNotAFuelAndBiofuelWithoutFeedstock_Errors()
    {
        var rows = Rows(
            "Dato|Leverandør|Produkt|Mengde|Enhet|Råstoff",
            "12.03.2025|Kraft AS|el-batteri|500|kWh|",
            "13.03.2025|Drivstoff AS|HVO100|3000|liter|",
            "14.03.2025|Drivstoff AS|Diesel|3000|kg|");

        var result = TemplateParser.ParseFuelDeliveries(rows, March);

        Assert.Equal(
            [
                (2, "product", MessageKeys.TemplateProductNotFuel),
                (2, "unit", MessageKeys.TemplateUnitNotInList),
                (3, "feedstock", MessageKeys.TemplateRequiredForCarrier),
                (4, "unit", MessageKeys.TemplateUnitNotForCarrier),
            ],
            result.Errors.Select(e => (e.Row!.Value, e.Field, e.MessageKey)));
    }

    [Fact]
    public void OneRowWithSeveralBadCells_EveryErrorOfEveryColumnReported()
    {
        var rows = Machines(
            "PIN-1|Flyvemaskin|tjue|Diesel|Stage X|160|2400||Gjetting",
            "PIN-2|Gravemaskin|21|Dieselolje|Stage V|160|2400||Manuell");

        var result = TemplateParser.ParseMachines(rows);

        Assert.Empty(result.Lines);
        Assert.Equal(
            [
                ("B2", "machineType", MessageKeys.TemplateCodeNotInList),
                ("C2", "weightTonnes", MessageKeys.TemplateNotANumber),
                ("E2", "emissionClass", MessageKeys.TemplateCodeNotInList),
                ("I2", "dataSource", MessageKeys.TemplateCodeNotInList),
                ("D3", "energyCarrier", MessageKeys.TemplateCodeNotInList),
            ],
            result.Errors.Select(e => (e.Cell!, e.Field, e.MessageKey)));
    }

    [Theory]
    [InlineData("nb", "Datakilde", "«Gjetting» finnes ikke i listen for «Datakilde». Velg en av disse: Telematikk, ")]
    [InlineData("nn", "Datakjelde", "«Gjetting» finst ikkje i lista for «Datakjelde». Vel ein av desse: Telematikk, ")]
    [InlineData("en", "Data source", "“Gjetting” is not in the list for “Data source”. Choose one of: Telematics (telematikk), ")]
    public void Error_NamesTheColumnByItsHeaderInTheReadersLanguage_AndTheLetterWhereItWas(string culture, string header, string message)
    {
        // The columns in an order of the supplier's own: the data source is column A here, not the template's I.
        var rows = Rows(
            "Datakilde|Maskin-ID|Maskintype|Vekt (tonn)|Energibærer|Utslippsklasse|Driftstimer|Drivstoff (liter)",
            "Gjetting|PIN-1|Gravemaskin|21,5|Diesel|Stage V|160|2400");

        var error = Assert.Single(TemplateParser.ParseMachines(rows).Errors);

        Assert.Equal(("dataSource", "A", header), (error.Field, TemplateLocation.ColumnLetter(error), Messages.Word(TemplateLocation.HeaderKey(error)!, culture)));
        Assert.StartsWith(message, Messages.Text(error.MessageKey, culture, error.Arguments), StringComparison.Ordinal);
        Assert.DoesNotContain("dataSource", Messages.Text(error.MessageKey, culture, error.Arguments), StringComparison.Ordinal);
    }

    [Fact]
    public void Error_ColumnLeftOutOfTheSheet_HeaderButNoLetter()
    {
        var rows = Rows("Maskin-ID|Maskintype|Vekt (tonn)|Energibærer|Driftstimer|Datakilde", "EL-1|Gravemaskin|21,5|el-batteri|150|Manuell");

        var error = Assert.Single(TemplateParser.ParseMachines(rows).Errors);

        Assert.Equal(("electricityKwh", (string?)null, "Straum (kWh)"), (error.Field, TemplateLocation.ColumnLetter(error), Messages.Word(TemplateLocation.HeaderKey(error)!, "nn")));
        Assert.Equal("«Strøm (kWh)» må fylles ut for energibæreren Batterielektrisk (el-batteri).", error.Text("nb"));
    }

    [Fact]
    public void IdleHoursAboveOperatingHours_Refused_AtTheIdleHours()
    {
        var rows = Rows(MachineHeader + "|Tomgangstimer", "PIN-1|Gravemaskin|21|Diesel|Stage V|160|2400||Manuell|160,5");

        var result = TemplateParser.ParseMachines(rows);

        Assert.Empty(result.Lines);
        var error = Assert.Single(result.Errors);
        AssertAt(error, 2, "idleHours", "J2", "160,5", MessageKeys.TemplateIdleAboveOperating);
        Assert.Equal([160.5m, 160m], error.Arguments);
        Assert.Equal("Tomgangstimene (160,5) er flere enn driftstimene (160). Tomgang er en del av driftstimene.", error.Text("nb"));
    }

    [Fact]
    public void IdleHoursEqualToOperatingHours_Accepted()
    {
        var rows = Rows(MachineHeader + "|Tomgangstimer", "PIN-1|Gravemaskin|21|Diesel|Stage V|160|2400||Manuell|160");

        Assert.Empty(TemplateParser.ParseMachines(rows).Errors);
    }

    [Fact]
    public void ProductNotAFuel_NamedWithItsLabel()
    {
        var rows = Rows("Dato|Leverandør|Produkt|Mengde|Enhet", "12.03.2025|Kraft AS|el-nett|500|liter");

        var error = Assert.Single(TemplateParser.ParseFuelDeliveries(rows, March).Errors);

        Assert.Equal("Straum frå nettet (el-nett) er ikkje eit drivstoff. Ein drivstoffleveranse er flytande drivstoff eller gass.", error.Text("nn"));
    }

    [Fact]
    public void ErrorTexts_EveryLanguage_NotTheKey()
    {
        var result = TemplateParser.ParseMachines(Machines("PIN-1|Gravemaskinen|tjue|Diesel|Stage V|160|120 l||Manuell"), March);

        Assert.All(result.Errors, e => Assert.All(new[] { "nb", "nn", "en" }, culture => Assert.NotEqual(e.MessageKey, Messages.Text(e.MessageKey, culture, e.Arguments))));
    }
}
