namespace Klimaspor.Domain.Transport;

/// <summary>The scopes DESNZ reports a factor under (GHG Protocol), kept as published rather than mapped onto Norway's boundaries.</summary>
public enum DesnzScope
{
    /// <summary>Direct emissions of burning the fuel on board.</summary>
    Scope1,

    /// <summary>Generating the electricity an electric vehicle charged (UK grid, location-based).</summary>
    Scope2,
}

/// <summary>
/// One DESNZ row: kg CO2e per unit of activity (a litre, a vehicle-km, a tonne-km) under DESNZ's own scopes.
/// </summary>
/// <param name="Id">Our key for the row (the test vectors' activity).</param>
/// <param name="Unit"><c>litre</c>, <c>km</c> (vehicle-km) or <c>tonne.km</c>.</param>
/// <param name="Direct">Scope 1, or Scope 2 for an electric vehicle (<paramref name="DirectScope"/>).</param>
/// <param name="WellToTank">Scope 3 well-to-tank: producing and delivering the fuel or the electricity's fuels.</param>
/// <param name="TransmissionAndDistribution">Scope 3 grid losses, electric vehicles only; 0 otherwise.</param>
/// <param name="DirectRow">DESNZ's own path to the direct row, e.g. <c>Delivery vehicles/HGV (all diesel)/Rigid (&gt;17 tonnes)/100% Laden km</c>.</param>
/// <param name="WellToTankRow">DESNZ's own path to the well-to-tank row.</param>
public sealed record DesnzFactor(
    string Id,
    string Unit,
    decimal Direct,
    DesnzScope DirectScope,
    decimal WellToTank,
    decimal TransmissionAndDistribution,
    string DirectRow,
    string WellToTankRow);

/// <summary>Emissions of one activity under DESNZ's scopes, rounded as published (kg CO2e to three places).</summary>
public sealed record DesnzEmissions(decimal Direct, DesnzScope DirectScope, decimal WellToTank, decimal TransmissionAndDistribution, decimal WellToWheel);

/// <summary>
/// The UK DESNZ 2023 factors as their own published factor set, with DESNZ's scopes and its distance-based rows (kg
/// CO2e per vehicle-km by vehicle class and load), beside the Norwegian path (energy per km × carrier factors). They are
/// UK factors, not Norway's: an electric vehicle's Scope 2 is the UK grid, which on Norway's territorial boundary counts
/// zero, so it belongs to the life-cycle side only. The rows are those ../shared/spec/transport-test-vectors.csv names;
/// DESNZ's tonne-km rows ("Freighting goods") take the same shape with unit <c>tonne.km</c> when they are added.
/// </summary>
public static class DesnzFactors
{
    public const string Key = "desnz-2023";
    public const int Version = 1;

    public const string Source = "UK DESNZ, Greenhouse gas reporting: conversion factors 2023, v1.1 (20 June 2023), flat file; "
        + "Crown copyright, Open Government Licence v3.0. kg CO2e, AR5 GWPs.";

    public static IReadOnlyList<DesnzFactor> Rows { get; } =
    [
        new("diesel-average-biofuel-blend", "litre", 2.512063885m, DesnzScope.Scope1, 0.61101m, 0m,
            "Fuels/Liquid fuels/Diesel (average biofuel blend) litres", "WTT- fuels/Diesel (average biofuel blend) litres"),
        new("diesel-mineral", "litre", 2.659371737m, DesnzScope.Scope1, 0.62409m, 0m,
            "Fuels/Liquid fuels/Diesel (100% mineral diesel) litres", "WTT- fuels/Diesel (100% mineral diesel) litres"),
        new("hgv-rigid-over-17t-100-laden", "km", 1.069905107m, DesnzScope.Scope1, 0.26046m, 0m,
            "Delivery vehicles/HGV (all diesel)/Rigid (>17 tonnes)/100% Laden km", "WTT- HGV (all diesel)/Rigid (>17 tonnes)/100% Laden km"),
        new("hgv-rigid-over-17t-0-laden", "km", 0.746795107m, DesnzScope.Scope1, 0.181m, 0m,
            "Delivery vehicles/HGV (all diesel)/Rigid (>17 tonnes)/0% Laden km", "WTT- HGV (all diesel)/Rigid (>17 tonnes)/0% Laden km"),
        new("van-class-iii-diesel", "km", 0.253464027m, DesnzScope.Scope1, 0.06207m, 0m,
            "Delivery vehicles/Vans/Class III/Diesel km", "WTT- vans/Class III/Diesel km"),
        new("van-average-bev", "km", 0.067617364m, DesnzScope.Scope2, 0.01633m, 0.005859078m,
            "UK electricity for EVs/Vans/Average/BEV km (Scope 2)", "WTT- vans/Average/BEV km"),
    ];

    public static DesnzFactor? Find(string id) => Rows.FirstOrDefault(r => r.Id == id);

    /// <summary>
    /// Activity × factor per scope; well-to-wheel = direct + well-to-tank (+ grid losses for electricity), summed before
    /// rounding so that it is the published total, not a sum of rounded parts.
    /// </summary>
    public static DesnzEmissions Apply(DesnzFactor row, decimal activity)
    {
        ArgumentNullException.ThrowIfNull(row);
        var direct = activity * row.Direct;
        var wellToTank = activity * row.WellToTank;
        var losses = activity * row.TransmissionAndDistribution;
        return new DesnzEmissions(Round(direct), row.DirectScope, Round(wellToTank), Round(losses), Round(direct + wellToTank + losses));
    }

    private static decimal Round(decimal kg) => decimal.Round(kg, 3, MidpointRounding.AwayFromZero);
}
