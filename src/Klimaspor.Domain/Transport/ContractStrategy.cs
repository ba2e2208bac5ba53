using Klimaspor.Domain.Requirements;

namespace Klimaspor.Domain.Transport;

/// <summary>One requirement of a contract strategy: a preset of the catalogue, the parameters the scenario gave it, and its rules.</summary>
public sealed record StrategyRequirement(string Preset, IReadOnlyDictionary<string, decimal> Parameters, IReadOnlyList<RequirementRule> Rules);

/// <summary>
/// A scenario turned into a contract strategy (issue 17 item 4): "the requirements from the catalogue that would deliver
/// it (zero-emission or biogas share, Euro 6/VI minimum, at most N trips a week measured from the period's trips)", so
/// that the plan is followed up like any other requirement. Pure: the scenario's figures in, presets with parameters out.
/// </summary>
public static class ContractStrategies
{
    /// <param name="baselineDays">Days of the period the baseline covers (a year is 365): trips a week are the after-trips × 7 ÷ these days.</param>
    public static IReadOnlyList<StrategyRequirement> From(ScenarioResult scenario, int baselineDays)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(baselineDays);
        var requirements = new List<StrategyRequirement>();
        if (scenario.After.ZeroEmissionOrBiogasShare > 0)
        {
            // Whole percent, rounded down: the plan itself must meet the requirement it becomes.
            var share = decimal.Floor(scenario.After.ZeroEmissionOrBiogasShare * 100) / 100;
            requirements.Add(Build(RequirementPresets.ZeroEmissionOrBiogasShare, (RequirementPresets.ShareParameter, share)));
        }

        // Oslo 2025's transport requirement asks Euro 6/VI of every vehicle that is not zero-emission; biogas vehicles included.
        requirements.Add(Build(RequirementPresets.TransportEuroVI));
        if (scenario.After.Trips < scenario.Before.Trips)
        {
            // Whole trips, rounded up: the plan's own trips a week meet the cap.
            var perWeek = decimal.Ceiling(scenario.After.Trips * ComplianceEvaluation.DaysPerWeek / baselineDays);
            requirements.Add(Build(RequirementPresets.TripsPerWeekCap, (RequirementPresets.TripsParameter, perWeek)));
        }

        return requirements;
    }

    private static StrategyRequirement Build(string preset, params (string Name, decimal Value)[] parameters)
    {
        var values = parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        return new StrategyRequirement(preset, values, RequirementPresets.Build(preset, values));
    }
}
