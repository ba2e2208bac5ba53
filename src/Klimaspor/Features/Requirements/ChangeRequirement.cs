using Klimaspor.Data;
using Klimaspor.Domain.Requirements;
using Klimaspor.Features.Compliance;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Requirements;

/// <summary>
/// Adjusts or removes one requirement of a contract. Both need the version the buyer read (If-Match), so two people
/// editing one requirement cannot overwrite each other; both evaluate the contract again in the same save.
/// </summary>
internal static class ChangeRequirement
{
    /// <param name="sent">
    /// The whole rule as read (its key may differ from <paramref name="key"/> to rename the requirement); a body that
    /// could not be read is refused only once the caller may edit, so an outsider learns nothing from it.
    /// </param>
    public static async Task<Outcome<ContractRequirement>> Update(Guid contractId, string key, Outcome<RequirementRule> sent, Guid? expectedVersion, AppServices services, CancellationToken cancellationToken)
    {
        var (db, tenant, clock) = services;
        var (refusal, requirement) = await Find(contractId, key, services, cancellationToken);
        if (requirement is null)
        {
            return Outcome<ContractRequirement>.Refused(refusal);
        }

        if (!sent.Succeeded)
        {
            return sent.Failed<ContractRequirement>();
        }

        var rule = sent.Value;

        if (Outcome<ContractRequirement>.CheckVersion(requirement.RowVersion, expectedVersion) is { } refused)
        {
            return refused;
        }

        var errors = AddRequirements.Validate(rule);
        if (errors.Count > 0)
        {
            return Outcome<ContractRequirement>.Invalid(errors);
        }

        var stored = await RequirementStore.Stored(db, contractId, cancellationToken);
        if (stored.Any(s => s.Id != requirement.Id && s.Rule.Key == rule.Key))
        {
            return Outcome<ContractRequirement>.Invalid(new Problem("key", "Requirements.KeyTaken", rule.Key));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        requirement.Key = rule.Key;
        requirement.RuleJson = RequirementStore.Write(rule);
        requirement.UpdatedAt = now;
        requirement.ChangedBy = tenant.ActorName;
        requirement.RowVersion = Guid.NewGuid();
        await EvaluateCompliance.Add(new(contractId, ComplianceTriggers.Requirements, now) { Requirements = [.. stored.Select(s => s.Id == requirement.Id ? rule : s.Rule)] },
            db, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<ContractRequirement>.Stale;
        }
        catch (DbUpdateException)
        {
            return Outcome<ContractRequirement>.Invalid(new Problem("key", "Requirements.KeyTaken", rule.Key));
        }

        return Outcome<ContractRequirement>.Ok(requirement);
    }

    public static async Task<Outcome<ContractRequirement>> Remove(Guid contractId, string key, Guid? expectedVersion, AppServices services, CancellationToken cancellationToken)
    {
        var (db, _, clock) = services;
        var (refusal, requirement) = await Find(contractId, key, services, cancellationToken);
        if (requirement is null)
        {
            return Outcome<ContractRequirement>.Refused(refusal);
        }

        if (Outcome<ContractRequirement>.CheckVersion(requirement.RowVersion, expectedVersion) is { } refused)
        {
            return refused;
        }

        db.Requirements.Remove(requirement);
        var stored = await RequirementStore.Stored(db, contractId, cancellationToken);
        await EvaluateCompliance.Add(new(contractId, ComplianceTriggers.Requirements, clock.GetUtcNow().UtcDateTime)
        {
            Requirements = [.. stored.Where(s => s.Id != requirement.Id).Select(s => s.Rule)],
        }, db, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<ContractRequirement>.Stale;
        }

        return Outcome<ContractRequirement>.Ok(requirement);
    }

    /// <summary>The requirement, tracked, when the caller may change it; else why not (another's contract is not found).</summary>
    private static async Task<(OutcomeKind Refusal, ContractRequirement? Requirement)> Find(Guid contractId, string key, AppServices services,
        CancellationToken cancellationToken)
    {
        var (db, _, _) = services;
        var refusal = await ContractAccess.CheckEditor(contractId, services, cancellationToken);
        if (refusal is not OutcomeKind.Ok)
        {
            return (refusal, null);
        }

        var requirement = await db.Requirements.SingleOrDefaultAsync(r => r.ContractId == contractId && r.Key == key, cancellationToken);
        return requirement is null ? (OutcomeKind.NotFound, null) : (OutcomeKind.Ok, requirement);
    }
}
