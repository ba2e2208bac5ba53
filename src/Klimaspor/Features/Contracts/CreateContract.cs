using Klimaspor.Data;
using Klimaspor.Domain.Contracts;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Contracts;

internal static class CreateContract
{
    public static async Task<Outcome<Contract>> Handle(ContractDraft draft, AppServices services,
        CancellationToken cancellationToken)
    {
        var (db, tenant, clock) = services;
        var scope = await tenant.ScopeAsync(cancellationToken);
        if (!tenant.CanEditContracts || !scope.IsBuyer)
        {
            return Outcome<Contract>.Forbidden;
        }

        var (valid, supplier, subcontractors, errors) = await ContractWriting.Check(draft, null, db, scope, cancellationToken);
        if (valid is null)
        {
            return Outcome<Contract>.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var buyerUnit = await db.Organisations.SingleAsync(o => o.Id == valid.BuyerUnitId, cancellationToken);
        var contract = new Contract { Reference = valid.Reference, Title = valid.Title, CreatedAt = now };
        db.Contracts.Add(contract);
        ContractWriting.Apply(db, contract, valid, supplier!, subcontractors, buyerUnit, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            return Outcome<Contract>.Invalid(new Problem("reference", "Contract.DuplicateReference", valid.Reference));
        }

        return Outcome<Contract>.Ok((await ContractAccess.Load(contract.Id, services, cancellationToken))!);
    }
}
