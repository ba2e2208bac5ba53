using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Template;
using Klimaspor.Domain.Requirements;

namespace Klimaspor.Domain.Tests.Requirements;

/// <summary>
/// Issue 14's money rules: a cumulative window charges once, a missed promise costs the difference its award model
/// gives, the climate bonus works both ways, CO2e is priced per tonne, and a contract's sanctions have a cap.
/// </summary>
public sealed class SanctionMoneyTests
{
    private static readonly ContractFacts Facts = new()
    {
        StartDate = new DateOnly(2026, 1, 1),
        EndDate = new DateOnly(2026, 12, 31),
        ValueNok = 50_000_000m,
        Periods = [.. Enumerable.Range(1, 12).Select(m => new PeriodFacts { Period = ReportingPeriod.Month(2026, m), Key = $"2026-{m:00}" })],
    };

    private static readonly MetricDefinition Co2e = MetricCatalogue.Find(MetricCatalogue.Co2eTerritorial)!.Definition;

    private static readonly MetricDefinition ZeroEmissionShare = MetricCatalogue.Find(MetricCatalogue.ZeroEmissionMachineHourShare)!.Definition;

    private static RequirementRule Requirement(MetricDefinition metric, Comparison comparison, decimal threshold, RequirementWindow window,
        RequirementKind kind = RequirementKind.MinimumRequirement) => new()
        {
            Key = metric.Code,
            ClauseText = "Klausul",
            Kind = kind,
            Metric = metric,
            Comparison = comparison,
            Threshold = threshold,
            Window = window,
        };

    private static WindowVerdict Verdict(string window, ComplianceStatus status, decimal measured, decimal threshold) => new()
    {
        Window = window,
        Status = status,
        Measured = measured,
        Threshold = threshold,
        EffectiveThreshold = threshold,
    };

    private static IEnumerable<string> Steps(SanctionProposal proposal, string culture) =>
        proposal.Arithmetic.Select(step => Messages.Text(step.MessageKey, culture, step.Arguments));

    // The CO2 Performance Ladder's levels and their award advantage as ProRail gives them ("niveau 1 heb je 1 %,
    // niveau 2 … 2 %, niveau 3 … 4 %, niveau 4 … 7 %, niveau 5 … 10 % gunningvoordeel", with a 30 M bid at level 3 being
    // evaluated as 28.8 M: https://deduurzameadviseurs.nl/kennisbank/co2-begrippen/wat-is-fictief-gunningsvoordeel).
    private static readonly AwardPoint[] LadderOn30M =
    [
        new(1m, 300_000m), new(2m, 600_000m), new(3m, 1_200_000m), new(4m, 2_100_000m), new(5m, 3_000_000m),
    ];

    [Theory]
    [InlineData(3, 1_200_000)]
    [InlineData(2.5, 600_000)] // between levels: only the level reached counts
    [InlineData(2, 600_000)]
    [InlineData(0, 0)] // below the first level: no advantage at all
    [InlineData(6, 3_000_000)] // beyond the last: the last level's
    public void AwardModel_LadderLevelsAsSteps_TheAdvantageOfTheLevelReached(decimal level, int advantage)
    {
        Assert.Equal(advantage, AwardModel.Advantage(LadderOn30M, AwardInterpolation.Steps, level, higherIsBetter: true));
    }

    [Theory]
    [InlineData(0.85, 600_000)] // halfway between 80 % (0) and 90 % (1.2 M)
    [InlineData(0.9, 1_200_000)]
    [InlineData(0.7, 0)]
    [InlineData(0.95, 1_200_000)]
    public void AwardModel_LinearPoints_InterpolatedBetweenThem(decimal share, int advantage)
    {
        AwardPoint[] points = [new(0.8m, 0m), new(0.9m, 1_200_000m)];

        Assert.Equal(advantage, AwardModel.Advantage(points, AwardInterpolation.Linear, share, higherIsBetter: true));
    }

    [Theory]
    [InlineData(400, 1_000_000)] // a cap of 400 t promised earned the most
    [InlineData(450, 500_000)] // halfway to 500 t
    [InlineData(520, 0)]
    public void AwardModel_AtMostPromise_LowerValuesEarnMore(decimal tonnes, int advantage)
    {
        AwardPoint[] points = [new(500m, 0m), new(400m, 1_000_000m)];

        Assert.Equal(advantage, AwardModel.Advantage(points, AwardInterpolation.Linear, tonnes, higherIsBetter: false));
    }

    // Issue 14 item 11: "propose multiple × (advantage promised − advantage achieved)". Level 3 promised on a 30 M bid
    // (1.2 M), level 2 achieved (0.6 M): Rijkswaterstaat's multiple of 1.5 on the 0.6 M not earned.
    [Fact]
    public void Propose_LadderLevelThreePromisedTwoAchieved_OneAndAHalfTimesTheDifference()
    {
        var level = new MetricDefinition { Code = "ladder-level", LineKind = LineKind.Machine, Aggregate = MetricAggregate.Sum, Quantity = FactQuantity.Lines };
        var requirement = Requirement(level, Comparison.AtLeast, 3m, RequirementWindow.WholeContract, RequirementKind.Promise);
        var rule = new SanctionRule { Kind = SanctionKind.PromiseMissed, AwardPoints = LadderOn30M, AwardInterpolation = AwardInterpolation.Steps, Multiple = 1.5m };

        var proposal = SanctionArithmetic.Propose(rule, requirement, Verdict("contract", ComplianceStatus.NotMet, 2m, 3m), Facts);

        Assert.Equal(900_000m, proposal?.AmountNok);
        Assert.Contains("1,200,000 − NOK 600,000 = NOK 600,000", string.Join(" ", Steps(proposal!, "en")), StringComparison.Ordinal);
    }

    [Fact]
    public void Propose_PromiseMissedByALittle_CostsLittle()
    {
        var requirement = Requirement(ZeroEmissionShare, Comparison.AtLeast, 0.9m, RequirementWindow.WholeContract, RequirementKind.Promise);
        var rule = new SanctionRule { Kind = SanctionKind.PromiseMissed, AwardPoints = [new(0.8m, 0m), new(0.9m, 1_200_000m)], Multiple = 1.5m };

        var nearly = SanctionArithmetic.Propose(rule, requirement, Verdict("contract", ComplianceStatus.NotMet, 0.89m, 0.9m), Facts);
        var nothing = SanctionArithmetic.Propose(rule, requirement, Verdict("contract", ComplianceStatus.NotMet, 0.5m, 0.9m), Facts);

        Assert.Equal(180_000m, nearly?.AmountNok); // 1.5 × (1.2 M − 1.08 M)
        Assert.Equal(1_800_000m, nothing?.AmountNok); // 1.5 × the whole 1.2 M
    }

    [Fact]
    public void Validate_PromiseWithoutAwardModelOrFullClawback_AsksForTheModel()
    {
        var errors = SanctionRules.Validate(new SanctionRule { Kind = SanctionKind.PromiseMissed, BidPriceNok = 30_000_000m, EvaluatedPriceNok = 28_800_000m, Multiple = 1.5m });

        var error = Assert.Single(errors);
        Assert.Equal(("sanction.awardPoints", MessageKeys.SanctionAwardModelRequired), (error.Field, error.MessageKey));
    }

    [Fact]
    public void Validate_AwardPointTwiceOrNegative_LocatedAtThePoint()
    {
        var errors = SanctionRules.Validate(new SanctionRule
        {
            Kind = SanctionKind.PromiseMissed,
            AwardPoints = [new(0.8m, 0m), new(0.8m, 1_000m), new(0.9m, -5m)],
            Multiple = 1.5m,
        });

        Assert.Equal(
            [("sanction.awardPoints[1].value", MessageKeys.SanctionAwardPointTwice), ("sanction.awardPoints[2].advantageNok", MessageKeys.SanctionNotPositive)],
            errors.Select(e => (e.Field, e.MessageKey)));
    }

    // Statens vegvesen: "ved et dårligere klimaresultat enn budsjettert blir det trekk" (p4.no, 2020) and "pisken skal være
    // mindre enn gulerota" (bygg.no, "Vegvesenet innfører klimabonus i veiprosjekter"). 100 MNOK, 10 % over budget, a 5 %
    // deduction rate: 5 % × 10 MNOK = 0.5 MNOK deducted.
    [Fact]
    public void Propose_ClimateBonusTenPercentOverBudgetWithDeduction_FivePercentOfTheResultDeducted()
    {
        var requirement = Requirement(Co2e, Comparison.AtMost, 1_000_000m, RequirementWindow.WholeContract);
        var rule = new SanctionRule
        {
            Kind = SanctionKind.ClimateBonus,
            BonusRate = 0.10m,
            DeductionRate = 0.05m,
            Budget = 1_000_000m,
            ContractValueNok = 100_000_000m,
        };

        var proposal = SanctionArithmetic.Propose(rule, requirement, Verdict("contract", ComplianceStatus.NotMet, 1_100_000m, 1_000_000m), Facts);

        Assert.NotNull(proposal);
        Assert.False(proposal.IsBonus);
        Assert.Equal(500_000m, proposal.AmountNok);
        Assert.Contains("Trekket er 5 % av klimaresultatet: 5 % × 10\u00A0000\u00A0000 kr = 500\u00A0000 kr.", Steps(proposal, "nb"));
    }

    [Fact]
    public void Propose_DeductionAboveItsCap_CappedByTheDeductionCapNotTheBonusCap()
    {
        var requirement = Requirement(Co2e, Comparison.AtMost, 1_000_000m, RequirementWindow.WholeContract);
        var rule = new SanctionRule
        {
            Kind = SanctionKind.ClimateBonus,
            BonusRate = 0.10m,
            DeductionRate = 0.05m,
            Budget = 1_000_000m,
            ContractValueNok = 100_000_000m,
            CapNok = 100_000m,
            DeductionCapNok = 300_000m,
        };

        var proposal = SanctionArithmetic.Propose(rule, requirement, Verdict("contract", ComplianceStatus.NotMet, 1_100_000m, 1_000_000m), Facts);

        Assert.Equal(300_000m, proposal?.AmountNok);
    }

    [Fact]
    public void Validate_DeductionRateNotBelowBonusRateOrBudgetNotTheThreshold_Refused()
    {
        var requirement = Requirement(Co2e, Comparison.AtMost, 1_000_000m, RequirementWindow.WholeContract);
        var rule = new SanctionRule { Kind = SanctionKind.ClimateBonus, BonusRate = 0.10m, DeductionRate = 0.10m, Budget = 900_000m };

        var errors = SanctionRules.Validate(rule, requirement);

        Assert.Equal(
            [("sanction.deductionRate", MessageKeys.SanctionDeductionNotBelowBonus), ("sanction.budget", MessageKeys.SanctionDeductionBudgetIsThreshold)],
            errors.Select(e => (e.Field, e.MessageKey)));
    }

    // Issue 14 item 12: "warn when a bonus on the territorial figure is earned by liquid biofuel". 1 000 l HVO avoid
    // what 1 000 l of diesel would have emitted; with that added back the contract is no longer under budget.
    [Fact]
    public void Propose_BonusEarnedByLiquidBiofuel_SaysHowMuchOfItTheBiofuelEarned()
    {
        var requirement = Requirement(Co2e, Comparison.AtMost, 1_000_000m, RequirementWindow.WholeContract);
        var rule = new SanctionRule { Kind = SanctionKind.ClimateBonus, BonusRate = 0.10m, Budget = 1_000_000m, ContractValueNok = 100_000_000m };
        var hvo = new FactLine { Kind = LineKind.Machine, Id = "M1", Carrier = "hvo100", EnergyClass = EnergyClass.LiquidBiofuel, AvoidedTerritorial = 250_000m };
        var facts = Facts with { Periods = [Facts.Periods[0] with { Lines = [hvo] }, .. Facts.Periods.Skip(1)] };

        var proposal = SanctionArithmetic.Propose(rule, requirement, Verdict("contract", ComplianceStatus.Met, 800_000m, 1_000_000m), facts);

        var warning = Assert.Single(proposal!.Arithmetic, s => s.MessageKey == MessageKeys.SanctionBiofuelInBonus);
        Assert.Equal(250_000m, warning.Arguments[0]);
        Assert.Equal(2_000_000m, warning.Arguments[1]); // without the biofuel it is 5 % over budget: no bonus at all
        Assert.Equal(2_000_000m, proposal.AmountNok); // a warning, not a change: the buyer decides
    }

    [Fact]
    public void Propose_BonusWithoutLiquidBiofuel_NoWarning()
    {
        var requirement = Requirement(Co2e, Comparison.AtMost, 1_000_000m, RequirementWindow.WholeContract);
        var rule = new SanctionRule { Kind = SanctionKind.ClimateBonus, BonusRate = 0.10m, Budget = 1_000_000m, ContractValueNok = 100_000_000m };

        var proposal = SanctionArithmetic.Propose(rule, requirement, Verdict("contract", ComplianceStatus.Met, 800_000m, 1_000_000m), Facts);

        Assert.DoesNotContain(proposal!.Arithmetic, s => s.MessageKey == MessageKeys.SanctionBiofuelInBonus);
    }

    // Issue 14 item 13: "CO2e sanctions per tonne (or per kg, said explicitly on the form and in the arithmetic)".
    [Fact]
    public void Propose_PerTonneOfCo2e_KilogramsConvertedAndSaid()
    {
        var requirement = Requirement(Co2e, Comparison.AtMost, 100_000m, RequirementWindow.EachPeriod);
        var rule = new SanctionRule { Kind = SanctionKind.PerUnitOfShortfall, AmountNok = 2_000m, PerUnit = ShortfallUnit.Tonne };

        var proposal = SanctionArithmetic.Propose(rule, requirement, Verdict("2026-03", ComplianceStatus.NotMet, 112_500m, 100_000m), Facts);

        Assert.Equal(25_000m, proposal?.AmountNok); // 12.5 t × NOK 2 000
        Assert.Contains("12\u00A0500 kg CO2e = 12,5 tonn", string.Join(" ", Steps(proposal!, "nb")), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PerUnitOnCo2eWithoutSayingTonneOrKilogram_Refused()
    {
        var requirement = Requirement(Co2e, Comparison.AtMost, 100_000m, RequirementWindow.EachPeriod);

        var missing = SanctionRules.Validate(new SanctionRule { Kind = SanctionKind.PerUnitOfShortfall, AmountNok = 2_000m }, requirement);
        var onShare = SanctionRules.Validate(new SanctionRule { Kind = SanctionKind.PerUnitOfShortfall, AmountNok = 2_000m, PerUnit = ShortfallUnit.Tonne },
            Requirement(ZeroEmissionShare, Comparison.AtLeast, 0.9m, RequirementWindow.EachPeriod));

        Assert.Equal([("sanction.perUnit", MessageKeys.SanctionPerUnitRequired)], missing.Select(e => (e.Field, e.MessageKey)));
        Assert.Equal([("sanction.perUnit", MessageKeys.SanctionPerUnitOnlyForEmissions)], onShare.Select(e => (e.Field, e.MessageKey)));
    }

    private static readonly SanctionProposal PerUnit = new() { Kind = SanctionKind.PerUnitOfShortfall, AmountNok = 0m };

    private static WindowSanction Window(string window, decimal toDate) => new(window, PerUnit with { AmountNok = toDate }, Cleared: false);

    // Issue 14 item 10: "a sanction proposed on a cumulative window deducts what was already proposed or confirmed for
    // the same requirement … the total does not depend on when the buyer closes deviations".
    [Fact]
    public void ProposedSanction_CumulativeClosedEachPeriodOrAtTheEnd_SameTotal()
    {
        // The shortfall to date costs 30 000 in March, 50 000 in April and 80 000 in May.
        var closedEachTime = 0m;
        var charged = new List<ClosedCharge>();
        foreach (var (window, toDate) in new[] { ("2026-03", 30_000m), ("2026-04", 50_000m), ("2026-05", 80_000m) })
        {
            var (amount, _) = DeviationRules.ProposedSanction(RequirementWindow.Cumulative, [Window(window, toDate)], DeviationRules.EarlierCharges(charged));
            charged.Add(new ClosedCharge(DeviationResolution.Sanctioned, amount, amount));
            closedEachTime += amount!.Value;
        }

        var (atTheEnd, _) = DeviationRules.ProposedSanction(RequirementWindow.Cumulative,
            [Window("2026-03", 30_000m), Window("2026-04", 50_000m), Window("2026-05", 80_000m)]);

        Assert.Equal(80_000m, closedEachTime);
        Assert.Equal(80_000m, atTheEnd);
    }

    [Fact]
    public void EarlierCharges_ConfirmedBelowTheProposal_TheDifferenceIsProposedAgain()
    {
        // March proposed 30 000 and the buyer confirmed 20 000; May's 80 000 to date then proposes the 60 000 not yet charged.
        var earlier = DeviationRules.EarlierCharges([new ClosedCharge(DeviationResolution.Sanctioned, 30_000m, 20_000m)]);

        var (amount, _) = DeviationRules.ProposedSanction(RequirementWindow.Cumulative, [Window("2026-05", 80_000m)], earlier);

        Assert.Equal(60_000m, amount);
    }

    [Fact]
    public void EarlierCharges_ClosedWithoutSanction_TheForgivenProposalIsNotProposedAgain()
    {
        var earlier = DeviationRules.EarlierCharges([new ClosedCharge(DeviationResolution.Accepted, 30_000m, null)]);

        Assert.Equal(30_000m, earlier);
    }

    [Fact]
    public void ProposedSanction_EachPeriod_EarlierChargesDoNotApply()
    {
        // Each period is its own breach: January's sanction is no part of March's.
        var (amount, _) = DeviationRules.ProposedSanction(RequirementWindow.EachPeriod, [Window("2026-03", 25_000m)], earlierChargesNok: 25_000m);

        Assert.Equal(25_000m, amount);
    }

    [Fact]
    public void WithinContractCap_ConfirmedFirstThenOpenInOrder_EachAsFarAsTheCapAllows()
    {
        var capped = DeviationRules.WithinContractCap(100_000m, confirmedNok: 60_000m, [25_000m, null, 25_000m, 10_000m]);

        Assert.Equal([25_000m, null, 15_000m, 0m], capped);
    }

    [Fact]
    public void ConfirmedSanctions_OnlyWhatTheBuyerConfirmedWhereItSanctioned()
    {
        ClosedCharge[] closed =
        [
            new(DeviationResolution.Sanctioned, 30_000m, 20_000m),
            new(DeviationResolution.Accepted, 50_000m, null),
            new(DeviationResolution.Resolved, 10_000m, null),
        ];

        Assert.Equal(20_000m, DeviationRules.ConfirmedSanctions(closed));
    }

    [Fact]
    public void WithinContractCap_NoCap_ProposalsStand()
    {
        Assert.Equal([25_000m, 30_000m], DeviationRules.WithinContractCap(null, 1_000_000m, [25_000m, 30_000m]));
    }

    [Fact]
    public void ValidateClose_SanctionBeyondWhatTheCapLeaves_Refused()
    {
        var (_, errors) = DeviationRules.ValidateClose("sanctioned", "Sanksjon etter punkt 4.3.", 50_000m, null, 50_000m, contractCapLeftNok: 40_000m);

        var error = Assert.Single(errors);
        Assert.Equal(("confirmedAmountNok", "Deviations.AboveContractCap"), (error.Field, error.MessageKey));
    }
}
