using System.Globalization;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Validation;
using Keys = Klimaspor.Domain.Requirements.RequirementMessageKeys;

namespace Klimaspor.Domain.Requirements;

/// <summary>Validation of a composed requirement: every error at once, located by field.</summary>
public static class RequirementRules
{
    public const int KeyMaxLength = 100;
    public const int CodeMaxLength = 100;
    public const int ClauseTextMaxLength = 4000;

    /// <summary>The largest threshold accepted: a thousand million tonnes CO2e in kilograms, far beyond any contract.</summary>
    public const decimal MaxThreshold = 1_000_000_000_000m;

    /// <summary>The largest machine weight a scope can name, tonnes.</summary>
    public const decimal MaxWeightTonnes = 100_000m;

    /// <summary>
    /// Checks a requirement as a buyer composed it (in the browser or over the API). A rule without errors can be
    /// evaluated: every code is in the template's lists, every filter and condition applies to the lines the metric
    /// looks at, and the threshold is in the metric's range.
    /// </summary>
    public static IReadOnlyList<Problem> Validate(RequirementRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var errors = new List<Problem>();
        Key(rule.Key, errors);
        Text(rule.ClauseText, "clauseText", ClauseTextMaxLength, errors);
        Defined(rule.Kind, "kind", errors);
        Defined(rule.Window, "window", errors);
        Defined(rule.Comparison, "comparison", errors);

        var metric = rule.Metric;
        if (metric is null)
        {
            errors.Add(new Problem("metric", Keys.ValidationRequired));
            return errors;
        }

        Text(metric.Code, "metric.code", CodeMaxLength, errors);
        var kinds = Kinds(metric, errors);
        var aggregateKnown = Defined(metric.Aggregate, "metric.aggregate", errors);
        if (aggregateKnown)
        {
            Quantities(metric, kinds, errors);
            Condition(metric, kinds, errors);
            Scope(rule.Scope, metric, kinds, errors);
            Threshold(rule, metric, errors);
        }

        if (rule.GridRelief && rule.Comparison != Comparison.AtLeast)
        {
            errors.Add(new Problem("gridRelief", Keys.ValidationGridReliefNeedsAtLeast));
        }

        return errors;
    }

    /// <summary>Which line kinds carry a quantity; <see cref="FactQuantity.Lines"/> is on every line.</summary>
    public static bool IsOn(FactQuantity quantity, LineKind kind) => quantity switch
    {
        FactQuantity.Lines => true,
        FactQuantity.MachineHours or FactQuantity.IdleHours or FactQuantity.MachineDays => kind == LineKind.Machine,
        FactQuantity.Kilometres or FactQuantity.TonneKm or FactQuantity.Trips => kind == LineKind.Vehicle,
        FactQuantity.FuelLitres => true,
        FactQuantity.DeliveredQuantity => kind == LineKind.FuelDelivery,
        _ => kind != LineKind.FuelDelivery,
    };

    private static void Key(string? key, List<Problem> errors)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            errors.Add(new Problem("key", Keys.ValidationRequired));
        }
        else if (key.Length > KeyMaxLength || !key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            errors.Add(new Problem("key", Keys.ValidationKeyInvalid, key));
        }
    }

    private static void Text(string? text, string field, int maxLength, List<Problem> errors) =>
        TextField.Read(text, field, maxLength, errors, required: true, multiline: maxLength > TextField.LineMaxLength, requiredKey: Keys.ValidationRequired);

    private static bool Defined<T>(T value, string field, List<Problem> errors)
        where T : struct, Enum
    {
        if (Enum.IsDefined(value))
        {
            return true;
        }

        errors.Add(new Problem(field, Keys.ValidationNotDefined, value.ToString()));
        return false;
    }

    private static List<LineKind> Kinds(MetricDefinition metric, List<Problem> errors)
    {
        var kinds = new List<LineKind>();
        if (metric.Aggregate == MetricAggregate.LatePeriods)
        {
            return kinds;
        }

        if (Defined(metric.LineKind, "metric.lineKind", errors))
        {
            kinds.Add(metric.LineKind);
        }

        for (var i = 0; i < metric.AlsoLineKinds.Count; i++)
        {
            var kind = metric.AlsoLineKinds[i];
            if (Defined(kind, $"metric.alsoLineKinds[{i}]", errors) && !kinds.Contains(kind))
            {
                kinds.Add(kind);
            }
        }

        return kinds;
    }

    private static void Quantities(MetricDefinition metric, List<LineKind> kinds, List<Problem> errors)
    {
        // A count of distinct lines or of late reports adds up no quantity.
        if (metric.Aggregate is MetricAggregate.CountDistinct or MetricAggregate.LatePeriods)
        {
            if (metric.Denominator is not null)
            {
                errors.Add(new Problem("metric.denominator", Keys.ValidationDenominatorOnlyForRatio));
            }

            return;
        }

        QuantityOn(metric.Quantity, "metric.quantity", kinds, errors);
        if (metric.Aggregate == MetricAggregate.Ratio)
        {
            if (metric.Denominator is not { } denominator)
            {
                errors.Add(new Problem("metric.denominator", Keys.ValidationRatioNeedsDenominator));
            }
            else
            {
                QuantityOn(denominator, "metric.denominator", kinds, errors);
            }
        }
        else if (metric.Denominator is not null)
        {
            errors.Add(new Problem("metric.denominator", Keys.ValidationDenominatorOnlyForRatio));
        }
    }

    private static void QuantityOn(FactQuantity quantity, string field, List<LineKind> kinds, List<Problem> errors)
    {
        if (!Defined(quantity, field, errors))
        {
            return;
        }

        // Every sheet must carry it: hours summed over machines and energy lines would silently count the energy as 0.
        foreach (var kind in kinds)
        {
            if (!IsOn(quantity, kind))
            {
                errors.Add(new Problem(field, Keys.ValidationQuantityNotOnLines, quantity.ToString(), quantity.ToString(), kind.ToString()));
            }
        }
    }

    private static void Condition(MetricDefinition metric, List<LineKind> kinds, List<Problem> errors)
    {
        var condition = metric.Condition;
        if (condition is null)
        {
            if (metric.Aggregate == MetricAggregate.Share)
            {
                errors.Add(new Problem("metric.condition", Keys.ValidationShareNeedsCondition));
            }

            return;
        }

        if (metric.Aggregate is MetricAggregate.Ratio or MetricAggregate.LatePeriods)
        {
            errors.Add(new Problem("metric.condition", Keys.ValidationConditionNotUsed, null, metric.Aggregate.ToString()));
            return;
        }

        if (condition.EnergyClasses.Count == 0 && condition.Carriers.Count == 0 && condition.EmissionClassBelow is null && condition.Feedstocks.Count == 0
            && condition.Purposes.Count == 0)
        {
            errors.Add(new Problem("metric.condition", Keys.ValidationConditionEmpty));
            return;
        }

        for (var i = 0; i < condition.EnergyClasses.Count; i++)
        {
            Defined(condition.EnergyClasses[i], $"metric.condition.energyClasses[{i}]", errors);
        }

        for (var i = 0; i < condition.Carriers.Count; i++)
        {
            InList(condition.Carriers[i], $"metric.condition.carriers[{i}]", errors, CodeLists.EnergyCarrier);
        }

        if (condition.EmissionClassBelow is { } below)
        {
            const string field = "metric.condition.emissionClassBelow";
            if (!kinds.Contains(LineKind.Machine) && !kinds.Contains(LineKind.Vehicle))
            {
                errors.Add(new Problem(field, Keys.ValidationEmissionClassNeedsEngines, below));
            }
            else if (!EmissionClasses.List.Contains(below))
            {
                errors.Add(new Problem(field, Keys.ValidationUnknownCode, below, below, EmissionClasses.List.Name));
            }
            else if (!EmissionClassOrder.CanBeMinimum(below))
            {
                errors.Add(new Problem(field, Keys.ValidationEmissionClassNotMinimum, below));
            }
        }

        for (var i = 0; i < condition.ChargeableHybridOn.Count; i++)
        {
            Defined(condition.ChargeableHybridOn[i], $"metric.condition.chargeableHybridOn[{i}]", errors);
        }

        for (var i = 0; i < condition.EmissionClassesAccepted.Count; i++)
        {
            InList(condition.EmissionClassesAccepted[i], $"metric.condition.emissionClassesAccepted[{i}]", errors, EmissionClasses.List);
        }

        for (var i = 0; i < condition.Purposes.Count; i++)
        {
            InList(condition.Purposes[i], $"metric.condition.purposes[{i}]", errors, TransportPurposes.List, EnergyPurposes.List);
        }

        if (condition.Feedstocks.Count > 0 && !kinds.Contains(LineKind.FuelDelivery))
        {
            errors.Add(new Problem("metric.condition.feedstocks", Keys.ValidationFeedstockNeedsDeliveries));
        }
        else
        {
            for (var i = 0; i < condition.Feedstocks.Count; i++)
            {
                InList(condition.Feedstocks[i], $"metric.condition.feedstocks[{i}]", errors, Feedstocks.List);
            }
        }
    }

    private static void Scope(RequirementScope? scope, MetricDefinition metric, List<LineKind> kinds, List<Problem> errors)
    {
        if (scope is null)
        {
            errors.Add(new Problem("scope", Keys.ValidationRequired));
            return;
        }

        if (metric.Aggregate == MetricAggregate.LatePeriods)
        {
            if (scope.Types.Count > 0 || scope.Purposes.Count > 0 || scope.EnergyClasses.Count > 0 || scope.MinWeightTonnes is not null
                || scope.MaxWeightTonnes is not null || scope.MinPowerKw is not null || scope.MaxPowerKw is not null || scope.ExceptSporadic
                || scope.Waivers != WaiverFilter.AllLines)
            {
                errors.Add(new Problem("scope", Keys.ValidationScopeNotUsed, null, metric.Aggregate.ToString()));
            }

            return;
        }

        var machines = kinds.Contains(LineKind.Machine);
        var vehicles = kinds.Contains(LineKind.Vehicle);
        var energy = kinds.Contains(LineKind.Energy);
        List<CodeList> typeLists = [.. machines ? [MachineTypes.List] : Array.Empty<CodeList>(), .. vehicles ? [VehicleTypes.List] : Array.Empty<CodeList>()];
        List<CodeList> purposeLists =
            [.. vehicles ? [TransportPurposes.List] : Array.Empty<CodeList>(), .. energy ? [EnergyPurposes.List] : Array.Empty<CodeList>()];
        Codes(scope.Types, "scope.types", typeLists, errors);
        Codes(scope.Purposes, "scope.purposes", purposeLists, errors);
        for (var i = 0; i < scope.EnergyClasses.Count; i++)
        {
            Defined(scope.EnergyClasses[i], $"scope.energyClasses[{i}]", errors);
        }

        Weight(scope.MinWeightTonnes, "scope.minWeightTonnes", machines, errors);
        Weight(scope.MaxWeightTonnes, "scope.maxWeightTonnes", machines, errors);
        if (scope is { MinWeightTonnes: { } min, MaxWeightTonnes: { } max } && min >= max)
        {
            errors.Add(new Problem("scope.maxWeightTonnes", Keys.ValidationWeightBoundsOrder, Invariant(max), min, max));
        }

        // Power bands are validated as weight bands are (machines only, not negative, lower below upper).
        Weight(scope.MinPowerKw, "scope.minPowerKw", machines, errors);
        Weight(scope.MaxPowerKw, "scope.maxPowerKw", machines, errors);
        if (scope is { MinPowerKw: { } minKw, MaxPowerKw: { } maxKw } && minKw >= maxKw)
        {
            errors.Add(new Problem("scope.maxPowerKw", Keys.ValidationWeightBoundsOrder, Invariant(maxKw), minKw, maxKw));
        }

        if (Defined(scope.Waivers, "scope.waivers", errors) && scope.Waivers != WaiverFilter.AllLines && !machines && !vehicles)
        {
            errors.Add(new Problem("scope.waivers", Keys.ValidationWaiversNeedMachines, scope.Waivers.ToString()));
        }
    }

    private static void Codes(IReadOnlyList<string> codes, string field, List<CodeList> lists, List<Problem> errors)
    {
        if (codes.Count > 0 && lists.Count == 0)
        {
            errors.Add(new Problem(field, Keys.ValidationFilterNotForLines));
            return;
        }

        for (var i = 0; i < codes.Count; i++)
        {
            InList(codes[i], $"{field}[{i}]", errors, [.. lists]);
        }
    }

    private static void InList(string? code, string field, List<Problem> errors, params CodeList[] lists)
    {
        if (!lists.Any(l => l.Contains(code)))
        {
            errors.Add(new Problem(field, Keys.ValidationUnknownCode, code, code ?? string.Empty, string.Join(", ", lists.Select(l => l.Name))));
        }
    }

    private static void Weight(decimal? weight, string field, bool machines, List<Problem> errors)
    {
        if (weight is not { } tonnes)
        {
            return;
        }

        if (!machines)
        {
            errors.Add(new Problem(field, Keys.ValidationWeightOnlyMachines, Invariant(tonnes)));
        }
        else if (tonnes < 0)
        {
            errors.Add(new Problem(field, Keys.ValidationNegative, Invariant(tonnes), tonnes));
        }
        else if (tonnes > MaxWeightTonnes)
        {
            errors.Add(new Problem(field, Keys.ValidationTooLarge, Invariant(tonnes), tonnes, MaxWeightTonnes));
        }
    }

    private static void Threshold(RequirementRule rule, MetricDefinition metric, List<Problem> errors)
    {
        var threshold = rule.Threshold;
        var unit = MetricCatalogue.UnitOf(metric);
        if (unit == MetricUnit.Share && threshold is < 0 or > 1)
        {
            errors.Add(new Problem("threshold", Keys.ValidationShareOutOfRange, Invariant(threshold), threshold));
        }
        else if (unit == MetricUnit.Count && threshold != decimal.Truncate(threshold))
        {
            errors.Add(new Problem("threshold", Keys.ValidationCountNotWhole, Invariant(threshold), threshold));
        }
        else if (threshold < 0 && metric.Quantity != FactQuantity.AvoidedTerritorial)
        {
            // Avoided emissions are negative where a line emitted more than diesel would; every other figure is not.
            errors.Add(new Problem("threshold", Keys.ValidationNegative, Invariant(threshold), threshold));
        }
        else if (Math.Abs(threshold) > MaxThreshold)
        {
            errors.Add(new Problem("threshold", Keys.ValidationTooLarge, Invariant(threshold), threshold, MaxThreshold));
        }
    }

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
