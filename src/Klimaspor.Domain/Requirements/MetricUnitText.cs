namespace Klimaspor.Domain.Requirements;

/// <summary>
/// How sanction and forecast messages write a metric's values. Messages are stored as keys with arguments and read
/// later in any of three languages, so a unit travels as an argument only when every language writes it alike.
/// </summary>
internal static class MetricUnitText
{
    /// <summary>Appended to shares, which messages receive as percentages.</summary>
    public const string Percent = "\u00A0%";

    /// <summary>
    /// True when the metric's value is a fraction shown as a percentage: a share, or a ratio of two quantities of the
    /// same kind (idle hours over machine hours). Once the catalogue is merged this is
    /// <c>MetricCatalogue.UnitOf(metric) == MetricUnit.Share</c>.
    /// </summary>
    public static bool IsFraction(MetricDefinition metric) => metric.Aggregate switch
    {
        MetricAggregate.Share => true,
        MetricAggregate.Ratio => metric.Denominator is { } denominator && Dimension(metric.Quantity) == Dimension(denominator),
        _ => false,
    };

    /// <summary>The suffix for the metric's own values: " %" for fractions (as percentages), the quantity's symbol for sums.</summary>
    public static string ValueSuffix(MetricDefinition metric) => metric.Aggregate switch
    {
        MetricAggregate.Sum => QuantitySuffix(metric.Quantity),
        MetricAggregate.Share or MetricAggregate.Ratio when IsFraction(metric) => Percent,
        _ => string.Empty,
    };

    /// <summary>
    /// A non-breaking space and the quantity's symbol, or nothing for quantities without a symbol common to bokmål,
    /// nynorsk and English (lines, machine-days, a delivery's own unit): those get their own message where it matters.
    /// </summary>
    public static string QuantitySuffix(FactQuantity quantity) => quantity switch
    {
        FactQuantity.MachineHours or FactQuantity.IdleHours => "\u00A0h",
        FactQuantity.Kilometres => "\u00A0km",
        FactQuantity.TonneKm => "\u00A0tkm",
        FactQuantity.EnergyKwh => "\u00A0kWh",
        FactQuantity.EmissionsTerritorial or FactQuantity.EmissionsLifeCycle or FactQuantity.AvoidedTerritorial => "\u00A0kg\u00A0CO2e",
        FactQuantity.FuelLitres => "\u00A0l",
        _ => string.Empty,
    };

    private static FactQuantity Dimension(FactQuantity quantity) => quantity switch
    {
        FactQuantity.IdleHours => FactQuantity.MachineHours,
        FactQuantity.EmissionsLifeCycle or FactQuantity.AvoidedTerritorial => FactQuantity.EmissionsTerritorial,
        _ => quantity,
    };
}
