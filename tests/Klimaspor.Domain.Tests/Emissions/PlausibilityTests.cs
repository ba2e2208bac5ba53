using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Organisations;
using Klimaspor.Domain.Reporting;
using static Klimaspor.Domain.Tests.Emissions.TestLines;

namespace Klimaspor.Domain.Tests.Emissions;

public sealed class PlausibilityTests
{
    private static IReadOnlyList<PlausibilityWarning> Check(ReportLines lines) => Plausibility.Check(lines, PeriodStart, PeriodEnd);

    private static IReadOnlyList<PlausibilityWarning> Check(params MachineLine[] machines) => Check(new ReportLines { Machines = machines });

    // A 20 t excavator burning 15 l/h for 160 h in March, idle reported: the README's typical figure.
    private static MachineLine NormalExcavator(string id = "PIN-1") =>
        Machine("diesel", hours: 160, idle: 50, litres: 2400, weight: 20, id: id, dataSource: DataSources.Telematikk);

    [Fact]
    public void Check_NormalMonth_NoWarnings()
    {
        var lines = new ReportLines
        {
            Machines = [NormalExcavator(), Machine("el-batteri", hours: 150, kwh: 3000, id: "EL-1")],
            Vehicles = [Vehicle("diesel", litres: 400, idleMinutes: 30, dataSource: DataSources.Telematikk)],
            Energy = [Energy("el-nett", 5000)],
            FuelDeliveries = [Delivery("diesel", 2600, deliveredTo: "PIN-1")],
        };

        // 2 600 l delivered against 2 400 + 400 = 2 800 l used: 7 % apart, inside the 10 % the template allows.
        Assert.Empty(Check(lines));
    }

    [Theory]
    [InlineData(20, 6000)] // 37.5 l/h for 20 t: plausible ceiling is 1.5 x 25 = 37.5, so 6 000 / 160 = 37.5 passes...
    [InlineData(20, 480)] // ...and 3 l/h is the floor, 0.2 x 15: passes.
    [InlineData(35, 6400)] // 40 l/h above 30 t: inside the README's 30-50.
    [InlineData(4, 800)] // 5 l/h under 6 t: inside 3-8.
    public void FuelRate_InsideGenerousBand_NoWarning(decimal weight, decimal litres)
    {
        Assert.Empty(Check(Machine("diesel", hours: 160, litres: litres, weight: weight)));
    }

    [Theory]
    [InlineData(20, 6100)] // 38.1 l/h on a 20 t excavator
    [InlineData(20, 400)] // 2.5 l/h on a 20 t excavator
    [InlineData(4, 2000)] // 12.5 l/h on a 4 t excavator, ceiling 1.5 x 8 = 12
    public void FuelRate_OutsideBand_Warns(decimal weight, decimal litres)
    {
        var warning = Assert.Single(Check(Machine("hvo100", hours: 160, litres: litres, weight: weight)));

        Assert.Equal((WarningCode.FuelRateOutOfRange, "fuelLitres", 0), (warning.Code, warning.Field, warning.Index));
        Assert.Equal(MessageKeys.PlausibilityFuelRateOutOfRange, warning.MessageKey);
    }

    [Fact]
    public void FuelRate_TypeWithoutRow_NotChecked()
    {
        Assert.Empty(Check(Machine("diesel", hours: 10, litres: 5000, type: MachineTypes.Aggregat, weight: 3)));
    }

    [Fact]
    public void FuelRate_FuelWithoutHours_Warns()
    {
        Assert.Equal(WarningCode.FuelWithoutHours, Assert.Single(Check(Machine("diesel", hours: 0, litres: 300))).Code);
    }

    [Fact]
    public void FuelRateRanges_EveryRow_HasSourceAndSaneBand()
    {
        Assert.All(FuelRateRanges.All, row =>
        {
            Assert.False(string.IsNullOrWhiteSpace(row.Source));
            Assert.True(row.LowestPlausible < row.TypicalMinLitresPerHour && row.TypicalMinLitresPerHour < row.TypicalMaxLitresPerHour);
            Assert.True(MachineTypes.List.Contains(row.MachineType));
        });
    }

    [Fact]
    public void FuelOnElectricMachine_DeliveryToBatteryMachine_Warns()
    {
        var lines = new ReportLines
        {
            Machines = [Machine("el-batteri", hours: 150, kwh: 3000, id: "EL-7")],
            FuelDeliveries = [Delivery("diesel", 200, deliveredTo: "el 7")],
        };

        var warning = Assert.Single(Check(lines), w => w.Code == WarningCode.FuelOnElectricMachine);
        Assert.Equal((LineKind.FuelDelivery, 0, "deliveredTo"), (warning.Kind, warning.Index, warning.Field));
        Assert.Equal("EL-7", warning.Args[0]);
    }

    [Fact]
    public void FuelOnElectricMachine_DeliveryToHybrid_NoWarning()
    {
        var lines = new ReportLines
        {
            Machines = [Machine("hybrid-diesel", hours: 150, litres: 1000, kwh: 500, id: "HY-1")],
            FuelDeliveries = [Delivery("diesel", 1000, deliveredTo: "HY-1")],
        };

        Assert.Empty(Check(lines));
    }

    [Fact]
    public void HoursBeyondPeriod_MoreThan24HoursADay_Warns()
    {
        // 10-12 March is 3 days, 72 hours at most.
        var warning = Assert.Single(Check(Machine("el-batteri", hours: 80, kwh: 900, from: new(2025, 3, 10), to: new(2025, 3, 12))));

        Assert.Equal((WarningCode.HoursBeyondPeriod, "operatingHours"), (warning.Code, warning.Field));
        Assert.Equal([80m, 3, 72m], warning.Args);
    }

    [Fact]
    public void HoursBeyondPeriod_WholeMonthWithoutDates_UsesPeriod()
    {
        // 31 days of March: 744 hours fit, 745 do not.
        Assert.Empty(Check(Machine("el-batteri", hours: 744, kwh: 9000)));
        Assert.Single(Check(Machine("el-batteri", hours: 745, kwh: 9000)));
    }

    [Fact]
    public void IdleHoursMissing_TelematicsSource_Warns()
    {
        var warnings = Check(new ReportLines
        {
            Machines = [NormalExcavator() with { IdleHours = null }],
            Vehicles = [Vehicle("diesel", litres: 100, dataSource: DataSources.Telematikk)],
        });

        Assert.Equal(
            [(LineKind.Machine, WarningCode.IdleHoursMissing), (LineKind.Vehicle, WarningCode.IdleHoursMissing)],
            warnings.Select(w => (w.Kind, w.Code)));
    }

    // Statens vegvesen's code list Avgasskode (https://vegvesen.github.io/ak-api/kodeverk/avgasskode/) has "Euro 6T"
    // for heavy vehicles and "Euro 6L" for light ones: a truck written as Euro 6, or a car as Euro VI, is on the wrong ladder.
    [Theory]
    [InlineData(VehicleTypes.Lastebil, EmissionClasses.Euro6, true)]
    [InlineData(VehicleTypes.Renovasjonsbil, EmissionClasses.Euro5, true)]
    [InlineData(VehicleTypes.Personbil, EmissionClasses.EuroVI, true)]
    [InlineData(VehicleTypes.Personbil, EmissionClasses.Eev, true)]
    [InlineData(VehicleTypes.Lastebil, EmissionClasses.EuroVI, false)]
    [InlineData(VehicleTypes.Personbil, EmissionClasses.Euro6, false)]
    [InlineData(VehicleTypes.Varebil, EmissionClasses.EuroVI, false)]
    [InlineData(VehicleTypes.Varebil, EmissionClasses.Euro6, false)]
    [InlineData(VehicleTypes.Lastebil, EmissionClasses.Nullutslipp, false)]
    public void EmissionClassOfOtherDuty_WarnsOnlyWhereTheTypeHasOneLadder(string type, string emissionClass, bool warns)
    {
        var warnings = Check(new ReportLines { Vehicles = [Vehicle("diesel", litres: 100) with { VehicleType = type, EmissionClass = emissionClass }] });

        Assert.Equal(warns, warnings.Any(w => w is { Code: WarningCode.EmissionClassOfOtherDuty, Field: "emissionClass", Kind: LineKind.Vehicle }));
    }

    [Fact]
    public void IdleHoursMissing_ManualSource_NoWarning()
    {
        Assert.Empty(Check(Machine("diesel", hours: 160, litres: 2400)));
    }

    [Fact]
    public void Deliveries_MoreThanTenPercentFromUse_Warns()
    {
        // 2 400 l used, 2 700 l delivered: 300 / 2 400 = 12.5 % apart.
        var lines = new ReportLines { Machines = [NormalExcavator()], FuelDeliveries = [Delivery("diesel", 1500), Delivery("diesel", 1200)] };

        var warning = Assert.Single(Check(lines));
        Assert.Equal((WarningCode.DeliveriesDifferFromUse, LineKind.FuelDelivery, 0), (warning.Code, warning.Kind, warning.Index));
        Assert.Equal(["diesel", 2700m, 2400m, "liter", 0.125m], warning.Args);
    }

    [Fact]
    public void Deliveries_WithinTenPercent_NoWarning()
    {
        var lines = new ReportLines { Machines = [NormalExcavator()], FuelDeliveries = [Delivery("diesel", 2640)] };

        Assert.Empty(Check(lines));
    }

    [Fact]
    public void Deliveries_HybridLitresCountAsTheirFuel()
    {
        // 500 l on a hybrid-hvo machine are hvo100 deliveries' use.
        var lines = new ReportLines
        {
            Machines = [Machine("hybrid-hvo", hours: 100, litres: 500, kwh: 400)],
            FuelDeliveries = [Delivery("hvo100", 500, feedstock: Feedstocks.BruktFrityrolje)],
        };

        Assert.Empty(Check(lines));
    }

    [Fact]
    public void Deliveries_ProductNoLineUsed_Warns()
    {
        var lines = new ReportLines
        {
            Machines = [NormalExcavator()],
            FuelDeliveries = [Delivery("diesel", 2400), Delivery("hvo100", 800, feedstock: Feedstocks.Raps)],
        };

        var warning = Assert.Single(Check(lines));
        Assert.Equal((WarningCode.DeliveredFuelNotUsed, 1, "hvo100"), (warning.Code, warning.Index, warning.LineId));
    }

    [Theory]
    [InlineData("hvo100", null)]
    [InlineData("fame100", "")]
    [InlineData("biogass", Feedstocks.Ukjent)]
    public void BiofuelWithoutFeedstock_Warns(string product, string? feedstock)
    {
        var unit = product == "biogass" ? QuantityUnit.Kilogram : QuantityUnit.Litre;
        var lines = new ReportLines
        {
            Machines = [Machine(product, hours: 100, litres: unit == QuantityUnit.Litre ? 1000 : null, kg: unit == QuantityUnit.Kilogram ? 1000 : null)],
            FuelDeliveries = [Delivery(product, 1000, unit, feedstock: feedstock)],
        };

        var warning = Assert.Single(Check(lines));
        Assert.Equal((WarningCode.BiofuelWithoutFeedstock, "feedstock", 0), (warning.Code, warning.Field, warning.Index));
    }

    [Fact]
    public void BiofuelWithoutFeedstock_FossilDiesel_NoWarning()
    {
        var lines = new ReportLines { Machines = [NormalExcavator()], FuelDeliveries = [Delivery("diesel", 2400)] };

        Assert.Empty(Check(lines));
    }

    [Fact]
    public void ChargingMeter_BesideMachinesWithKwh_Warns()
    {
        var lines = new ReportLines
        {
            Machines = [Machine("el-batteri", hours: 100, kwh: 2000)],
            Energy = [Energy("el-nett", 2000, purpose: EnergyPurposes.Lading), Energy("el-nett", 900, purpose: EnergyPurposes.Brakkerigg)],
        };

        var warning = Assert.Single(Check(lines));
        Assert.Equal((WarningCode.ChargingMayBeCountedTwice, LineKind.Energy, 0), (warning.Code, warning.Kind, warning.Index));
    }

    [Fact]
    public void MachineInTwoReports_OverlappingDates_WarnsBothSuppliers()
    {
        var main = OrganisationNumber.Parse("974760673");
        var sub = OrganisationNumber.Parse("958935420");
        var reports = new[]
        {
            new SupplierMachines(main, [NormalExcavator("CAT0320 XKE01234"), Machine("el-batteri", kwh: 100, id: "EL-1")]),
            new SupplierMachines(sub, [NormalExcavator("cat0320xke01234")]),
        };

        var warnings = Plausibility.FindMachinesInSeveralReports(reports, PeriodStart, PeriodEnd);

        Assert.Equal([(main, 0), (sub, 0)], warnings.Select(w => (w.Supplier, w.Warning.Index!.Value)));
        Assert.All(warnings, w => Assert.Equal(WarningCode.MachineInSeveralReports, w.Warning.Code));
        Assert.Equal("958 935 420", warnings[0].Warning.Args[1]);
    }

    [Fact]
    public void MachineInTwoReports_MovedMidMonth_NoWarning()
    {
        // The excavator worked for the main contractor until the 14th and for the subcontractor from the 15th.
        var reports = new[]
        {
            new SupplierMachines(OrganisationNumber.Parse("974760673"), [NormalExcavator() with { ToDate = new DateOnly(2025, 3, 14) }]),
            new SupplierMachines(OrganisationNumber.Parse("958935420"), [NormalExcavator() with { FromDate = new DateOnly(2025, 3, 15) }]),
        };

        Assert.Empty(Plausibility.FindMachinesInSeveralReports(reports, PeriodStart, PeriodEnd));
    }

    [Fact]
    public void Warnings_NeverChangeFigures()
    {
        // Every warning at once: fuel rate, hours beyond the period, telematics without idle, deliveries far from use,
        // biofuel without feedstock. Idle above operating hours is no warning: the template refuses such a row.
        var implausible = new ReportLines
        {
            Machines =
            [
                Machine("diesel", hours: 800, idle: 900, litres: 32_000, id: "PIN-9"),
                Machine("hvo100", hours: 100, litres: 1500, type: MachineTypes.Hjullaster, weight: 15, dataSource: DataSources.Telematikk),
            ],
            FuelDeliveries = [Delivery("diesel", 100), Delivery("hvo100", 1500)],
        };

        var warnings = Check(implausible);
        var result = Calculate(implausible);

        Assert.Equal(5, warnings.Count);
        // The figures are the reported quantities times the factors, exactly as without any warning.
        Assert.Empty(result.Errors);
        Assert.Equal(32_000m * 2.66m, result.Lines[0].Territorial.Emissions.Value);
        Assert.Equal(800m, result.Lines[0].OperatingHours.Value);
        Assert.Equal(900m, result.Lines[0].IdleHours!.Value.Value);
        Assert.Equal(Calculate(implausible with { FuelDeliveries = [] }).Totals, result.Totals);
    }
}
