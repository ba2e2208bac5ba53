using System.Globalization;
using Klimaspor.Domain.Validation;

namespace Klimaspor.Domain.Requirements;

/// <summary>Where a deviation (avvik) stands: opened by a failed evaluation, answered by the supplier, closed by the buyer.</summary>
public enum DeviationStatus
{
    Open,
    Answered,
    Closed,
}

/// <summary>How the buyer closed a deviation.</summary>
public enum DeviationResolution
{
    /// <summary>The supplier has put it right.</summary>
    Resolved,

    /// <summary>The buyer accepts the deviation without a sanction (explained in the comment).</summary>
    Accepted,

    /// <summary>The contract's sanction applies, with the amount the buyer confirmed.</summary>
    Sanctioned,
}

/// <summary>A closed deviation as the next proposal for the same requirement needs to know it.</summary>
public sealed record ClosedCharge(DeviationResolution? Resolution, decimal? ProposedAmountNok, decimal? ConfirmedAmountNok);

/// <summary>One window of a deviation with the sanction the evaluation proposed for it.</summary>
/// <param name="Cleared">The window failed once but a later evaluation no longer finds it failing (a corrected report).</param>
public sealed record WindowSanction(string Window, SanctionProposal? Sanction, bool Cleared);

public static class DeviationRules
{
    /// <summary>
    /// Days the supplier has to answer a deviation with a corrective action, counted from when it was opened. Two
    /// weeks is a common answer period in public building contracts' follow-up routines; it is a policy choice, not
    /// a rule of law. Change it here: it applies to deviations opened from then on.
    /// </summary>
    public const int AnswerDays = 14;

    public const int TextMaxLength = 4000;

    /// <summary>An amount larger than this (NOK) is a typing error, not a sanction.</summary>
    public const decimal MaxAmountNok = 100_000_000_000m;

    public static DateTime AnswerDeadline(DateTime openedAt) => openedAt.AddDays(AnswerDays);

    /// <summary>Overdue: still waiting for the supplier's answer after the deadline.</summary>
    public static bool IsOverdue(DeviationStatus status, DateTime answerDeadline, DateTime now) => status == DeviationStatus.Open && now > answerDeadline;

    /// <summary>Overdue the other way: the supplier's corrective action is past the date it gave, and the deviation is not closed.</summary>
    public static bool IsCorrectiveActionOverdue(DeviationStatus status, DateOnly? correctiveDueDate, DateOnly today) =>
        status != DeviationStatus.Closed && correctiveDueDate is { } due && today > due;

    /// <summary>The supplier may answer, and revise the answer, until the buyer closes the deviation.</summary>
    public static bool CanAnswer(DeviationStatus status) => status != DeviationStatus.Closed;

    /// <summary>The buyer may close without an answer: a corrected report, or a sanction when none came.</summary>
    public static bool CanClose(DeviationStatus status) => status != DeviationStatus.Closed;

    public static string Code(this DeviationResolution resolution) => resolution.ToString().ToLowerInvariant();

    public static bool TryResolution(string? code, out DeviationResolution resolution)
    {
        foreach (var candidate in Enum.GetValues<DeviationResolution>())
        {
            if (string.Equals(candidate.ToString(), code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                resolution = candidate;
                return true;
            }
        }

        resolution = default;
        return false;
    }

    /// <summary>The supplier's answer: what will be done, and by when (not before the deviation was opened).</summary>
    public static (string? Action, DateOnly? DoneBy, IReadOnlyList<Problem> Errors) ValidateAnswer(string? correctiveAction, DateOnly? doneBy, DateOnly openedOn)
    {
        var errors = new List<Problem>();
        var action = TextField.Read(correctiveAction, "correctiveAction", TextMaxLength, errors, required: true, multiline: true);

        if (doneBy is null)
        {
            errors.Add(new Problem("doneBy", "Validation.Required"));
        }
        else if (doneBy < openedOn)
        {
            errors.Add(new Problem("doneBy", "Deviations.DoneByBeforeOpened", Iso(doneBy.Value), Iso(doneBy.Value), Iso(openedOn)));
        }

        return errors.Count > 0 ? (null, null, errors) : (action, doneBy, []);
    }

    /// <summary>
    /// The buyer's closing. Every closing says why in a comment. A sanction needs the amount the buyer confirms;
    /// when it differs from the proposal (or nothing was proposed) the buyer must say why, for the supplier and the audit.
    /// </summary>
    /// <param name="contractCapLeftNok">What the contract's cap on total sanctions leaves after the sanctions already confirmed; null without a cap.</param>
    public static (DeviationResolution? Resolution, IReadOnlyList<Problem> Errors) ValidateClose(string? resolution, string? comment, decimal? confirmedAmountNok,
        string? amountReason, decimal? proposedAmountNok, decimal? contractCapLeftNok = null)
    {
        var errors = new List<Problem>();
        DeviationResolution? parsed = null;
        if (string.IsNullOrWhiteSpace(resolution))
        {
            errors.Add(new Problem("resolution", "Validation.Required"));
        }
        else if (TryResolution(resolution, out var r))
        {
            parsed = r;
        }
        else
        {
            errors.Add(new Problem("resolution", "Validation.UnknownCode", resolution));
        }

        RequiredText(comment, "comment", errors);
        if (parsed == DeviationResolution.Sanctioned)
        {
            errors.AddRange(AmountErrors(confirmedAmountNok, amountReason, proposedAmountNok));
            if (confirmedAmountNok is { } confirmed && contractCapLeftNok is { } left && confirmed > left)
            {
                errors.Add(new Problem("confirmedAmountNok", "Deviations.AboveContractCap", Number(confirmed), confirmed, left));
            }
        }
        else if (parsed is not null && confirmedAmountNok is not null)
        {
            errors.Add(new Problem("confirmedAmountNok", "Deviations.AmountOnlyWhenSanctioned", Number(confirmedAmountNok.Value)));
        }

        return errors.Count > 0 ? (null, errors) : (parsed, []);
    }

    /// <summary>A confirmed amount (sanction or bonus): present, within range, and explained when it differs from the proposal.</summary>
    public static IReadOnlyList<Problem> AmountErrors(decimal? confirmedAmountNok, string? amountReason, decimal? proposedAmountNok)
    {
        var errors = new List<Problem>();
        if (confirmedAmountNok is not { } amount)
        {
            errors.Add(new Problem("confirmedAmountNok", "Validation.Required"));
        }
        else if (amount < 0 || amount > MaxAmountNok)
        {
            errors.Add(new Problem("confirmedAmountNok", "Validation.Range", Number(amount), 0, MaxAmountNok));
        }
        else if (amount != proposedAmountNok && string.IsNullOrWhiteSpace(amountReason))
        {
            errors.Add(new Problem("amountReason", proposedAmountNok is null ? "Deviations.AmountReasonNoProposal" : "Deviations.AmountReasonRequired",
                null, Number(amount), Number(proposedAmountNok ?? 0)));
        }

        TextField.Read(amountReason, "amountReason", TextMaxLength, errors, multiline: true);

        return errors;
    }

    /// <summary>
    /// The sanction proposed for a deviation over the windows it covers. Each-period requirements are sanctioned per
    /// period not met, so their windows add up; a cumulative or whole-contract verdict already covers everything
    /// before it, so only the latest window counts (adding them would charge the same shortfall twice), less what
    /// earlier deviations of the same requirement already charged (<see cref="EarlierCharges"/>): a cumulative window
    /// charges once, whenever the buyer closes deviations. Cleared windows and bonuses count for nothing. Null when
    /// no window proposes a sanction.
    /// </summary>
    public static (decimal? AmountNok, IReadOnlyList<WindowSanction> Counted) ProposedSanction(RequirementWindow window, IReadOnlyList<WindowSanction> windows,
        decimal earlierChargesNok = 0m)
    {
        ArgumentNullException.ThrowIfNull(windows);
        var standing = windows.Where(w => !w.Cleared && w.Sanction is { IsBonus: false }).ToList();
        if (standing.Count == 0)
        {
            return (null, []);
        }

        if (window == RequirementWindow.EachPeriod)
        {
            return (standing.Sum(w => w.Sanction!.AmountNok), standing);
        }

        return (Math.Max(0m, standing[^1].Sanction!.AmountNok - earlierChargesNok), [standing[^1]]);
    }

    /// <summary>
    /// What the closed deviations of a cumulative or whole-contract requirement already charged: the amount the buyer
    /// confirmed where it sanctioned, and the proposal where it closed the deviation otherwise (the buyer let that
    /// amount go; proposing it again would undo the decision). A sanction confirmed at another amount than proposed
    /// thus leaves the difference to the next proposal.
    /// </summary>
    public static decimal EarlierCharges(IEnumerable<ClosedCharge> closed)
    {
        ArgumentNullException.ThrowIfNull(closed);
        return closed.Sum(c => c.Resolution == DeviationResolution.Sanctioned ? c.ConfirmedAmountNok ?? 0m : c.ProposedAmountNok ?? 0m);
    }

    /// <summary>What closed deviations have charged for certain: the amounts the buyer confirmed where it sanctioned.</summary>
    public static decimal ConfirmedSanctions(IEnumerable<ClosedCharge> closed)
    {
        ArgumentNullException.ThrowIfNull(closed);
        return closed.Sum(c => c.Resolution == DeviationResolution.Sanctioned ? c.ConfirmedAmountNok ?? 0m : 0m);
    }

    /// <summary>
    /// The proposals of a contract's open deviations within its cap on total sanctions: what the buyer has confirmed is
    /// charged first, then the open proposals in the order the deviations were opened, each as far as the cap still
    /// allows. Without a cap the proposals stand.
    /// </summary>
    public static IReadOnlyList<decimal?> WithinContractCap(decimal? capNok, decimal confirmedNok, IReadOnlyList<decimal?> proposalsInOrder)
    {
        ArgumentNullException.ThrowIfNull(proposalsInOrder);
        if (capNok is not { } cap)
        {
            return proposalsInOrder;
        }

        var left = Math.Max(0m, cap - confirmedNok);
        var capped = new List<decimal?>(proposalsInOrder.Count);
        foreach (var proposal in proposalsInOrder)
        {
            var allowed = proposal is { } p ? Math.Min(p, left) : (decimal?)null;
            left -= allowed ?? 0m;
            capped.Add(allowed);
        }

        return capped;
    }

    private static void RequiredText(string? value, string field, List<Problem> errors) =>
        TextField.Read(value, field, TextMaxLength, errors, required: true, multiline: true);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
