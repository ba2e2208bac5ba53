namespace Klimaspor.Domain.Requirements;

/// <summary>
/// How sanction and forecast messages write a metric's values. Messages are stored as keys with arguments and read
/// later in any of three languages, so a unit travels as an argument only when every language writes it alike. Which
/// unit a metric is in is <see cref="MetricCatalogue.UnitOf(MetricDefinition)"/>'s to say; this only spells it.
/// </summary>
internal static class MetricUnitText
{
    /// <summary>Appended to shares, which messages receive as percentages.</summary>
    public const string Percent = "\u00A0%";

    /// <summary>True when the metric's value is a fraction shown as a percentage (a share, or idle hours over machine hours).</summary>
    public static bool IsFraction(MetricDefinition metric) => MetricCatalogue.UnitOf(metric) == MetricUnit.Share;

    /// <summary>The suffix for the metric's own values: " %" for fractions (as percentages), the quantity's symbol for sums.</summary>
    public static string ValueSuffix(MetricDefinition metric) => metric.Aggregate switch
    {
        MetricAggregate.Sum => QuantitySuffix(metric.Quantity),
        MetricAggregate.Share or MetricAggregate.Ratio when IsFraction(metric) => Percent,
        _ => string.Empty,
    };

    /// <summary>
    /// A non-breaking space and the quantity's symbol, or nothing for units without a symbol common to bokmål,
    /// nynorsk and English (lines, machine-days, a delivery's own unit): those get their own message where it matters.
    /// </summary>
    public static string QuantitySuffix(FactQuantity quantity) => MetricCatalogue.UnitOf(quantity) switch
    {
        MetricUnit.Hours => "\u00A0h",
        MetricUnit.Kilometres => "\u00A0km",
        MetricUnit.TonneKm => "\u00A0tkm",
        MetricUnit.KilowattHours => "\u00A0kWh",
        MetricUnit.KgCo2e => "\u00A0kg\u00A0CO2e",
        MetricUnit.Litres => "\u00A0l",
        _ => string.Empty,
    };
}
