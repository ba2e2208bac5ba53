using Klimaspor.Domain.Reporting.Template;

namespace Klimaspor.Domain.Tests.Template;

public sealed class TemplateSheetsTests
{
    [Fact]
    public void All_FiveSheetsWithTheSpecsColumnKeysInOrder()
    {
        Assert.Equal(["Rapport", "Maskiner", "Kjøretøy", "Energi", "Drivstoff"], TemplateSheets.All.Select(s => s.Name));
        Assert.Equal(
            ["machineId", "ownerOrgNo", "machineType", "model", "weightTonnes", "powerKw", "energyCarrier", "emissionClass", "fromDate", "toDate",
             "operatingHours", "idleHours", "fuelLitres", "gasKg", "electricityKwh", "electricitySource", "sporadic", "dataSource", "waiverRef", "comment", "site"],
            TemplateSheets.Machines.Columns.Select(c => c.Key));
        Assert.Equal(
            ["regNo", "ownerOrgNo", "vehicleType", "purpose", "energyCarrier", "emissionClass", "trips", "distanceKm", "ladenKm", "weightClass",
             "loadTonnes", "loadLevel", "fuelLitres", "gasKg", "electricityKwh", "idleMinutes", "dataSource", "comment", "site"],
            TemplateSheets.Vehicles.Columns.Select(c => c.Key));
        Assert.Equal(
            ["sourceId", "energyCarrier", "purpose", "quantity", "unit", "fromDate", "toDate", "dataSource", "site", "ownerOrgNo"],
            TemplateSheets.Energy.Columns.Select(c => c.Key));
        Assert.Equal(
            ["deliveryDate", "fuelSupplier", "product", "quantity", "unit", "feedstock", "carbonIntensity", "sustainabilityRef", "beyondMandate",
             "deliveryNote", "deliveredTo", "site", "ownerOrgNo"],
            TemplateSheets.FuelDeliveries.Columns.Select(c => c.Key));
        Assert.Equal(["contractRef", "supplierOrgNo", "period", "reportedBy", "templateVersion", "noActivity"], TemplateSheets.Report.Columns.Select(c => c.Key));
    }

    [Fact]
    public void Columns_EveryOneHasHeaderAndHelpInBokmalNynorskAndEnglish_AndWhatItsTypeNeeds()
    {
        Assert.All(TemplateSheets.All.SelectMany(s => s.Columns), column =>
        {
            // The template holds keys only; a column's header and help are the app's texts, in each language.
            foreach (var key in new[] { column.HeaderKey, column.HelpKey })
            {
                Assert.Contains(key, Messages.Keys);
                var (nb, nn, en) = Messages.Texts(key);
                Assert.All(new[] { nb, nn, en }, text => Assert.False(string.IsNullOrWhiteSpace(text), key));
            }

            Assert.Equal(column.Type == TemplateValueType.Code, column.CodeList is not null);
            Assert.Equal(column.Type == TemplateValueType.Unit, column.Units.Count > 0);
        });
    }

    [Fact]
    public void Sheets_EveryOneHasANameInBokmalNynorskAndEnglish()
    {
        Assert.All(TemplateSheets.All, sheet =>
        {
            var (nb, nn, en) = Messages.Texts(sheet.NameKey);
            Assert.Equal(sheet.Name, nb);
            Assert.All(new[] { nn, en }, name => Assert.Same(sheet, TemplateSheets.Find(name)));
        });
    }

    [Fact]
    public void EveryHeaderInEveryLanguage_NamesItsOwnColumn()
    {
        Assert.All(TemplateSheets.All.SelectMany(s => s.Columns.Select(c => (Sheet: s, Column: c))), x =>
            Assert.All(new[] { "nb", "nn", "en" }.Select(culture => Messages.Word(x.Column.HeaderKey, culture)), header =>
            {
                Assert.True(x.Sheet.TryMatchColumn(header, out var found), header);
                Assert.Equal(x.Column.Key, found.Key);
            }));
    }

    [Fact]
    public void Nynorsk_OwnHeadersHelpAndSheetName()
    {
        var carrier = TemplateSheets.Machines.Column("energyCarrier");

        Assert.Equal(("Energibærer", "Energiberar", "Energy carrier"), (Messages.Word(carrier.HeaderKey, "nb"), Messages.Word(carrier.HeaderKey, "nn-NO"), Messages.Word(carrier.HeaderKey, "en")));
        Assert.Equal("Drivstoffet eller energien maskina går på. Vel frå lista.", Messages.Word(carrier.HelpKey, "nn"));
        Assert.Equal("Køyretøy", Messages.Word(TemplateSheets.Vehicles.NameKey, "nn"));
        Assert.Same(TemplateSheets.Vehicles, TemplateSheets.Find("Køyretøy"));
    }

    [Fact]
    public void Requirements_AsTheSpecSays()
    {
        var machines = TemplateSheets.Machines;

        Assert.Equal(
            ["machineId", "machineType", "weightTonnes", "energyCarrier", "operatingHours", "dataSource"],
            machines.Columns.Where(c => c.IsRequiredColumn).Select(c => c.Key));
        Assert.Equal(ColumnRequirement.UnlessZeroEmission, machines.Column("emissionClass").Requirement);
        Assert.Equal(ColumnRequirement.ForLiquidCarrier, machines.Column("fuelLitres").Requirement);
        Assert.Equal(ColumnRequirement.ForGasCarrier, machines.Column("gasKg").Requirement);
        Assert.Equal(ColumnRequirement.ForElectricCarrier, machines.Column("electricityKwh").Requirement);
        Assert.Equal(ColumnRequirement.ForBiofuelOrBiogas, TemplateSheets.FuelDeliveries.Column("feedstock").Requirement);
        Assert.Equal(NumberMinimum.AboveZero, TemplateSheets.FuelDeliveries.Column("quantity").Minimum);
    }

    [Fact]
    public void FuelProducts_LiquidAndGasCarriersOnly()
    {
        Assert.Equal(
            ["diesel", "hvo100", "fame100", "bensin", "biogass", "naturgass", "propan", "hydrogen"],
            TemplateSheets.FuelProducts.Entries.Select(e => e.Code));
    }

    [Theory]
    [InlineData("Energibærer", "energyCarrier")]
    [InlineData("energibaerer", "energyCarrier")]
    [InlineData("ENERGY CARRIER", "energyCarrier")]
    [InlineData("energy_carrier", "energyCarrier")]
    [InlineData("Strøm (kWh)", "electricityKwh")]
    [InlineData("Strom kWh", "electricityKwh")]
    [InlineData("Stroem (kWh)", "electricityKwh")]
    [InlineData("Fravik-ref.", "waiverRef")]
    [InlineData("fravikref", "waiverRef")]
    public void TryMatchColumn_LooseHeader_Matched(string header, string key)
    {
        Assert.True(TemplateSheets.Machines.TryMatchColumn(header, out var column));
        Assert.Equal(key, column.Key);
    }

    [Theory]
    [InlineData("Kjøretøy")]
    [InlineData("kjoretoy")]
    [InlineData("KJOERETOEY")]
    [InlineData("Vehicles")]
    public void Find_SheetNameLoosely_Vehicles(string name)
    {
        Assert.Same(TemplateSheets.Vehicles, TemplateSheets.Find(name));
    }

    [Fact]
    public void Header_ReadersLanguage()
    {
        var column = TemplateSheets.Machines.Column("operatingHours");

        Assert.Equal(("Driftstimer", "Driftstimar", "Operating hours"), (Messages.Word(column.HeaderKey, "nb"), Messages.Word(column.HeaderKey, "nn-NO"), Messages.Word(column.HeaderKey, "en-GB")));
    }
}
