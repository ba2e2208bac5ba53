using System.Globalization;
using Klimaspor.Data;
using Klimaspor.Domain.Requirements;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Waivers;

/// <summary>The contract's main supplier applies for a waiver for one machine over some days.</summary>
internal static class ApplyForWaiver
{
    /// <summary>Two applications at the same moment may draw the same number; the loser draws again.</summary>
    private const int NumberAttempts = 5;

    public static async Task<Outcome<WaiverView>> Handle(Guid contractId, WaiverApplication application, AppServices services,
        CancellationToken cancellationToken)
    {
        var (db, tenant, clock) = services;
        var contract = await ContractAccess.Load(contractId, services, cancellationToken);
        if (contract is null)
        {
            return Outcome<WaiverView>.NotFound;
        }

        var scope = await tenant.ScopeAsync(cancellationToken);
        if (!WaiverAccess.MayApply(contract, scope, tenant))
        {
            return Outcome<WaiverView>.Forbidden;
        }

        var (valid, errors) = WaiverRules.Validate(application, contract.StartDate, contract.EndDate);
        if (valid is null)
        {
            return Outcome<WaiverView>.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var actor = tenant.ActorName;
        for (var attempt = 1; ; attempt++)
        {
            var number = (await db.Waivers.Where(w => w.Year == now.Year).MaxAsync(w => (int?)w.Number, cancellationToken) ?? 0) + 1;
            var waiver = New(valid, contract, number, now, actor);
            var history = new WaiverHistoryEntry
            {
                WaiverId = waiver.Id,
                At = now,
                Actor = actor,
                Action = "applied",
                Detail = string.Create(CultureInfo.InvariantCulture, $"{waiver.MachineId}, {waiver.FromDate:yyyy-MM-dd}–{waiver.ToDate:yyyy-MM-dd}"),
            };
            db.Waivers.Add(waiver);
            db.WaiverHistory.Add(history);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return Outcome<WaiverView>.Ok(await GetWaivers.View(waiver, contract.Reference, db, cancellationToken));
            }
            catch (DbUpdateException) when (attempt < NumberAttempts)
            {
                db.Entry(history).State = EntityState.Detached;
                db.Entry(waiver).State = EntityState.Detached;
            }
        }
    }

    private static Waiver New(ValidWaiverApplication valid, Contract contract, int number, DateTime now, string actor) => new()
    {
        Reference = string.Create(CultureInfo.InvariantCulture, $"FRAVIK-{now.Year}-{number:0000}"),
        Year = now.Year,
        Number = number,
        ContractId = contract.Id,
        SupplierId = contract.SupplierId,
        MachineId = valid.MachineId,
        MachineType = valid.MachineType,
        MachineDescription = valid.MachineDescription,
        FromDate = valid.From,
        ToDate = valid.To,
        Reason = valid.Reason,
        Justification = valid.Justification,
        Evidence = valid.Evidence,
        CompaniesAsked = valid.CompaniesAsked,
        ReplacementMachine = valid.ReplacementMachine,
        ReplacementFuel = valid.ReplacementFuel,
        ReplacementEmissionClass = valid.ReplacementEmissionClass,
        MitigatingMeasures = valid.MitigatingMeasures,
        Status = WaiverStatus.Applied,
        AppliedBy = actor,
        AppliedAt = now,
        UpdatedAt = now,
    };
}
