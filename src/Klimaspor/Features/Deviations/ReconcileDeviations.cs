using Klimaspor.Data;
using Klimaspor.Domain.Requirements;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Deviations;

/// <summary>
/// Deviations follow evaluations: a failed verdict opens one per requirement, and later failures update the one still
/// open instead of opening another.
/// </summary>
internal static class ReconcileDeviations
{
    /// <summary>
    /// Brings the contract's deviations and bonuses in line with an evaluation, as <see cref="DeviationReconciliation"/>
    /// decides. Adds and changes entities without saving, so the caller stores them in the same transaction as the
    /// evaluation. <paramref name="now"/> is UTC.
    /// </summary>
    /// <param name="sanctionCapNok">The contract's cap on its sanctions in total, as the evaluation read it with the contract's facts.</param>
    public static async Task Handle(AppDbContext db, Guid contractId, IReadOnlyList<RequirementCompliance> results, decimal? sanctionCapNok, DateTime now,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(results);
        now = now.Kind == DateTimeKind.Utc ? now : DateTime.SpecifyKind(now.Kind == DateTimeKind.Local ? now.ToUniversalTime() : now, DateTimeKind.Utc);
        var keys = results.Select(r => r.Requirement.Key).Distinct().ToList();
        // All of the contract's deviations, not only the evaluated requirements': the cap on total sanctions spans them.
        var deviations = await db.Deviations.Where(d => d.ContractId == contractId).ToListAsync(cancellationToken);
        var bonuses = await db.Bonuses.Where(b => b.ContractId == contractId && keys.Contains(b.RequirementKey)).ToListAsync(cancellationToken);
        var snapshots = deviations.ToDictionary(d => d.Id, d => DeviationSnapshot.Read(d.SnapshotJson));

        foreach (var result in results)
        {
            var key = result.Requirement.Key;
            var earlier = DeviationRules.EarlierCharges(deviations
                .Where(d => d.RequirementKey == key && d.Status == DeviationStatus.Closed)
                .Select(d => new ClosedCharge(d.Resolution, d.ProposedAmountNok, d.ConfirmedAmountNok)));
            var known = deviations.Where(d => d.RequirementKey == key)
                .Select(d => new KnownDeviation(d.Id, d.Status, [.. snapshots[d.Id].Select(s => new DeviationWindow(s.Window, s.Cleared))]))
                .ToList();
            var knownBonuses = bonuses.Where(b => b.RequirementKey == key).Select(b => new KnownBonus(b.Id, b.Window, b.Status == BonusStatus.Confirmed)).ToList();
            foreach (var decision in DeviationReconciliation.Decide(result, known, knownBonuses))
            {
                switch (decision)
                {
                    case OpenDeviation open:
                        Open(db, contractId, open, earlier, now);
                        break;
                    case UpdateDeviation update:
                        Update(db, deviations.Single(d => d.Id == update.DeviationId), snapshots[update.DeviationId], update, earlier, now);
                        break;
                    case ProposeBonus propose:
                        db.Bonuses.Add(new Bonus
                        {
                            ContractId = contractId,
                            RequirementKey = propose.Rule.Key,
                            ClauseText = propose.Rule.ClauseText,
                            Window = propose.Verdict.Window,
                            ProposedAmountNok = propose.Verdict.Sanction!.AmountNok,
                            ArithmeticJson = Arithmetic(propose.Verdict),
                            Status = BonusStatus.Proposed,
                            CreatedAt = now,
                            UpdatedAt = now,
                        });
                        break;
                    case FollowBonus follow:
                        Follow(bonuses.Single(b => b.Id == follow.BonusId), follow, now);
                        break;
                    case WithdrawBonus withdraw:
                        db.Bonuses.Remove(bonuses.Single(b => b.Id == withdraw.BonusId));
                        break;
                    default:
                        throw new InvalidOperationException($"No way to apply {decision.GetType().Name}.");
                }
            }
        }

        WithinContractCap(sanctionCapNok, [.. deviations, .. db.Deviations.Local.Where(d => d.ContractId == contractId && !deviations.Contains(d))], now);
    }

    /// <summary>
    /// The open deviations' proposals within the contract's cap on total sanctions (<see cref="DeviationRules.WithinContractCap"/>):
    /// each proposal is worked out from its windows again, so a cap that changed, or a deviation closed since, is followed.
    /// </summary>
    private static void WithinContractCap(decimal? cap, IReadOnlyList<Deviation> deviations, DateTime now)
    {
        var open = deviations.Where(d => d.Status != DeviationStatus.Closed).OrderBy(d => d.OpenedAt).ThenBy(d => d.Id).ToList();
        var confirmed = DeviationRules.ConfirmedSanctions(deviations.Where(d => d.Status == DeviationStatus.Closed)
            .Select(d => new ClosedCharge(d.Resolution, d.ProposedAmountNok, d.ConfirmedAmountNok)));
        var capped = DeviationRules.WithinContractCap(cap, confirmed, [.. open.Select(Uncapped)]);
        for (var i = 0; i < open.Count; i++)
        {
            if (open[i].ProposedAmountNok != capped[i])
            {
                open[i].ProposedAmountNok = capped[i];
                open[i].UpdatedAt = now;
                open[i].RowVersion = Guid.NewGuid();
            }
        }
    }

    /// <summary>A deviation's proposal from its windows and the earlier charges it was made with, before any contract cap.</summary>
    internal static decimal? Uncapped(Deviation deviation) => DeviationRules.ProposedSanction(deviation.WindowKind,
        [.. DeviationSnapshot.Read(deviation.SnapshotJson).Select(s => new WindowSanction(s.Window, s.Sanction?.ToDomain(), s.Cleared))],
        deviation.EarlierChargesNok).AmountNok;

    private static void Open(AppDbContext db, Guid contractId, OpenDeviation open, decimal earlierCharges, DateTime now)
    {
        var rule = open.Rule;
        var opened = new Deviation
        {
            ContractId = contractId,
            RequirementKey = rule.Key,
            ClauseText = rule.ClauseText,
            WindowKind = rule.Window,
            Window = open.Window,
            OpenedAt = now,
            UpdatedAt = now,
            AnswerDeadline = DeviationRules.AnswerDeadline(now),
            Status = DeviationStatus.Open,
            SnapshotJson = string.Empty,
        };
        Store(opened, [.. open.Failing.Select(v => DeviationSnapshot.From(v, rule))], earlierCharges);
        db.Deviations.Add(opened);
        db.DeviationHistory.Add(new DeviationHistoryEntry
        {
            DeviationId = opened.Id,
            At = now,
            Actor = "Klimaspor",
            Action = "opened",
            Detail = string.Join(", ", open.Failing.Select(v => v.Window)),
        });
    }

    private static void Update(AppDbContext db, Deviation active, IReadOnlyList<DeviationSnapshot> stored, UpdateDeviation update, decimal earlierCharges,
        DateTime now)
    {
        var rule = update.Rule;
        var snapshots = stored.ToList();
        var changed = false;
        foreach (var verdict in update.Refreshed)
        {
            var i = snapshots.FindIndex(s => s.Window == verdict.Window);
            var fresh = DeviationSnapshot.From(verdict, rule);
            changed |= !fresh.SameAs(snapshots[i]);
            snapshots[i] = fresh;
        }

        foreach (var window in update.Cleared)
        {
            var i = snapshots.FindIndex(s => s.Window == window);
            snapshots[i] = snapshots[i] with { Cleared = true };
            changed = true;
        }

        snapshots.AddRange(update.Added.Select(v => DeviationSnapshot.From(v, rule)));
        changed |= update.Added.Count > 0;

        // The store tells whether anything changed: a re-evaluation with the same figures leaves no trace. A deviation of
        // the same requirement closed since, at another amount than proposed, changes what this one proposes.
        changed |= active.EarlierChargesNok != earlierCharges && active.WindowKind != RequirementWindow.EachPeriod;
        if (!changed && active.ClauseText == rule.ClauseText)
        {
            return;
        }

        snapshots.Sort((a, b) => string.CompareOrdinal(a.Window, b.Window));
        Store(active, snapshots, earlierCharges);
        active.ClauseText = rule.ClauseText;
        active.WindowKind = rule.Window;
        active.Window = snapshots.LastOrDefault(s => !s.Cleared)?.Window ?? snapshots[^1].Window;
        active.UpdatedAt = now;
        active.RowVersion = Guid.NewGuid();
        var added = update.Added.Select(v => v.Window).ToList();
        db.DeviationHistory.Add(new DeviationHistoryEntry
        {
            DeviationId = active.Id,
            At = now,
            Actor = "Klimaspor",
            Action = "updated",
            Detail = string.Join("; ", new[] { added.Count > 0 ? "+ " + string.Join(", ", added) : null, update.Cleared.Count > 0 ? "✓ " + string.Join(", ", update.Cleared) : null }
                .Where(p => p is not null)) is { Length: > 0 } detail ? detail : null,
        });
    }

    private static void Store(Deviation deviation, IReadOnlyList<DeviationSnapshot> snapshots, decimal earlierCharges)
    {
        deviation.SnapshotJson = DeviationSnapshot.Write(snapshots);
        deviation.EarlierChargesNok = deviation.WindowKind == RequirementWindow.EachPeriod ? 0m : earlierCharges;
        deviation.ProposedAmountNok = Uncapped(deviation);
    }

    private static void Follow(Bonus bonus, FollowBonus follow, DateTime now)
    {
        var sanction = follow.Verdict.Sanction!;
        var arithmetic = Arithmetic(follow.Verdict);
        if (bonus.ProposedAmountNok == sanction.AmountNok && bonus.ArithmeticJson == arithmetic && bonus.Window == follow.Verdict.Window)
        {
            return;
        }

        bonus.Window = follow.Verdict.Window;
        bonus.ProposedAmountNok = sanction.AmountNok;
        bonus.ArithmeticJson = arithmetic;
        bonus.ClauseText = follow.Rule.ClauseText;
        bonus.UpdatedAt = now;
        bonus.RowVersion = Guid.NewGuid();
    }

    private static string Arithmetic(WindowVerdict verdict) =>
        DeviationSnapshot.WriteExplanations([.. verdict.Sanction!.Arithmetic.Select(StoredExplanation.From)]);
}
