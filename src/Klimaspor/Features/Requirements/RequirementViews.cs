using Klimaspor.Data;
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Requirements;
using Klimaspor.Features.Compliance;

namespace Klimaspor.Features.Requirements;

/// <summary>A contract's requirement as the API shows it: the rule as data, with where it came from and its version (the ETag).</summary>
/// <param name="NewerPresetVersion">
/// What the preset's current version would make of this rule (same key, the parameters it was built with, its
/// sanction kept), where the rule came from an older version: the contract keeps its clause until the buyer adopts this
/// by a PUT of it. Null when the rule is current or the buyer's own.
/// </param>
public sealed record RequirementView(string Key, int Position, string? Preset, RequirementRule Rule, DateTime UpdatedAt, string ChangedBy, string RowVersion,
    RequirementRule? NewerPresetVersion)
{
    public static RequirementView From(ContractRequirement r)
    {
        var rule = r.Rule();
        return new(r.Key, r.Position, r.PresetKey, rule, r.UpdatedAt, r.ChangedBy, r.RowVersion.ToString("N"), RequirementPresets.Newer(rule, r.PresetKey));
    }
}

/// <summary>What a buyer composes requirements from, in the caller's language.</summary>
internal sealed record CatalogueView(
    IReadOnlyList<CatalogueMetricView> Metrics,
    IReadOnlyList<PresetView> Presets,
    IReadOnlyList<CodeListView> CodeLists,
    IReadOnlyList<CodeView> EnergyClasses);

internal sealed record CatalogueMetricView(string Code, string Name, string Unit, MetricDefinition Definition);

/// <param name="Version">Grows when the preset's clauses change; a contract's rule records the version it was built from.</param>
/// <param name="Clauses">Each rule's public source: its address, the quoted sentence, what it covers, and Klimaspor's additions.</param>
internal sealed record PresetView(string Key, string Name, string Source, int Version, IReadOnlyList<PresetParameterView> Parameters, IReadOnlyList<PresetClause> Clauses);

/// <param name="Default">In the parameter's unit; shares are fractions (0.9 = 90 %), as in rules. Null: the bid's or contract's figure, which must be given.</param>
/// <param name="Switch">1 turns one of Klimaspor's additions on, 0 off.</param>
internal sealed record PresetParameterView(string Name, string Label, decimal? Default, string Unit, bool Switch);

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
        [.. RequirementPresets.All.Select(p => new PresetView(p.Key, text(p.NameKey), p.Source, p.Version,
            [.. p.Parameters.Select(x => new PresetParameterView(x.Name, text(x.LabelKey), x.Default, x.Unit.ToString(), x.Switch))], p.Clauses))],
        [.. ScopeLists.Select(l => new CodeListView(l.Name, [.. l.Entries.Select(e => new CodeView(e.Code, text(e.LabelKey)))]))],
        [.. Enum.GetValues<EnergyClass>().Select(c => new CodeView(c.ToString(), text("EnergyClass." + c)))]);
}
