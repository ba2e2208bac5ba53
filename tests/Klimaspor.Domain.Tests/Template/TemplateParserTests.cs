using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Organisations;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Template;
using static Klimaspor.Domain.Tests.Template.Sheet;

namespace Klimaspor.Domain.Tests.Template;

public sealed class TemplateParserTests
{
    private static readonly MachineLine Excavator = new()
    {
        MachineId = "PIN-1",
        MachineType = MachineTypes.Gravemaskin,
        WeightTonnes = 21.5m,
        EnergyCarrier = "hvo100",
        EmissionClass = EmissionClasses.StageV,
        OperatingHours = new Hours(160),
        FuelLitres = new Litres(2400),
        DataSource = DataSources.Telematikk,
    };

    private static MachineLine Single(IReadOnlyList<IReadOnlyList<string?>> rows, ReportingPeriod? period = null)
    {
        var result = TemplateParser.ParseMachines(rows, period);
        Assert.Empty(result.Errors);
        return Assert.Single(result.Lines);
    }

    [Fact]
    public void ParseMachines_NorwegianHeadersAndLabels_Line()
    {
        var line = Single(Machines("PIN-1|Gravemaskin|21,5|HVO100|Stage V|160|2 400||Telematikk"));

        Assert.Equal(Excavator, line);
    }

    [Fact]
    public void ParseMachines_EnglishHeadersAndLabels_SameLine()
    {
        var rows = Rows(
            "Machine ID|Machine type|Weight (t)|Energy carrier|Emission class|Operating hours|Fuel (litres)|Data source",
            "PIN-1|Excavator|21.5|HVO100|Stage V|160|2400|Telematics");

        Assert.Equal(Excavator, Single(rows));
    }

    [Fact]
    public void ParseMachines_KeysAsHeadersAndCodes_SameLine()
    {
        var rows = Rows(
            "machineId|machineType|weightTonnes|energyCarrier|emissionClass|operatingHours|fuelLitres|dataSource",
            "PIN-1|gravemaskin|21.5|hvo100|stage-v|160|2400|telematikk");

        Assert.Equal(Excavator, Single(rows));
    }

    [Fact]
    public void ParseMachines_HeadersWithOtherCaseSpacingPunctuationAndSpelledOutLetters_Matched()
    {
        var rows = Rows(
            "MASKIN ID|maskintype|Vekt tonn|Energibaerer|utslippsklasse.|DRIFTSTIMER|drivstoff liter|data-kilde",
            "PIN-1|Gravemaskin|21,5|HVO100|Stage V|160|2400|Telematikk");

        Assert.Equal(Excavator, Single(rows));
    }

    [Fact]
    public void ParseMachines_ColumnsInAnyOrder_SameLine()
    {
        var rows = Rows(
            "Datakilde|Driftstimer|Energibærer|Maskin-ID|Drivstoff (liter)|Utslippsklasse|Vekt (tonn)|Maskintype",
            "Telematikk|160|HVO100|PIN-1|2400|Stage V|21,5|Gravemaskin");

        Assert.Equal(Excavator, Single(rows));
    }

    [Fact]
    public void ParseMachines_HeaderBelowTitleRows_FoundAndRowsNumberedAsInTheSheet()
    {
        var rows = Rows(
            "Klimarapport – maskiner",
            "Leverandør: Graving AS|Mars 2025",
            "",
            MachineHeader,
            "PIN-1|Gravemaskin|21,5|HVO100|Stage V|160|2400||Telematikk",
            "PIN-2|Gravemaskin|21,5|HVO100|Stage V|abc|2400||Telematikk");

        var result = TemplateParser.ParseMachines(rows);

        Assert.Equal(Excavator, Assert.Single(result.Lines));
        Assert.Equal([5], result.RowNumbers);
        Assert.Equal(6, Assert.Single(result.Errors).Row);
    }

    [Fact]
    public void ParseMachines_EmptyRows_Skipped()
    {
        var rows = Machines(
            "",
            "PIN-1|Gravemaskin|21,5|HVO100|Stage V|160|2400||Telematikk",
            "||||||||",
            " | |\u00A0| | | | | | ",
            "PIN-2|Hjullaster|18|Diesel|Stage IV|100|1500||Manuell",
            "");

        var result = TemplateParser.ParseMachines(rows);

        Assert.Empty(result.Errors);
        Assert.Equal(["PIN-1", "PIN-2"], result.Lines.Select(l => l.MachineId));
        Assert.Equal([3, 6], result.RowNumbers);
    }

    [Theory]
    [InlineData("1234,5")]
    [InlineData("1234.5")]
    [InlineData("1 234,5")]
    [InlineData("1\u00A0234,5")]
    [InlineData("1\u2009234,5")]
    [InlineData("1\u202F234,5")]
    [InlineData(" 1 234,50 ")]
    public void ParseMachines_DecimalCommaOrPointAndThousandsSpaces_Read(string litres)
    {
        var line = Single(Machines($"PIN-1|Gravemaskin|21,5|HVO100|Stage V|160|{litres}||Telematikk"));

        Assert.Equal(new Litres(1234.5m), line.FuelLitres);
    }

    [Theory]
    [InlineData("1 234")]
    [InlineData("1\u00A0234")]
    [InlineData("1\u2009234")]
    [InlineData("1234")]
    public void ParseMachines_WholeNumberWithThousandsSpaces_Read(string litres)
    {
        var line = Single(Machines($"PIN-1|Gravemaskin|21,5|HVO100|Stage V|160|{litres}||Telematikk"));

        Assert.Equal(new Litres(1234m), line.FuelLitres);
    }

    [Fact]
    public void ParseMachines_ExcelSerialAndWrittenDates_Read()
    {
        var rows = Rows(
            MachineHeader + "|Fra dato|Til dato",
            "PIN-1|Gravemaskin|21,5|HVO100|Stage V|100|1500||Telematikk|45717|20.03.2025",
            "PIN-2|Gravemaskin|21,5|HVO100|Stage V|100|1500||Telematikk|5.3.2025|2025-03-31",
            "PIN-3|Gravemaskin|21,5|HVO100|Stage V|100|1500||Telematikk|45719.5|");

        var result = TemplateParser.ParseMachines(rows, March);

        Assert.Empty(result.Errors);
        Assert.Equal(
            [(new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 20)), (new DateOnly(2025, 3, 5), new DateOnly(2025, 3, 31)), (new DateOnly(2025, 3, 3), (DateOnly?)null)],
            result.Lines.Select(l => (l.FromDate!.Value, l.ToDate)));
    }

    [Theory]
    [InlineData("Gravemaskin", "HVO100", "50|", MachineTypes.Gravemaskin, "hvo100")]
    [InlineData("Tårnkran", "Batt(el)", "|500", MachineTypes.Taarnkran, "el-batteri")]
    [InlineData("taarnkran", "Batterielektrisk", "|500", MachineTypes.Taarnkran, "el-batteri")]
    [InlineData("Veihøvel", "Ladbar hybrid, diesel", "50|500", MachineTypes.Veihovel, "hybrid-diesel")]
    [InlineData("Hjullastar", "Anleggsdiesel", "50|", MachineTypes.Hjullaster, "diesel")]
    public void ParseMachines_NorwegianLabels_ReadAsCodes(string type, string carrier, string quantities, string typeCode, string carrierCode)
    {
        var line = Single(Machines($"PIN-1|{type}|21,5|{carrier}|Stage V|100|{quantities}|Telematikk"));

        Assert.Equal((typeCode, carrierCode), (line.MachineType, line.EnergyCarrier));
    }

    [Fact]
    public void ParseMachines_ZeroEmissionWithoutEmissionClass_Accepted()
    {
        var line = Single(Machines("EL-1|Gravemaskin|21,5|el-batteri||150||3 000|Telematikk"));

        Assert.Null(line.EmissionClass);
        Assert.Equal(new KilowattHours(3000), line.ElectricityKwh);
    }

    [Fact]
    public void ParseMachines_AllColumns_EveryValueRead()
    {
        var header = string.Join('|', TemplateSheets.Machines.Columns.Select(c => Messages.Word(c.HeaderKey, "nb")));
        var rows = Rows(header,
            "PIN-9|974 760 673|Hjullaster|Volvo L120H|18|210,5|Diesel|Stage IV|03.03.2025|14.03.2025|80|12,5|900||||Ja|Tankanlegg|FRAVIK-7|Leid inn");

        var line = Single(rows, March);

        Assert.Equal(
            new MachineLine
            {
                MachineId = "PIN-9",
                MachineType = MachineTypes.Hjullaster,
                WeightTonnes = 18,
                OwnerOrgNo = OrganisationNumber.Parse("974760673"),
                Model = "Volvo L120H",
                PowerKw = 210.5m,
                EnergyCarrier = "diesel",
                EmissionClass = EmissionClasses.StageIV,
                FromDate = new DateOnly(2025, 3, 3),
                ToDate = new DateOnly(2025, 3, 14),
                OperatingHours = new Hours(80),
                IdleHours = new Hours(12.5m),
                FuelLitres = new Litres(900),
                Sporadic = true,
                DataSource = DataSources.Tankanlegg,
                WaiverRef = "FRAVIK-7",
                Comment = "Leid inn",
            },
            line);
    }

    // Template v2 (docs/reporting-template-v2.md): where a cable machine's kWh came from, named as the form's drop-down
    // names it in any language. A cable excavator on a diesel generator is not zero-emission (issue 14 item 3).
    [Theory]
    [InlineData("Aggregat på plassen", ElectricitySources.Aggregat)]
    [InlineData("Generator on site", ElectricitySources.Aggregat)]
    [InlineData("aggregat", ElectricitySources.Aggregat)]
    [InlineData("Straumnett", ElectricitySources.Nett)]
    [InlineData("Batterikontainer", ElectricitySources.Batterikontainer)]
    [InlineData("", null)]
    public void ParseMachines_CableMachineWithElectricitySource_SourceRead(string source, string? expected)
    {
        var line = Single(Rows(MachineHeader + "|Strømkilde", $"EL-7|Gravemaskin|24|el-kabel||150||2 900|Måler|{source}"));

        Assert.Equal(expected, line.ElectricitySource);
    }

    [Fact]
    public void ParseMachines_ElectricitySourceOnADieselMachine_RefusedAtTheCell()
    {
        var result = TemplateParser.ParseMachines(Rows(MachineHeader + "|Strømkilde", "D-1|Gravemaskin|24|Diesel|Stage V|150|1 900||Manuell|Aggregat på plassen"));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("electricitySource", MessageKeys.TemplateElectricitySourceNotForCarrier, "J2"), (error.Field, error.MessageKey, error.Cell));
        Assert.Empty(result.Lines);
    }

    [Theory]
    [InlineData("Ja", true)]
    [InlineData("yes", true)]
    [InlineData("x", true)]
    [InlineData("Nei", false)]
    [InlineData("", false)]
    public void ParseMachines_SporadicFlag_YesOnlyWhenSet(string cell, bool expected)
    {
        var line = Single(Rows(MachineHeader + "|Berre sporadisk bruk", $"PUMP-1|Pumpe|0,4|Diesel|Stage V|6|9||Manuell|{cell}"));

        Assert.Equal(expected, line.Sporadic);
    }

    [Fact]
    public void ParseMachines_SporadicNotYesOrNo_Refused()
    {
        var result = TemplateParser.ParseMachines(Rows(MachineHeader + "|Brukes bare sporadisk", "PUMP-1|Pumpe|0,4|Diesel|Stage V|6|9||Manuell|kanskje"));

        Assert.Equal(("sporadic", MessageKeys.TemplateCodeNotInList), (Assert.Single(result.Errors).Field, result.Errors[0].MessageKey));
    }

    [Fact]
    public void ParseFuelDeliveries_BeyondMandateOnHvo_ReadAndOnDieselRefused()
    {
        var rows = Rows(
            "Dato|Leverandør|Produkt|Mengde|Enhet|Råstoff|Ut over omsetningskravet|Anleggsplass",
            "12.03.2025|Drivstoff AS|HVO100|3 000|liter|Brukt frityrolje|Ja|Riggområde nord",
            "13.03.2025|Drivstoff AS|Diesel|1 000|liter||Ja|");

        var result = TemplateParser.ParseFuelDeliveries(rows, March);

        var delivery = Assert.Single(result.Lines);
        Assert.Equal((true, "Riggområde nord"), (delivery.BeyondMandate, delivery.Site));
        var error = Assert.Single(result.Errors);
        Assert.Equal(("beyondMandate", MessageKeys.TemplateBeyondMandateNotBiofuel, 3), (error.Field, error.MessageKey, error.Row));
    }

    [Fact]
    public void ParseFuelDeliveries_OwnerOrgNo_ReadAsNineDigitsAndInvalidRefused()
    {
        var rows = Rows(
            "Dato|Leverandør|Produkt|Mengde|Enhet|Råstoff|Eier org.nr.",
            "12.03.2025|Drivstoff AS|HVO100|3 000|liter|Brukt frityrolje|974 760 673",
            "13.03.2025|Drivstoff AS|Diesel|1 000|liter||123 456 789");

        var result = TemplateParser.ParseFuelDeliveries(rows, March);

        Assert.Equal("974760673", Assert.Single(result.Lines).OwnerOrgNo?.Value);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("ownerOrgNo", MessageKeys.TemplateInvalidOrganisationNumber, 3), (error.Field, error.MessageKey, error.Row));
    }

    [Fact]
    public void ParseMachines_NynorskHeaders_SameLinesAsBokmal()
    {
        const string Row = "PIN-9|974 760 673|Hjullaster|Volvo L120H|18|210,5|Diesel|Stage IV|03.03.2025|14.03.2025|80|12,5|900||||Ja|Tankanlegg|FRAVIK-7|Leid inn";
        static string Header(string culture) => string.Join('|', TemplateSheets.Machines.Columns.Select(c => Messages.Word(c.HeaderKey, culture)));

        var bokmal = TemplateParser.ParseMachines(Rows(Header("nb"), Row), March);
        var nynorsk = TemplateParser.ParseMachines(Rows(Header("nn"), Row), March);

        Assert.Contains("Energiberar", Header("nn"), StringComparison.Ordinal);
        Assert.Empty(nynorsk.Errors);
        Assert.Empty(nynorsk.Warnings);
        Assert.Equal(bokmal.Lines, nynorsk.Lines);
    }

    [Fact]
    public void ParseVehicles_NynorskHeaders_SameLinesAsBokmal()
    {
        const string Row = "el 12345|Lastebil (> 3,5 t)|Massetransport|Diesel|Euro 6|42|1 830,4|512|690|35|Telematikk";

        var bokmal = TemplateParser.ParseVehicles(Rows(
            "Reg.nr.|Kjøretøytype|Formål|Energibærer|Euroklasse|Antall turer|Kjørte km|Transportert (tonn)|Drivstoff (liter)|Tomgang (minutter)|Datakilde", Row), March);
        var nynorsk = TemplateParser.ParseVehicles(Rows(
            "Reg.nr.|Køyretøytype|Føremål|Energiberar|Euroklasse|Tal på turar|Køyrde km|Transportert (tonn)|Drivstoff (liter)|Tomgang (minutt)|Datakjelde", Row), March);

        Assert.Empty(nynorsk.Errors);
        Assert.Empty(nynorsk.Warnings);
        Assert.Single(bokmal.Lines);
        Assert.Equal(bokmal.Lines, nynorsk.Lines);
    }

    [Fact]
    public void ParseVehicles_Row_Line()
    {
        var rows = Rows(
            "Reg.nr.|Kjøretøytype|Formål|Energibærer|Euroklasse|Antall turer|Kjørte km|Transportert (tonn)|Drivstoff (liter)|Tomgang (minutter)|Datakilde",
            "el 12345|Lastebil (> 3,5 t)|Massetransport|Diesel|Euro VI|42|1 830,4|512|690|35|Telematikk");

        var result = TemplateParser.ParseVehicles(rows, March);

        Assert.Empty(result.Errors);
        Assert.Equal(
            new VehicleLine
            {
                RegNo = "EL12345",
                VehicleType = VehicleTypes.Lastebil,
                Purpose = TransportPurposes.Massetransport,
                EnergyCarrier = "diesel",
                EmissionClass = EmissionClasses.EuroVI,
                Trips = 42,
                DistanceKm = new Kilometres(1830.4m),
                LoadTonnes = 512,
                FuelLitres = new Litres(690),
                IdleMinutes = 35,
                DataSource = DataSources.Telematikk,
            },
            Assert.Single(result.Lines));
    }

    [Fact]
    public void ParseEnergy_Row_Line()
    {
        var rows = Rows(
            "Måler/kilde|Energibærer|Formål|Mengde|Enhet|Fra dato|Til dato|Datakilde",
            "MÅLER-7|Strøm fra nettet|Byggvarme|12 500|kWh|01.03.2025|31.03.2025|Måler");

        var result = TemplateParser.ParseEnergy(rows, March);

        Assert.Empty(result.Errors);
        Assert.Equal(
            new EnergyLine
            {
                SourceId = "MÅLER-7",
                EnergyCarrier = "el-nett",
                Purpose = EnergyPurposes.Byggvarme,
                Quantity = 12500,
                Unit = QuantityUnit.KilowattHour,
                FromDate = new DateOnly(2025, 3, 1),
                ToDate = new DateOnly(2025, 3, 31),
                DataSource = DataSources.Maaler,
            },
            Assert.Single(result.Lines));
    }

    [Fact]
    public void ParseFuelDeliveries_Row_Line()
    {
        var rows = Rows(
            "Dato|Leverandør|Produkt|Mengde|Enhet|Råstoff|Karbonintensitet (g CO2e/MJ)|Bærekraftsbevis|Følgeseddel/faktura|Levert til",
            "12.03.2025|Drivstoff AS|HVO100|3 000|liter|Brukt frityrolje|14,2|PoS-991|F-1234|Tank 1");

        var result = TemplateParser.ParseFuelDeliveries(rows, March);

        Assert.Empty(result.Errors);
        Assert.Equal(
            new FuelDelivery
            {
                DeliveryDate = new DateOnly(2025, 3, 12),
                FuelSupplier = "Drivstoff AS",
                Product = "hvo100",
                Quantity = 3000,
                Unit = QuantityUnit.Litre,
                Feedstock = Feedstocks.BruktFrityrolje,
                CarbonIntensity = 14.2m,
                SustainabilityRef = "PoS-991",
                DeliveryNote = "F-1234",
                DeliveredTo = "Tank 1",
            },
            Assert.Single(result.Lines));
    }

    [Fact]
    public void ParseMachines_EmptySheet_NoLinesNoErrors()
    {
        var result = TemplateParser.ParseMachines(Rows("", "||"));

        Assert.True(result.IsValid);
        Assert.Empty(result.Lines);
    }

    [Fact]
    public void ParseMachines_PropaneWithoutAnyQuantity_GasRequired()
    {
        var rows = Rows(MachineHeader + "|Gass (kg)", "TRUCK-1|Truck|3|Propan|Stage V|100|||Manuell|");

        var error = Assert.Single(TemplateParser.ParseMachines(rows).Errors);

        Assert.Equal(("gasKg", MessageKeys.TemplateRequiredForCarrier), (error.Field, error.MessageKey));
    }

    [Fact]
    public void ParseMachines_PropaneInLitresOnly_Accepted()
    {
        var rows = Rows(MachineHeader + "|Gass (kg)", "TRUCK-1|Truck|3|Propan|Stage V|100|250||Manuell|");

        Assert.Equal(new Litres(250), Single(rows).FuelLitres);
    }
}
