using Klimaspor.Data;
using Klimaspor.Domain.Contracts;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Contracts;

internal static class UpdateContract
{
    /// <param name="expectedVersion">The version the editor read (If-Match); a different stored version means someone else saved first.</param>
    public static async Task<Outcome<Contract>> Handle(Guid id, ContractDraft draft, Guid? expectedVersion, AppServices services, CancellationToken cancellationToken)
    {
        var (db, tenant, clock) = services;
        var contract = await ContractAccess.Load(id, services, cancellationToken, track: true);
        if (contract is null)
        {
            return Outcome<Contract>.NotFound;
        }

        var scope = await tenant.ScopeAsync(cancellationToken);
        if (!tenant.CanEditContracts || !scope.IsBuyer)
        {
            return Outcome<Contract>.Forbidden;
        }

        if (Outcome<Contract>.CheckVersion(contract.RowVersion, expectedVersion) is { } refused)
        {
            return refused;
        }

        var (valid, supplier, subcontractors, errors) = await ContractWriting.Check(draft, id, db, scope, cancellationToken);
        if (valid is null)
        {
            return Outcome<Contract>.Invalid(errors);
        }

        var buyerUnit = await db.Organisations.SingleAsync(o => o.Id == valid.BuyerUnitId, cancellationToken);
        ContractWriting.Apply(db, contract, valid, supplier!, subcontractors, buyerUnit, clock.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Saved by someone else between our read and our write: the concurrency token caught it.
            return Outcome<Contract>.Stale;
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            return Outcome<Contract>.Invalid(new Problem("reference", "Contract.DuplicateReference", valid.Reference));
        }

        db.ChangeTracker.Clear();
        return Outcome<Contract>.Ok((await ContractAccess.Load(id, services, cancellationToken))!);
    }
}
