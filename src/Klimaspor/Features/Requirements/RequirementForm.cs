using System.Globalization;
using System.Text.RegularExpressions;
using Klimaspor.Data;
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Requirements;
using Klimaspor.Features.Compliance;

namespace Klimaspor.Features.Requirements;

/// <summary>
/// A requirement as the compose form holds it: text as typed, thresholds in the unit people read (percentages for
/// shares). Field names in errors are the API's, so the domain's validation lands beside the right field.
/// </summary>
public sealed partial class RequirementForm
{
    /// <summary>The value of the metric choice that keeps a rule's own (composed over the API) metric as it is.</summary>
    public const string OwnMetric = "own";

    public string? Key { get; set; }
    public string? ClauseText { get; set; }
    public string? Kind { get; set; }
    public string? Metric { get; set; }
    public string? Window { get; set; }
    public string? Comparison { get; set; }
    public string? Threshold { get; set; }
    public bool GridRelief { get; set; }
    public List<string> Types { get; set; } = [];
    public List<string> Purposes { get; set; } = [];
    public List<string> EnergyClasses { get; set; } = [];
    public string? MinWeightTonnes { get; set; }
    public string? MaxWeightTonnes { get; set; }
    public string? Waivers { get; set; }
    public string? SanctionKind { get; set; }
    public string? AmountNok { get; set; }
    public string? BonusRate { get; set; }
    public string? Budget { get; set; }
    public string? ContractValueNok { get; set; }
    public string? BidPriceNok { get; set; }
    public string? EvaluatedPriceNok { get; set; }
    public string? Multiple { get; set; }
    public string? CapNok { get; set; }

    /// <summary>The bid's award model, one point per line: the promised value (as the threshold is written) and the advantage in NOK, separated by a semicolon.</summary>
    public string? AwardPoints { get; set; }
    public string? AwardInterpolation { get; set; }
    public bool FullClawback { get; set; }
    public string? DeductionRate { get; set; }
    public string? DeductionCapNok { get; set; }
    public string? PerUnit { get; set; }
    public string? RowVersion { get; set; }

    /// <summary>A rule's own metric (not from the catalogue), carried through the form unchanged.</summary>
    public string? OwnMetricJson { get; set; }

    /// <summary>Labels of the fields, for the error summary (by the API's field name without indices).</summary>
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        ["key"] = "Requirement.Key",
        ["clauseText"] = "Requirement.ClauseText",
        ["kind"] = "Requirement.Kind",
        ["metric"] = "Requirement.Metric",
        ["window"] = "Requirement.Window",
        ["comparison"] = "Requirement.Comparison",
        ["threshold"] = "Requirement.Threshold",
        ["gridRelief"] = "Requirement.GridReliefLabel",
        ["scope"] = "Requirement.ScopeLegend",
        ["scope.types"] = "Requirement.Types",
        ["scope.purposes"] = "Requirement.Purposes",
        ["scope.energyClasses"] = "Requirement.EnergyClasses",
        ["scope.minWeightTonnes"] = "Requirement.MinWeight",
        ["scope.maxWeightTonnes"] = "Requirement.MaxWeight",
        ["scope.waivers"] = "Requirement.Waivers",
        ["sanction"] = "Requirement.SanctionLegend",
        ["sanction.kind"] = "Requirement.SanctionKind",
        ["sanction.amountNok"] = "Requirement.AmountNok",
        ["sanction.bonusRate"] = "Requirement.BonusRate",
        ["sanction.budget"] = "Requirement.Budget",
        ["sanction.contractValueNok"] = "Requirement.ContractValueNok",
        ["sanction.bidPriceNok"] = "Requirement.BidPriceNok",
        ["sanction.evaluatedPriceNok"] = "Requirement.EvaluatedPriceNok",
        ["sanction.multiple"] = "Requirement.Multiple",
        ["sanction.capNok"] = "Requirement.CapNok",
        ["sanction.awardPoints"] = "Requirement.AwardPoints",
        ["sanction.awardInterpolation"] = "Requirement.AwardInterpolation",
        ["sanction.fullClawback"] = "Requirement.FullClawback",
        ["sanction.deductionRate"] = "Requirement.DeductionRate",
        ["sanction.deductionCapNok"] = "Requirement.DeductionCapNok",
        ["sanction.perUnit"] = "Requirement.PerUnit",
    };

    public static RequirementForm From(ContractRequirement requirement)
    {
        var rule = requirement.Rule();
        var unit = MetricCatalogue.UnitOf(rule.Metric);
        var known = MetricCatalogue.Find(rule.Metric.Code) is not null;
        var s = rule.Sanction;
        return new RequirementForm
        {
            Key = rule.Key,
            ClauseText = rule.ClauseText,
            Kind = rule.Kind.ToString(),
            Metric = known ? rule.Metric.Code : OwnMetric,
            OwnMetricJson = known ? null : RequirementStore.Write(rule.Metric),
            Window = rule.Window.ToString(),
            Comparison = rule.Comparison.ToString(),
            Threshold = Text(MetricDisplay.ToDisplay(rule.Threshold, unit)),
            GridRelief = rule.GridRelief,
            Types = [.. rule.Scope.Types],
            Purposes = [.. rule.Scope.Purposes],
            EnergyClasses = [.. rule.Scope.EnergyClasses.Select(c => c.ToString())],
            MinWeightTonnes = Text(rule.Scope.MinWeightTonnes),
            MaxWeightTonnes = Text(rule.Scope.MaxWeightTonnes),
            Waivers = rule.Scope.Waivers.ToString(),
            SanctionKind = s?.Kind.ToString(),
            AmountNok = s is null || s.AmountNok == 0 ? null : Text(s.AmountNok),
            BonusRate = Text(s?.BonusRate * 100m),
            Budget = Text(s?.Budget),
            ContractValueNok = Text(s?.ContractValueNok),
            BidPriceNok = Text(s?.BidPriceNok),
            EvaluatedPriceNok = Text(s?.EvaluatedPriceNok),
            Multiple = Text(s?.Multiple),
            CapNok = Text(s?.CapNok),
            AwardPoints = s is null ? null : string.Join("\n", s.AwardPoints.Select(p => $"{Text(MetricDisplay.ToDisplay(p.Value, unit))}; {Text(p.AdvantageNok)}")),
            AwardInterpolation = s?.AwardInterpolation.ToString(),
            FullClawback = s?.FullClawback ?? false,
            DeductionRate = Text(s?.DeductionRate * 100m),
            DeductionCapNok = Text(s?.DeductionCapNok),
            PerUnit = s?.PerUnit?.ToString(),
            RowVersion = requirement.RowVersion.ToString("N"),
        };
    }

    /// <summary>The rule the form describes, or the errors that keep it from being one (the domain's checks come after).</summary>
    public (RequirementRule? Rule, List<Problem> Errors) ToRule()
    {
        var errors = new List<Problem>();
        var metric = MetricOf(errors);
        var kind = Parse<RequirementKind>(Kind, "kind", errors);
        var window = Parse<RequirementWindow>(Window, "window", errors);
        var comparison = Parse<Domain.Requirements.Comparison>(Comparison, "comparison", errors);
        var waivers = string.IsNullOrEmpty(Waivers) ? WaiverFilter.AllLines : Parse<WaiverFilter>(Waivers, "scope.waivers", errors);
        var classes = EnergyClasses.Select(c => Parse<EnergyClass>(c, "scope.energyClasses", errors)).ToList();
        var threshold = FormValues.Number(Threshold, "threshold", errors);
        if (threshold is null && string.IsNullOrWhiteSpace(Threshold))
        {
            errors.Add(new Problem("threshold", "Validation.Required"));
        }

        var min = FormValues.Number(MinWeightTonnes, "scope.minWeightTonnes", errors);
        var max = FormValues.Number(MaxWeightTonnes, "scope.maxWeightTonnes", errors);
        var sanction = SanctionOf(metric is null ? MetricUnit.Count : MetricCatalogue.UnitOf(metric), errors);
        if (errors.Count > 0 || metric is null)
        {
            return (null, errors);
        }

        return (new RequirementRule
        {
            Key = Key?.Trim() ?? string.Empty,
            ClauseText = ClauseText?.Trim() ?? string.Empty,
            Kind = kind,
            Metric = metric,
            Scope = new RequirementScope
            {
                Types = [.. Types.Where(t => t.Length > 0).Distinct()],
                Purposes = [.. Purposes.Where(t => t.Length > 0).Distinct()],
                EnergyClasses = [.. classes.Distinct()],
                MinWeightTonnes = min,
                MaxWeightTonnes = max,
                Waivers = waivers,
            },
            Comparison = comparison,
            Threshold = MetricDisplay.FromDisplay(threshold!.Value, MetricCatalogue.UnitOf(metric)),
            Window = window,
            GridRelief = GridRelief,
            Sanction = sanction,
        }, errors);
    }

    /// <summary>The form field an error belongs beside: indices dropped, and a metric's parts are the metric choice.</summary>
    public static string FieldOf(string apiField)
    {
        var field = Index().Replace(apiField, string.Empty);
        field = field.StartsWith("rule.", StringComparison.Ordinal) ? field[5..] : field;
        // The award model is one text box, so an error on any of its points is an error on the box.
        return field.StartsWith("metric", StringComparison.Ordinal) ? "metric"
            : field.StartsWith("sanction.awardPoints", StringComparison.Ordinal) ? "sanction.awardPoints"
            : field;
    }

    private MetricDefinition? MetricOf(List<Problem> errors)
    {
        if (Metric == OwnMetric && OwnMetricJson is { Length: > 0 } json)
        {
            return RequirementStore.Read<MetricDefinition>(json);
        }

        if (string.IsNullOrEmpty(Metric))
        {
            errors.Add(new Problem("metric", "Validation.Required"));
            return null;
        }

        if (MetricCatalogue.Find(Metric) is not { } known)
        {
            errors.Add(new Problem("metric", "Validation.UnknownCode", Metric));
            return null;
        }

        return known.Definition;
    }

    /// <param name="unit">The metric's unit: award model values are written as the threshold is (a share in percent).</param>
    private SanctionRule? SanctionOf(MetricUnit unit, List<Problem> errors)
    {
        if (string.IsNullOrEmpty(SanctionKind))
        {
            return null;
        }

        var kind = Parse<Domain.Requirements.SanctionKind>(SanctionKind, "sanction.kind", errors);
        var rate = FormValues.Number(BonusRate, "sanction.bonusRate", errors);
        return new SanctionRule
        {
            Kind = kind,
            AmountNok = FormValues.Number(AmountNok, "sanction.amountNok", errors) ?? 0m,
            BonusRate = rate / 100m,
            Budget = FormValues.Number(Budget, "sanction.budget", errors),
            ContractValueNok = FormValues.Number(ContractValueNok, "sanction.contractValueNok", errors),
            BidPriceNok = FormValues.Number(BidPriceNok, "sanction.bidPriceNok", errors),
            EvaluatedPriceNok = FormValues.Number(EvaluatedPriceNok, "sanction.evaluatedPriceNok", errors),
            Multiple = FormValues.Number(Multiple, "sanction.multiple", errors),
            CapNok = FormValues.Number(CapNok, "sanction.capNok", errors),
            AwardPoints = AwardPointsOf(unit, errors),
            AwardInterpolation = string.IsNullOrEmpty(AwardInterpolation)
                ? Domain.Requirements.AwardInterpolation.Linear
                : Parse<Domain.Requirements.AwardInterpolation>(AwardInterpolation, "sanction.awardInterpolation", errors),
            FullClawback = FullClawback,
            DeductionRate = FormValues.Number(DeductionRate, "sanction.deductionRate", errors) / 100m,
            DeductionCapNok = FormValues.Number(DeductionCapNok, "sanction.deductionCapNok", errors),
            PerUnit = string.IsNullOrEmpty(PerUnit) ? null : Parse<ShortfallUnit>(PerUnit, "sanction.perUnit", errors),
        };
    }

    /// <summary>Each non-empty line "value; advantage" as a point; a line that is not two numbers is an error on the field.</summary>
    private List<AwardPoint> AwardPointsOf(MetricUnit unit, List<Problem> errors)
    {
        var points = new List<AwardPoint>();
        foreach (var line in (AwardPoints ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(';', StringSplitOptions.TrimEntries);
            if (parts.Length != 2)
            {
                errors.Add(new Problem("sanction.awardPoints", "Requirement.AwardPointLine", line));
                continue;
            }

            var value = FormValues.Number(parts[0], "sanction.awardPoints", errors);
            var advantage = FormValues.Number(parts[1], "sanction.awardPoints", errors);
            if (value is { } v && advantage is { } a)
            {
                points.Add(new AwardPoint(MetricDisplay.FromDisplay(v, unit), a));
            }
        }

        return points;
    }

    private static T Parse<T>(string? value, string field, List<Problem> errors)
        where T : struct, Enum
    {
        if (string.IsNullOrEmpty(value))
        {
            errors.Add(new Problem(field, "Validation.Required"));
            return default;
        }

        if (!Enum.TryParse<T>(value, ignoreCase: false, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(value, out _))
        {
            errors.Add(new Problem(field, "Validation.UnknownCode", value));
        }

        return parsed;
    }

    private static string? Text(decimal? value) => value?.ToString("0.######", CultureInfo.CurrentCulture);

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();
}
