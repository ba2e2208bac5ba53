using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;

namespace Klimaspor.Domain.Requirements;

/// <summary>
/// The amount a requirement's sanction or bonus proposes for one verdict, with its arithmetic step by step, so the
/// buyer can check it by hand before confirming (domain README, "Sanctions and bonus": sanctions and bonuses must be
/// written into each contract, so they are configured per requirement).
/// </summary>
/// <remarks>
/// Amounts are rounded once, at the end and after the cap, to whole kroner with halves rounded up
/// (<see cref="MidpointRounding.AwayFromZero"/>): invoices are in whole kroner, and that is the rounding a buyer doing
/// the sum by hand expects; the steps before show the unrounded figures.
/// </remarks>
public static class SanctionArithmetic
{
    /// <summary>
    /// The proposal for one verdict, or null when the rule proposes nothing for it: a penalty only for a verdict that
    /// is not met, a bonus and a missed promise only for the verdict that decides the contract (see
    /// <see cref="DecidesTheContract"/>), and nothing for a rule <see cref="SanctionRules.Validate(SanctionRule)"/> refuses.
    /// </summary>
    public static SanctionProposal? Propose(SanctionRule rule, RequirementRule requirement, WindowVerdict verdict, ContractFacts facts)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(requirement);
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(facts);

        // Most verdicts are met: leave before anything is allocated.
        if (verdict.Status != ComplianceStatus.NotMet && rule.Kind != SanctionKind.ClimateBonus)
        {
            return null;
        }

        if (SanctionRules.Validate(rule).Count > 0)
        {
            return null;
        }

        var arithmetic = new List<Explanation>();
        var raw = rule.Kind switch
        {
            SanctionKind.FixedPerPeriodNotMet => Fixed(rule, requirement, verdict, arithmetic),
            SanctionKind.PerUnitOfShortfall => PerUnitOfShortfall(rule, requirement, verdict, arithmetic),
            SanctionKind.ClimateBonus => ClimateBonus(rule, requirement, verdict, facts, arithmetic),
            SanctionKind.PromiseMissed => PromiseMissed(rule, requirement, verdict, facts, arithmetic),
            _ => null,
        };
        if (raw is not { } amount)
        {
            return null;
        }

        // A climate bonus over budget turns into a deduction where the contract has one: the same arithmetic, the other way.
        var isBonus = rule.Kind == SanctionKind.ClimateBonus && !(rule.DeductionRate is not null && verdict.Measured >= rule.Budget);
        var limit = rule.Kind == SanctionKind.ClimateBonus && !isBonus ? rule.DeductionCapNok : rule.CapNok;
        if (limit is { } cap && amount > cap)
        {
            arithmetic.Add(new(MessageKeys.SanctionCapped, amount, cap));
            amount = cap;
        }

        amount = Math.Round(amount, 0, MidpointRounding.AwayFromZero);
        arithmetic.Add(new(isBonus ? MessageKeys.SanctionProposedBonus : MessageKeys.SanctionProposedPenalty, amount));
        return new SanctionProposal { Kind = rule.Kind, IsBonus = isBonus, AmountNok = amount, Arithmetic = arithmetic };
    }

    /// <summary>
    /// The verdict a once-per-contract amount (a bonus, a missed promise) is decided on: the whole-contract verdict, or
    /// a cumulative requirement's verdict for the contract's last period. A price advantage was given once, so it is
    /// paid back once; earlier cumulative verdicts can still turn.
    /// </summary>
    public static bool DecidesTheContract(RequirementRule requirement, WindowVerdict verdict, ContractFacts facts)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(facts);
        return requirement.Window switch
        {
            RequirementWindow.WholeContract => true,
            RequirementWindow.Cumulative => facts.Periods.Count > 0 && string.Equals(verdict.Window, facts.Periods[^1].Key, StringComparison.Ordinal),
            _ => false,
        };
    }

    private static decimal? Fixed(SanctionRule rule, RequirementRule requirement, WindowVerdict verdict, List<Explanation> arithmetic)
    {
        arithmetic.Add(requirement.Window switch
        {
            RequirementWindow.WholeContract => new(MessageKeys.SanctionFixedWholeContract, rule.AmountNok),
            RequirementWindow.Cumulative => new(MessageKeys.SanctionFixedCumulative, verdict.Window, rule.AmountNok),
            _ => new(MessageKeys.SanctionFixedPerPeriod, verdict.Window, rule.AmountNok),
        });
        return rule.AmountNok;
    }

    /// <summary>
    /// The shortfall is the distance between the measured value and the threshold applied (after grid relief), in the
    /// metric's unit: machine-days, litres, kg CO2e, late periods. A share's shortfall is counted in percentage points,
    /// the unit a contract writes such a sanction in ("NOK 10 000 per percentage point below the promised share").
    /// </summary>
    private static decimal? PerUnitOfShortfall(SanctionRule rule, RequirementRule requirement, WindowVerdict verdict, List<Explanation> arithmetic)
    {
        if (verdict.Measured is not { } measured)
        {
            return null;
        }

        var threshold = verdict.EffectiveThreshold;
        var metric = requirement.Metric;
        var fraction = MetricUnitText.IsFraction(metric);
        var units = Math.Abs(measured - threshold) * (fraction ? 100m : 1m);
        if (units == 0m)
        {
            return null;
        }

        if (fraction)
        {
            arithmetic.Add(new(MessageKeys.SanctionShortfallPercentagePoints, measured * 100m, threshold * 100m, units));
        }
        else if (rule.PerUnit == ShortfallUnit.Tonne)
        {
            // The metric counts kilograms; the contract prices tonnes, so the arithmetic shows the conversion.
            var tonnes = units / 1000m;
            arithmetic.Add(new(MessageKeys.SanctionShortfallTonnes, measured, threshold, units, tonnes));
            units = tonnes;
        }
        else if (metric.Aggregate == MetricAggregate.LatePeriods)
        {
            arithmetic.Add(new(MessageKeys.SanctionShortfallPeriods, measured, threshold, units));
        }
        else if (metric.Aggregate == MetricAggregate.Sum && metric.Quantity == FactQuantity.MachineDays)
        {
            arithmetic.Add(new(MessageKeys.SanctionShortfallMachineDays, measured, threshold, units));
        }
        else
        {
            arithmetic.Add(new(MessageKeys.SanctionShortfall, measured, threshold, units, MetricUnitText.ValueSuffix(metric)));
        }

        // Each cumulative verdict counts from the start, so its proposal holds the whole shortfall so far; said
        // outright, so nobody adds the proposals of successive periods together.
        if (requirement.Window == RequirementWindow.Cumulative)
        {
            arithmetic.Add(new(MessageKeys.SanctionCumulativeToDate, verdict.Window));
        }

        var amount = units * rule.AmountNok;
        arithmetic.Add(new(MessageKeys.SanctionPerUnit, units, rule.AmountNok, amount));
        return amount;
    }

    /// <summary>
    /// Statens vegvesen: the climate result is the share the measured figure is under the budget, times the contract
    /// value; the bonus is the rate of that. Over budget the proposal is zero rather than nothing: the bonus is decided
    /// once, at completion, and "no bonus, because the site ended 4 % over budget" is an answer the buyer confirms and
    /// the supplier may ask for, while a bonus never turns into a penalty.
    /// </summary>
    private static decimal? ClimateBonus(SanctionRule rule, RequirementRule requirement, WindowVerdict verdict, ContractFacts facts, List<Explanation> arithmetic)
    {
        if (verdict.Status is not (ComplianceStatus.Met or ComplianceStatus.NotMet)
            || verdict.Measured is not { } measured
            || !DecidesTheContract(requirement, verdict, facts))
        {
            return null;
        }

        var budget = rule.Budget!.Value;
        var suffix = MetricUnitText.ValueSuffix(requirement.Metric);
        var value = rule.ContractValueNok ?? facts.ValueNok;
        if (measured >= budget)
        {
            if (rule.DeductionRate is not { } deductionRate)
            {
                arithmetic.Add(new(MessageKeys.SanctionNoBonusOverBudget, budget, measured, suffix));
                return 0m;
            }

            // Statens vegvesen: "ved et dårligere klimaresultat enn budsjettert blir det trekk", at a smaller rate than the bonus.
            var over = (measured - budget) / budget;
            arithmetic.Add(new(MessageKeys.SanctionClimateResultOver, budget, measured, over * 100m, suffix));
            var overNok = value * over;
            arithmetic.Add(new(MessageKeys.SanctionClimateResultNok, over * 100m, value, overNok));
            var deduction = deductionRate * overNok;
            arithmetic.Add(new(MessageKeys.SanctionDeductionShare, deductionRate * 100m, overNok, deduction));
            return deduction;
        }

        var under = (budget - measured) / budget;
        arithmetic.Add(new(MessageKeys.SanctionClimateResult, budget, measured, under * 100m, suffix));
        var result = value * under;
        arithmetic.Add(new(MessageKeys.SanctionClimateResultNok, under * 100m, value, result));
        var rate = rule.BonusRate!.Value;
        var bonus = rate * result;
        arithmetic.Add(new(MessageKeys.SanctionBonusShare, rate * 100m, result, bonus));
        BiofuelWarning(requirement, verdict, facts, budget, measured, value, rate, bonus, arithmetic);
        return bonus;
    }

    /// <summary>
    /// The territorial figure counts liquid biofuel as zero, so biofuel alone can earn a bonus on it; Statens vegvesen's
    /// climate bonus is for measures that cut emissions, and the Norwegian Environment Agency notes that public purchases
    /// of liquid biofuel for road transport "vil ikke bidra til økt bruk" beyond the blending mandate
    /// (https://www.miljodirektoratet.no/ansvarsomrader/klima/for-myndigheter/kutte-utslipp-av-klimagasser/klima-og-energitiltak/transport/klimavennlige-kjoretoy/).
    /// The proposal then says how much of the bonus the biofuel earned: the bonus with its avoided emissions added back.
    /// </summary>
    private static void BiofuelWarning(RequirementRule requirement, WindowVerdict verdict, ContractFacts facts, decimal budget, decimal measured,
        decimal value, decimal rate, decimal bonus, List<Explanation> arithmetic)
    {
        if (requirement.Metric.Quantity != FactQuantity.EmissionsTerritorial)
        {
            return;
        }

        var kinds = requirement.Metric.AlsoLineKinds.Append(requirement.Metric.LineKind).ToHashSet();
        var avoided = facts.Periods
            .Where(p => requirement.Window == RequirementWindow.WholeContract || string.CompareOrdinal(p.Key, verdict.Window) <= 0)
            .SelectMany(p => p.Lines)
            .Where(l => l.EnergyClass == EnergyClass.LiquidBiofuel && kinds.Contains(l.Kind))
            .Sum(l => l.AvoidedTerritorial);
        if (avoided <= 0m)
        {
            return;
        }

        var without = measured + avoided;
        var bonusWithout = without >= budget ? 0m : rate * value * (budget - without) / budget;
        arithmetic.Add(new(MessageKeys.SanctionBiofuelInBonus, avoided, bonus - bonusWithout, MetricUnitText.ValueSuffix(requirement.Metric)));
    }

    /// <summary>
    /// The promise earned the advantage its value has in the bid's award model; what was achieved earns what its value
    /// has; the multiple of the difference is proposed. Full clawback takes the whole advantage back instead.
    /// </summary>
    private static decimal? PromiseMissed(SanctionRule rule, RequirementRule requirement, WindowVerdict verdict, ContractFacts facts, List<Explanation> arithmetic)
    {
        if (requirement.Kind != RequirementKind.Promise || !DecidesTheContract(requirement, verdict, facts))
        {
            return null;
        }

        var multiple = rule.Multiple!.Value;
        decimal difference;
        if (rule.FullClawback)
        {
            var bid = rule.BidPriceNok!.Value;
            var evaluated = rule.EvaluatedPriceNok!.Value;
            difference = bid - evaluated;
            arithmetic.Add(new(MessageKeys.SanctionPriceAdvantage, bid, evaluated, difference));
            arithmetic.Add(new(MessageKeys.SanctionFullClawback));
        }
        else
        {
            if (verdict.Measured is not { } achieved)
            {
                return null;
            }

            var higherIsBetter = requirement.Comparison == Comparison.AtLeast;
            var promised = requirement.Threshold;
            var promisedAdvantage = AwardModel.Advantage(rule.AwardPoints, rule.AwardInterpolation, promised, higherIsBetter);
            var achievedAdvantage = AwardModel.Advantage(rule.AwardPoints, rule.AwardInterpolation, achieved, higherIsBetter);
            var fraction = MetricUnitText.IsFraction(requirement.Metric);
            var shown = (decimal v) => fraction ? v * 100m : v;
            var suffix = fraction ? " %" : MetricUnitText.ValueSuffix(requirement.Metric);
            arithmetic.Add(new(MessageKeys.SanctionAwardAdvantage, shown(promised), promisedAdvantage, shown(achieved), achievedAdvantage, suffix));
            difference = Math.Max(0m, promisedAdvantage - achievedAdvantage);
            arithmetic.Add(new(MessageKeys.SanctionAwardDifference, promisedAdvantage, achievedAdvantage, difference));
        }

        var amount = multiple * difference;
        arithmetic.Add(new(MessageKeys.SanctionPromiseMissed, multiple, difference, amount));
        return amount;
    }
}

/// <summary>
/// A bid's award model: which price advantage a promised value earned in the evaluation. A value worse than every point
/// earned nothing; one better than every point earns the best point's advantage; between points, a straight line
/// (<see cref="AwardInterpolation.Linear"/>) or the best point reached (<see cref="AwardInterpolation.Steps"/>).
/// </summary>
public static class AwardModel
{
    /// <param name="higherIsBetter">True for "at least" promises (a share), false for "at most" (a CO2e cap).</param>
    public static decimal Advantage(IReadOnlyList<AwardPoint> points, AwardInterpolation interpolation, decimal value, bool higherIsBetter)
    {
        ArgumentNullException.ThrowIfNull(points);
        bool Reaches(AwardPoint p) => higherIsBetter ? value >= p.Value : value <= p.Value;
        var reached = points.Where(Reaches).ToList();
        if (reached.Count == 0)
        {
            return 0m;
        }

        if (interpolation == AwardInterpolation.Steps || reached.Count == points.Count)
        {
            return reached.Max(p => p.AdvantageNok);
        }

        // The nearest point reached and the nearest not reached enclose the value.
        var below = higherIsBetter ? reached.MaxBy(p => p.Value)! : reached.MinBy(p => p.Value)!;
        var above = higherIsBetter ? points.Where(p => !Reaches(p)).MinBy(p => p.Value)! : points.Where(p => !Reaches(p)).MaxBy(p => p.Value)!;
        var position = (value - below.Value) / (above.Value - below.Value);
        return below.AdvantageNok + position * (above.AdvantageNok - below.AdvantageNok);
    }
}
