using System.Globalization;
using System.Linq.Expressions;
using Klimaspor.Data;
using Klimaspor.Domain.Contracts;
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Domain.Requirements;
using Klimaspor.Domain.Statistics;
using Klimaspor.Features.Compliance;
using Klimaspor.Features.Reports;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Statistics;

/// <summary>What the overview is asked for: a window, a breakdown, and a scope (a unit, a category or a contract).</summary>
/// <param name="From">First month, <c>YYYY-MM</c>; with <paramref name="To"/>, or one of the shortcuts.</param>
/// <param name="Month">Shortcut: one month, <c>YYYY-MM</c>.</param>
/// <param name="Tertial">Shortcut: <c>YYYY-T1</c> (January–April), <c>T2</c> (May–August), <c>T3</c> (September–December).</param>
/// <param name="Year">Shortcut: a calendar year.</param>
/// <param name="GroupBy"><c>unit</c> (default), <c>contract</c>, <c>category</c>, <c>energyCarrier</c>, <c>type</c> or <c>month</c>.</param>
/// <param name="Category">A contract category's code (<c>bygg</c>, <c>anlegg</c>…).</param>
public sealed record StatisticsQuery(
    string? From = null,
    string? To = null,
    string? Month = null,
    string? Tertial = null,
    string? Year = null,
    string? GroupBy = null,
    Guid? Unit = null,
    string? Category = null,
    Guid? Contract = null);

/// <summary>
/// The figures of one group (or of the whole scope): the sums and key figures a submitted report has, computed from the
/// counted reports' sums (so shares are per group, never summed), and how many contracts and reports stand behind them.
/// </summary>
/// <param name="Figures">The same fields as a submitted report's key figures.</param>
/// <param name="Contracts">Contracts with counted figures in the group.</param>
/// <param name="Reports">Counted reports with lines in the group.</param>
/// <param name="SharedMachineLines">Machine lines another supplier reported too for overlapping days: counted as reported, flagged.</param>
public sealed record StatisticsFigures(KeyFigures Figures, int Contracts, int Reports, int SharedMachineLines, StatisticsIntensities Intensities);

/// <summary>
/// Figures to compare contracts of different size (issue 15 item 2), each with the contracts behind it and a mark where
/// fewer than five are. Kg CO2e under each boundary.
/// </summary>
/// <param name="EmissionsPerTonneKm">Not available until laden legs are reported (transport footprint, issue 17).</param>
public sealed record StatisticsIntensities(
    Intensity TerritorialPerMachineHour,
    Intensity LifeCyclePerMachineHour,
    Intensity TerritorialPerMnok,
    Intensity LifeCyclePerMnok,
    Intensity EmissionsPerTonneKm,
    Intensity ZeroEmissionMachineHourShare,
    Intensity ZeroEmissionEnergyShare,
    Intensity ZeroEmissionKmShare,
    Intensity ZeroEmissionOrBiogasKmShare);

/// <summary>One group of the breakdown: its key (a unit's or contract's id, a category, carrier or type code, a month) and its label.</summary>
public sealed record StatisticsItem(string Key, string Label, StatisticsFigures Figures);

/// <summary>Contracts in the scope and window by how their requirements stand (the contracts list's roll-up).</summary>
public sealed record ContractStatusCounts(int Met, int NotMet, int CannotAssess, int NothingDue, int NoRequirements);

/// <summary>Reports of the scope: submitted and awaiting review (periods in the window), owed and not submitted, and of those overdue.</summary>
public sealed record ReportStatusCounts(int AwaitingReview, int Missing, int Overdue, int Attention);

/// <summary>A contract that weighs most: its counted emissions in the window.</summary>
public sealed record WeightyContract(Guid Id, string Reference, string Title, string Unit, KgCo2e TerritorialEmissions, KgCo2e LifeCycleEmissions, KgCo2e Effect);

/// <summary>The buyer's overview (issue 15 item 1), the answer of <c>GET /api/v1/statistics</c>.</summary>
/// <param name="Counted">Which reports count, in words: the verdicts' rule (issue 14 item 0).</param>
public sealed record StatisticsView(
    string From,
    string To,
    string GroupBy,
    Guid? Unit,
    string? Category,
    Guid? Contract,
    string Counted,
    StatisticsFigures Totals,
    IReadOnlyList<StatisticsItem> Items,
    IReadOnlyList<StatisticsItem> Months,
    IReadOnlyList<WeightyContract> WeightiestContracts,
    ContractStatusCounts ContractsByStatus,
    ReportStatusCounts ReportsByStatus);

/// <summary>
/// The overview of a buyer's portfolio for a window and scope, read from the statistics rows (one per counted
/// submission and breakdown key, <see cref="ReportAggregates"/>): sums are added in SQL, then divided once per group by
/// the report's own definitions (<see cref="KeyFigureAccumulator.From"/>), so a breakdown adds up to the total and a
/// share is never a sum of shares.
/// </summary>
internal static class GetStatistics
{
    public const int WeightiestCount = 5;

    /// <param name="countReports">
    /// False for callers that show figures only (the exports' extra breakdowns, the climate budget's periods): the
    /// reports by status — the due-reports and attention lists, which read every report of the scope — are then not
    /// built, and <see cref="StatisticsView.ReportsByStatus"/> is all zeros.
    /// </param>
    public static async Task<Outcome<StatisticsView>> Handle(StatisticsQuery query, AppServices services, IStringLocalizer localizer, CancellationToken cancellationToken,
        bool countReports = true)
    {
        var (db, tenant, clock) = services;
        var errors = new List<Problem>();
        var window = StatisticsWindow.Read(query.From, query.To, query.Month, query.Tertial, query.Year, Domain.Calendar.NorwegianTime.Today(clock.GetUtcNow()));
        errors.AddRange(window.Problems);
        var groupBy = StatisticsWindow.ReadGroupBy(query.GroupBy);
        errors.AddRange(groupBy.Problems);
        ContractCategory? category = null;
        if (!string.IsNullOrWhiteSpace(query.Category))
        {
            if (ContractCodes.TryParseCategory(query.Category, out var parsed))
            {
                category = parsed;
            }
            else
            {
                errors.Add(new Problem("category", "Statistics.CategoryUnknown", query.Category, query.Category, string.Join(", ", ContractCodes.Categories.Select(c => c.Code()))));
            }
        }

        if (errors.Count > 0 || !window.Succeeded || !groupBy.Succeeded)
        {
            return Outcome<StatisticsView>.Invalid(errors);
        }

        var scope = await tenant.ScopeAsync(cancellationToken);
        if (!scope.IsBuyer)
        {
            return Outcome<StatisticsView>.Forbidden;
        }

        var contracts = db.Contracts.AsNoTracking().VisibleTo(scope);
        // A unit or contract the tenant may not see is indistinguishable from none.
        if (query.Unit is { } unit)
        {
            if (!scope.BuyerUnitIds.Contains(unit))
            {
                return Outcome<StatisticsView>.NotFound;
            }

            contracts = contracts.Where(c => c.BuyerUnitId == unit);
        }

        if (category is { } cat)
        {
            contracts = contracts.Where(c => c.Category == cat);
        }

        if (query.Contract is { } contractId)
        {
            if (!await contracts.AnyAsync(c => c.Id == contractId, cancellationToken))
            {
                return Outcome<StatisticsView>.NotFound;
            }

            contracts = contracts.Where(c => c.Id == contractId);
        }

        var w = window.Value;
        var by = groupBy.Value;
        // One GROUP BY in the database, per counted submission, month and (for carriers and types) key; the contracts,
        // groups and months are added from these parts in memory (the national benchmark: bench/national.sh).
        var rows = Rows(db, contracts, w);
        var parts = by switch
        {
            StatisticsGroupBy.EnergyCarrier => await Parts(rows, j => new PartKey { SubmissionId = j.Row.SubmissionId, ContractId = j.Row.ContractId, Month = j.Row.Month, Key = j.Row.Carrier }, cancellationToken),
            StatisticsGroupBy.Type => await Parts(rows, j => new PartKey { SubmissionId = j.Row.SubmissionId, ContractId = j.Row.ContractId, Month = j.Row.Month, Key = j.Row.Type }, cancellationToken),
            _ => await Parts(rows, j => new PartKey { SubmissionId = j.Row.SubmissionId, ContractId = j.Row.ContractId, Month = j.Row.Month, Key = "" }, cancellationToken),
        };
        var perContract = Sum(parts, p => p.ContractId.ToString());
        var withRows = perContract.Select(p => p.ContractId).Distinct().ToList();
        var (firstDay, lastDay) = (w.FirstDay, w.LastDay);
        var inScope = await contracts
            .Where(c => (c.StartDate <= lastDay && c.EndDate >= firstDay) || withRows.Contains(c.Id))
            .Select(c => new ContractFacts(c.Id, c.Reference, c.Title, c.BuyerUnitId, c.BuyerUnit!.Name, c.Category, c.ValueNok, c.StartDate, c.EndDate))
            .ToListAsync(cancellationToken);
        var facts = inScope.ToDictionary(c => c.Id);

        var perGroup = by switch
        {
            StatisticsGroupBy.Unit => Sum(parts, p => facts[p.ContractId].UnitId.ToString()),
            StatisticsGroupBy.Contract => perContract,
            StatisticsGroupBy.Category => Sum(parts, p => facts[p.ContractId].Category.Code()),
            StatisticsGroupBy.EnergyCarrier or StatisticsGroupBy.Type => Sum(parts, p => p.Key),
            _ => Sum(parts, p => p.Month),
        };
        var perMonth = by == StatisticsGroupBy.Month ? perGroup : Sum(parts, p => p.Month);

        // The reports counted over all groups: a report with lines in two groups is one report.
        var reports = parts.Select(p => p.SubmissionId).Distinct().Count();
        var totals = Figures(perContract, facts, w) with { Reports = reports };
        var items = perGroup.GroupBy(g => g.Key)
            .Select(g => new StatisticsItem(g.Key, Label(by, g.Key, facts, localizer), Figures(g, facts, w)))
            .OrderBy(i => by == StatisticsGroupBy.Month ? i.Key : null, StringComparer.Ordinal)
            .ThenByDescending(i => i.Figures.Figures.LifeCycle.Emissions.Value)
            .ThenBy(i => i.Label, StringComparer.CurrentCulture)
            .ToList();
        var months = w.EachMonth()
            .Select(m => new StatisticsItem(m, Label(StatisticsGroupBy.Month, m, facts, localizer), Figures(perMonth.Where(g => g.Key == m), facts, w)))
            .ToList();
        var weightiest = perContract.Where(c => facts.ContainsKey(c.ContractId))
            .Select(c => (Contract: facts[c.ContractId], Figures: KeyFigureAccumulator.From(c.Sums).Result()))
            .OrderByDescending(c => c.Figures.LifeCycle.Emissions.Value).ThenBy(c => c.Contract.Reference, StringComparer.Ordinal)
            .Take(WeightiestCount)
            .Select(c => new WeightyContract(c.Contract.Id, c.Contract.Reference, c.Contract.Title, c.Contract.UnitName, c.Figures.Territorial.Emissions,
                c.Figures.LifeCycle.Emissions, c.Figures.LifeCycle.Effect))
            .ToList();

        var ids = inScope.Select(c => c.Id).ToList();
        var rollups = await ComplianceRollups.Latest(ids, db, cancellationToken);
        int Count(RollupStatus status) => rollups.Values.Count(r => r.Status == status);
        var contractsByStatus = new ContractStatusCounts(Count(RollupStatus.Met), Count(RollupStatus.NotMet), Count(RollupStatus.CannotAssess),
            Count(RollupStatus.NothingDue), Count(RollupStatus.NoRequirements));

        if (!countReports)
        {
            return Outcome<StatisticsView>.Ok(new StatisticsView(w.From, w.To, StatisticsWindow.Name(by), query.Unit, category?.Code(), query.Contract,
                localizer["Statistics.Counted"].Value, totals, items, months, weightiest, contractsByStatus, new ReportStatusCounts(0, 0, 0, 0)));
        }

        // Period keys are fixed-width YYYY-MM, so comparing them as text orders them as months on both providers.
#pragma warning disable CA1309
        var (fromKey, toKey) = (w.From, w.To);
        var awaiting = await db.Reports.AsNoTracking()
            .CountAsync(r => r.Status == ReportStatus.Submitted && ids.Contains(r.ContractId)
                && string.Compare(r.Period, fromKey) >= 0 && string.Compare(r.Period, toKey) <= 0, cancellationToken);
#pragma warning restore CA1309
        var due = (await ListDueReports.All(services, ids, cancellationToken))
            .Where(d => string.CompareOrdinal(d.Period, w.From) >= 0 && string.CompareOrdinal(d.Period, w.To) <= 0)
            .ToList();
        var attention = await ListAttention.All(new AttentionFilter(query.Unit, null, category), services, localizer, CultureInfo.CurrentUICulture.Name, cancellationToken);
        var attentionCount = query.Contract is { } only ? attention.Count(a => a.ContractId == only) : attention.Count;

        return Outcome<StatisticsView>.Ok(new StatisticsView(w.From, w.To, StatisticsWindow.Name(by), query.Unit, category?.Code(), query.Contract,
            localizer["Statistics.Counted"].Value, totals, items, months, weightiest, contractsByStatus,
            new ReportStatusCounts(awaiting, due.Count, due.Count(d => d.Overdue), attentionCount)));
    }

    private sealed record ContractFacts(Guid Id, string Reference, string Title, Guid UnitId, string UnitName, ContractCategory Category, decimal ValueNok,
        DateOnly StartDate, DateOnly EndDate);

    /// <summary>The sums of one group on one contract.</summary>
    internal sealed record GroupSums(string Key, Guid ContractId, KeyFigureSums Sums, int Reports, int SharedMachineLines);

    internal sealed class Joined
    {
        public required StatisticsRow Row { get; init; }
        public Guid UnitId { get; init; }
        public ContractCategory Category { get; init; }
    }

    internal static IQueryable<Joined> Rows(AppDbContext db, IQueryable<Contract> contracts, StatisticsWindow window)
    {
        var (first, last) = (window.From, window.To);
#pragma warning disable CA1309
        return from r in db.StatisticsRows.AsNoTracking()
               where string.Compare(r.Month, first) >= 0 && string.Compare(r.Month, last) <= 0
               join c in contracts on r.ContractId equals c.Id
               select new Joined { Row = r, UnitId = c.BuyerUnitId, Category = c.Category };
#pragma warning restore CA1309
    }

    /// <summary>What the database groups by: a counted submission, its contract, a month and the breakdown's own key (or none).</summary>
    internal sealed class PartKey
    {
        public Guid SubmissionId { get; init; }
        public Guid ContractId { get; init; }
        public required string Month { get; init; }
        public required string Key { get; init; }
    }

    /// <summary>The sums of one counted submission in one month (and key).</summary>
    internal sealed record Part(Guid SubmissionId, Guid ContractId, string Month, string Key, KeyFigureSums Sums, int SharedMachineLines);

    /// <summary>The parts added per group key and contract, each with the counted reports behind it.</summary>
    internal static List<GroupSums> Sum(IReadOnlyList<Part> parts, Func<Part, string> key) =>
        [.. parts.GroupBy(p => (Key: key(p), p.ContractId)).Select(g =>
        {
            var sums = new KeyFigureAccumulator();
            foreach (var part in g)
            {
                var one = KeyFigureAccumulator.From(part.Sums);
                sums.Merge(in one);
            }

            return new GroupSums(g.Key.Key, g.Key.ContractId, sums.Sums(), g.Select(p => p.SubmissionId).Distinct().Count(), g.Sum(p => p.SharedMachineLines));
        })];

    /// <summary>The rows' sums per submission, month and key, added in the database.</summary>
    internal static async Task<List<Part>> Parts(IQueryable<Joined> rows, Expression<Func<Joined, PartKey>> key, CancellationToken cancellationToken)
    {
        var sums = await rows.GroupBy(key).Select(g => new
        {
            g.Key,
            Shared = g.Sum(j => j.Row.SharedMachineLines),
            Sums = new KeyFigureSums
            {
                Lines = g.Sum(j => j.Row.Sums.Lines),
                MachineLines = g.Sum(j => j.Row.Sums.MachineLines),
                VehicleLines = g.Sum(j => j.Row.Sums.VehicleLines),
                EnergyLines = g.Sum(j => j.Row.Sums.EnergyLines),
                EnergyZeroEmission = g.Sum(j => j.Row.Sums.EnergyZeroEmission),
                EnergyBiogas = g.Sum(j => j.Row.Sums.EnergyBiogas),
                EnergyLiquidBiofuel = g.Sum(j => j.Row.Sums.EnergyLiquidBiofuel),
                EnergySolidBiofuel = g.Sum(j => j.Row.Sums.EnergySolidBiofuel),
                EnergyFossil = g.Sum(j => j.Row.Sums.EnergyFossil),
                SiteZeroEmission = g.Sum(j => j.Row.Sums.SiteZeroEmission),
                SiteBiogas = g.Sum(j => j.Row.Sums.SiteBiogas),
                SiteLiquidBiofuel = g.Sum(j => j.Row.Sums.SiteLiquidBiofuel),
                SiteSolidBiofuel = g.Sum(j => j.Row.Sums.SiteSolidBiofuel),
                SiteFossil = g.Sum(j => j.Row.Sums.SiteFossil),
                TerritorialEmissions = g.Sum(j => j.Row.Sums.TerritorialEmissions),
                TerritorialBaselineLitres = g.Sum(j => j.Row.Sums.TerritorialBaselineLitres),
                TerritorialBaselineEmissions = g.Sum(j => j.Row.Sums.TerritorialBaselineEmissions),
                TerritorialMachineEmissions = g.Sum(j => j.Row.Sums.TerritorialMachineEmissions),
                TerritorialEmissionsWithKnownLoad = g.Sum(j => j.Row.Sums.TerritorialEmissionsWithKnownLoad),
                TerritorialLinesNotAvailable = g.Sum(j => j.Row.Sums.TerritorialLinesNotAvailable),
                TerritorialAvoidedZeroEmission = g.Sum(j => j.Row.Sums.TerritorialAvoidedZeroEmission),
                TerritorialAvoidedBiogas = g.Sum(j => j.Row.Sums.TerritorialAvoidedBiogas),
                TerritorialAvoidedLiquidBiofuel = g.Sum(j => j.Row.Sums.TerritorialAvoidedLiquidBiofuel),
                TerritorialAvoidedSolidBiofuel = g.Sum(j => j.Row.Sums.TerritorialAvoidedSolidBiofuel),
                TerritorialAvoidedFossil = g.Sum(j => j.Row.Sums.TerritorialAvoidedFossil),
                TerritorialEffect = g.Sum(j => j.Row.Sums.TerritorialEffect),
                TerritorialEffectLiquidBiofuel = g.Sum(j => j.Row.Sums.TerritorialEffectLiquidBiofuel),
                LifeCycleEmissions = g.Sum(j => j.Row.Sums.LifeCycleEmissions),
                LifeCycleBaselineLitres = g.Sum(j => j.Row.Sums.LifeCycleBaselineLitres),
                LifeCycleBaselineEmissions = g.Sum(j => j.Row.Sums.LifeCycleBaselineEmissions),
                LifeCycleMachineEmissions = g.Sum(j => j.Row.Sums.LifeCycleMachineEmissions),
                LifeCycleEmissionsWithKnownLoad = g.Sum(j => j.Row.Sums.LifeCycleEmissionsWithKnownLoad),
                LifeCycleLinesNotAvailable = g.Sum(j => j.Row.Sums.LifeCycleLinesNotAvailable),
                LifeCycleAvoidedZeroEmission = g.Sum(j => j.Row.Sums.LifeCycleAvoidedZeroEmission),
                LifeCycleAvoidedBiogas = g.Sum(j => j.Row.Sums.LifeCycleAvoidedBiogas),
                LifeCycleAvoidedLiquidBiofuel = g.Sum(j => j.Row.Sums.LifeCycleAvoidedLiquidBiofuel),
                LifeCycleAvoidedSolidBiofuel = g.Sum(j => j.Row.Sums.LifeCycleAvoidedSolidBiofuel),
                LifeCycleAvoidedFossil = g.Sum(j => j.Row.Sums.LifeCycleAvoidedFossil),
                LifeCycleEffect = g.Sum(j => j.Row.Sums.LifeCycleEffect),
                LifeCycleEffectLiquidBiofuel = g.Sum(j => j.Row.Sums.LifeCycleEffectLiquidBiofuel),
                MachineHours = g.Sum(j => j.Row.Sums.MachineHours),
                ZeroEmissionMachineHours = g.Sum(j => j.Row.Sums.ZeroEmissionMachineHours),
                IdleHours = g.Sum(j => j.Row.Sums.IdleHours),
                OperatingHoursWithIdleReported = g.Sum(j => j.Row.Sums.OperatingHoursWithIdleReported),
                VehicleKm = g.Sum(j => j.Row.Sums.VehicleKm),
                ZeroEmissionKm = g.Sum(j => j.Row.Sums.ZeroEmissionKm),
                ZeroEmissionOrBiogasKm = g.Sum(j => j.Row.Sums.ZeroEmissionOrBiogasKm),
                TonneKm = g.Sum(j => j.Row.Sums.TonneKm),
                MassTransportKm = g.Sum(j => j.Row.Sums.MassTransportKm),
                MassTransportZeroEmissionKm = g.Sum(j => j.Row.Sums.MassTransportZeroEmissionKm),
                MassTransportBiogasKm = g.Sum(j => j.Row.Sums.MassTransportBiogasKm),
                WasteTransportKm = g.Sum(j => j.Row.Sums.WasteTransportKm),
                WasteTransportZeroEmissionKm = g.Sum(j => j.Row.Sums.WasteTransportZeroEmissionKm),
                WasteTransportBiogasKm = g.Sum(j => j.Row.Sums.WasteTransportBiogasKm),
                DistanceBasedVehicleLines = g.Sum(j => j.Row.Sums.DistanceBasedVehicleLines),
                DistanceBasedKm = g.Sum(j => j.Row.Sums.DistanceBasedKm),
                TerritorialDistanceBasedEmissions = g.Sum(j => j.Row.Sums.TerritorialDistanceBasedEmissions),
                LifeCycleDistanceBasedEmissions = g.Sum(j => j.Row.Sums.LifeCycleDistanceBasedEmissions),
                Trips = g.Sum(j => j.Row.Sums.Trips),
            },
        }).ToListAsync(cancellationToken);
        return [.. sums.Select(s => new Part(s.Key.SubmissionId, s.Key.ContractId, s.Key.Month, s.Key.Key, s.Sums, s.Shared))];
    }

    /// <summary>One group's figures from its contracts' sums: added first, divided once.</summary>
    private static StatisticsFigures Figures(IEnumerable<GroupSums> group, IReadOnlyDictionary<Guid, ContractFacts> contracts, StatisticsWindow window)
    {
        var all = new KeyFigureAccumulator();
        var perContract = new List<(Guid Id, KeyFigures Figures)>();
        int reports = 0, shared = 0;
        foreach (var part in group)
        {
            var one = KeyFigureAccumulator.From(part.Sums);
            all.Merge(in one);
            perContract.Add((part.ContractId, one.Result()));
            reports += part.Reports;
            shared += part.SharedMachineLines;
        }

        var figures = all.Result();
        var withHours = perContract.Count(c => c.Figures.MachineHours.Value > 0);
        var withKm = perContract.Count(c => c.Figures.VehicleKm.Value > 0);
        var withSiteEnergy = perContract.Count(c => c.Figures.SiteEnergy.Value > 0);
        // Value in the window, MNOK: each contract's value pro-rated over its months in the window (issue 15 item 2).
        var valued = perContract.Where(c => contracts.TryGetValue(c.Id, out var f) && f.ValueNok > 0).ToList();
        var mnok = valued.Sum(c => ContractValueShare.InWindow(contracts[c.Id].ValueNok, contracts[c.Id].StartDate, contracts[c.Id].EndDate, window)) / 1_000_000m;
        decimal? PerMnok(Func<KeyFigures, decimal> emissions) => mnok > 0 ? valued.Sum(c => emissions(c.Figures)) / mnok : null;
        var intensities = new StatisticsIntensities(
            new Intensity(figures.Territorial.EmissionsPerMachineHour, withHours),
            new Intensity(figures.LifeCycle.EmissionsPerMachineHour, withHours),
            new Intensity(PerMnok(f => f.Territorial.Emissions.Value), valued.Count),
            new Intensity(PerMnok(f => f.LifeCycle.Emissions.Value), valued.Count),
            new Intensity(null, 0),
            new Intensity(figures.ZeroEmissionMachineHourShare, withHours),
            new Intensity(figures.ZeroEmissionEnergyShare, withSiteEnergy),
            new Intensity(figures.ZeroEmissionKmShare, withKm),
            new Intensity(figures.ZeroEmissionOrBiogasKmShare, withKm));
        return new StatisticsFigures(figures, perContract.Count, reports, shared, intensities);
    }

    private static string Label(StatisticsGroupBy by, string key, IReadOnlyDictionary<Guid, ContractFacts> contracts, IStringLocalizer localizer) => by switch
    {
        StatisticsGroupBy.Unit => contracts.Values.FirstOrDefault(c => c.UnitId.ToString() == key)?.UnitName ?? key,
        StatisticsGroupBy.Contract => Guid.TryParse(key, out var id) && contracts.TryGetValue(id, out var c) ? $"{c.Reference} {c.Title}" : key,
        StatisticsGroupBy.Category => localizer["Category." + key],
        StatisticsGroupBy.EnergyCarrier => localizer["Codes.energyCarrier." + key],
        StatisticsGroupBy.Type => TypeLabel(key, localizer),
        _ => DateOnly.ParseExact(key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("MMMM yyyy", CultureInfo.CurrentUICulture),
    };

    private static string TypeLabel(string key, IStringLocalizer localizer)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        var (kind, code) = colon < 0 ? ("", key) : (key[..colon], key[(colon + 1)..]);
        var list = kind switch { "machine" => "machineType", "vehicle" => "vehicleType", _ => "energyPurpose" };
        return localizer["Statistics.Kind." + kind] + ": " + localizer[$"Codes.{list}.{code}"];
    }
}
