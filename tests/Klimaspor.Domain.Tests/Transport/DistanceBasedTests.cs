using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Template;
using Klimaspor.Domain.Tests.Template;
using Klimaspor.Domain.Transport;
using static Klimaspor.Domain.Tests.Emissions.TestLines;

namespace Klimaspor.Domain.Tests.Transport;

/// <summary>
/// Distance-based vehicle lines (issue 17 item 2): km without fuel, energy per km from the consumption table, then the
/// same engine as reported fuel. Energy per km figures are DESNZ 2023's kWh (Net CV) rows as
/// ../shared/spec/transport-footprint.md quotes them: "rigid HGV &gt;17 t 2.928 (empty) to 4.214 (full), average 3.834;
/// all HGVs average 3.419; average diesel van 0.916".
/// </summary>
public sealed class DistanceBasedTests
{
    private static VehicleLine KmOnly(string carrier, decimal km, string type = VehicleTypes.Lastebil, string? weightClass = null,
        string? loadLevel = null, decimal? ladenKm = null, decimal? load = null, int? trips = null) =>
        Vehicle(carrier, km: km, load: load, trips: trips) with { VehicleType = type, WeightClass = weightClass, LoadLevel = loadLevel, LadenKm = ladenKm };

    private static CalculationResult Calculate(params VehicleLine[] vehicles) =>
        Emissions.TestLines.Calculate(new ReportLines { Vehicles = vehicles });

    [Fact]
    public void Calculate_HeavyLorryFullKmOnly_EnergyFromTheFullRowMarkedDistanceBased()
    {
        // 120 km × 4.214 kWh/km (rigid >17 t, 100 % laden) = 505.68 kWh; ÷ 10.056 kWh/l (Miljødirektoratet's diesel) =
        // 50.2864 l; × 2.66 kg/l (territorial) = 133.7619 kg.
        var line = Single(Calculate(KmOnly("diesel", 120, weightClass: VehicleWeightClasses.Tung, loadLevel: LoadLevels.Full)));

        Assert.Equal(ActivityMethod.Distance, line.Method);
        Assert.Equal(DataQuality.Modelled, line.Quality);
        Assert.Equal("vehicle-consumption v1: lastebil/tung/full/diesel", line.ConsumptionRow);
        Assert.Equal(505.68m, line.Energy.Value);
        Assert.Equal(decimal.Round(505.68m / 10.056m * 2.66m, 6), line.Territorial.Emissions.Value);
    }

    [Fact]
    public void Calculate_LorryOfUnknownWeight_AllHgvAverageRow()
    {
        // "all HGVs average 3.419": 100 km × 3.419 = 341.9 kWh.
        var line = Single(Calculate(KmOnly("diesel", 100)));

        Assert.Equal("vehicle-consumption v1: lastebil/alle/snitt/diesel", line.ConsumptionRow);
        Assert.Equal(341.9m, line.Energy.Value);
    }

    [Fact]
    public void Calculate_LadenAndEmptyLegs_EachAtItsOwnRowAndTonneKmOnLadenKm()
    {
        // 10 trips, 200 km of which 100 laden (out full, back empty), 80 t in all: EN ISO 14083's transport chain
        // elements, the empty return its own leg. Energy 100 × 4.214 + 100 × 2.928 = 714.2 kWh. Tonne-km = 8 t per trip ×
        // 100 laden km = 800; total km ÷ trips × load would say 1 600, doubling them (the method notes' warning).
        var line = Single(Calculate(KmOnly("diesel", 200, weightClass: VehicleWeightClasses.Tung, loadLevel: LoadLevels.Full,
            ladenKm: 100, load: 80, trips: 10)));

        Assert.Equal(714.2m, line.Energy.Value);
        Assert.Equal("vehicle-consumption v1: lastebil/tung/full/diesel + lastebil/tung/tom/diesel", line.ConsumptionRow);
        Assert.Equal(800m, line.TonneKm);
    }

    [Fact]
    public void Calculate_ReportedFuelWithLadenKm_TonneKmStillOnLadenKmOnly()
    {
        var line = Single(Calculate(Vehicle("diesel", km: 200, litres: 70, load: 80, trips: 10) with { LadenKm = 100 }));

        Assert.Equal(ActivityMethod.Fuel, line.Method);
        Assert.Null(line.ConsumptionRow);
        Assert.Equal(800m, line.TonneKm);
    }

    [Fact]
    public void Calculate_ElectricRefuseTruckKmOnly_DerivedRowSaysHowItWasDerived()
    {
        // No published kWh/km for electric refuse trucks: the row is SWANA's diesel refuse truck (8.6011 kWh/km) × DESNZ
        // 2023's battery-electric over diesel van (0.33 / 0.916): 8.6011 × 0.360262 = 3.09865, 3.0986 kWh/km; and says so.
        var row = ReferenceConsumption.Current.Find(VehicleTypes.Renovasjonsbil, null, LoadLevel.Average, EnergyCarrier.ElBatteri)!;
        var line = Single(Calculate(KmOnly("el-batteri", 1000, type: VehicleTypes.Renovasjonsbil)));

        Assert.True(row.Derived);
        Assert.Contains("derived", row.Source, StringComparison.Ordinal);
        Assert.Equal(3.0986m, row.ElectricityKwhPerKm);
        Assert.Equal(3098.6m, line.Energy.Value);
        Assert.Equal(EnergyClass.ZeroEmission, line.EnergyClass);
        Assert.Equal(0m, line.Territorial.Emissions.Value);
    }

    [Fact]
    public void ConsumptionTable_EveryVehicleTypeOnEveryVehicleCarrier_HasARowAndNeverGridOrDistrictHeating()
    {
        foreach (var type in VehicleTypes.List.Entries.Select(e => e.Code))
        {
            foreach (var carrier in EnergyCarrier.All)
            {
                var row = ReferenceConsumption.Current.Find(type, null, LoadLevel.Average, carrier);
                var vehicleCarrier = carrier.Code is not ("el-nett" or "fjernvarme" or "el-kabel" or "pellets" or "varmepumpe");
                Assert.True(vehicleCarrier == row is not null, $"{type} on {carrier.Code}");
                Assert.True(row is null || row.Source.Length > 0);
            }
        }
    }

    [Fact]
    public void Calculate_KmOnlyOnGridElectricity_RefusedAtTheQuantityNothingCalculated()
    {
        var result = Calculate(KmOnly("el-nett", 100));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("electricityKwh", MessageKeys.CalculationNoConsumptionRow), (error.Field, error.MessageKey));
        Assert.Empty(result.Lines);
    }

    [Fact]
    public void Calculate_LadenKmAboveDistance_RefusedAtLadenKm()
    {
        var result = Calculate(KmOnly("diesel", 100, ladenKm: 120));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("ladenKm", MessageKeys.CalculationLadenAboveDistance), (error.Field, error.MessageKey));
        Assert.Empty(result.Lines);
    }

    [Fact]
    public void KeyFigures_OneDistanceBasedLineBesideAFuelLine_EstimatePartShownApart()
    {
        var result = Calculate(Vehicle("diesel", km: 500, litres: 200), KmOnly("diesel", 100));

        Assert.Empty(result.Errors);
        Assert.Equal(1, result.Totals!.DistanceBasedVehicleLines);
        Assert.Equal(100m, result.Totals.DistanceBasedKm.Value);
        Assert.Equal(result.Lines[1].Territorial.Emissions, result.Totals.Territorial.DistanceBasedEmissions);
        // The fuel-based line is the engine's own known answer: 200 l × 2.66 kg/l = 532 kg.
        Assert.Equal(532m, result.Lines[0].Territorial.Emissions.Value);
        Assert.Equal(ActivityMethod.Fuel, result.Lines[0].Method);
    }

    [Fact]
    public void ParseVehicles_KmWithoutFuel_AcceptedAndLadenAboveKmOrGridRefusedLocated()
    {
        const string Header = "Reg.nr.|Kjøretøytype|Formål|Energibærer|Euroklasse|Antall turer|Kjørte km|Km med last|Vektklasse|Lastgrad|Drivstoff (liter)|Strøm (kWh)|Datakilde";
        var ok = TemplateParser.ParseVehicles(Sheet.Rows(Header, "EL12345|Lastebil|Avfall|Diesel|Euro VI|20|1 200|600|Over 17 tonn|Full last|||Manuell"), Sheet.March);
        var bad = TemplateParser.ParseVehicles(Sheet.Rows(Header,
            "EL12345|Lastebil|Avfall|Diesel|Euro VI|20|1 200|1 300|||||Manuell",
            "EL23456|Varebil|Varelevering|el-nett||20|1 200||||||Manuell"), Sheet.March);

        Assert.Empty(ok.Errors);
        var line = Assert.Single(ok.Lines);
        Assert.Equal((600m, VehicleWeightClasses.Tung, LoadLevels.Full, (Litres?)null), (line.LadenKm, line.WeightClass, line.LoadLevel, line.FuelLitres));
        Assert.Equal([(2, "ladenKm", MessageKeys.TemplateLadenAboveDistance), (3, "electricityKwh", MessageKeys.TemplateNoConsumptionRow)],
            bad.Errors.Select(e => (e.Row ?? 0, e.Field, e.MessageKey)));
    }
}
