using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Requirements;
using Klimaspor.Domain.Validation;
using Keys = Klimaspor.Domain.Requirements.RequirementMessageKeys;

namespace Klimaspor.Domain.Tests.Requirements;

/// <summary>Validation of composed requirements: every error at once, located by field, with a message key that has text.</summary>
public sealed class RequirementRulesTests
{
    private static readonly RequirementRule Valid = new()
    {
        Key = "ze-maskintimer",
        ClauseText = "Minst 90 % av maskintimene skal være utslippsfrie.",
        Metric = MetricCatalogue.Find(MetricCatalogue.ZeroEmissionMachineHourShare)!.Definition,
        Comparison = Comparison.AtLeast,
        Threshold = 0.9m,
    };

    private static Problem Single(RequirementRule rule) => Assert.Single(RequirementRules.Validate(rule));

    public static TheoryData<string> CatalogueCodes()
    {
        var data = new TheoryData<string>();
        foreach (var metric in MetricCatalogue.All)
        {
            data.Add(metric.Code);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CatalogueCodes))]
    public void Validate_EveryCatalogueMetric_ValidWithAnOrdinaryThreshold(string code)
    {
        var metric = MetricCatalogue.Find(code)!;
        var rule = Valid with { Metric = metric.Definition, Comparison = Comparison.AtMost, Threshold = metric.Unit == MetricUnit.Share ? 0.5m : 3 };

        Assert.Empty(RequirementRules.Validate(rule));
        Assert.Equal(metric.Unit, MetricCatalogue.UnitOf(metric.Definition));
        Assert.NotEqual(Messages.Word(metric.NameKey, "nb"), Messages.Word(metric.NameKey, "en"));
    }

    [Fact]
    public void Validate_ShareAbove100Percent_ThresholdOutOfRange()
    {
        var error = Single(Valid with { Threshold = 90 });

        Assert.Equal(("threshold", Keys.ValidationShareOutOfRange, "90"), (error.Field, error.MessageKey, error.Value));
    }

    [Fact]
    public void Validate_CountWithAFraction_NotWhole()
    {
        var rule = Valid with { Metric = MetricCatalogue.Find(MetricCatalogue.MachinesBelowStageIIIB)!.Definition, Comparison = Comparison.AtMost, Threshold = 0.5m };

        Assert.Equal(Keys.ValidationCountNotWhole, Single(rule).MessageKey);
    }

    [Fact]
    public void Validate_RatioWithoutDenominator_Error()
    {
        var rule = Valid with { Metric = MetricCatalogue.Find(MetricCatalogue.IdleShare)!.Definition with { Denominator = null }, Comparison = Comparison.AtMost };

        Assert.Equal(("metric.denominator", Keys.ValidationRatioNeedsDenominator), (Single(rule).Field, Single(rule).MessageKey));
    }

    [Fact]
    public void Validate_ShareWithoutCondition_Error()
    {
        var rule = Valid with { Metric = Valid.Metric with { Condition = null } };

        Assert.Equal(("metric.condition", Keys.ValidationShareNeedsCondition), (Single(rule).Field, Single(rule).MessageKey));
    }

    [Fact]
    public void Validate_ConditionOnARatio_NotUsed()
    {
        var rule = Valid with
        {
            Metric = MetricCatalogue.Find(MetricCatalogue.IdleShare)!.Definition with { Condition = new LineCondition { EnergyClasses = [EnergyClass.Fossil] } },
            Comparison = Comparison.AtMost,
        };

        Assert.Equal(Keys.ValidationConditionNotUsed, Single(rule).MessageKey);
    }

    [Fact]
    public void Validate_UnknownCodesInScopeAndCondition_EachLocated()
    {
        var rule = Valid with
        {
            Metric = Valid.Metric with { Condition = new LineCondition { Carriers = ["kull"] } },
            Scope = new RequirementScope { Types = [MachineTypes.Gravemaskin, "romskip"] },
        };

        var errors = RequirementRules.Validate(rule);

        Assert.Equal(["metric.condition.carriers[0]", "scope.types[1]"], errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.All(errors, e => Assert.Equal(Keys.ValidationUnknownCode, e.MessageKey));
        Assert.Contains(errors, e => e.Arguments.SequenceEqual(["romskip", "machineType"]));
    }

    [Fact]
    public void Validate_PurposeCodeOfTheWrongList_Unknown()
    {
        // "byggvarme" is an energy purpose; a vehicle metric knows only transport purposes.
        var rule = Valid with
        {
            Metric = MetricCatalogue.Find(MetricCatalogue.ZeroEmissionKmShare)!.Definition,
            Scope = new RequirementScope { Purposes = [EnergyPurposes.Byggvarme] },
        };

        Assert.Equal(("scope.purposes[0]", Keys.ValidationUnknownCode), (Single(rule).Field, Single(rule).MessageKey));
    }

    [Fact]
    public void Validate_PurposeOnAMachineMetric_FilterNotForTheseLines()
    {
        var rule = Valid with { Scope = new RequirementScope { Purposes = [TransportPurposes.Massetransport] } };

        Assert.Equal(("scope.purposes", Keys.ValidationFilterNotForLines), (Single(rule).Field, Single(rule).MessageKey));
    }

    [Theory]
    [InlineData(EmissionClasses.Ukjent, Keys.ValidationEmissionClassNotMinimum)]
    [InlineData("stage-vi", Keys.ValidationUnknownCode)]
    public void Validate_EmissionClassMinimum_MustBeARankedClass(string code, string key)
    {
        var rule = Valid with
        {
            Metric = MetricCatalogue.Find(MetricCatalogue.MachinesBelowStageIIIB)!.Definition with { Condition = new LineCondition { EmissionClassBelow = code } },
            Comparison = Comparison.AtMost,
            Threshold = 0,
        };

        Assert.Equal(("metric.condition.emissionClassBelow", key), (Single(rule).Field, Single(rule).MessageKey));
    }

    [Fact]
    public void Validate_FeedstockOnMachines_OnlyDeliveriesHaveOne()
    {
        var rule = Valid with { Metric = Valid.Metric with { Condition = new LineCondition { Feedstocks = [Feedstocks.Palmeolje] } } };

        Assert.Equal(Keys.ValidationFeedstockNeedsDeliveries, Single(rule).MessageKey);
    }

    [Fact]
    public void Validate_MachineHoursOnEnergyLinesToo_QuantityNotOnThoseLines()
    {
        var rule = Valid with { Metric = Valid.Metric with { AlsoLineKinds = [LineKind.Energy] } };

        var error = Single(rule);

        Assert.Equal(("metric.quantity", Keys.ValidationQuantityNotOnLines), (error.Field, error.MessageKey));
        Assert.Equal(["MachineHours", "Energy"], error.Arguments);
    }

    [Fact]
    public void Validate_WeightBoundsReversedAndOnVehicles_Errors()
    {
        Assert.Equal(Keys.ValidationWeightBoundsOrder, Single(Valid with { Scope = new RequirementScope { MinWeightTonnes = 20, MaxWeightTonnes = 8 } }).MessageKey);
        Assert.Equal(Keys.ValidationWeightOnlyMachines,
            Single(Valid with { Metric = MetricCatalogue.Find(MetricCatalogue.ZeroEmissionKmShare)!.Definition, Scope = new RequirementScope { MaxWeightTonnes = 8 } }).MessageKey);
    }

    [Fact]
    public void Validate_AbsurdThresholdOrWeight_TooLarge()
    {
        var cap = Valid with { Metric = MetricCatalogue.Find(MetricCatalogue.Co2eTerritorial)!.Definition, Comparison = Comparison.AtMost, Threshold = 1e15m };

        Assert.Equal(("threshold", Keys.ValidationTooLarge), (Single(cap).Field, Single(cap).MessageKey));
        Assert.Equal(Keys.ValidationTooLarge, Single(Valid with { Scope = new RequirementScope { MinWeightTonnes = 1e9m } }).MessageKey);
    }

    [Fact]
    public void Validate_GridReliefOnAnAtMostRequirement_Error()
    {
        var rule = Valid with { Comparison = Comparison.AtMost, GridRelief = true };

        Assert.Equal(("gridRelief", Keys.ValidationGridReliefNeedsAtLeast), (Single(rule).Field, Single(rule).MessageKey));
    }

    [Fact]
    public void Validate_WaiversOnSiteEnergyOnly_NeedMachines()
    {
        var rule = Valid with
        {
            Metric = new MetricDefinition
            {
                Code = "energi",
                LineKind = LineKind.Energy,
                Aggregate = MetricAggregate.Sum,
                Quantity = FactQuantity.EnergyKwh,
            },
            Comparison = Comparison.AtMost,
            Threshold = 1000,
            Scope = new RequirementScope { Waivers = WaiverFilter.ExceptWaived },
        };

        Assert.Equal(Keys.ValidationWaiversNeedMachines, Single(rule).MessageKey);
    }

    [Fact]
    public void Validate_LatePeriodsWithAScope_ScopeNotUsed()
    {
        var rule = Assert.Single(RequirementPresets.Build(RequirementPresets.ReportsOnTime, new Dictionary<string, decimal>()))
            with
        { Scope = new RequirementScope { Types = [MachineTypes.Gravemaskin] } };

        Assert.Equal(Keys.ValidationScopeNotUsed, Single(rule).MessageKey);
    }

    [Fact]
    public void Validate_ClauseTextEmptyOrTooLong_Errors()
    {
        Assert.Equal(("clauseText", Keys.ValidationRequired), (Single(Valid with { ClauseText = " " }).Field, Single(Valid with { ClauseText = " " }).MessageKey));
        Assert.Empty(RequirementRules.Validate(Valid with { ClauseText = new string('k', 4000) }));
        Assert.Equal(Domain.Validation.TextField.TooLongKey, Single(Valid with { ClauseText = new string('k', 4001) }).MessageKey);
    }

    [Fact]
    public void Validate_ManyMistakes_AllReportedAtOnce()
    {
        var rule = new RequirementRule
        {
            Key = "Krav 1",
            ClauseText = "",
            Metric = new MetricDefinition
            {
                Code = "",
                LineKind = LineKind.Vehicle,
                Aggregate = MetricAggregate.Share,
                Quantity = FactQuantity.MachineHours,
                Denominator = FactQuantity.Kilometres,
            },
            Scope = new RequirementScope { Types = ["sykkel"], MinWeightTonnes = -1 },
            Comparison = (Comparison)7,
            Threshold = -0.5m,
        };

        var errors = RequirementRules.Validate(rule);

        Assert.Equal(
            ["clauseText", "comparison", "key", "metric.code", "metric.condition", "metric.denominator", "metric.quantity", "scope.minWeightTonnes",
                "scope.types[0]", "threshold"],
            errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.All(errors, e => Assert.Contains(e.MessageKey, Messages.Keys));
    }
}
