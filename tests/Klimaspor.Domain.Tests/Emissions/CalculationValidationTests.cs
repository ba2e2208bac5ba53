using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using static Klimaspor.Domain.Tests.Emissions.TestLines;

namespace Klimaspor.Domain.Tests.Emissions;

public sealed class CalculationValidationTests
{
    [Fact]
    public void Calculate_NegativeLitres_LocatedErrorAndNothingComputed()
    {
        var result = Calculate(Machine("diesel", litres: 10), Machine("diesel", litres: -250, id: "PIN-2"));

        var error = Assert.Single(result.Errors);
        Assert.Equal((LineKind.Machine, 1, "PIN-2", "fuelLitres", "-250"), (error.Kind, error.Index, error.LineId, error.Field, error.Value));
        Assert.Equal(MessageKeys.CalculationNegativeQuantity, error.MessageKey);
        Assert.Equal(0, Assert.Single(result.Lines).Index);
        Assert.Null(result.Totals);
    }

    [Fact]
    public void Calculate_NegativeHoursOrDistance_Refused()
    {
        var result = Calculate(new ReportLines
        {
            Machines = [Machine("diesel", hours: -1, litres: 10)],
            Vehicles = [Vehicle("diesel", km: -5, litres: 10)],
            Energy = [Energy("el-nett", -100)],
        });

        Assert.Equal(["operatingHours", "distanceKm", "quantity"], result.Errors.Select(e => e.Field));
        Assert.Empty(result.Lines);
    }

    [Fact]
    public void Calculate_LitresOnBatteryElectric_UnitNotAllowed()
    {
        var result = Calculate(Machine("el-batteri", litres: 40, kwh: 900));

        var error = Assert.Single(result.Errors);
        Assert.Equal(MessageKeys.CalculationUnitNotAllowed, error.MessageKey);
        Assert.Equal("fuelLitres", error.Field);
        Assert.Equal("40", error.Value);
        Assert.Equal(["el-batteri", "liter"], error.Args);
        Assert.Empty(result.Lines);
    }

    [Fact]
    public void Calculate_ZeroLitresOnBatteryElectric_NoClaimNoError()
    {
        var line = Single(Calculate(Machine("el-batteri", litres: 0, kwh: 900)));

        Assert.Equal(900m, line.Energy.Value);
    }

    [Fact]
    public void Calculate_EnergyLineInUnitCarrierCannotHave_Refused()
    {
        var result = Calculate(new ReportLines { Energy = [Energy("el-nett", 100, QuantityUnit.Litre)] });

        var error = Assert.Single(result.Errors);
        Assert.Equal(("unit", "liter", MessageKeys.CalculationUnitNotAllowed), (error.Field, error.Value, error.MessageKey));
    }

    [Theory]
    [InlineData("bio-diesel")]
    [InlineData("Diesel B7")]
    [InlineData("")]
    public void Calculate_UnknownCarrier_LocatedErrorWithValue(string carrier)
    {
        var result = Calculate(new ReportLines { Vehicles = [Vehicle(carrier, litres: 50, regNo: "AB12345")] });

        var error = Assert.Single(result.Errors);
        Assert.Equal((LineKind.Vehicle, 0, "AB12345", "energyCarrier", carrier), (error.Kind, error.Index, error.LineId, error.Field, error.Value));
        Assert.Equal(MessageKeys.CalculationUnknownCarrier, error.MessageKey);
        Assert.Empty(result.Lines);
    }

    [Fact]
    public void Calculate_DieselWithoutLitres_MissingQuantityNotZero()
    {
        var result = Calculate(Machine("diesel", hours: 120));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("fuelLitres", MessageKeys.CalculationMissingQuantity), (error.Field, error.MessageKey));
    }

    [Fact]
    public void Calculate_HybridWithoutKwh_MissingQuantity()
    {
        var result = Calculate(Machine("hybrid-hvo", litres: 300));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("electricityKwh", MessageKeys.CalculationMissingQuantity), (error.Field, error.MessageKey));
    }

    [Fact]
    public void Calculate_PropaneInLitresAndKg_RefusedAsCountedTwice()
    {
        var result = Calculate(Machine("propan", litres: 100, kg: 50));

        Assert.Equal(MessageKeys.CalculationTwoQuantities, Assert.Single(result.Errors).MessageKey);
    }

    [Fact]
    public void Calculate_AllErrorsListedAtOnce()
    {
        var result = Calculate(
            Machine("el-batteri", litres: 5, kwh: 10),
            Machine("gass", litres: 5),
            Machine("diesel", litres: -1));

        Assert.Equal([0, 1, 2], result.Errors.Select(e => e.Index));
    }

    [Fact]
    public void Calculate_SetsPassedWrongWayRound_Throws()
    {
        // A programming error, not a user's: the caller chose the sets.
        Assert.Throws<ArgumentException>(() => EmissionCalculation.Calculate(
            new ReportLines(), ReferenceFactorSets.LifecycleWtw2023, ReferenceFactorSets.NoTerritorial2021));
    }

    [Fact]
    public void Calculate_AbsurdQuantity_RefusedAsTypingError()
    {
        var result = Calculate(Machine("diesel", litres: 2_000_000_000));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("fuelLitres", MessageKeys.CalculationQuantityTooLarge), (error.Field, error.MessageKey));
    }

    [Fact]
    public void Calculate_InvalidDraftSet_Throws()
    {
        // Validating a draft before previewing with it is the caller's job; skipping it is a bug, not a user error.
        var invalid = ReferenceFactorSets.NoTerritorial2021 with
        {
            Status = FactorSetStatus.Draft,
            Factors = [ReferenceFactorSets.NoTerritorial2021.Factors[0] with { KgCo2ePerUnit = 2.66e9m }],
        };

        Assert.Throws<ArgumentException>(() => EmissionCalculation.Calculate(new ReportLines(), invalid, ReferenceFactorSets.LifecycleWtw2023));
    }

    [Fact]
    public void Calculate_NoTrace_SameFigures()
    {
        var lines = new ReportLines { Machines = [Machine("hybrid-diesel", litres: 80, kwh: 120)], Energy = [Energy("el-nett", 300)] };

        var traced = Calculate(lines);
        var untraced = Calculate(lines, includeTrace: false);

        Assert.Equal(traced.Lines, untraced.Lines);
        Assert.Equal(traced.Totals, untraced.Totals);
        Assert.Equal(2, traced.Traces.Count);
        Assert.Empty(untraced.Traces);
    }
}
