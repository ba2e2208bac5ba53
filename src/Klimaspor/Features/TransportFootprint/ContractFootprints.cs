using Klimaspor.Data;
using Klimaspor.Domain.Contracts;
using Klimaspor.Domain.Statistics;
using Klimaspor.Domain.Transport;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.TransportFootprint;

/// <summary>One vehicle type and carrier on a contract: its share of the contract's trips, km and emissions.</summary>
internal sealed record VehicleMixPart(string VehicleType, string Carrier, long Trips, decimal Km, decimal KgCo2eLifeCycle)
{
    /// <summary>Energy and tank-to-wheel emissions too: a scenario's baseline keeps them for the trips it does not move.</summary>
    public decimal EnergyKwh { get; init; }

    public decimal KgCo2eTerritorial { get; init; }
}

/// <summary>
/// One contract's transport footprint in a window (issue 17 item 3): trips, km, vehicle mix, energy, emissions under
/// both boundaries, zero-emission share, the methods it rests on and their quality. A contract with counted vehicle
/// activity is measured (fuel- or distance-based); one with none gets the spend-based estimate with the calibration
/// it came from, or, where none is possible, <see cref="NoEstimate"/> says why, located.
/// </summary>
/// <param name="SpendNok">The contract's value pro rata over its months in the window (a year's window: the annual spend).</param>
/// <param name="Calibration">The intensities a spend-based estimate used; null for measured contracts.</param>
/// <param name="NoEstimate">Why the contract has no figure at all; its <see cref="Figures"/> are then <see cref="Footprint.None"/>.</param>
internal sealed record ContractFootprint(
    Guid ContractId,
    string Reference,
    string Title,
    Guid UnitId,
    string UnitName,
    ContractCategory Category,
    FootprintCategory FootprintCategory,
    decimal SpendNok,
    Footprint Figures,
    IReadOnlyList<VehicleMixPart> VehicleMix,
    SpendIntensity? Calibration,
    Problem? NoEstimate)
{
    public ActivityMethod Method => Figures.Method;

    public DataQuality Quality => Figures.Quality;
}

/// <summary>
/// Loads every contract's transport footprint for a buyer (optionally one unit) and a window — the per-contract figures
/// the mapping ranks and the scenarios start from. Figures come from the statistics rows (counted submissions only,
/// <see cref="Reports.ReportAggregates"/>), vehicle rows only, added in SQL; nothing unpacks report lines.
/// </summary>
internal static class ContractFootprints
{
    private const string VehiclePrefix = "vehicle:";

    /// <summary>
    /// The buyer's contracts running in the window (or with counted figures in it), in no particular order. A
    /// non-buyer is forbidden; a unit the buyer does not have is not found.
    /// </summary>
    public static async Task<Outcome<IReadOnlyList<ContractFootprint>>> Load(Guid? unit, StatisticsWindow window, AppServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(window);
        var (db, tenant, _) = services;
        var scope = await tenant.ScopeAsync(cancellationToken);
        if (!scope.IsBuyer)
        {
            return Outcome<IReadOnlyList<ContractFootprint>>.Forbidden;
        }

        if (unit is { } only && !scope.BuyerUnitIds.Contains(only))
        {
            return Outcome<IReadOnlyList<ContractFootprint>>.NotFound;
        }

        // All the buyer's units: its own calibration uses every measured contract it has, whichever unit is shown.
        var visible = db.Contracts.AsNoTracking().VisibleTo(scope);
        var activity = await Activity(db, visible, window, cancellationToken);
        var byContract = activity.ToLookup(a => a.ContractId);
        var measuredIds = byContract.Select(g => g.Key).ToList();
        var (firstDay, lastDay) = (window.FirstDay, window.LastDay);
        var facts = await visible
            .Where(c => (c.StartDate <= lastDay && c.EndDate >= firstDay) || measuredIds.Contains(c.Id))
            .Select(c => new Facts(c.Id, c.Reference, c.Title, c.BuyerUnitId, c.BuyerUnit!.Name, c.Category, c.FootprintCategory, c.ValueNok, c.StartDate, c.EndDate))
            .ToListAsync(cancellationToken);

        var measured = facts.Where(f => byContract.Contains(f.Id))
            .Select(f => (Facts: f, Footprint: Footprint.Measured(byContract[f.Id].Select(a => a.Activity))))
            .ToList();
        var months = await MonthsReported(db, visible, window, cancellationToken);
        var ownCalibration = measured.ToLookup(m => m.Facts.Category,
            m => Calibration(m.Facts.ValueNok, m.Facts.StartDate, m.Facts.EndDate, months.GetValueOrDefault(m.Facts.Id), m.Footprint));

        var shown = facts.Where(f => unit is null || f.UnitId == unit).ToList();
        var toEstimate = shown.Where(f => !byContract.Contains(f.Id)).ToList();
        var needAll = toEstimate.Select(f => f.Category).Distinct().Where(c => !ownCalibration.Contains(c)).ToList();
        var allOrganisations = needAll.Count == 0 ? [] : await Measured(db, needAll, window, null, cancellationToken);
        // Second source: contracts of organisations that share theirs with the buyer in an accepted network.
        var peers = needAll.Count == 0 ? [] : await Networks.NetworkPeers.SharingContracts(services, cancellationToken);
        var network = peers.Count == 0 ? [] : await Measured(db, needAll, window, peers, cancellationToken);
        var defaults = toEstimate.Count == 0 ? null : await SpendDefaults.Current(services, cancellationToken);

        var intensities = toEstimate.Select(f => f.Category).Distinct().ToDictionary(c => c, c => SpendEstimates.Choose(
            [.. ownCalibration[c]],
            [.. network.Where(n => n.Category == c).Select(n => n.Measured)],
            [.. allOrganisations.Where(a => a.Category == c).Select(a => a.Measured)],
            defaults!.Defaults.GetValueOrDefault(c.Code()),
            c.Code()));

        var result = new List<ContractFootprint>(shown.Count);
        foreach (var f in shown)
        {
            var spend = ContractValueShare.InWindow(f.ValueNok, f.StartDate, f.EndDate, window);
            if (byContract.Contains(f.Id))
            {
                var lines = byContract[f.Id].Select(a => a.Activity).ToList();
                var mix = lines.Select(a => new VehicleMixPart(a.VehicleType, a.Carrier, a.Trips, a.Km, a.KgCo2eLifeCycle)
                {
                    EnergyKwh = a.EnergyKwh,
                    KgCo2eTerritorial = a.KgCo2eTerritorial,
                })
                    .OrderByDescending(m => m.KgCo2eLifeCycle).ThenBy(m => m.VehicleType, StringComparer.Ordinal).ThenBy(m => m.Carrier, StringComparer.Ordinal)
                    .ToList();
                result.Add(f.Footprint(spend, Footprint.Measured(lines), mix, null, null));
                continue;
            }

            var chosen = intensities[f.Category];
            if (!chosen.Succeeded)
            {
                result.Add(f.Footprint(spend, Footprint.None, [], null, chosen.Problems[0] with { Field = $"contracts[{f.Reference}].category" }));
            }
            else if (spend <= 0)
            {
                // Nothing to multiply: a contract without a value (or outside the window) cannot be estimated from spend.
                result.Add(f.Footprint(spend, Footprint.None, [], null, new Problem($"contracts[{f.Reference}].valueNok", "TransportFootprint.NoSpend", f.Reference)));
            }
            else
            {
                result.Add(f.Footprint(spend, Footprint.Estimated(SpendEstimates.Estimate(spend, chosen.Value!)), [], chosen.Value, null));
            }
        }

        return Outcome<IReadOnlyList<ContractFootprint>>.Ok(result);
    }

    /// <summary>
    /// A measured contract as calibration input: its footprint against its spend over the months its counted reports
    /// cover in the window (value × those months ÷ its months), so a contract that reported four months of twelve is
    /// set against four months of spend, not twelve, and does not pull the intensity down.
    /// </summary>
    private static MeasuredContract Calibration(decimal valueNok, DateOnly start, DateOnly end, int monthsReported, Footprint footprint)
    {
        var contractMonths = StatisticsWindow.MonthsBetween(start, end);
        var spend = contractMonths <= 0 ? 0 : valueNok * monthsReported / contractMonths;
        return new MeasuredContract(spend, footprint.Trips, footprint.Km, footprint.KgCo2eTerritorial, footprint.KgCo2eLifeCycle);
    }

    /// <summary>How many months of the window each contract has counted reports in (any line kind: a month without transport is a month measured).</summary>
    private static async Task<Dictionary<Guid, int>> MonthsReported(AppDbContext db, IQueryable<Contract> contracts, StatisticsWindow window,
        CancellationToken cancellationToken)
    {
        var (first, last) = (window.From, window.To);
#pragma warning disable CA1309
        var pairs = await (
                from r in db.StatisticsRows.AsNoTracking()
                where string.Compare(r.Month, first) >= 0 && string.Compare(r.Month, last) <= 0
                join c in contracts on r.ContractId equals c.Id
                select new { r.ContractId, r.Month })
            .Distinct()
            .ToListAsync(cancellationToken);
#pragma warning restore CA1309
        return pairs.GroupBy(p => p.ContractId).ToDictionary(g => g.Key, g => g.Count());
    }

    /// <summary>The counted vehicle activity per contract, vehicle type and carrier in the window, added in SQL.</summary>
    private static async Task<List<(Guid ContractId, VehicleActivity Activity)>> Activity(AppDbContext db, IQueryable<Contract> contracts,
        StatisticsWindow window, CancellationToken cancellationToken)
    {
        var (first, last) = (window.From, window.To);
        // Month keys are fixed-width YYYY-MM, so comparing them as text orders them as months on both providers.
#pragma warning disable CA1309
        var sums = await (
                from r in db.StatisticsRows.AsNoTracking()
                where string.Compare(r.Month, first) >= 0 && string.Compare(r.Month, last) <= 0 && r.Type.StartsWith(VehiclePrefix)
                join c in contracts on r.ContractId equals c.Id
                group r by new { r.ContractId, r.Type, r.Carrier } into g
                select new
                {
                    g.Key.ContractId,
                    g.Key.Type,
                    g.Key.Carrier,
                    Trips = g.Sum(r => r.Sums.Trips),
                    Km = g.Sum(r => r.Sums.VehicleKm),
                    ZeroEmission = g.Sum(r => r.Sums.EnergyZeroEmission),
                    Biogas = g.Sum(r => r.Sums.EnergyBiogas),
                    Liquid = g.Sum(r => r.Sums.EnergyLiquidBiofuel),
                    Solid = g.Sum(r => r.Sums.EnergySolidBiofuel),
                    Fossil = g.Sum(r => r.Sums.EnergyFossil),
                    Territorial = g.Sum(r => r.Sums.TerritorialEmissions),
                    LifeCycle = g.Sum(r => r.Sums.LifeCycleEmissions),
                    ZeroEmissionKm = g.Sum(r => r.Sums.ZeroEmissionKm),
                    DistanceKm = g.Sum(r => r.Sums.DistanceBasedKm),
                    DistanceTerritorial = g.Sum(r => r.Sums.TerritorialDistanceBasedEmissions),
                    DistanceLifeCycle = g.Sum(r => r.Sums.LifeCycleDistanceBasedEmissions),
                })
            .ToListAsync(cancellationToken);
#pragma warning restore CA1309
        return [.. sums.Select(s => (s.ContractId, new VehicleActivity(s.Type[VehiclePrefix.Length..], s.Carrier, s.Trips, s.Km,
            s.ZeroEmission + s.Biogas + s.Liquid + s.Solid + s.Fossil, s.Territorial, s.LifeCycle, s.ZeroEmissionKm, s.DistanceKm,
            s.DistanceTerritorial, s.DistanceLifeCycle)))];
    }

    /// <summary>
    /// Every organisation's measured contracts of the categories asked, one figure per contract and nothing that names
    /// it: only ever used as an anonymous calibration from at least <see cref="SpendEstimates.MinimumAnonymousContracts"/> contracts.
    /// </summary>
    /// <summary>
    /// Measured contracts of the categories as calibration input: of every organisation (the anonymous figure), or of the
    /// given top-level buyer organisations and their units (those sharing contracts in the buyer's networks).
    /// </summary>
    private static async Task<List<(ContractCategory Category, MeasuredContract Measured)>> Measured(AppDbContext db,
        List<ContractCategory> categories, StatisticsWindow window, IReadOnlyCollection<Guid>? organisations, CancellationToken cancellationToken)
    {
        var contracts = db.Contracts.AsNoTracking().Where(c => categories.Contains(c.Category));
        if (organisations is not null)
        {
            contracts = contracts.Where(c => organisations.Contains(c.BuyerUnitId) || (c.BuyerUnit!.ParentId != null && organisations.Contains(c.BuyerUnit.ParentId.Value)));
        }

        var activity = await Activity(db, contracts, window, cancellationToken);
        var ids = activity.Select(a => a.ContractId).Distinct().ToList();
        var facts = await contracts.Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.Category, c.ValueNok, c.StartDate, c.EndDate })
            .ToListAsync(cancellationToken);
        var byContract = activity.ToLookup(a => a.ContractId, a => a.Activity);
        var months = await MonthsReported(db, contracts.Where(c => ids.Contains(c.Id)), window, cancellationToken);
        return [.. facts.Select(f => (f.Category, Calibration(f.ValueNok, f.StartDate, f.EndDate, months.GetValueOrDefault(f.Id), Footprint.Measured(byContract[f.Id]))))];
    }

    private sealed record Facts(Guid Id, string Reference, string Title, Guid UnitId, string UnitName, ContractCategory Category,
        FootprintCategory FootprintCategory, decimal ValueNok, DateOnly StartDate, DateOnly EndDate)
    {
        public ContractFootprint Footprint(decimal spend, Footprint figures, IReadOnlyList<VehicleMixPart> mix, SpendIntensity? calibration, Problem? noEstimate) =>
            new(Id, Reference, Title, UnitId, UnitName, Category, FootprintCategory, spend, figures, mix, calibration, noEstimate);
    }
}
