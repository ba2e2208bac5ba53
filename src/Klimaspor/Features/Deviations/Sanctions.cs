using System.Globalization;
using Klimaspor.Data;
using Klimaspor.Domain.Requirements;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Deviations;

/// <summary>
/// One sanction or bonus of a contract. Sanctions come from deviations (proposed while open, confirmed when closed
/// as sanctioned, not imposed when closed otherwise); bonuses are proposals the buyer confirms.
/// </summary>
public sealed record SanctionLine(
    string Kind,
    Guid Id,
    string RequirementKey,
    string ClauseText,
    string Window,
    string Status,
    decimal? ProposedAmountNok,
    decimal? ConfirmedAmountNok,
    string? AmountReason,
    string? ConfirmedBy,
    DateTime? ConfirmedAt,
    IReadOnlyList<ExplanationView> Arithmetic);

public sealed record SanctionTotals(decimal SanctionsProposedNok, decimal SanctionsConfirmedNok, decimal BonusesProposedNok, decimal BonusesConfirmedNok);

public sealed record SanctionList(IReadOnlyList<SanctionLine> Items, int Total, SanctionTotals Totals);

internal static class Sanctions
{
    public const string SanctionKind = "sanction";
    public const string BonusKind = "bonus";
    public const string Proposed = "proposed";
    public const string Confirmed = "confirmed";
    public const string NotImposed = "notImposed";

    /// <summary>The contract's sanctions and bonuses, proposed ones first; null when the caller may not see the contract.</summary>
    public static async Task<SanctionList?> List(Guid contractId, AppServices services, CancellationToken cancellationToken)
    {
        var (db, tenant, _) = services;
        if (await ContractAccess.Load(contractId, services, cancellationToken) is null)
        {
            return null;
        }

        var culture = CultureInfo.CurrentUICulture.Name;
        var scope = await tenant.ScopeAsync(cancellationToken);
        var deviations = await db.Deviations.AsNoTracking().Where(d => d.ContractId == contractId).VisibleTo(db, scope)
            .Where(d => d.ProposedAmountNok != null || d.Resolution == DeviationResolution.Sanctioned)
            .ToListAsync(cancellationToken);
        // Bonuses are the buyer's to confirm and the main supplier's to receive: a subcontractor sees none.
        var bonuses = scope.IsSupplier && !await db.Contracts.AnyAsync(c => c.Id == contractId && c.SupplierId == scope.OrganisationId, cancellationToken)
            ? []
            : await db.Bonuses.AsNoTracking().Where(b => b.ContractId == contractId).ToListAsync(cancellationToken);

        var lines = new List<SanctionLine>();
        foreach (var d in deviations)
        {
            var snapshots = DeviationSnapshot.Read(d.SnapshotJson);
            var (_, counted) = DeviationRules.ProposedSanction(d.WindowKind, [.. snapshots.Select(s => new WindowSanction(s.Window, s.Sanction?.ToDomain(), s.Cleared))]);
            var arithmetic = counted.SelectMany(c => snapshots.First(s => s.Window == c.Window).Sanction!.Arithmetic).ToList();
            var status = d.Status != DeviationStatus.Closed ? Proposed : d.Resolution == DeviationResolution.Sanctioned ? Confirmed : NotImposed;
            lines.Add(new SanctionLine(SanctionKind, d.Id, d.RequirementKey, d.ClauseText, d.Window, status, d.ProposedAmountNok, d.ConfirmedAmountNok, d.AmountReason,
                d.ClosedBy, d.ClosedAt, SanctionView.Explain(arithmetic, culture)));
        }

        foreach (var b in bonuses)
        {
            lines.Add(new SanctionLine(BonusKind, b.Id, b.RequirementKey, b.ClauseText, b.Window, b.Status == BonusStatus.Confirmed ? Confirmed : Proposed,
                b.ProposedAmountNok, b.ConfirmedAmountNok, b.AmountReason, b.ConfirmedBy, b.ConfirmedAt,
                SanctionView.Explain(DeviationSnapshot.ReadExplanations(b.ArithmeticJson), culture)));
        }

        var ordered = lines.OrderBy(l => l.Status == Proposed ? 0 : 1).ThenByDescending(l => l.Window, StringComparer.Ordinal).ThenBy(l => l.RequirementKey, StringComparer.Ordinal).ToList();
        var totals = new SanctionTotals(
            Sum(lines, SanctionKind, Proposed, l => l.ProposedAmountNok),
            Sum(lines, SanctionKind, Confirmed, l => l.ConfirmedAmountNok),
            Sum(lines, BonusKind, Proposed, l => l.ProposedAmountNok),
            Sum(lines, BonusKind, Confirmed, l => l.ConfirmedAmountNok));
        return new SanctionList(ordered, ordered.Count, totals);
    }

    /// <summary>The buyer confirms a proposed bonus, with the amount (a reason when it differs from the proposal) and a comment.</summary>
    public static async Task<Outcome<SanctionLine>> ConfirmBonus(Guid contractId, Guid bonusId, decimal? confirmedAmountNok, string? amountReason, string? comment,
        AppServices services, CancellationToken cancellationToken)
    {
        var (db, tenant, clock) = services;
        if (await ContractAccess.Load(contractId, services, cancellationToken) is null)
        {
            return Outcome<SanctionLine>.NotFound;
        }

        var scope = await tenant.ScopeAsync(cancellationToken);
        var bonus = await db.Bonuses.SingleOrDefaultAsync(b => b.Id == bonusId && b.ContractId == contractId, cancellationToken);
        if (bonus is null || (scope.IsSupplier && !await db.Contracts.AnyAsync(c => c.Id == contractId && c.SupplierId == scope.OrganisationId, cancellationToken)))
        {
            return Outcome<SanctionLine>.NotFound;
        }

        if (!scope.IsBuyer || !tenant.CanEditContracts)
        {
            return Outcome<SanctionLine>.Forbidden;
        }

        if (bonus.Status == BonusStatus.Confirmed)
        {
            return Outcome<SanctionLine>.Locked("Sanctions.BonusAlreadyConfirmed");
        }

        var errors = DeviationRules.AmountErrors(confirmedAmountNok, amountReason, bonus.ProposedAmountNok).ToList();
        TextField.Read(comment, "comment", DeviationRules.TextMaxLength, errors, multiline: true);

        if (errors.Count > 0)
        {
            return Outcome<SanctionLine>.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        bonus.Status = BonusStatus.Confirmed;
        bonus.ConfirmedAmountNok = confirmedAmountNok;
        bonus.AmountReason = string.IsNullOrWhiteSpace(amountReason) ? null : amountReason.Trim();
        bonus.Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        bonus.ConfirmedBy = tenant.ActorName;
        bonus.ConfirmedAt = now;
        bonus.UpdatedAt = now;
        bonus.RowVersion = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<SanctionLine>.Locked("Sanctions.BonusAlreadyConfirmed");
        }

        var line = (await List(contractId, services, cancellationToken))!.Items.Single(l => l.Kind == BonusKind && l.Id == bonusId);
        return Outcome<SanctionLine>.Ok(line);
    }

    private static decimal Sum(IEnumerable<SanctionLine> lines, string kind, string status, Func<SanctionLine, decimal?> amount) =>
        lines.Where(l => l.Kind == kind && l.Status == status).Sum(l => amount(l) ?? 0);
}
