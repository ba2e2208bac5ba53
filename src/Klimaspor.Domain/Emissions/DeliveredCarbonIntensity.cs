using Klimaspor.Domain.Reporting;

namespace Klimaspor.Domain.Emissions;

/// <summary>
/// The carbon intensity of the liquid biofuel a report's deliveries document in their proof of sustainability
/// (g CO2e per MJ, as the Renewable Energy Directive's sustainability scheme states it), weighted by the litres of each
/// delivery, per product, for the report's period (issue 14 item 8). Where a product has such deliveries, the
/// life-cycle boundary uses it for the biofuel of that product instead of the factor set's default: the supplier's
/// documented figure is the better one. The territorial boundary is not affected (biofuel counts 0 there).
/// </summary>
public static class DeliveredCarbonIntensity
{
    /// <summary>MJ in a kWh.</summary>
    public const decimal MegajoulesPerKwh = 3.6m;

    /// <summary>Grams CO2e per MJ per product code, over the deliveries of liquid biofuel in litres that state one.</summary>
    public static IReadOnlyDictionary<string, decimal> PerProduct(IReadOnlyList<FuelDelivery> deliveries)
    {
        ArgumentNullException.ThrowIfNull(deliveries);
        var sums = new Dictionary<string, (decimal Weighted, decimal Litres)>(StringComparer.Ordinal);
        foreach (var delivery in deliveries)
        {
            if (delivery.CarbonIntensity is not { } intensity || intensity < 0 || delivery.Unit != QuantityUnit.Litre || delivery.Quantity <= 0
                || !EnergyCarrier.TryFind(delivery.Product, out var carrier) || carrier.EnergyClass != EnergyClass.LiquidBiofuel)
            {
                continue;
            }

            var (weighted, litres) = sums.GetValueOrDefault(carrier.Code);
            sums[carrier.Code] = (weighted + (intensity * delivery.Quantity), litres + delivery.Quantity);
        }

        return sums.ToDictionary(s => s.Key, s => s.Value.Weighted / s.Value.Litres, StringComparer.Ordinal);
    }

    /// <summary>kg CO2e of <paramref name="energy"/> kWh at <paramref name="gramsPerMegajoule"/>.</summary>
    public static decimal Emissions(decimal gramsPerMegajoule, KilowattHours energy) => gramsPerMegajoule * energy.Value * MegajoulesPerKwh / 1000m;
}
