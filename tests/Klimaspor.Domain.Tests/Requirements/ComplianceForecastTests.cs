using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Domain.Requirements;

namespace Klimaspor.Domain.Tests.Requirements;

// Issue 5, item 8: "from the reports so far and the time left, project the cumulative figures to the contract's end
// and warn early when a promise or requirement is heading for failure"; tests: "a forecast that turns red before the
// failure happens".
public sealed class ComplianceForecastTests
{
    private static readonly MetricDefinition Co2e = new()
    {
        Code = "co2e-territorial",
        LineKind = LineKind.Machine,
        Aggregate = MetricAggregate.Sum,
        Quantity = FactQuantity.EmissionsTerritorial,
    };

    // Domain README, "Award criteria" (lines 53–55): a promise "we will run 90 % of machine hours zero-emission"
    // becomes a contractual commitment followed up like a requirement.
    private static readonly MetricDefinition ZeroEmissionShare = new()
    {
        Code = "zero-emission-share-machine-hours",
        LineKind = LineKind.Machine,
        Aggregate = MetricAggregate.Share,
        Quantity = FactQuantity.MachineHours,
        Condition = new LineCondition { EnergyClasses = [EnergyClass.ZeroEmission] },
    };

    private static readonly MetricDefinition IdleShare = new()
    {
        Code = "idle-share",
        LineKind = LineKind.Machine,
        Aggregate = MetricAggregate.Ratio,
        Quantity = FactQuantity.IdleHours,
        Denominator = FactQuantity.MachineHours,
    };

    // The CO2e cap for the contract: at most 100 t over twelve months.
    private static readonly RequirementRule Co2eCap = Requirement(Co2e, Comparison.AtMost, 100_000m);

    private static readonly RequirementRule PromisedShare = Requirement(ZeroEmissionShare, Comparison.AtLeast, 0.9m) with { Kind = RequirementKind.Promise };

    private static RequirementRule Requirement(MetricDefinition metric, Comparison comparison, decimal threshold,
        RequirementWindow window = RequirementWindow.Cumulative) => new()
        {
            Key = metric.Code,
            ClauseText = "Klausul",
            Metric = metric,
            Comparison = comparison,
            Threshold = threshold,
            Window = window,
        };

    private static FactLine Machine(string id, EnergyClass energyClass, decimal hours, decimal kgCo2e = 0m) => new()
    {
        Kind = LineKind.Machine,
        Id = id,
        Type = "excavator",
        Carrier = energyClass == EnergyClass.ZeroEmission ? "electricity" : "diesel",
        EnergyClass = energyClass,
        MachineHours = hours,
        EmissionsTerritorial = kgCo2e,
    };

    /// <summary>A contract over 2026 with monthly reports due the 10th; the first months submitted with the lines given.</summary>
    private static ContractFacts Contract(params IReadOnlyList<FactLine>[] submitted) => new()
    {
        StartDate = new DateOnly(2026, 1, 1),
        EndDate = new DateOnly(2026, 12, 31),
        ValueNok = 50_000_000m,
        Periods =
        [
            .. ReportingSchedule.Periods(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), Contracts.ReportingFrequency.Monthly)
                .Select((period, i) => new PeriodFacts
                {
                    Period = period,
                    Key = ReportingSchedule.Key(period),
                    DueDate = ReportingSchedule.DueDate(period, 10),
                    SubmittedAt = i < submitted.Length ? new DateTimeOffset(ReportingSchedule.DueDate(period, 5).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
                    Lines = i < submitted.Length ? submitted[i] : [],
                }),
        ],
    };

    private static string[] Texts(Forecast forecast, string culture) =>
        [.. forecast.Reasons.Select(r => Messages.Text(r.MessageKey, culture, r.Arguments))];

    [Fact]
    public void Project_Co2eCapThirtyTonnesAfterThreeOfTwelveMonths_RedWhileStillUnderTheCap()
    {
        var facts = Contract(
            [Machine("EX-1", EnergyClass.Fossil, 100m, 6_000m), Machine("EX-2", EnergyClass.Fossil, 80m, 4_000m)],
            [Machine("EX-1", EnergyClass.Fossil, 100m, 10_000m)],
            [Machine("EX-1", EnergyClass.Fossil, 100m, 10_000m)]);

        var forecast = ComplianceForecast.Project(Co2eCap, facts, new DateOnly(2026, 4, 15));

        // 30 t so far is within the 100 t cap; 10 t a month for twelve months is not.
        Assert.NotNull(forecast);
        Assert.Equal(120_000m, forecast.Projected);
        Assert.True(forecast.HeadingForFailure);
        Assert.Equal(70_000m, forecast.NeededInRemainingPeriods);
        Assert.Equal((3, 9), (forecast.PeriodsReported, forecast.PeriodsRemaining));
        Assert.Equal(
            [
                "3 av 12 perioder er rapportert; 9 gjenstår.",
                "Hittil 30\u00A0000\u00A0kg\u00A0CO2e, i snitt 10\u00A0000\u00A0kg\u00A0CO2e per periode.",
                "Med samme takt ender kontrakten på 120\u00A0000\u00A0kg\u00A0CO2e; kravet er høyst 100\u00A0000\u00A0kg\u00A0CO2e.",
                "For å holde kravet kan de 9 gjenstående periodene til sammen ha høyst 70\u00A0000\u00A0kg\u00A0CO2e, i snitt 7\u00A0777,78\u00A0kg\u00A0CO2e per periode.",
                "Prognosen bryter kravet. Ta det opp med leverandøren nå, før bruddet er et faktum.",
            ],
            Texts(forecast, "nb"));
    }

    [Fact]
    public void Project_Co2eCapEightTonnesAMonth_StaysGreen()
    {
        var month = new[] { Machine("EX-1", EnergyClass.Fossil, 100m, 8_000m) };

        var forecast = ComplianceForecast.Project(Co2eCap, Contract(month, month, month), new DateOnly(2026, 4, 15));

        Assert.NotNull(forecast);
        Assert.Equal(96_000m, forecast.Projected);
        Assert.False(forecast.HeadingForFailure);
        Assert.Equal(76_000m, forecast.NeededInRemainingPeriods);
        Assert.Equal(MessageKeys.ForecastOnCourse, forecast.Reasons[^1].MessageKey);
    }

    [Fact]
    public void Project_PromisedShareAtEightyPercent_RedWithTheShareTheRestNeeds()
    {
        var month = new[] { Machine("EL-1", EnergyClass.ZeroEmission, 80m), Machine("EX-1", EnergyClass.Fossil, 20m) };

        var forecast = ComplianceForecast.Project(PromisedShare, Contract(month, month, month), new DateOnly(2026, 4, 15));

        // 240 of 300 hours so far; twelve months of 100 hours need 1 080, so the nine left need 840 of 900.
        Assert.NotNull(forecast);
        Assert.Equal(0.8m, forecast.Projected);
        Assert.True(forecast.HeadingForFailure);
        Assert.Equal(0.9333m, Math.Round(forecast.NeededInRemainingPeriods!.Value, 4));
        Assert.Contains("To meet the requirement the 9 remaining periods together need at least 93.33\u00A0%.", Texts(forecast, "en"));
        Assert.Contains("So far 80\u00A0% (240\u00A0h of 300\u00A0h).", Texts(forecast, "en"));
    }

    [Fact]
    public void Project_ShareOverPeriodsOfUnequalSize_SumsNotTheAverageOfShares()
    {
        // 100 % of 10 hours and 11 % of 90 hours: 20 hours of 100, not the 56 % an average of the two shares gives.
        PeriodMeasure[] reported = [new("2026-01", 10m, 10m), new("2026-02", 10m, 90m)];

        var forecast = ComplianceForecast.Project(PromisedShare, reported, 10);

        Assert.Equal(0.2m, forecast.Projected);
        Assert.True(forecast.HeadingForFailure);
    }

    [Fact]
    public void Project_ShareTooFarBehind_NoNeededShareAndSaysItIsOutOfReach()
    {
        PeriodMeasure[] reported = [.. Enumerable.Range(1, 6).Select(m => new PeriodMeasure($"2026-{m:00}", 50m, 100m))];

        var forecast = ComplianceForecast.Project(PromisedShare, reported, 6);

        // The six months left would need 780 of 600 hours.
        Assert.True(forecast.HeadingForFailure);
        Assert.Null(forecast.NeededInRemainingPeriods);
        Assert.Contains("Kravet kan ikke lenger nås: selv med 100\u00A0% i alle gjenstående perioder blir det for lite.", Texts(forecast, "nb"));
    }

    [Fact]
    public void Project_IdleShareAtMostTenPercent_TheMostTheRestMayIdle()
    {
        var idleCap = Requirement(IdleShare, Comparison.AtMost, 0.10m);
        PeriodMeasure[] reported = [new("2026-01", 15m, 100m), new("2026-02", 15m, 100m)];

        var forecast = ComplianceForecast.Project(idleCap, reported, 2);

        Assert.Equal(0.15m, forecast.Projected);
        Assert.True(forecast.HeadingForFailure);
        Assert.Equal(0.05m, forecast.NeededInRemainingPeriods);
        Assert.Contains("For å holde kravet kan de 2 gjenstående periodene til sammen ha høyst 5\u00A0%.", Texts(forecast, "nb"));
    }

    [Fact]
    public void Project_NothingReportedYet_CannotProjectAndSaysWhy()
    {
        var forecast = ComplianceForecast.Project(Co2eCap, Contract(), new DateOnly(2026, 1, 20));

        Assert.NotNull(forecast);
        Assert.Null(forecast.Projected);
        Assert.False(forecast.HeadingForFailure);
        Assert.Null(forecast.NeededInRemainingPeriods);
        Assert.Equal((0, 12), (forecast.PeriodsReported, forecast.PeriodsRemaining));
        Assert.Equal(["No period has been reported yet, so there is nothing to base a forecast on."], Texts(forecast, "en"));
    }

    [Fact]
    public void Project_ShareWithNothingInScopeYet_CannotProject()
    {
        var forecast = ComplianceForecast.Project(PromisedShare, [new PeriodMeasure("2026-01", 0m, 0m)], 11);

        Assert.Null(forecast.Projected);
        Assert.False(forecast.HeadingForFailure);
        Assert.Equal(MessageKeys.ForecastNoBase, forecast.Reasons[^1].MessageKey);
    }

    [Fact]
    public void Project_OverduePeriods_CountedAtTheAverageAndSaid()
    {
        var month = new[] { Machine("EX-1", EnergyClass.Fossil, 100m, 8_000m) };

        // June 20th: April's and May's reports were due on May 10th and June 10th.
        var forecast = ComplianceForecast.Project(Co2eCap, Contract(month, month, month), new DateOnly(2026, 6, 20));

        Assert.NotNull(forecast);
        Assert.Equal(96_000m, forecast.Projected);
        Assert.Equal(MessageKeys.ForecastOverdueCounted, forecast.Reasons[1].MessageKey);
        Assert.Equal("2 av de gjenstående periodene skulle allerede vært rapportert; prognosen regner dem med snittet.", Texts(forecast, "nb")[1]);
    }

    [Fact]
    public void Project_EveryPeriodReported_TheFinalFigure()
    {
        PeriodMeasure[] reported = [.. Enumerable.Range(1, 12).Select(m => new PeriodMeasure($"2026-{m:00}", 9_000m, 0m))];

        var forecast = ComplianceForecast.Project(Co2eCap, reported, 0);

        Assert.Equal(108_000m, forecast.Projected);
        Assert.True(forecast.HeadingForFailure);
        Assert.Null(forecast.NeededInRemainingPeriods);
        Assert.Contains(forecast.Reasons, r => r.MessageKey == MessageKeys.ForecastFinal);
        Assert.DoesNotContain(forecast.Reasons, r => r.MessageKey == MessageKeys.ForecastHeadingForFailure);
    }

    [Fact]
    public void Project_ThresholdAfterGridRelief_JudgedAgainstIt()
    {
        // Oslo 2019: the zero-emission threshold is reduced pro rata when the grid cannot supply the site.
        PeriodMeasure[] reported = [new("2026-01", 70m, 100m), new("2026-02", 70m, 100m)];

        var written = ComplianceForecast.Project(PromisedShare, reported, 10);
        var relieved = ComplianceForecast.Project(PromisedShare, reported, 10, threshold: 0.6m);

        Assert.True(written.HeadingForFailure);
        Assert.False(relieved.HeadingForFailure);
    }

    [Fact]
    public void Project_EachPeriodRequirement_NoForecast()
    {
        var monthly = Requirement(ZeroEmissionShare, Comparison.AtLeast, 0.9m, RequirementWindow.EachPeriod);
        var month = new[] { Machine("EL-1", EnergyClass.ZeroEmission, 80m) };

        Assert.Null(ComplianceForecast.Project(monthly, Contract(month), new DateOnly(2026, 2, 15)));
    }

    [Fact]
    public void Project_ApprovedWaiverLeftOutOfTheShare_OnlyTheOtherMachinesCount()
    {
        // Oslo 2025: every machine hour zero-emission except machines under an approved waiver.
        var exceptWaived = PromisedShare with { Threshold = 1m, Scope = new RequirementScope { Waivers = WaiverFilter.ExceptWaived } };
        var facts = Contract([Machine("EL-1", EnergyClass.ZeroEmission, 80m), Machine("EX-1", EnergyClass.Fossil, 20m)]) with
        {
            Waivers = [Site.Waiver("FRAVIK-7", "EX-1", "2026-01")],
        };

        var forecast = ComplianceForecast.Project(exceptWaived, facts, new DateOnly(2026, 2, 15));

        Assert.Equal(1m, forecast?.Projected);
        Assert.False(forecast!.HeadingForFailure);
    }

    [Fact]
    public void Evaluate_CumulativeCapThirtyTonnesAfterThreeMonths_ForecastRedWhileEveryVerdictIsStillMet()
    {
        var month = new[] { Machine("EX-1", EnergyClass.Fossil, 100m, 10_000m) };

        var result = ComplianceEvaluation.Evaluate(Contract(month, month, month), [Co2eCap], new DateOnly(2026, 4, 15)).Single();

        // The failure has not happened: 30 t to date is within the 100 t cap. The forecast already says it will.
        Assert.All(result.Verdicts.Take(3), v => Assert.Equal(ComplianceStatus.Met, v.Status));
        Assert.Equal(30_000m, result.Verdicts[2].Measured);
        Assert.NotNull(result.Forecast);
        Assert.True(result.Forecast.HeadingForFailure);
        Assert.Equal(120_000m, result.Forecast.Projected);
    }

    [Fact]
    public void Project_IdleRatioFromTheReportedLines_MeasuredAsTheEngineMeasuresIt()
    {
        var idleCap = Requirement(IdleShare, Comparison.AtMost, 0.10m);
        FactLine Idle(string id, decimal hours, decimal idle) => Machine(id, EnergyClass.Fossil, hours) with { IdleHours = idle };

        var forecast = ComplianceForecast.Project(idleCap, Contract([Idle("EX-1", 100m, 20m), Idle("EX-2", 100m, 10m)], [Idle("EX-1", 100m, 15m)]),
            new DateOnly(2026, 3, 5));

        // 45 idle hours of 300: 15 %, over the 10 % cap, and the ten months left may idle at most 10 % − (45 − 30) ÷ 1 500.
        Assert.NotNull(forecast);
        Assert.Equal(0.15m, forecast.Projected);
        Assert.True(forecast.HeadingForFailure);
        Assert.Equal(0.09m, Math.Round(forecast.NeededInRemainingPeriods!.Value, 4));
    }

    [Fact]
    public void Project_MachinesBelowStageIIIB_NotProjectedAndSaysWhy()
    {
        var belowIIIB = Requirement(MetricCatalogue.Find(MetricCatalogue.MachinesBelowStageIIIB)!.Definition, Comparison.AtMost, 0m);
        var month = new[] { Machine("EX-1", EnergyClass.Fossil, 100m) with { EmissionClass = "stage-iiia" } };

        var forecast = ComplianceForecast.Project(belowIIIB, Contract(month, month), new DateOnly(2026, 3, 5));

        // The same machine in every month is one machine: twelve months of it is not twelve machines.
        Assert.NotNull(forecast);
        Assert.Null(forecast.Projected);
        Assert.False(forecast.HeadingForFailure);
        Assert.Equal(MessageKeys.ForecastCountNotProjected, forecast.Reasons[^1].MessageKey);
        Assert.Contains("cannot be projected period by period, because the same ones recur", Texts(forecast, "en")[^1], StringComparison.Ordinal);
    }
}
