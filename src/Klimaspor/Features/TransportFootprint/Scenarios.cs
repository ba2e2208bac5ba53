using System.Text.Json;
using Klimaspor.Data;
using Klimaspor.Domain.Calendar;
using Klimaspor.Domain.Contracts;
using Klimaspor.Domain.Statistics;
using Klimaspor.Domain.Transport;
using Klimaspor.Features.FactorSets;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.TransportFootprint;

/// <summary>
/// A scenario to try or save: its name, its scope (one contract, or a contract category), the baseline window (the last
/// twelve whole months unless given, <c>YYYY-MM</c>) and the levers, each a fraction (0.6 = 60 %).
/// </summary>
internal sealed record ScenarioRequest(string? Name, Guid? ContractId, string? Category, string? From, string? To, ScenarioLevers? Levers);

/// <summary>The scope a scenario was run on: a contract (with its reference and title) or a category code.</summary>
public sealed record ScenarioScope(Guid? ContractId, string? ContractReference, string? ContractTitle, string? Category);

/// <summary>
/// A scenario's before and after side by side, with the baseline it started from. <paramref name="EstimatedContractsLeftOut"/>
/// counts contracts of the scope whose footprint is only a spend-based estimate: they have no trips by vehicle to
/// move, so they are not in the baseline.
/// </summary>
public sealed record ScenarioView(
    Guid? Id,
    string Name,
    ScenarioScope Scope,
    string From,
    string To,
    ScenarioLevers Levers,
    IReadOnlyList<ScenarioBaselineRow> Baseline,
    ScenarioResult Result,
    string TerritorialFactorSet,
    string LifeCycleFactorSet,
    int EstimatedContractsLeftOut,
    Guid? StrategyContractId,
    string? CreatedBy,
    DateTime? CreatedAt);

/// <summary>A saved scenario in a list.</summary>
public sealed record ScenarioSummary(Guid Id, string Name, ScenarioScope Scope, string From, string To, ScenarioFigures Before, ScenarioFigures After,
    Guid? StrategyContractId, string CreatedBy, DateTime CreatedAt);

/// <summary>
/// Runs, saves and reads transport scenarios (issue 17 item 4). The baseline is the footprint loader's vehicle mix
/// (<see cref="ContractFootprints"/>), never a second aggregation; the scenario itself is the domain's
/// (<see cref="TransportScenarios"/>). Buyers only; a scenario is its organisation's, and another's is not found.
/// </summary>
internal static class Scenarios
{
    public const int NameMaxLength = 200;

    /// <summary>Runs a scenario without storing it: what the editor shows before the buyer saves.</summary>
    public static async Task<Outcome<ScenarioView>> Preview(ScenarioRequest request, AppServices services, CancellationToken cancellationToken)
    {
        var outcome = await Run(request, nameRequired: false, services, cancellationToken);
        return outcome.Succeeded ? Outcome<ScenarioView>.Ok(outcome.Value.View) : outcome.Failed<ScenarioView>();
    }

    /// <summary>Runs a scenario and stores it under its name; a refused scenario stores nothing.</summary>
    public static async Task<Outcome<ScenarioView>> Save(ScenarioRequest request, AppServices services, CancellationToken cancellationToken)
    {
        var (db, tenant, clock) = services;
        var outcome = await Run(request, nameRequired: true, services, cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Failed<ScenarioView>();
        }

        var (view, organisationId) = outcome.Value;
        var row = new TransportScenario
        {
            OrganisationId = organisationId,
            Name = view.Name,
            ContractId = view.Scope.ContractId,
            Category = view.Scope.Category,
            WindowFrom = view.From,
            WindowTo = view.To,
            BaselineJson = JsonSerializer.Serialize(view.Baseline, StoredJson.Options),
            LeversJson = JsonSerializer.Serialize(view.Levers, StoredJson.Options),
            ResultJson = JsonSerializer.Serialize(view.Result, StoredJson.Options),
            TerritorialFactorSet = view.TerritorialFactorSet,
            LifeCycleFactorSet = view.LifeCycleFactorSet,
            CreatedBy = tenant.ActorName,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.TransportScenarios.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<ScenarioView>.Ok(view with { Id = row.Id, CreatedBy = row.CreatedBy, CreatedAt = row.CreatedAt });
    }

    /// <summary>The organisation's saved scenarios, newest first; a supplier is forbidden.</summary>
    public static async Task<Outcome<IReadOnlyList<ScenarioSummary>>> List(AppServices services, CancellationToken cancellationToken)
    {
        var (db, tenant, _) = services;
        var scope = await tenant.ScopeAsync(cancellationToken);
        if (!scope.IsBuyer)
        {
            return Outcome<IReadOnlyList<ScenarioSummary>>.Forbidden;
        }

        var rows = await db.TransportScenarios.AsNoTracking().Where(s => s.OrganisationId == scope.OrganisationId)
            .OrderByDescending(s => s.CreatedAt).Take(500).ToListAsync(cancellationToken);
        var contracts = await Contracts(db, rows, cancellationToken);
        return Outcome<IReadOnlyList<ScenarioSummary>>.Ok([.. rows.Select(r =>
        {
            var result = JsonSerializer.Deserialize<ScenarioResult>(r.ResultJson, StoredJson.Options)!;
            return new ScenarioSummary(r.Id, r.Name, ScopeOf(r, contracts), r.WindowFrom, r.WindowTo, result.Before, result.After, r.StrategyContractId,
                r.CreatedBy, r.CreatedAt);
        })]);
    }

    /// <summary>One saved scenario of the caller's organisation; another organisation's is not found.</summary>
    public static async Task<Outcome<ScenarioView>> Get(Guid id, AppServices services, CancellationToken cancellationToken)
    {
        var row = await Find(id, services, cancellationToken);
        if (row is null)
        {
            return Outcome<ScenarioView>.NotFound;
        }

        var contracts = await Contracts(services.Db, [row], cancellationToken);
        return Outcome<ScenarioView>.Ok(View(row, ScopeOf(row, contracts)));
    }

    /// <summary>The stored row of the caller's organisation, tracked; null for none or another organisation's.</summary>
    public static async Task<TransportScenario?> Find(Guid id, AppServices services, CancellationToken cancellationToken)
    {
        var (db, tenant, _) = services;
        var scope = await tenant.ScopeAsync(cancellationToken);
        return !scope.IsBuyer ? null
            : await db.TransportScenarios.SingleOrDefaultAsync(s => s.Id == id && s.OrganisationId == scope.OrganisationId, cancellationToken);
    }

    public static ScenarioView View(TransportScenario row, ScenarioScope scope) => new(
        row.Id,
        row.Name,
        scope,
        row.WindowFrom,
        row.WindowTo,
        JsonSerializer.Deserialize<ScenarioLevers>(row.LeversJson, StoredJson.Options)!,
        JsonSerializer.Deserialize<List<ScenarioBaselineRow>>(row.BaselineJson, StoredJson.Options)!,
        JsonSerializer.Deserialize<ScenarioResult>(row.ResultJson, StoredJson.Options)!,
        row.TerritorialFactorSet,
        row.LifeCycleFactorSet,
        0,
        row.StrategyContractId,
        row.CreatedBy,
        row.CreatedAt);

    /// <summary>The days of a scenario's baseline window: trips a week are counted over them.</summary>
    public static int Days(string from, string to)
    {
        var window = new StatisticsWindow(from, to);
        return window.LastDay.DayNumber - window.FirstDay.DayNumber + 1;
    }

    private static async Task<Outcome<(ScenarioView View, Guid OrganisationId)>> Run(ScenarioRequest request, bool nameRequired, AppServices services,
        CancellationToken cancellationToken)
    {
        var (db, tenant, clock) = services;
        var scope = await tenant.ScopeAsync(cancellationToken);
        if (!scope.IsBuyer)
        {
            return Outcome<(ScenarioView, Guid)>.Forbidden;
        }

        var errors = new List<Problem>();
        var name = TextField.Read(request.Name, "name", NameMaxLength, errors, required: nameRequired) ?? string.Empty;
        var category = default(ContractCategory?);
        if ((request.ContractId is null) == string.IsNullOrWhiteSpace(request.Category))
        {
            errors.Add(new Problem("contractId", "Scenario.ContractOrCategory"));
        }
        else if (request.ContractId is null)
        {
            if (ContractCodes.TryParseCategory(request.Category, out var parsed))
            {
                category = parsed;
            }
            else
            {
                errors.Add(new Problem("category", "Scenario.UnknownCategory", request.Category));
            }
        }

        var window = Window(request, clock, errors);
        if (errors.Count > 0)
        {
            return Outcome<(ScenarioView, Guid)>.Invalid(errors);
        }

        ContractName? contract = null;
        if (request.ContractId is { } contractId)
        {
            // Another organisation's contract is indistinguishable from none.
            contract = await db.Contracts.AsNoTracking().VisibleTo(scope).Where(c => c.Id == contractId)
                .Select(c => new ContractName(c.Id, c.Reference, c.Title)).SingleOrDefaultAsync(cancellationToken);
            if (contract is null)
            {
                return Outcome<(ScenarioView, Guid)>.NotFound;
            }
        }

        var footprints = await ContractFootprints.Load(null, window!, services, cancellationToken);
        if (!footprints.Succeeded)
        {
            return footprints.Failed<(ScenarioView, Guid)>();
        }

        var inScope = footprints.Value.Where(f => contract is not null ? f.ContractId == contract.Id : f.Category == category).ToList();
        var baseline = inScope.SelectMany(f => f.VehicleMix)
            .GroupBy(m => (m.VehicleType, m.Carrier))
            .OrderBy(g => g.Key.VehicleType, StringComparer.Ordinal).ThenBy(g => g.Key.Carrier, StringComparer.Ordinal)
            // Statistics rows keep no laden km: moved km are priced at the table's average load.
            .Select(g => new ScenarioBaselineRow(g.Key.VehicleType, g.Key.Carrier, g.Sum(m => m.Trips), g.Sum(m => m.Km), null,
                g.Sum(m => m.EnergyKwh), g.Sum(m => m.KgCo2eTerritorial), g.Sum(m => m.KgCo2eLifeCycle)))
            .ToList();
        var (territorial, lifeCycle, setErrors) = await ResolveFactorSets.Handle(null, null, scope, db, cancellationToken);
        if (setErrors.Count > 0)
        {
            return Outcome<(ScenarioView, Guid)>.Invalid(setErrors);
        }

        var levers = request.Levers ?? new ScenarioLevers();
        var result = TransportScenarios.Run(baseline, levers, territorial!, lifeCycle!);
        if (!result.Succeeded)
        {
            return result.Failed<(ScenarioView, Guid)>();
        }

        var view = new ScenarioView(null, name, new ScenarioScope(contract?.Id, contract?.Reference, contract?.Title, category?.Code()), window!.From, window.To,
            levers, baseline, result.Value, Reference(territorial!), Reference(lifeCycle!), inScope.Count(f => f.VehicleMix.Count == 0 && f.Method == ActivityMethod.Spend),
            null, null, null);
        return Outcome<(ScenarioView, Guid)>.Ok((view, scope.OrganisationId));
    }

    private static string Reference(Domain.Emissions.FactorSet set) => set.Key + "@" + set.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The window asked for, or the last twelve whole months before today (Norwegian time).</summary>
    private static StatisticsWindow? Window(ScenarioRequest request, TimeProvider clock, List<Problem> errors)
    {
        var today = NorwegianTime.Today(clock.GetUtcNow());
        if (string.IsNullOrWhiteSpace(request.From) && string.IsNullOrWhiteSpace(request.To))
        {
            var last = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
            return new StatisticsWindow(StatisticsWindow.Key(last.AddMonths(-11)), StatisticsWindow.Key(last));
        }

        var read = StatisticsWindow.Read(request.From, request.To, null, null, null, today);
        if (!read.Succeeded)
        {
            errors.AddRange(read.Problems);
            return null;
        }

        return read.Value;
    }

    private static async Task<Dictionary<Guid, ContractName>> Contracts(AppDbContext db, IReadOnlyList<TransportScenario> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Where(r => r.ContractId is not null).Select(r => r.ContractId!.Value).Distinct().ToList();
        return ids.Count == 0 ? []
            : await db.Contracts.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new ContractName(c.Id, c.Reference, c.Title))
                .ToDictionaryAsync(c => c.Id, cancellationToken);
    }

    private static ScenarioScope ScopeOf(TransportScenario row, Dictionary<Guid, ContractName> contracts) =>
        row.ContractId is { } id && contracts.TryGetValue(id, out var c)
            ? new ScenarioScope(id, c.Reference, c.Title, null)
            : new ScenarioScope(row.ContractId, null, null, row.Category);

    private sealed record ContractName(Guid Id, string Reference, string Title);
}
