using Klimaspor.Data;
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Requirements;
using Klimaspor.Features.Compliance;

namespace Klimaspor.Features.Requirements;

/// <summary>A contract's requirement as the API shows it: the rule as data, with where it came from and its version (the ETag).</summary>
public sealed record RequirementView(string Key, int Position, string? Preset, RequirementRule Rule, DateTime UpdatedAt, string ChangedBy, string RowVersion)
{
    public static RequirementView From(ContractRequirement r) =>
        new(r.Key, r.Position, r.PresetKey, r.Rule(), r.UpdatedAt, r.ChangedBy, r.RowVersion.ToString("N"));
}

/// <summary>What a buyer composes requirements from, in the caller's language.</summary>
internal sealed record CatalogueView(
    IReadOnlyList<CatalogueMetricView> Metrics,
    IReadOnlyList<PresetView> Presets,
    IReadOnlyList<CodeListView> CodeLists,
    IReadOnlyList<CodeView> EnergyClasses);

internal sealed record CatalogueMetricView(string Code, string Name, string Unit, MetricDefinition Definition);

internal sealed record PresetView(string Key, string Name, string Source, IReadOnlyList<PresetParameterView> Parameters);

/// <param name="Default">In the parameter's unit; shares are fractions (0.9 = 90 %), as in rules.</param>
internal sealed record PresetParameterView(string Name, string Label, decimal Default, string Unit);

internal sealed record CodeListView(string Name, IReadOnlyList<CodeView> Codes);

internal sealed record CodeView(string Code, string Label);

internal static class RequirementCatalogue
{
    /// <summary>The template's code lists a scope or condition is written in.</summary>
    public static readonly IReadOnlyList<CodeList> ScopeLists =
    [
        MachineTypes.List, VehicleTypes.List, TransportPurposes.List, EnergyPurposes.List, CodeLists.EnergyCarrier,
        EmissionClasses.List, Feedstocks.List,
    ];

    /// <summary>Everything named through <paramref name="text"/>, the caller's localizer, in the caller's language.</summary>
    public static CatalogueView View(Func<string, string> text) => new(
        [.. MetricCatalogue.All.Select(m => new CatalogueMetricView(m.Definition.Code, text(m.NameKey), m.Unit.ToString(), m.Definition))],
        [.. RequirementPresets.All.Select(p => new PresetView(p.Key, text(p.NameKey), p.Source,
            [.. p.Parameters.Select(x => new PresetParameterView(x.Name, text(x.LabelKey), x.Default, x.Unit.ToString()))]))],
        [.. ScopeLists.Select(l => new CodeListView(l.Name, [.. l.Entries.Select(e => new CodeView(e.Code, text(e.LabelKey)))]))],
        [.. Enum.GetValues<EnergyClass>().Select(c => new CodeView(c.ToString(), text("EnergyClass." + c)))]);
}
