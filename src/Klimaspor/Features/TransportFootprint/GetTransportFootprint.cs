using Klimaspor.Domain.Calendar;
using Klimaspor.Domain.Contracts;
using Klimaspor.Domain.Statistics;
using Klimaspor.Domain.Transport;
using Klimaspor.Web;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.TransportFootprint;

/// <summary>What the mapping is asked for: a window (<c>year</c>, or <c>from</c>/<c>to</c>), a grouping and optionally one unit.</summary>
/// <param name="Year">A calendar year, instead of from/to.</param>
/// <param name="From">First month, <c>YYYY-MM</c>.</param>
/// <param name="To">Last month, <c>YYYY-MM</c>, inclusive.</param>
/// <param name="GroupBy"><c>contract</c> (default), <c>category</c> or <c>footprintCategory</c>.</param>
/// <param name="Unit">Only this unit's contracts (its id).</param>
public sealed record TransportFootprintQuery(string? Year = null, string? From = null, string? To = null, string? GroupBy = null, Guid? Unit = null);

/// <summary>One method's part of a footprint: <c>fuel</c> (quality <c>primary</c>), <c>distance</c> (<c>modelled</c>) or <c>spend</c> (<c>estimate</c>).</summary>
public sealed record FootprintMethodPart(string Method, string Quality, decimal Km, decimal TerritorialKgCo2e, decimal LifeCycleKgCo2e, int Contracts);

/// <summary>
/// A footprint as shown: trips, km, energy (measured part only), kg CO2e under both boundaries, zero-emission share of
/// the measured km, and the method it rests on — the weakest of its parts — with its quality; estimate marks any part
/// that is not fuel-based (distance- and spend-based figures are marked as estimates wherever they appear).
/// </summary>
public sealed record FootprintFigures(
    decimal Trips,
    decimal Km,
    decimal EnergyKwh,
    decimal TerritorialKgCo2e,
    decimal LifeCycleKgCo2e,
    decimal? ZeroEmissionKmShare,
    string Method,
    string Quality,
    bool Estimate,
    IReadOnlyList<FootprintMethodPart> Methods);

/// <summary>One vehicle type and energy carrier of a measured contract.</summary>
public sealed record FootprintVehicleMix(string VehicleType, string EnergyCarrier, long Trips, decimal Km, decimal LifeCycleKgCo2e);

/// <summary>
/// The calibration a spend-based estimate used: its source (<c>ownContracts</c>, <c>network</c>,
/// <c>allOrganisations</c>, <c>buyerDefault</c>), how many contracts it rests on and how spread their life-cycle
/// intensities are, or the buyer's note on where its default comes from.
/// </summary>
public sealed record FootprintCalibration(
    string Source,
    int Contracts,
    decimal TripsPerMnok,
    decimal KmPerMnok,
    decimal TerritorialKgCo2ePerMnok,
    decimal LifeCycleKgCo2ePerMnok,
    decimal? LowestLifeCycleKgCo2ePerMnok,
    decimal? HighestLifeCycleKgCo2ePerMnok,
    string? SourceNote);

/// <summary>A contract's own facts in the mapping (groupBy=contract).</summary>
/// <param name="SpendNok">The contract's value pro rata over its months in the window: what a spend-based estimate multiplies.</param>
public sealed record FootprintContract(
    Guid Id,
    string Reference,
    string Title,
    string Unit,
    string Category,
    string FootprintCategory,
    decimal SpendNok,
    IReadOnlyList<FootprintVehicleMix> VehicleMix,
    FootprintCalibration? Calibration);

/// <summary>A place in the ranking: the share of the total life-cycle emissions it carries, alone and with all above it.</summary>
public sealed record TransportFootprintItem(
    int Rank,
    string Key,
    string Label,
    int Contracts,
    FootprintFigures Figures,
    decimal? Share,
    decimal? CumulativeShare,
    FootprintContract? Contract);

/// <summary>A contract no method could give a figure, and why, located (<c>contracts[REF].category</c> or <c>.valueNok</c>).</summary>
public sealed record FootprintNotEstimated(Guid Id, string Reference, string Title, string Field, string Message);

/// <summary>The share of the total the first N places carry (fewer where fewer are ranked).</summary>
public sealed record FootprintTopShare(int Top, int Items, decimal? Share);

/// <summary>The answer of <c>GET /api/v1/transport-footprint</c> (issue 17 item 3).</summary>
public sealed record TransportFootprintView(
    string From,
    string To,
    string GroupBy,
    Guid? Unit,
    int Contracts,
    FootprintFigures Totals,
    IReadOnlyList<FootprintTopShare> TopShares,
    IReadOnlyList<TransportFootprintItem> Items,
    IReadOnlyList<FootprintNotEstimated> NotEstimated);

/// <summary>How the mapping groups contracts.</summary>
internal enum FootprintGroupBy
{
    Contract,
    Category,
    FootprintCategory,
}

/// <summary>
/// The transport footprint mapping (issue 17 item 3; BuyZET's first step): every contract of the buyer (or one unit)
/// in the window with its footprint (<see cref="ContractFootprints"/>), ranked by life-cycle emissions with
/// tank-to-wheel beside it, alone or summed per category or footprint category, and what share the first places carry.
/// </summary>
internal static class GetTransportFootprint
{
    public static IReadOnlyList<string> GroupByNames { get; } = ["contract", "category", "footprintCategory"];

    public static async Task<Outcome<TransportFootprintView>> Handle(TransportFootprintQuery query, AppServices services, IStringLocalizer localizer,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (window, groupBy, errors) = Read(query, services.Clock.GetUtcNow());
        if (errors.Count > 0)
        {
            return Outcome<TransportFootprintView>.Invalid(errors);
        }

        var loaded = await ContractFootprints.Load(query.Unit, window!, services, cancellationToken);
        if (!loaded.Succeeded)
        {
            return loaded.Failed<TransportFootprintView>();
        }

        return Outcome<TransportFootprintView>.Ok(View(loaded.Value, window!, groupBy, query.Unit, localizer));
    }

    /// <summary>The loaded footprints ranked one way: an export ranks the same load three ways without reading it again.</summary>
    internal static TransportFootprintView View(IReadOnlyList<ContractFootprint> contracts, StatisticsWindow window, FootprintGroupBy groupBy, Guid? unit,
        IStringLocalizer localizer)
    {
        var estimated = contracts.Where(c => c.NoEstimate is null).ToList();
        var ranked = groupBy switch
        {
            FootprintGroupBy.Contract => FootprintRanking.Rank(
                estimated.Select(c => (Key: c.ContractId.ToString(), Label: $"{c.Reference} {c.Title}", Members: (IReadOnlyList<ContractFootprint>)[c])),
                g => g.Members[0].Figures, g => g.Label),
            _ => FootprintRanking.Rank(
                estimated.GroupBy(c => groupBy == FootprintGroupBy.Category ? c.Category.Code() : c.FootprintCategory.Code())
                    .Select(g => (Key: g.Key, Label: Label(groupBy, g.Key, localizer), Members: (IReadOnlyList<ContractFootprint>)[.. g])),
                g => Footprint.Sum(g.Members.Select(m => m.Figures)), g => g.Label),
        };
        var items = ranked.Select(r => new TransportFootprintItem(r.Rank, r.Item.Key, r.Item.Label, r.Item.Members.Count,
                Figures(Footprint.Sum(r.Item.Members.Select(m => m.Figures))), r.Share, r.CumulativeShare,
                groupBy == FootprintGroupBy.Contract ? Contract(r.Item.Members[0]) : null))
            .ToList();
        var notEstimated = contracts.Where(c => c.NoEstimate is not null).OrderBy(c => c.Reference, StringComparer.Ordinal)
            .Select(c => new FootprintNotEstimated(c.ContractId, c.Reference, c.Title, c.NoEstimate!.Field, Problems.Message(c.NoEstimate, localizer)))
            .ToList();
        return new TransportFootprintView(window.From, window.To, GroupByNames[(int)groupBy], unit, contracts.Count,
            Figures(Footprint.Sum(estimated.Select(c => c.Figures))),
            [.. FootprintRanking.TopShares(ranked).Select(t => new FootprintTopShare(t.Top, t.Items, t.Share))],
            items, notEstimated);
    }

    /// <summary>
    /// The window and grouping, each mistake located with the values allowed. No window given: the last twelve whole
    /// months before today, the period a buyer maps a year's transport over whatever the calendar year.
    /// </summary>
    internal static (StatisticsWindow? Window, FootprintGroupBy GroupBy, List<Problem> Errors) Read(TransportFootprintQuery query, DateTimeOffset now)
    {
        var errors = new List<Problem>();
        var today = NorwegianTime.Today(now);
        Outcome<StatisticsWindow> window;
        if (string.IsNullOrWhiteSpace(query.Year) && string.IsNullOrWhiteSpace(query.From) && string.IsNullOrWhiteSpace(query.To))
        {
            var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
            window = Outcome<StatisticsWindow>.Ok(new StatisticsWindow(StatisticsWindow.Key(lastMonth.AddMonths(-11)), StatisticsWindow.Key(lastMonth)));
        }
        else
        {
            window = StatisticsWindow.Read(query.From, query.To, null, null, query.Year, today);
        }

        errors.AddRange(window.Problems);
        var groupBy = FootprintGroupBy.Contract;
        if (!string.IsNullOrWhiteSpace(query.GroupBy))
        {
            var index = GroupByNames.ToList().FindIndex(n => string.Equals(n, query.GroupBy.Trim(), StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                errors.Add(new Problem("groupBy", StatisticsMessageKeys.GroupByUnknown, query.GroupBy, query.GroupBy, string.Join(", ", GroupByNames)));
            }
            else
            {
                groupBy = (FootprintGroupBy)index;
            }
        }

        return (window.Succeeded ? window.Value : null, groupBy, errors);
    }

    internal static string MethodCode(ActivityMethod method) => method switch
    {
        ActivityMethod.Fuel => "fuel",
        ActivityMethod.Distance => "distance",
        _ => "spend",
    };

    internal static string QualityCode(DataQuality quality) => quality switch
    {
        DataQuality.Primary => "primary",
        DataQuality.Modelled => "modelled",
        _ => "estimate",
    };

    private static string SourceCode(CalibrationSource source) => source switch
    {
        CalibrationSource.OwnContracts => "ownContracts",
        CalibrationSource.Network => "network",
        CalibrationSource.AllOrganisations => "allOrganisations",
        _ => "buyerDefault",
    };

    private static string Label(FootprintGroupBy by, string key, IStringLocalizer localizer) =>
        localizer[(by == FootprintGroupBy.Category ? "Category." : "FootprintCategory.") + key];

    private static FootprintFigures Figures(Footprint f) =>
        new(f.Trips, f.Km, f.EnergyKwh, f.KgCo2eTerritorial, f.KgCo2eLifeCycle, f.ZeroEmissionKmShare, MethodCode(f.Method), QualityCode(f.Quality), f.IsEstimate,
            [.. f.Methods.Select(m => new FootprintMethodPart(MethodCode(m.Method), QualityCode(m.Quality), m.Km, m.KgCo2eTerritorial, m.KgCo2eLifeCycle, m.Contracts))]);

    private static FootprintContract Contract(ContractFootprint c) =>
        new(c.ContractId, c.Reference, c.Title, c.UnitName, c.Category.Code(), c.FootprintCategory.Code(), c.SpendNok,
            [.. c.VehicleMix.Select(m => new FootprintVehicleMix(m.VehicleType, m.Carrier, m.Trips, m.Km, m.KgCo2eLifeCycle))],
            c.Calibration is { } k ? Calibration(k) : null);

    internal static FootprintCalibration Calibration(SpendIntensity k) =>
        new(SourceCode(k.Source), k.Contracts, k.TripsPerMnok, k.KmPerMnok, k.KgCo2eTerritorialPerMnok, k.KgCo2eLifeCyclePerMnok,
            k.LowestKgCo2eLifeCyclePerMnok, k.HighestKgCo2eLifeCyclePerMnok, k.SourceNote);
}
