// SKELETON: the entry points the requirement engine offers. Implementations replace the throwing bodies.
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Template;

namespace Klimaspor.Domain.Requirements;

/// <summary>A metric of the catalogue with its name in the three languages and its unit for display.</summary>
public sealed record CatalogueMetric(MetricDefinition Definition, string NameNb, string NameNn, string NameEn, MetricUnit Unit);

public enum MetricUnit
{
    /// <summary>A fraction shown as a percentage.</summary>
    Share,
    KgCo2e,
    Hours,
    Kilometres,
    Litres,
    KilowattHours,
    Count,
}

/// <summary>The named metrics buyers compose requirements from.</summary>
public static class MetricCatalogue
{
    public static IReadOnlyList<CatalogueMetric> All => throw new NotImplementedException();

    public static CatalogueMetric? Find(string code) => throw new NotImplementedException();

    /// <summary>The unit a (possibly composed) metric's values are in.</summary>
    public static MetricUnit UnitOf(MetricDefinition metric) => throw new NotImplementedException();
}

/// <summary>A preset's parameter (e.g. the promised share, the CO2e cap), with its default.</summary>
public sealed record PresetParameter(string Name, string LabelNb, string LabelNn, string LabelEn, decimal Default, MetricUnit Unit);

/// <summary>A ready-made requirement (one or more rules) from the catalogue, in Norwegian with parameters.</summary>
public sealed record RequirementPreset(string Key, string NameNb, string NameNn, string NameEn, string Source,
    IReadOnlyList<PresetParameter> Parameters);

public static class RequirementPresets
{
    public static IReadOnlyList<RequirementPreset> All => throw new NotImplementedException();

    /// <summary>The rules of a preset with the given parameter values (missing ones take their default).</summary>
    public static IReadOnlyList<RequirementRule> Build(string presetKey, IReadOnlyDictionary<string, decimal> parameters) =>
        throw new NotImplementedException();
}

public static class FactLines
{
    /// <summary>The fact lines of one submitted report from its lines and its frozen calculation (same order as the calculation).</summary>
    public static IReadOnlyList<FactLine> From(ReportLines lines, CalculationResult result, ReportingPeriod period) =>
        throw new NotImplementedException();
}

/// <summary>Validation of a composed requirement: every error at once, located by field.</summary>
public static class RequirementRules
{
    public static IReadOnlyList<Validation.FieldError> Validate(RequirementRule rule) => throw new NotImplementedException();
}

public static class ComplianceEvaluation
{
    /// <summary>Evaluates every requirement over its windows as of <paramref name="today"/>.</summary>
    public static IReadOnlyList<RequirementCompliance> Evaluate(ContractFacts facts, IReadOnlyList<RequirementRule> requirements, DateOnly today) =>
        throw new NotImplementedException();
}
