using Klimaspor.Data;
using Klimaspor.Domain.Calendar;
using Klimaspor.Domain.Requirements;
using Klimaspor.Features.Contracts;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Deviations;

/// <summary>An overdue deviation for a list of what needs attention.</summary>
public sealed record OverdueDeviation(Guid Id, Guid ContractId, string ContractReference, string ContractTitle, string RequirementKey, string ClauseText,
    string Window, DeviationStatus Status, DateTime OpenedAt, DateTime AnswerDeadline, DateOnly? CorrectiveDueDate, string? CorrectiveAction)
{
    /// <summary>Overdue because the supplier has not answered by the deadline (rather than because its corrective action is late).</summary>
    public bool Unanswered(DateTime now) => DeviationRules.IsOverdue(Status, AnswerDeadline, now);
}

/// <summary>
/// Deviations follow evaluations: a failed verdict opens one per requirement, and later failures update the one still
/// open instead of opening another. Called from other namespaces of Klimaspor.Features as
/// <c>Deviations.Deviations.Reconcile</c>, since the namespace of the same name is found first.
/// </summary>
public static class Deviations
{
    /// <summary>
    /// Brings the contract's deviations in line with an evaluation. Adds and changes entities without saving, so the
    /// caller stores them in the same transaction as the evaluation. Per requirement: failing windows not already
    /// covered by a closed deviation go into the open (or answered) deviation, or open a new one; windows a later
    /// evaluation finds met again are marked cleared, so they propose no sanction. Bonuses the evaluation proposes
    /// are kept as proposals for the buyer to confirm. <paramref name="now"/> is UTC.
    /// </summary>
    public static async Task Reconcile(AppDbContext db, Guid contractId, IReadOnlyList<RequirementCompliance> results, DateTime now,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(results);
        now = now.Kind == DateTimeKind.Utc ? now : DateTime.SpecifyKind(now.Kind == DateTimeKind.Local ? now.ToUniversalTime() : now, DateTimeKind.Utc);
        var keys = results.Select(r => r.Requirement.Key).Distinct().ToList();
        var deviations = await db.Deviations.Where(d => d.ContractId == contractId && keys.Contains(d.RequirementKey)).ToListAsync(cancellationToken);
        var bonuses = await db.Bonuses.Where(b => b.ContractId == contractId && keys.Contains(b.RequirementKey)).ToListAsync(cancellationToken);

        foreach (var result in results)
        {
            ReconcileDeviation(db, contractId, result, deviations.Where(d => d.RequirementKey == result.Requirement.Key).ToList(), now);
            ReconcileBonuses(db, contractId, result, bonuses.Where(b => b.RequirementKey == result.Requirement.Key).ToList(), now);
        }
    }

    /// <summary>Deviations the tenant may see: a buyer its units' contracts', a supplier those of contracts where it is the main supplier.</summary>
    public static IQueryable<Deviation> VisibleTo(this IQueryable<Deviation> deviations, AppDbContext db, TenantScope scope)
    {
        var contracts = db.Contracts.VisibleTo(scope);
        if (scope.IsSupplier)
        {
            var org = scope.OrganisationId;
            contracts = contracts.Where(c => c.SupplierId == org);
        }

        return deviations.Where(d => contracts.Any(c => c.Id == d.ContractId));
    }

    /// <summary>
    /// Overdue deviations on the contracts the tenant may see, oldest date first: still waiting for the supplier's answer
    /// after the deadline, or answered with a corrective action now past its date and not closed (<see cref="DeviationRules"/>).
    /// </summary>
    /// <param name="contractId">One contract's only, or null for all the tenant may see.</param>
    public static async Task<IReadOnlyList<OverdueDeviation>> OverdueFor(AppDbContext db, Tenant tenant, DateTime now, Guid? contractId = null,
        CancellationToken cancellationToken = default)
    {
        var scope = await tenant.ScopeAsync(cancellationToken);
        var today = NorwegianTime.DateOf(now);
        var visible = db.Deviations.AsNoTracking().VisibleTo(db, scope);
        if (contractId is { } id)
        {
            visible = visible.Where(d => d.ContractId == id);
        }

        // The database narrows to open deviations past one of their dates; which of them are overdue is the domain's rule.
        var candidates = await visible
            .Where(d => d.Status != DeviationStatus.Closed && (d.AnswerDeadline < now || d.CorrectiveDueDate < today))
            .Select(d => new OverdueDeviation(d.Id, d.ContractId, d.Contract!.Reference, d.Contract.Title, d.RequirementKey, d.ClauseText, d.Window, d.Status,
                d.OpenedAt, d.AnswerDeadline, d.CorrectiveDueDate, d.CorrectiveAction))
            .ToListAsync(cancellationToken);
        return [.. candidates
            .Where(d => d.Unanswered(now) || DeviationRules.IsCorrectiveActionOverdue(d.Status, d.CorrectiveDueDate, today))
            .OrderBy(d => d.CorrectiveDueDate?.ToDateTime(TimeOnly.MinValue) ?? d.AnswerDeadline)];
    }

    private static void ReconcileDeviation(AppDbContext db, Guid contractId, RequirementCompliance result, List<Deviation> existing, DateTime now)
    {
        var rule = result.Requirement;
        var verdicts = new Dictionary<string, WindowVerdict>(StringComparer.Ordinal);
        foreach (var verdict in result.Verdicts)
        {
            verdicts[verdict.Window] = verdict;
        }

        var closedWindows = existing.Where(d => d.Status == DeviationStatus.Closed)
            .SelectMany(d => DeviationSnapshot.Read(d.SnapshotJson).Select(s => s.Window)).ToHashSet(StringComparer.Ordinal);
        var failing = verdicts.Values.Where(v => v.Status == ComplianceStatus.NotMet && !closedWindows.Contains(v.Window))
            .Select(v => DeviationSnapshot.From(v, rule)).ToList();
        var active = existing.FirstOrDefault(d => d.Status != DeviationStatus.Closed);

        if (active is null)
        {
            if (failing.Count == 0)
            {
                return;
            }

            var opened = new Deviation
            {
                ContractId = contractId,
                RequirementKey = rule.Key,
                ClauseText = rule.ClauseText,
                WindowKind = rule.Window,
                Window = failing.Select(s => s.Window).Max(StringComparer.Ordinal)!,
                OpenedAt = now,
                UpdatedAt = now,
                AnswerDeadline = DeviationRules.AnswerDeadline(now),
                Status = DeviationStatus.Open,
                SnapshotJson = string.Empty,
            };
            Store(opened, failing);
            db.Deviations.Add(opened);
            db.DeviationHistory.Add(new DeviationHistoryEntry
            {
                DeviationId = opened.Id,
                At = now,
                Actor = "Klimaspor",
                Action = "opened",
                Detail = string.Join(", ", failing.Select(s => s.Window)),
            });
            return;
        }

        var snapshots = DeviationSnapshot.Read(active.SnapshotJson).ToList();
        var added = new List<string>();
        var cleared = new List<string>();
        var changed = false;
        for (var i = 0; i < snapshots.Count; i++)
        {
            if (!verdicts.TryGetValue(snapshots[i].Window, out var verdict))
            {
                continue;
            }

            if (verdict.Status == ComplianceStatus.NotMet)
            {
                var fresh = DeviationSnapshot.From(verdict, rule);
                changed |= !fresh.SameAs(snapshots[i]);
                snapshots[i] = fresh;
            }
            else if (verdict.Status == ComplianceStatus.Met && !snapshots[i].Cleared)
            {
                snapshots[i] = snapshots[i] with { Cleared = true };
                cleared.Add(snapshots[i].Window);
                changed = true;
            }
        }

        foreach (var snapshot in failing.Where(f => snapshots.All(s => s.Window != f.Window)))
        {
            snapshots.Add(snapshot);
            added.Add(snapshot.Window);
            changed = true;
        }

        if (!changed && active.ClauseText == rule.ClauseText)
        {
            return;
        }

        snapshots.Sort((a, b) => string.CompareOrdinal(a.Window, b.Window));
        Store(active, snapshots);
        active.ClauseText = rule.ClauseText;
        active.WindowKind = rule.Window;
        active.Window = snapshots.LastOrDefault(s => !s.Cleared)?.Window ?? snapshots[^1].Window;
        active.UpdatedAt = now;
        active.RowVersion = Guid.NewGuid();
        db.DeviationHistory.Add(new DeviationHistoryEntry
        {
            DeviationId = active.Id,
            At = now,
            Actor = "Klimaspor",
            Action = "updated",
            Detail = string.Join("; ", new[] { added.Count > 0 ? "+ " + string.Join(", ", added) : null, cleared.Count > 0 ? "✓ " + string.Join(", ", cleared) : null }
                .Where(p => p is not null)) is { Length: > 0 } detail ? detail : null,
        });
    }

    private static void Store(Deviation deviation, IReadOnlyList<DeviationSnapshot> snapshots)
    {
        deviation.SnapshotJson = DeviationSnapshot.Write(snapshots);
        deviation.ProposedAmountNok = DeviationRules.ProposedSanction(deviation.WindowKind,
            [.. snapshots.Select(s => new WindowSanction(s.Window, s.Sanction?.ToDomain(), s.Cleared))]).AmountNok;
    }

    /// <summary>
    /// Each-period bonuses are one per window; a cumulative or whole-contract bonus is one per requirement, following
    /// the latest window until the buyer confirms it. A proposal no longer earned is withdrawn; a confirmed one stays.
    /// </summary>
    private static void ReconcileBonuses(AppDbContext db, Guid contractId, RequirementCompliance result, List<Bonus> existing, DateTime now)
    {
        var rule = result.Requirement;
        var proposals = result.Verdicts.Where(v => v.Sanction is { IsBonus: true }).ToList();
        if (rule.Window != RequirementWindow.EachPeriod)
        {
            proposals = result.Verdicts.Count > 0 && result.Verdicts[^1].Sanction is { IsBonus: true } ? [result.Verdicts[^1]] : [];
        }

        foreach (var stale in existing.Where(b => b.Status == BonusStatus.Proposed && !proposals.Any(p => Matches(b, p, rule))))
        {
            db.Bonuses.Remove(stale);
        }

        foreach (var verdict in proposals)
        {
            var sanction = verdict.Sanction!;
            var arithmetic = DeviationSnapshot.WriteExplanations([.. sanction.Arithmetic.Select(StoredExplanation.From)]);
            if (existing.Any(b => b.Status == BonusStatus.Confirmed && b.Window == verdict.Window))
            {
                continue;
            }

            var bonus = existing.FirstOrDefault(b => b.Status == BonusStatus.Proposed && Matches(b, verdict, rule));
            if (bonus is null)
            {
                db.Bonuses.Add(new Bonus
                {
                    ContractId = contractId,
                    RequirementKey = rule.Key,
                    ClauseText = rule.ClauseText,
                    Window = verdict.Window,
                    ProposedAmountNok = sanction.AmountNok,
                    ArithmeticJson = arithmetic,
                    Status = BonusStatus.Proposed,
                    CreatedAt = now,
                    UpdatedAt = now,
                });
            }
            else if (bonus.ProposedAmountNok != sanction.AmountNok || bonus.ArithmeticJson != arithmetic || bonus.Window != verdict.Window)
            {
                bonus.Window = verdict.Window;
                bonus.ProposedAmountNok = sanction.AmountNok;
                bonus.ArithmeticJson = arithmetic;
                bonus.ClauseText = rule.ClauseText;
                bonus.UpdatedAt = now;
                bonus.RowVersion = Guid.NewGuid();
            }
        }
    }

    private static bool Matches(Bonus bonus, WindowVerdict verdict, RequirementRule rule) =>
        rule.Window != RequirementWindow.EachPeriod || bonus.Window == verdict.Window;
}
