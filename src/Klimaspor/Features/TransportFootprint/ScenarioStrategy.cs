using Klimaspor.Data;
using Klimaspor.Domain.Contracts;
using Klimaspor.Domain.Requirements;
using Klimaspor.Domain.Transport;
using Klimaspor.Features.Compliance;
using Klimaspor.Features.Contracts;
using Klimaspor.Features.Requirements;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.TransportFootprint;

/// <summary>Where a strategy goes: an existing contract of the caller's organisation, or a new contract created from the scenario.</summary>
internal sealed record StrategyRequest(Guid? ContractId, ContractDraft? NewContract);

/// <summary>One requirement of a strategy: the catalogue preset, the parameters the scenario gave it, and the rules it becomes.</summary>
public sealed record StrategyRequirementView(string Preset, IReadOnlyDictionary<string, decimal> Parameters, IReadOnlyList<RequirementRule> Rules);

/// <summary>What a scenario would put on a contract, before it is added.</summary>
public sealed record StrategyPreview(Guid ScenarioId, IReadOnlyList<StrategyRequirementView> Requirements);

/// <summary>
/// The strategy added: the contract it is on, the rules added, and those the contract already had under the same key
/// (kept as they were: the buyer changes them on the contract's requirements page).
/// </summary>
internal sealed record StrategyApplied(Guid ScenarioId, Guid ContractId, string ContractReference, IReadOnlyList<string> Added, IReadOnlyList<string> AlreadyThere);

/// <summary>
/// A saved scenario becomes a contract strategy (issue 17 item 4): the catalogue's requirements that would deliver it
/// (<see cref="ContractStrategies"/>), added in one step to an existing contract or to a new one created from the
/// scenario through the create-contract use case, so that the plan is followed up like any other requirement.
/// </summary>
internal static class ScenarioStrategy
{
    public static async Task<Outcome<StrategyPreview>> Preview(Guid scenarioId, AppServices services, CancellationToken cancellationToken)
    {
        var row = await Scenarios.Find(scenarioId, services, cancellationToken);
        return row is null ? Outcome<StrategyPreview>.NotFound
            : Outcome<StrategyPreview>.Ok(new StrategyPreview(row.Id, [.. Strategy(row).Select(s => new StrategyRequirementView(s.Preset, s.Parameters, s.Rules))]));
    }

    public static async Task<Outcome<StrategyApplied>> Apply(Guid scenarioId, StrategyRequest request, AppServices services, CancellationToken cancellationToken)
    {
        var (db, tenant, _) = services;
        var row = await Scenarios.Find(scenarioId, services, cancellationToken);
        if (row is null)
        {
            return Outcome<StrategyApplied>.NotFound;
        }

        if (!tenant.CanEditContracts)
        {
            return Outcome<StrategyApplied>.Forbidden;
        }

        if ((request.ContractId is null) == (request.NewContract is null))
        {
            return Outcome<StrategyApplied>.Invalid(new Problem("contractId", "Scenario.ContractOrNewContract"));
        }

        var strategy = Strategy(row);
        if (request.ContractId is { } contractId)
        {
            var refusal = await ContractAccess.CheckEditor(contractId, services, cancellationToken);
            if (refusal is not OutcomeKind.Ok)
            {
                return Outcome<StrategyApplied>.Refused(refusal);
            }

            var applied = await Stage(row, contractId, strategy, services, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Someone added one of the keys between our check and our save: the unique index refused it.
                return Outcome<StrategyApplied>.Conflict();
            }

            return Outcome<StrategyApplied>.Ok(applied);
        }

        // A new contract and its requirements in one transaction: a refused contract or a failed save leaves nothing.
        // Inside one already begun (the demo's seeding), that one decides.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        // The category the draft leaves out is the scenario's: its category, or its contract's.
        var category = row.Category ?? (row.ContractId is { } scoped
            ? (await db.Contracts.Where(c => c.Id == scoped).Select(c => (ContractCategory?)c.Category).SingleOrDefaultAsync(cancellationToken))?.Code()
            : null);
        var draft = request.NewContract! with { Category = string.IsNullOrWhiteSpace(request.NewContract!.Category) ? category : request.NewContract.Category };
        var created = await CreateContract.Handle(draft, services, cancellationToken);
        if (!created.Succeeded)
        {
            return created.Kind == OutcomeKind.Invalid
                ? Outcome<StrategyApplied>.Invalid([.. created.Problems.Select(p => p with { Field = "newContract." + p.Field })])
                : created.Failed<StrategyApplied>();
        }

        var done = await Stage(row, created.Value.Id, strategy, services, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        return Outcome<StrategyApplied>.Ok(done);
    }

    private static IReadOnlyList<StrategyRequirement> Strategy(TransportScenario row) =>
        ContractStrategies.From(Scenarios.View(row, new ScenarioScope(row.ContractId, null, null, row.Category)).Result, Scenarios.Days(row.WindowFrom, row.WindowTo));

    /// <summary>Adds the strategy's rules the contract does not have yet and records where the scenario went; the caller saves.</summary>
    private static async Task<StrategyApplied> Stage(TransportScenario row, Guid contractId, IReadOnlyList<StrategyRequirement> strategy, AppServices services,
        CancellationToken cancellationToken)
    {
        var (db, _, clock) = services;
        var existing = (await RequirementStore.Stored(db, contractId, cancellationToken)).Select(e => e.Rule.Key).ToHashSet(StringComparer.Ordinal);
        var rules = strategy.SelectMany(s => s.Rules.Select(r => (Rule: r, Preset: (string?)s.Preset))).ToList();
        var toAdd = rules.Where(r => !existing.Contains(r.Rule.Key)).ToList();
        if (toAdd.Count > 0)
        {
            // Keys already taken were left out above, so staging cannot refuse; a race is caught at the save.
            await AddRequirements.Stage(contractId, toAdd, services, cancellationToken);
        }

        row.StrategyContractId = contractId;
        row.StrategyAt = clock.GetUtcNow().UtcDateTime;
        var reference = await db.Contracts.Where(c => c.Id == contractId).Select(c => c.Reference).SingleAsync(cancellationToken);
        return new StrategyApplied(row.Id, contractId, reference, [.. toAdd.Select(r => r.Rule.Key)],
            [.. rules.Where(r => existing.Contains(r.Rule.Key)).Select(r => r.Rule.Key)]);
    }
}
