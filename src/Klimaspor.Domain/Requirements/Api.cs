// SKELETON: the entry points the requirement engine offers. Implementations replace the throwing bodies.
namespace Klimaspor.Domain.Requirements;

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

public static class ComplianceEvaluation
{
    /// <summary>Evaluates every requirement over its windows as of <paramref name="today"/>.</summary>
    public static IReadOnlyList<RequirementCompliance> Evaluate(ContractFacts facts, IReadOnlyList<RequirementRule> requirements, DateOnly today) =>
        throw new NotImplementedException();
}

public static class SanctionArithmetic
{
    /// <summary>The proposal for one verdict, or null when the rule proposes nothing for it (met, or no sanction).</summary>
    public static SanctionProposal? Propose(SanctionRule rule, RequirementRule requirement, WindowVerdict verdict, ContractFacts facts) =>
        throw new NotImplementedException();
}

public static class ComplianceForecast
{
    /// <summary>Projects a cumulative or whole-contract requirement to the contract's end from the periods reported so far.</summary>
    public static Forecast? Project(RequirementRule requirement, ContractFacts facts, DateOnly today) =>
        throw new NotImplementedException();
}
