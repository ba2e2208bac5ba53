using System.Globalization;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Requirements;
using Klimaspor.Web;

namespace Klimaspor.Features;

/// <summary>How a requirement's metric, preset and values are named and written wherever a verdict is shown.</summary>
internal static class MetricDisplay
{
    /// <summary>The metric's name in the reader's language; a buyer's own metric is named by its code.</summary>
    public static string MetricName(MetricDefinition metric, string culture) =>
        MetricCatalogue.Find(metric.Code) is { } known ? TextsLocalizer.Text(known.NameKey, culture) : metric.Code;

    /// <summary>The preset's name in the reader's language; a preset no longer in the catalogue is named by its key.</summary>
    public static string PresetName(string presetKey, string culture) =>
        RequirementPresets.Find(presetKey) is { } known ? TextsLocalizer.Text(known.NameKey, culture) : presetKey;

    /// <summary>A value in a metric's unit as people read it: shares as percentages, the rest with the unit's symbol.</summary>
    public static string Format(decimal? value, MetricUnit unit, CultureInfo culture)
    {
        if (value is not { } v)
        {
            return "–";
        }

        return unit switch
        {
            MetricUnit.Share => (v * 100m).ToString("#,0.#", culture) + " %",
            MetricUnit.KgCo2e => v >= 10_000m ? (v / 1000m).ToString("#,0.#", culture) + " t CO₂e" : v.ToString("#,0.#", culture) + " kg CO₂e",
            MetricUnit.Hours => v.ToString("#,0.#", culture) + (CultureLanguages.Of(culture.Name) == CultureLanguage.English ? " h" : " t"),
            MetricUnit.Kilometres => v.ToString("#,0", culture) + " km",
            MetricUnit.Litres => v.ToString("#,0", culture) + " l",
            MetricUnit.KilowattHours => v.ToString("#,0", culture) + " kWh",
            MetricUnit.TonnesCo2e => v.ToString("#,0.#", culture) + " t CO₂e",
            MetricUnit.Days => v.ToString("#,0.#", culture) + (CultureLanguages.Of(culture.Name) == CultureLanguage.English ? " days" : " døgn"),
            MetricUnit.TonneKm => v.ToString("#,0", culture) + " tkm",
            MetricUnit.PerWeek => v.ToString("#,0.#", culture) + CultureLanguages.Of(culture.Name) switch
            {
                CultureLanguage.English => " a week",
                CultureLanguage.Nynorsk => " per veke",
                _ => " per uke",
            },
            _ => v.ToString("#,0.##", culture),
        };
    }

    /// <summary>Form values are typed in the unit people read: percentages for shares.</summary>
    public static decimal ToDisplay(decimal value, MetricUnit unit) => unit == MetricUnit.Share ? value * 100m : value;

    public static decimal FromDisplay(decimal value, MetricUnit unit) => unit == MetricUnit.Share ? value / 100m : value;
}
