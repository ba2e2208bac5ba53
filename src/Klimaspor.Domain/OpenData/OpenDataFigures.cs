using Klimaspor.Domain.Emissions;

namespace Klimaspor.Domain.OpenData;

/// <summary>One counted report's frozen totals, with where it belongs in the open data: its unit, category and month.</summary>
/// <param name="Month">The reporting period's first month (<c>YYYY-MM</c>); a quarterly report stands in its first month.</param>
public sealed record OpenDataSource(string Unit, string Category, string Month, KeyFigures Totals);

/// <summary>
/// One line of an organisation's open data: the sums of the counted reports of one unit, contract category and month.
/// Sums only, which add up across lines and can be divided by whoever reads them: no shares or intensities (which
/// must never be summed), no contract, supplier, person, contract value or anything per MNOK (issue 15 item 6).
/// Energy in kWh, emissions in kg CO2e, hours and km.
/// </summary>
public sealed record OpenDataRow(
    string Unit,
    string Category,
    string Month,
    int Reports,
    decimal EnergyKwh,
    decimal ZeroEmissionKwh,
    decimal BiogasKwh,
    decimal LiquidBiofuelKwh,
    decimal SolidBiofuelKwh,
    decimal FossilKwh,
    decimal EmissionsTerritorialKg,
    decimal EmissionsLifeCycleKg,
    decimal AvoidedTerritorialKg,
    decimal AvoidedLifeCycleKg,
    decimal MachineHours,
    decimal ZeroEmissionMachineHours,
    decimal VehicleKm,
    decimal ZeroEmissionKm);

/// <summary>What an organisation publishes as open data: its counted reports summed per unit, category and month.</summary>
public static class OpenDataFigures
{
    /// <summary>The sources summed per unit, category and month, in that order.</summary>
    public static IReadOnlyList<OpenDataRow> Aggregate(IEnumerable<OpenDataSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return [.. sources
            .GroupBy(s => (s.Unit, s.Category, s.Month))
            .OrderBy(g => g.Key.Unit, StringComparer.Ordinal).ThenBy(g => g.Key.Category, StringComparer.Ordinal).ThenBy(g => g.Key.Month, StringComparer.Ordinal)
            .Select(g =>
            {
                var totals = g.Select(s => s.Totals).ToList();
                decimal Sum(Func<KeyFigures, decimal> figure) => totals.Sum(figure);
                return new OpenDataRow(g.Key.Unit, g.Key.Category, g.Key.Month, totals.Count,
                    Sum(k => k.Energy.Value),
                    Sum(k => k.EnergyByClass.ZeroEmission.Value),
                    Sum(k => k.EnergyByClass.Biogas.Value),
                    Sum(k => k.EnergyByClass.LiquidBiofuel.Value),
                    Sum(k => k.EnergyByClass.SolidBiofuel.Value),
                    Sum(k => k.EnergyByClass.Fossil.Value),
                    Sum(k => k.Territorial.Emissions.Value),
                    Sum(k => k.LifeCycle.Emissions.Value),
                    Sum(k => k.Territorial.Avoided.Value),
                    Sum(k => k.LifeCycle.Avoided.Value),
                    Sum(k => k.MachineHours.Value),
                    Sum(k => k.ZeroEmissionMachineHours.Value),
                    Sum(k => k.VehicleKm.Value),
                    Sum(k => k.ZeroEmissionKm.Value));
            })];
    }
}
