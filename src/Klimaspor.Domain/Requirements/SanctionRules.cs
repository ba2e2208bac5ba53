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
        }
        else
        {
            var bidValid = Positive(rule.BidPriceNok, MessageKeys.SanctionRequiredForPromise, field("bidPriceNok"), errors);
            var evaluatedValid = Positive(rule.EvaluatedPriceNok, MessageKeys.SanctionRequiredForPromise, field("evaluatedPriceNok"), errors);
            if (bidValid && evaluatedValid && rule.EvaluatedPriceNok >= rule.BidPriceNok)
            {
                errors.Add(new Problem(field("evaluatedPriceNok"), MessageKeys.SanctionEvaluatedNotBelowBid,
                    Text(rule.EvaluatedPriceNok!.Value), rule.EvaluatedPriceNok.Value, rule.BidPriceNok!.Value));
            }

            Positive(rule.Multiple, MessageKeys.SanctionRequiredForPromise, field("multiple"), errors, MaxMultiple);
        }

        Positive(rule.CapNok, null, field("capNok"), errors);
        return errors;
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
