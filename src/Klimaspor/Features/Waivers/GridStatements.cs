using Klimaspor.Data;
using Klimaspor.Domain.Requirements;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Waivers;

/// <summary>A grid capacity statement as both parties see it.</summary>
/// <param name="ReliefFactor">What the statement relieves an at-least threshold to: available ÷ needed, a fraction.</param>
public sealed record GridStatementView(
    Guid Id,
    Guid ContractId,
    string? Site,
    string PeriodFrom,
    string PeriodTo,
    decimal NeededKw,
    decimal AvailableKw,
    decimal ReliefFactor,
    string GridOwnerReference,
    string Status,
    string StatedBy,
    DateTime StatedAt,
    string? DecisionComment,
    string? DecidedBy,
    DateTime? DecidedAt,
    Guid RowVersion)
{
    internal static GridStatementView From(GridStatement g) => new(g.Id, g.ContractId, g.Site, g.PeriodFrom, g.PeriodTo, g.NeededKw, g.AvailableKw,
        WindowDecision.ReliefFactor(new GridCapacity(g.PeriodFrom, g.AvailableKw, g.NeededKw, g.Site)), g.GridOwnerReference, g.Status.ToString().ToLowerInvariant(),
        g.StatedBy, g.StatedAt, g.DecisionComment, g.DecidedBy, g.DecidedAt, g.RowVersion);
}

/// <summary>
/// Grid capacity statements (issue 14 item 4): the contract's supplier states, per site and months, the power the site
/// needs for zero-emission operation and what the grid owner can deliver; the buyer's administrator accepts or rejects,
/// as with waivers. An accepted statement relieves thresholds that allow it from the next evaluation on.
/// </summary>
internal static class GridStatements
{
    /// <summary>The contract's statements the caller may see, by site and month; null when the caller may not see the contract.</summary>
    public static async Task<IReadOnlyList<GridStatementView>?> List(Guid contractId, AppServices services, CancellationToken cancellationToken)
    {
        var (db, tenant, _) = services;
        if (await ContractAccess.Load(contractId, services, cancellationToken) is null)
        {
            return null;
        }

        var rows = await Visible(db.GridStatements.AsNoTracking(), contractId, await tenant.ScopeAsync(cancellationToken))
            .OrderBy(g => g.Site).ThenBy(g => g.PeriodFrom).ToListAsync(cancellationToken);
        return [.. rows.Select(GridStatementView.From)];
    }

    /// <summary>The supplier states the grid's capacity for a site and months; one statement per site and month that is not rejected.</summary>
    public static async Task<Outcome<GridStatementView>> State(Guid contractId, GridStatementInput input, AppServices services, CancellationToken cancellationToken)
    {
        var (db, tenant, clock) = services;
        var contract = await ContractAccess.Load(contractId, services, cancellationToken);
        if (contract is null)
        {
            return Outcome<GridStatementView>.NotFound;
        }

        if (!WaiverAccess.MayApply(contract, await tenant.ScopeAsync(cancellationToken), tenant))
        {
            return Outcome<GridStatementView>.Forbidden;
        }

        var (valid, errors) = GridStatementRules.Validate(input, contract.StartDate, contract.EndDate, [.. contract.Sites.OrderBy(s => s.Position).Select(s => s.Name)]);
        if (valid is null)
        {
            return Outcome<GridStatementView>.Invalid(errors);
        }

        var others = await db.GridStatements.AsNoTracking().Where(g => g.ContractId == contractId && g.Status != GridStatementStatus.Rejected)
            .Select(g => new { g.Site, g.PeriodFrom, g.PeriodTo }).ToListAsync(cancellationToken);
        if (others.FirstOrDefault(o => GridStatementRules.Overlaps(valid.Site, valid.PeriodFrom, valid.PeriodTo, o.Site, o.PeriodFrom, o.PeriodTo)) is { } other)
        {
            return Outcome<GridStatementView>.Invalid([new Problem("periodFrom", "GridStatements.Overlaps", input.PeriodFrom, other.PeriodFrom, other.PeriodTo)]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var statement = new GridStatement
        {
            ContractId = contractId,
            SupplierId = contract.SupplierId,
            Site = valid.Site,
            PeriodFrom = valid.PeriodFrom,
            PeriodTo = valid.PeriodTo,
            NeededKw = valid.NeededKw,
            AvailableKw = valid.AvailableKw,
            GridOwnerReference = valid.GridOwnerReference,
            Status = GridStatementStatus.Stated,
            StatedBy = tenant.ActorName,
            StatedAt = now,
            UpdatedAt = now,
        };
        db.GridStatements.Add(statement);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<GridStatementView>.Ok(GridStatementView.From(statement));
    }

    /// <summary>The buyer's administrator accepts or rejects, once; an accepted statement relieves the thresholds at once.</summary>
    public static async Task<Outcome<GridStatementView>> Decide(Guid contractId, Guid statementId, string? decision, string? comment, AppServices services,
        CancellationToken cancellationToken)
    {
        var (db, tenant, clock) = services;
        if (await ContractAccess.Load(contractId, services, cancellationToken) is null)
        {
            return Outcome<GridStatementView>.NotFound;
        }

        var scope = await tenant.ScopeAsync(cancellationToken);
        var statement = await Visible(db.GridStatements, contractId, scope).SingleOrDefaultAsync(g => g.Id == statementId, cancellationToken);
        if (statement is null)
        {
            return Outcome<GridStatementView>.NotFound;
        }

        if (!WaiverAccess.MayDecide(scope, tenant))
        {
            return Outcome<GridStatementView>.Forbidden;
        }

        if (!GridStatementRules.CanDecide(statement.Status))
        {
            return Outcome<GridStatementView>.Locked("Waivers.AlreadyDecided");
        }

        var (status, text, errors) = GridStatementRules.ValidateDecision(decision, comment);
        if (status is null)
        {
            return Outcome<GridStatementView>.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        statement.Status = status.Value;
        statement.DecisionComment = text;
        statement.DecidedBy = tenant.ActorName;
        statement.DecidedAt = now;
        statement.UpdatedAt = now;
        statement.RowVersion = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<GridStatementView>.Conflict("Waivers.ChangedMeanwhile");
        }

        if (status == GridStatementStatus.Accepted)
        {
            // As with an approved waiver: saved first, since the evaluation reads accepted statements from the database.
            await Compliance.EvaluateCompliance.Add(new(contractId, Compliance.ComplianceTriggers.GridStatementAccepted(statement.Site, statement.PeriodFrom), now),
                db, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        return Outcome<GridStatementView>.Ok(GridStatementView.From(statement));
    }

    private static IQueryable<GridStatement> Visible(IQueryable<GridStatement> statements, Guid contractId, TenantScope scope)
    {
        var org = scope.OrganisationId;
        return scope.IsSupplier ? statements.Where(g => g.ContractId == contractId && g.SupplierId == org) : statements.Where(g => g.ContractId == contractId);
    }
}
