using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Template;
using Klimaspor.Domain.Requirements;

namespace Klimaspor.Domain.Tests.Requirements;

public sealed class SanctionArithmeticTests
{
    private static readonly string[] Cultures = ["nb", "nn", "en"];

    // Twelve monthly periods, so a cumulative verdict for 2026-12 is the one that decides the contract.
    private static readonly ContractFacts Facts = new()
    {
        StartDate = new DateOnly(2026, 1, 1),
        EndDate = new DateOnly(2026, 12, 31),
        ValueNok = 50_000_000m,
        Periods = [.. Enumerable.Range(1, 12).Select(m => new PeriodFacts { Period = ReportingPeriod.Month(2026, m), Key = $"2026-{m:00}" })],
    };

    private static readonly MetricDefinition Co2e = new()
    {
        Code = "co2e-territorial",
        LineKind = LineKind.Machine,
        Aggregate = MetricAggregate.Sum,
        Quantity = FactQuantity.EmissionsTerritorial,
    };

    // Per non-compliant machine-day: days on site of machines not zero-emission (issue 5, item 7).
    private static readonly MetricDefinition NonCompliantMachineDays = new()
    {
        Code = "machine-days-not-zero-emission",
        LineKind = LineKind.Machine,
        Aggregate = MetricAggregate.Sum,
        Quantity = FactQuantity.MachineDays,
        Condition = new LineCondition { EnergyClasses = [EnergyClass.Fossil, EnergyClass.LiquidBiofuel, EnergyClass.Biogas] },
    };

    private static readonly MetricDefinition ZeroEmissionShare = new()
    {
        Code = "zero-emission-share-machine-hours",
        LineKind = LineKind.Machine,
        Aggregate = MetricAggregate.Share,
        Quantity = FactQuantity.MachineHours,
        Condition = new LineCondition { EnergyClasses = [EnergyClass.ZeroEmission] },
    };

    private static RequirementRule Requirement(MetricDefinition metric, Comparison comparison, decimal threshold,
        RequirementWindow window = RequirementWindow.EachPeriod, RequirementKind kind = RequirementKind.MinimumRequirement) => new()
        {
            Key = metric.Code,
            ClauseText = "Klausul",
            Kind = kind,
            Metric = metric,
            Comparison = comparison,
            Threshold = threshold,
            Window = window,
        };

    private static WindowVerdict Verdict(string window, ComplianceStatus status, decimal? measured, decimal threshold, decimal? effective = null) => new()
    {
        Window = window,
        Status = status,
        Measured = measured,
        Threshold = threshold,
        EffectiveThreshold = effective ?? threshold,
    };

    private static string Last(SanctionProposal proposal, string culture)
    {
        var step = proposal.Arithmetic[^1];
        return Messages.Text(step.MessageKey, culture, step.Arguments);
    }

    // Domain README, "Sanctions and bonus" (lines 56–59): "Statens vegvesen climate bonus = 10 % of the 'climate
    // result' (100 MNOK contract beating its climate budget by 20 % earns 2 MNOK)".
    [Fact]
    public void Propose_StatensVegvesen100MnokTwentyPercentUnderBudget_Bonus2Mnok()
    {
        var requirement = Requirement(Co2e, Comparison.AtMost, 1_000_000m, RequirementWindow.WholeContract);
        var rule = new SanctionRule { Kind = SanctionKind.ClimateBonus, BonusRate = 0.10m, Budget = 1_000_000m, ContractValueNok = 100_000_000m };

        var proposal = SanctionArithmetic.Propose(rule, requirement, Verdict("contract", ComplianceStatus.Met, 800_000m, 1_000_000m), Facts);

        Assert.NotNull(proposal);
        Assert.True(proposal.IsBonus);
        Assert.Equal(2_000_000m, proposal.AmountNok);
        Assert.Equal(
            [
                "Klimabudsjettet er 1\u00A0000\u00A0000\u00A0kg\u00A0CO2e, og målt er 800\u00A0000\u00A0kg\u00A0CO2e: 20 % under budsjettet.",
                "Klimaresultatet er 20 % av kontraktsverdien på 100\u00A0000\u00A0000 kr = 20\u00A0000\u00A0000 kr.",
                "Bonusen er 10 % av klimaresultatet: 10 % × 20\u00A0000\u00A0000 kr = 2\u00A0000\u00A0000 kr.",
                "Foreslått bonus: 2\u00A0000\u00A0000 kr, avrundet til hele kroner.",
            ],
            proposal.Arithmetic.Select(step => Messages.Text(step.MessageKey, "nb", step.Arguments)));
    }

    [Fact]
    public void Propose_ClimateBonusWithoutContractValue_TakesTheContractsValue()
    {
        var requirement = Requirement(Co2e, Comparison.AtMost, 1_000_000m, RequirementWindow.WholeContract);
        var rule = new SanctionRule { Kind = SanctionKind.ClimateBonus, BonusRate = 0.10m, Budget = 1_000_000m };

        var proposal = SanctionArithmetic.Propose(rule, requirement, Verdict("contract", ComplianceStatus.Met, 800_000m, 1_000_000m), Facts);

        // 50 MNOK × 20 % × 10 %
        Assert.Equal(1_000_000m, proposal?.AmountNok);
    }

    [Fact]
    public void Propose_ClimateBonusOverBudget_ZeroWithItsReason()
    {
        var requirement = Requirement(Co2e, Comparison.AtMost, 1_000_000m, RequirementWindow.WholeContract);
        var rule = new SanctionRule { Kind = SanctionKind.ClimateBonus, BonusRate = 0.10m, Budget = 1_000_000m, ContractValueNok = 100_000_000m };

        var proposal = SanctionArithmetic.Propose(rule, requirement, Verdict("contract", ComplianceStatus.NotMet, 1_040_000m, 1_000_000m), Facts);

        Assert.NotNull(proposal);
        Assert.True(proposal.IsBonus);
        Assert.Equal(0m, proposal.AmountNok);
        Assert.Equal(MessageKeys.SanctionNoBonusOverBudget, proposal.Arithmetic[0].MessageKey);
    }

    [Theory]
    [InlineData(RequirementWindow.WholeContract, "contract", ComplianceStatus.NotYetDue)]
    [InlineData(RequirementWindow.WholeContract, "contract", ComplianceStatus.CannotAssess)]
    [InlineData(RequirementWindow.Cumulative, "2026-06", ComplianceStatus.Met)]
    public void Propose_ClimateBonusBeforeTheContractIsDecided_Nothing(RequirementWindow window, string verdictWindow, ComplianceStatus status)
    {
        var requirement = Requirement(Co2e, Comparison.AtMost, 1_000_000m, window);
        var rule = new SanctionRule { Kind = SanctionKind.ClimateBonus, BonusRate = 0.10m, Budget = 1_000_000m, ContractValueNok = 100_000_000m };

        var proposal = SanctionArithmetic.Propose(rule, requirement, Verdict(verdictWindow, status, 400_000m, 1_000_000m), Facts);

        Assert.Null(proposal);
    }

    [Fact]
    public void Propose_ClimateBonusOnTheLastCumulativePeriod_Proposed()
    {
        var requirement = Requirement(Co2e, Comparison.AtMost, 1_000_000m, RequirementWindow.Cumulative);
        var rule = new SanctionRule { Kind = SanctionKind.ClimateBonus, BonusRate = 0.10m, Budget = 1_000_000m, ContractValueNok = 100_000_000m };

        var proposal = SanctionArithmetic.Propose(rule, requirement, Verdict("2026-12", ComplianceStatus.Met, 800_000m, 1_000_000m), Facts);

        Assert.Equal(2_000_000m, proposal?.AmountNok);
    }

    // Domain README, "Sanctions and bonus" (lines 58–59): "CO2 Performance Ladder: missing a promised level costs
    // 1.5 × the price advantage it gave"; issue 5, item 7: "a 30 M bid at level 3 is evaluated as 28.8 M, and missing
    // the level costs 1.8 M".
    [Fact]
    public void Propose_FullClawbackChosen_OneAndAHalfTimesTheWholePriceAdvantage()
    {
        var requirement = Requirement(ZeroEmissionShare, Comparison.AtLeast, 0.9m, RequirementWindow.WholeContract, RequirementKind.Promise);
        var rule = new SanctionRule { Kind = SanctionKind.PromiseMissed, FullClawback = true, BidPriceNok = 30_000_000m, EvaluatedPriceNok = 28_800_000m, Multiple = 1.5m };

        var proposal = SanctionArithmetic.Propose(rule, requirement, Verdict("contract", ComplianceStatus.NotMet, 0.82m, 0.9m), Facts);

        Assert.NotNull(proposal);
        Assert.False(proposal.IsBonus);
        Assert.Equal(1_800_000m, proposal.AmountNok);
        Assert.Equal(
            [
                "The bid of NOK 30,000,000 was evaluated as NOK 28,800,000 because of the promise: a price advantage of NOK 1,200,000.",
                "The buyer chose full clawback: the whole price advantage is taken back, whatever was achieved.",
                "The promised level was not reached: 1.5 × NOK 1,200,000 = NOK 1,800,000.",
                "Proposed penalty: NOK 1,800,000, rounded to whole kroner.",
            ],
            proposal.Arithmetic.Select(step => Messages.Text(step.MessageKey, "en", step.Arguments)));
    }

    [Fact]
    public void Propose_PromiseMissedInAnEarlierCumulativePeriod_NothingYet()
    {
        // The share may still recover; the price advantage is paid back once, on the verdict that decides the contract.
        var requirement = Requirement(ZeroEmissionShare, Comparison.AtLeast, 0.9m, RequirementWindow.Cumulative, RequirementKind.Promise);
        var rule = new SanctionRule { Kind = SanctionKind.PromiseMissed, FullClawback = true, BidPriceNok = 30_000_000m, EvaluatedPriceNok = 28_800_000m, Multiple = 1.5m };

        var early = SanctionArithmetic.Propose(rule, requirement, Verdict("2026-04", ComplianceStatus.NotMet, 0.82m, 0.9m), Facts);
        var last = SanctionArithmetic.Propose(rule, requirement, Verdict("2026-12", ComplianceStatus.NotMet, 0.82m, 0.9m), Facts);

        Assert.Null(early);
        Assert.Equal(1_800_000m, last?.AmountNok);
    }

    [Fact]
    public void Propose_FixedAmountPeriodNotMet_TheAmountForThatPeriod()
    {
        var requirement = Requirement(ZeroEmissionShare, Comparison.AtLeast, 1m);
        var rule = new SanctionRule { Kind = SanctionKind.FixedPerPeriodNotMet, AmountNok = 25_000m };

        var proposal = SanctionArithmetic.Propose(rule, requirement, Verdict("2026-03", ComplianceStatus.NotMet, 0.97m, 1m), Facts);

        Assert.NotNull(proposal);
        Assert.Equal(25_000m, proposal.AmountNok);
        Assert.Equal(
            "Kravet er ikke oppfylt for perioden 2026-03: et fast beløp på 25\u00A0000 kr per periode som ikke er oppfylt.",
            Messages.Text(proposal.Arithmetic[0].MessageKey, "nb", proposal.Arithmetic[0].Arguments));
    }

    [Fact]
    public void Propose_PerNonCompliantMachineDay_DaysTimesTheAmount()
    {
        var requirement = Requirement(NonCompliantMachineDays, Comparison.AtMost, 0m);
        var rule = new SanctionRule { Kind = SanctionKind.PerUnitOfShortfall, AmountNok = 5_000m };

        var proposal = SanctionArithmetic.Propose(rule, requirement, Verdict("2026-03", ComplianceStatus.NotMet, 12m, 0m), Facts);

        Assert.NotNull(proposal);
        Assert.Equal(60_000m, proposal.AmountNok);
        Assert.Equal(
            [
                "Målt 12 maskindøgn mot kravet 0: 12 maskindøgn utenfor kravet.",
                "12 × 5\u00A0000 kr = 60\u00A0000 kr.",
                "Foreslått sanksjon: 60\u00A0000 kr, avrundet til hele kroner.",
            ],
            proposal.Arithmetic.Select(step => Messages.Text(step.MessageKey, "nb", step.Arguments)));
    }

    [Fact]
    public void Propose_PerLitreOfFossilFuel_RoundedToWholeKronerHalfUp()
    {
        var fossilLitres = new MetricDefinition
        {
            Code = "fossil-litres",
            LineKind = LineKind.Machine,
            Aggregate = MetricAggregate.Sum,
            Quantity = FactQuantity.FuelLitres,
            Condition = new LineCondition { EnergyClasses = [EnergyClass.Fossil] },
        };
        var requirement = Requirement(fossilLitres, Comparison.AtMost, 0m);
        var rule = new SanctionRule { Kind = SanctionKind.PerUnitOfShortfall, AmountNok = 5m };

        var proposal = SanctionArithmetic.Propose(rule, requirement, Verdict("2026-03", ComplianceStatus.NotMet, 1_234.5m, 0m), Facts);

        // 1 234.5 l × 5 kr = 6 172.5 kr: half up gives 6 173 (banker's rounding would give 6 172).
        Assert.Equal(6_173m, proposal?.AmountNok);
        Assert.Equal("Measured 1,234.5\u00A0l against the requirement of 0\u00A0l: a shortfall of 1,234.5\u00A0l.",
            Messages.Text(proposal!.Arithmetic[0].MessageKey, "en", proposal.Arithmetic[0].Arguments));
    }

    [Fact]
    public void Propose_PerUnitOnAShareAfterGridRelief_PercentagePointsBelowTheThresholdApplied()
    {
        // Oslo 2019: the zero-emission threshold is reduced pro rata when the grid cannot supply the site; the
        // shortfall is measured against the threshold applied, 60 %, not the written 90 %.
        var requirement = Requirement(ZeroEmissionShare, Comparison.AtLeast, 0.9m) with { GridRelief = true };
        var rule = new SanctionRule { Kind = SanctionKind.PerUnitOfShortfall, AmountNok = 10_000m };

        var proposal = SanctionArithmetic.Propose(rule, requirement, Verdict("2026-03", ComplianceStatus.NotMet, 0.555m, 0.9m, 0.6m), Facts);

        Assert.Equal(45_000m, proposal?.AmountNok);
        Assert.Equal("Målt 55,5 % mot kravet 60 %: et avvik på 4,5 prosentpoeng.",
            Messages.Text(proposal!.Arithmetic[0].MessageKey, "nb", proposal.Arithmetic[0].Arguments));
    }

    [Fact]
    public void Propose_PerUnitOnACumulativeWindow_SaysTheShortfallIsToDate()
    {
        var requirement = Requirement(NonCompliantMachineDays, Comparison.AtMost, 0m, RequirementWindow.Cumulative);
        var rule = new SanctionRule { Kind = SanctionKind.PerUnitOfShortfall, AmountNok = 5_000m };

        var proposal = SanctionArithmetic.Propose(rule, requirement, Verdict("2026-05", ComplianceStatus.NotMet, 30m, 0m), Facts);

        Assert.Equal(150_000m, proposal?.AmountNok);
        Assert.Contains(proposal!.Arithmetic, step => step.MessageKey == MessageKeys.SanctionCumulativeToDate && Equals(step.Arguments[0], "2026-05"));
    }

    [Fact]
    public void Propose_AboveTheCap_CappedWithTheReason()
    {
        var requirement = Requirement(ZeroEmissionShare, Comparison.AtLeast, 0.9m, RequirementWindow.WholeContract, RequirementKind.Promise);
        var rule = new SanctionRule
        {
            Kind = SanctionKind.PromiseMissed,
            FullClawback = true,
            BidPriceNok = 30_000_000m,
            EvaluatedPriceNok = 28_800_000m,
            Multiple = 1.5m,
            CapNok = 1_000_000m,
        };

        var proposal = SanctionArithmetic.Propose(rule, requirement, Verdict("contract", ComplianceStatus.NotMet, 0.82m, 0.9m), Facts);

        Assert.Equal(1_000_000m, proposal?.AmountNok);
        Assert.Contains("Beløpet på 1\u00A0800\u00A0000 kr er begrenset til taket på 1\u00A0000\u00A0000 kr.",
            proposal!.Arithmetic.Select(step => Messages.Text(step.MessageKey, "nb", step.Arguments)));
    }

    [Fact]
    public void Propose_BonusAboveTheCap_Capped()
    {
        var requirement = Requirement(Co2e, Comparison.AtMost, 1_000_000m, RequirementWindow.WholeContract);
        var rule = new SanctionRule { Kind = SanctionKind.ClimateBonus, BonusRate = 0.10m, Budget = 1_000_000m, ContractValueNok = 100_000_000m, CapNok = 1_500_000m };

        var proposal = SanctionArithmetic.Propose(rule, requirement, Verdict("contract", ComplianceStatus.Met, 800_000m, 1_000_000m), Facts);

        Assert.Equal(1_500_000m, proposal?.AmountNok);
        Assert.True(proposal!.IsBonus);
    }

    [Theory]
    [InlineData(ComplianceStatus.Met)]
    [InlineData(ComplianceStatus.CannotAssess)]
    [InlineData(ComplianceStatus.NotYetDue)]
    public void Propose_PenaltyOnAVerdictThatIsNotAFailure_Nothing(ComplianceStatus status)
    {
        var promise = Requirement(ZeroEmissionShare, Comparison.AtLeast, 0.9m, RequirementWindow.WholeContract, RequirementKind.Promise);
        var days = Requirement(NonCompliantMachineDays, Comparison.AtMost, 0m, RequirementWindow.WholeContract);
        var verdict = Verdict("contract", status, status == ComplianceStatus.Met ? 0.95m : null, 0.9m);

        Assert.Null(SanctionArithmetic.Propose(new SanctionRule { Kind = SanctionKind.FixedPerPeriodNotMet, AmountNok = 25_000m }, promise, verdict, Facts));
        Assert.Null(SanctionArithmetic.Propose(new SanctionRule { Kind = SanctionKind.PerUnitOfShortfall, AmountNok = 5_000m }, days, verdict, Facts));
        Assert.Null(SanctionArithmetic.Propose(
            new SanctionRule { Kind = SanctionKind.PromiseMissed, FullClawback = true, BidPriceNok = 30_000_000m, EvaluatedPriceNok = 28_800_000m, Multiple = 1.5m },
            promise, verdict, Facts));
    }

    [Fact]
    public void Propose_PerUnitWithoutAMeasuredValue_Nothing()
    {
        var requirement = Requirement(NonCompliantMachineDays, Comparison.AtMost, 0m);
        var rule = new SanctionRule { Kind = SanctionKind.PerUnitOfShortfall, AmountNok = 5_000m };

        Assert.Null(SanctionArithmetic.Propose(rule, requirement, Verdict("2026-03", ComplianceStatus.NotMet, null, 0m), Facts));
    }

    [Fact]
    public void Propose_RuleTheValidationRefuses_Nothing()
    {
        var requirement = Requirement(Co2e, Comparison.AtMost, 1_000_000m, RequirementWindow.WholeContract);
        var rule = new SanctionRule { Kind = SanctionKind.ClimateBonus, BonusRate = 0.10m };

        Assert.Null(SanctionArithmetic.Propose(rule, requirement, Verdict("contract", ComplianceStatus.Met, 800_000m, 1_000_000m), Facts));
    }

    [Fact]
    public void Validate_ClimateBonusWithoutRateOrBudget_EveryErrorAtOnce()
    {
        var errors = SanctionRules.Validate(new SanctionRule { Kind = SanctionKind.ClimateBonus, ContractValueNok = -5m, CapNok = 0m });

        Assert.Equal(
            [
                ("sanction.bonusRate", MessageKeys.SanctionRequiredForBonus),
                ("sanction.budget", MessageKeys.SanctionRequiredForBonus),
                ("sanction.contractValueNok", MessageKeys.SanctionNotPositive),
                ("sanction.capNok", MessageKeys.SanctionNotPositive),
            ],
            errors.Select(e => (e.Field, e.MessageKey)));
    }

    [Fact]
    public void Validate_PromiseWithoutAdvantageOrMultiple_EveryErrorAtOnce()
    {
        var errors = SanctionRules.Validate(new SanctionRule { Kind = SanctionKind.PromiseMissed, FullClawback = true, BidPriceNok = 28_800_000m, EvaluatedPriceNok = 30_000_000m });

        Assert.Equal(
            [
                ("sanction.evaluatedPriceNok", MessageKeys.SanctionEvaluatedNotBelowBid),
                ("sanction.multiple", MessageKeys.SanctionRequiredForPromise),
            ],
            errors.Select(e => (e.Field, e.MessageKey)));
        Assert.Equal(
            "Den evaluerte prisen (30\u00A0000\u00A0000 kr) må være lavere enn tilbudt pris (28\u00A0800\u00A0000 kr); ellers ga den tilbudte verdien ingen prisfordel.",
            Messages.Text(errors[0].MessageKey, "nb", errors[0].Arguments));
    }

    [Theory]
    [InlineData(SanctionKind.FixedPerPeriodNotMet, 0)]
    [InlineData(SanctionKind.PerUnitOfShortfall, -100)]
    public void Validate_AmountNotAboveZero_Refused(SanctionKind kind, int amount)
    {
        var error = Assert.Single(SanctionRules.Validate(new SanctionRule { Kind = kind, AmountNok = amount }));

        Assert.Equal(("sanction.amountNok", MessageKeys.SanctionAmountNotPositive), (error.Field, error.MessageKey));
    }

    [Fact]
    public void Validate_OutOfRangeFigures_Refused()
    {
        var bonus = SanctionRules.Validate(new SanctionRule { Kind = SanctionKind.ClimateBonus, BonusRate = 10m, Budget = 2_000_000_000_000m });
        var unknown = SanctionRules.Validate(new SanctionRule { Kind = (SanctionKind)42, AmountNok = 1m });

        Assert.Equal(
            [("sanction.bonusRate", MessageKeys.SanctionBonusRateRange), ("sanction.budget", MessageKeys.SanctionTooLarge)],
            bonus.Select(e => (e.Field, e.MessageKey)));
        Assert.Equal(("sanction.kind", MessageKeys.SanctionUnknownKind, "42"), (unknown[0].Field, unknown[0].MessageKey, unknown[0].Value));
    }

    [Fact]
    public void Validate_TheExamplesOfTheIssue_NoErrors()
    {
        Assert.Empty(SanctionRules.Validate(new SanctionRule { Kind = SanctionKind.FixedPerPeriodNotMet, AmountNok = 25_000m }));
        Assert.Empty(SanctionRules.Validate(new SanctionRule { Kind = SanctionKind.PerUnitOfShortfall, AmountNok = 5_000m, CapNok = 500_000m }));
        Assert.Empty(SanctionRules.Validate(new SanctionRule { Kind = SanctionKind.ClimateBonus, BonusRate = 0.10m, Budget = 1_000_000m }));
        Assert.Empty(SanctionRules.Validate(
            new SanctionRule { Kind = SanctionKind.PromiseMissed, FullClawback = true, BidPriceNok = 30_000_000m, EvaluatedPriceNok = 28_800_000m, Multiple = 1.5m }));
    }

    [Fact]
    public void Validate_SanctionThatDoesNotFitItsRequirement_Refused()
    {
        var monthlyMinimum = Requirement(ZeroEmissionShare, Comparison.AtLeast, 0.9m);
        var promiseSanction = new SanctionRule { Kind = SanctionKind.PromiseMissed, FullClawback = true, BidPriceNok = 30_000_000m, EvaluatedPriceNok = 28_800_000m, Multiple = 1.5m };
        var bonus = new SanctionRule { Kind = SanctionKind.ClimateBonus, BonusRate = 0.10m, Budget = 1_000_000m };

        var onPromise = SanctionRules.Validate(promiseSanction, monthlyMinimum);
        var onBonus = SanctionRules.Validate(bonus, monthlyMinimum with { Window = RequirementWindow.WholeContract });

        Assert.Equal([MessageKeys.SanctionNeedsContractWindow, MessageKeys.SanctionPromiseNeedsPromise], onPromise.Select(e => e.MessageKey));
        Assert.Equal([MessageKeys.SanctionBonusNeedsAtMost], onBonus.Select(e => e.MessageKey));
        Assert.All(onPromise.Concat(onBonus), e => Assert.Equal("sanction.kind", e.Field));
    }

    public static TheoryData<string> RequirementMessageKeys()
    {
        var data = new TheoryData<string>();
        foreach (var key in typeof(MessageKeys).GetFields().Select(f => (string)f.GetValue(null)!)
            .Where(k => k.StartsWith("Sanction.", StringComparison.Ordinal) || k.StartsWith("Forecast.", StringComparison.Ordinal)))
        {
            data.Add(key);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RequirementMessageKeys))]
    public void Text_SanctionAndForecastMessages_SameArgumentsInEachLanguage(string key)
    {
        // String markers pass through any number format, so every argument a text uses shows in it.
        var markers = Enumerable.Range(0, 6).Select(i => (object?)$"<{i}>").ToArray();

        var used = Cultures
            .Select(culture => Messages.Text(key, culture, markers))
            .Select(text => string.Join(',', markers.Where(m => text.Contains((string)m!, StringComparison.Ordinal))))
            .Distinct();

        Assert.Single(used);
    }
}
