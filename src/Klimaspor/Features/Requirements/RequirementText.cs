using System.Globalization;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Requirements;
using Klimaspor.Web;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Requirements;

/// <summary>A rule's parts in words for pages: "at least 90 %", "machines, 8 t and more, excluding waived machines".</summary>
internal static class RequirementText
{
    public static string Threshold(RequirementRule rule, IStringLocalizer t) =>
        t["Comparison." + rule.Comparison, MetricDisplay.Format(rule.Threshold, MetricCatalogue.UnitOf(rule.Metric), CultureInfo.CurrentCulture)];

    public static string Scope(RequirementScope scope, IStringLocalizer t)
    {
        var culture = CultureInfo.CurrentUICulture.Name;
        var parts = new List<string>();
        if (scope.Types.Count > 0)
        {
            parts.Add(string.Join(", ", scope.Types.Select(c => Label(c, culture, MachineTypes.List, VehicleTypes.List))));
        }

        if (scope.Purposes.Count > 0)
        {
            parts.Add(string.Join(", ", scope.Purposes.Select(c => Label(c, culture, TransportPurposes.List, EnergyPurposes.List))));
        }

        if (scope.EnergyClasses.Count > 0)
        {
            parts.Add(string.Join(", ", scope.EnergyClasses.Select(c => t["EnergyClass." + c].Value)));
        }

        if (scope.MinWeightTonnes is { } min)
        {
            parts.Add(t["Requirement.FromTonnes", min.ToString("#,0.#", CultureInfo.CurrentCulture)]);
        }

        if (scope.MaxWeightTonnes is { } max)
        {
            parts.Add(t["Requirement.BelowTonnes", max.ToString("#,0.#", CultureInfo.CurrentCulture)]);
        }

        if (scope.Waivers != WaiverFilter.AllLines)
        {
            parts.Add(t["WaiverFilter." + scope.Waivers]);
        }

        return parts.Count == 0 ? t["Requirement.AllLines"] : string.Join("; ", parts);
    }

    /// <summary>A code's label from the first list that has it; an unknown code shows as itself.</summary>
    public static string Label(string code, string culture, params CodeList[] lists) =>
        lists.Select(l => l.TryFind(code, out var entry) ? TextsLocalizer.Text(entry.LabelKey, culture) : null).FirstOrDefault(l => l is not null) ?? code;
}
