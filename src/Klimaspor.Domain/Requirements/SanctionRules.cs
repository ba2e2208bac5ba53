using System.Globalization;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Validation;

namespace Klimaspor.Domain.Requirements;

/// <summary>
/// Validation of a requirement's sanction or bonus: every error at once, each at its field, so the API and the form
/// can refuse a configuration the arithmetic could not work with and say what to fix.
/// </summary>
public static class SanctionRules
{
    /// <summary>
    /// Far beyond any contract (Oslo buys for about NOK 28 bn a year) or any site's climate budget in kg CO2e, so a
    /// larger figure is a typing error; it also keeps every product of the arithmetic far inside what a decimal holds.
    /// </summary>
    public const decimal MaxFigure = 1_000_000_000_000m;

    /// <summary>A multiple above this is no longer a sanction anyone writes into a contract (the Ladder uses 1.5).</summary>
    public const decimal MaxMultiple = 100m;

    /// <summary>The errors in a sanction on its own; fields are named as inside a requirement (<c>sanction.budget</c>).</summary>
    public static IReadOnlyList<Problem> Validate(SanctionRule rule) => Validate(rule, "sanction");

    /// <summary>The errors in a sanction, with fields named <c>{prefix}.budget</c> and so on.</summary>
    public static IReadOnlyList<Problem> Validate(SanctionRule rule, string prefix)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(prefix);
        var errors = new List<Problem>();
        var field = (string name) => prefix + "." + name;

        if (!Enum.IsDefined(rule.Kind))
        {
            var value = ((int)rule.Kind).ToString(CultureInfo.InvariantCulture);
            errors.Add(new Problem(field("kind"), MessageKeys.SanctionUnknownKind, value, value));
        }
        else if (rule.Kind is SanctionKind.FixedPerPeriodNotMet or SanctionKind.PerUnitOfShortfall)
        {
            if (rule.AmountNok <= 0m)
            {
                errors.Add(new Problem(field("amountNok"), MessageKeys.SanctionAmountNotPositive, Text(rule.AmountNok), rule.AmountNok));
            }
            else
            {
                NotTooLarge(rule.AmountNok, MaxFigure, field("amountNok"), errors);
            }
        }
        else if (rule.Kind == SanctionKind.ClimateBonus)
        {
            if (rule.BonusRate is not { } rate)
            {
                errors.Add(new Problem(field("bonusRate"), MessageKeys.SanctionRequiredForBonus));
            }
            else if (rate is <= 0m or > 1m)
            {
                errors.Add(new Problem(field("bonusRate"), MessageKeys.SanctionBonusRateRange, Text(rate), rate * 100m));
            }

            Positive(rule.Budget, MessageKeys.SanctionRequiredForBonus, field("budget"), errors);
            Positive(rule.ContractValueNok, null, field("contractValueNok"), errors);
            if (rule.DeductionRate is { } deduction)
            {
                if (deduction is <= 0m or > 1m)
                {
                    errors.Add(new Problem(field("deductionRate"), MessageKeys.SanctionBonusRateRange, Text(deduction), deduction * 100m));
                }
                else if (rule.BonusRate is { } bonusRate && deduction >= bonusRate)
                {
                    // Statens vegvesen: "pisken skal være mindre enn gulerota" (the stick smaller than the carrot).
                    errors.Add(new Problem(field("deductionRate"), MessageKeys.SanctionDeductionNotBelowBonus, Text(deduction), deduction * 100m, bonusRate * 100m));
                }
            }

            Positive(rule.DeductionCapNok, null, field("deductionCapNok"), errors);
        }
        else
        {
            PromiseMissed(rule, field, errors);
        }

        if (rule.PerUnit is { } unit && (!Enum.IsDefined(unit) || rule.Kind != SanctionKind.PerUnitOfShortfall))
        {
            errors.Add(new Problem(field("perUnit"), MessageKeys.SanctionPerUnitOnlyForEmissions, unit.ToString()));
        }

        Positive(rule.CapNok, null, field("capNok"), errors);
        return errors;
    }

    /// <summary>
    /// A missed promise costs the difference the bid's award model gives, so the model is required unless the buyer
    /// chose to take back the whole advantage, which needs the bid and evaluated prices.
    /// </summary>
    private static void PromiseMissed(SanctionRule rule, Func<string, string> field, List<Problem> errors)
    {
        if (rule.FullClawback || rule.BidPriceNok is not null || rule.EvaluatedPriceNok is not null)
        {
            var required = rule.FullClawback ? MessageKeys.SanctionRequiredForPromise : null;
            var bidValid = Positive(rule.BidPriceNok, required, field("bidPriceNok"), errors);
            var evaluatedValid = Positive(rule.EvaluatedPriceNok, required, field("evaluatedPriceNok"), errors);
            if (bidValid && evaluatedValid && rule.EvaluatedPriceNok >= rule.BidPriceNok)
            {
                errors.Add(new Problem(field("evaluatedPriceNok"), MessageKeys.SanctionEvaluatedNotBelowBid,
                    Text(rule.EvaluatedPriceNok!.Value), rule.EvaluatedPriceNok.Value, rule.BidPriceNok!.Value));
            }
        }

        if (!Enum.IsDefined(rule.AwardInterpolation))
        {
            var value = ((int)rule.AwardInterpolation).ToString(CultureInfo.InvariantCulture);
            errors.Add(new Problem(field("awardInterpolation"), MessageKeys.SanctionUnknownKind, value, value));
        }

        var points = rule.AwardPoints ?? [];
        if (!rule.FullClawback && points.Count == 0)
        {
            errors.Add(new Problem(field("awardPoints"), MessageKeys.SanctionAwardModelRequired));
        }

        for (var i = 0; i < points.Count; i++)
        {
            var at = field($"awardPoints[{i}]");
            if (points[i] is not { } point)
            {
                errors.Add(new Problem(at, "Validation.Required"));
                continue;
            }

            if (point.AdvantageNok < 0m)
            {
                errors.Add(new Problem(at + ".advantageNok", MessageKeys.SanctionNotPositive, Text(point.AdvantageNok), point.AdvantageNok));
            }
            else
            {
                NotTooLarge(point.AdvantageNok, MaxFigure, at + ".advantageNok", errors);
            }

            NotTooLarge(Math.Abs(point.Value), MaxFigure, at + ".value", errors);
            if (points.Take(i).Any(p => p is not null && p.Value == point.Value))
            {
                errors.Add(new Problem(at + ".value", MessageKeys.SanctionAwardPointTwice, Text(point.Value), point.Value));
            }
        }

        Positive(rule.Multiple, MessageKeys.SanctionRequiredForPromise, field("multiple"), errors, MaxMultiple);
    }

    /// <summary>
    /// The errors in a requirement's sanction, including those that come from the requirement it sits on: a bonus and
    /// a missed promise are decided once for the contract, a bonus rewards staying under a budget, and a missed
    /// promise needs a promise. Fields are named as in the requirement (<c>sanction.kind</c>).
    /// </summary>
    public static IReadOnlyList<Problem> Validate(SanctionRule rule, RequirementRule requirement)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        var errors = new List<Problem>(Validate(rule));
        var kind = rule.Kind.ToString();
        if (rule.Kind is SanctionKind.ClimateBonus or SanctionKind.PromiseMissed && requirement.Window == RequirementWindow.EachPeriod)
        {
            errors.Add(new Problem("sanction.kind", MessageKeys.SanctionNeedsContractWindow, kind));
        }

        if (rule.Kind == SanctionKind.ClimateBonus && requirement.Comparison != Comparison.AtMost)
        {
            errors.Add(new Problem("sanction.kind", MessageKeys.SanctionBonusNeedsAtMost, kind));
        }

        if (rule.Kind == SanctionKind.PromiseMissed && requirement.Kind != RequirementKind.Promise)
        {
            errors.Add(new Problem("sanction.kind", MessageKeys.SanctionPromiseNeedsPromise, kind));
        }

        // Over budget is then "not met", which opens the deviation that carries the deduction; with another threshold a
        // figure between the two would be met and its deduction would have no deviation to be proposed on.
        if (rule.Kind == SanctionKind.ClimateBonus && rule.DeductionRate is not null && rule.Budget is { } budget && budget != requirement.Threshold)
        {
            errors.Add(new Problem("sanction.budget", MessageKeys.SanctionDeductionBudgetIsThreshold, Text(budget), budget, requirement.Threshold));
        }

        // A price per unit of CO2e must say whether it is per tonne or per kilogram: a factor of 1 000 between the readings.
        var emissions = MetricCatalogue.UnitOf(requirement.Metric) == MetricUnit.KgCo2e;
        if (rule.Kind == SanctionKind.PerUnitOfShortfall && emissions && rule.PerUnit is null)
        {
            errors.Add(new Problem("sanction.perUnit", MessageKeys.SanctionPerUnitRequired));
        }
        else if (rule.PerUnit is not null && !emissions && rule.Kind == SanctionKind.PerUnitOfShortfall)
        {
            errors.Add(new Problem("sanction.perUnit", MessageKeys.SanctionPerUnitOnlyForEmissions, rule.PerUnit.ToString()!));
        }

        return errors;
    }

    /// <summary>Adds the error a value has, if any (a missing value only with a <paramref name="requiredKey"/>); true when present and valid.</summary>
    private static bool Positive(decimal? value, string? requiredKey, string field, List<Problem> errors, decimal max = MaxFigure)
    {
        if (value is not { } v)
        {
            if (requiredKey is not null)
            {
                errors.Add(new Problem(field, requiredKey));
            }

            return false;
        }

        if (v <= 0m)
        {
            errors.Add(new Problem(field, MessageKeys.SanctionNotPositive, Text(v), v));
            return false;
        }

        return NotTooLarge(v, max, field, errors);
    }

    private static bool NotTooLarge(decimal value, decimal max, string field, List<Problem> errors)
    {
        if (value <= max)
        {
            return true;
        }

        errors.Add(new Problem(field, MessageKeys.SanctionTooLarge, Text(value), value, max));
        return false;
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
