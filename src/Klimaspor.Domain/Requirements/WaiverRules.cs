using System.Globalization;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Template;
using Klimaspor.Domain.Validation;

namespace Klimaspor.Domain.Requirements;

/// <summary>Where a waiver (fravik) stands: the supplier applies, the buyer's advisor assesses, the buyer decides.</summary>
public enum WaiverStatus
{
    Applied,
    Assessed,
    Approved,
    Rejected,

    /// <summary>The buyer asked for more documentation: back with the supplier, who adds it and sends the waiver again.</summary>
    MoreDocumentationNeeded,
}

/// <summary>What the buyer decided on a waiver (issue 14 item 5).</summary>
public enum WaiverDecisionKind
{
    Approved,

    /// <summary>Approved for fewer days than applied for: the approved range is narrower.</summary>
    PartlyApproved,
    Rejected,
    MoreDocumentationNeeded,
}

/// <summary>A checked decision: its kind, the buyer's comment, and for a partial approval the days approved.</summary>
public sealed record WaiverDecision(WaiverDecisionKind Kind, string? Comment, DateOnly? ApprovedFrom = null, DateOnly? ApprovedTo = null);

/// <summary>Why zero-emission cannot be used (domain README, "Waivers").</summary>
public enum WaiverReason
{
    TechnicalUnavailability,
    MarketUnavailability,
    Cost,
    Schedule,
    GridCapacity,
}

public enum WaiverRecommendation
{
    Approve,
    Reject,
}

/// <summary>A waiver application as a person or a system typed it: every field raw.</summary>
public sealed record WaiverApplication
{
    public string? MachineId { get; init; }
    public string? MachineType { get; init; }
    public string? MachineDescription { get; init; }
    /// <summary>First day the waiver is asked for, <c>YYYY-MM-DD</c>.</summary>
    public string? FromDate { get; init; }
    /// <summary>Last day, <c>YYYY-MM-DD</c>, inclusive.</summary>
    public string? ToDate { get; init; }
    /// <summary>The older form: a first month, <c>YYYY-MM</c>, read as its first day where no <see cref="FromDate"/> is given.</summary>
    public string? PeriodFrom { get; init; }
    /// <summary>The older form: a last month, <c>YYYY-MM</c>, read as its last day where no <see cref="ToDate"/> is given.</summary>
    public string? PeriodTo { get; init; }
    /// <summary>A <see cref="WaiverCodes"/> reason code.</summary>
    public string? Reason { get; init; }
    public string? Justification { get; init; }
    /// <summary>The market survey or other documentation.</summary>
    public string? Evidence { get; init; }
    public string? CompaniesAsked { get; init; }
    public string? ReplacementMachine { get; init; }
    /// <summary>An energy carrier code of the template (hvo100, diesel…).</summary>
    public string? ReplacementFuel { get; init; }
    /// <summary>An emission class code of the template (stage-v, euro-vi…).</summary>
    public string? ReplacementEmissionClass { get; init; }
    public string? MitigatingMeasures { get; init; }
    /// <summary>Refused: grid capacity is the site's statement (<see cref="GridStatementRules"/>), not a waiver's.</summary>
    public decimal? AvailableKw { get; init; }
    /// <summary>Refused, as <see cref="AvailableKw"/>.</summary>
    public decimal? NeededKw { get; init; }
    /// <summary>Refused, as <see cref="AvailableKw"/>.</summary>
    public string? GridOwnerStatement { get; init; }
}

/// <summary>A waiver application after checking: codes resolved, text trimmed, periods inside the contract.</summary>
public sealed record ValidWaiverApplication(
    string MachineId,
    string? MachineType,
    string? MachineDescription,
    DateOnly From,
    DateOnly To,
    WaiverReason Reason,
    string Justification,
    string? Evidence,
    string? CompaniesAsked,
    string ReplacementMachine,
    string ReplacementFuel,
    string? ReplacementEmissionClass,
    string? MitigatingMeasures);

/// <summary>The codes the API and the forms use for waivers; enum names are accepted too.</summary>
public static class WaiverCodes
{
    public static IReadOnlyList<WaiverReason> Reasons { get; } = Enum.GetValues<WaiverReason>();

    public static string Code(this WaiverReason reason) => reason switch
    {
        WaiverReason.TechnicalUnavailability => "technical",
        WaiverReason.MarketUnavailability => "market",
        WaiverReason.Cost => "cost",
        WaiverReason.Schedule => "schedule",
        WaiverReason.GridCapacity => "grid-capacity",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    public static string Code(this WaiverRecommendation recommendation) => recommendation == WaiverRecommendation.Approve ? "approve" : "reject";

    public static bool TryReason(string? code, out WaiverReason reason) => TryParse(code, Reasons, r => r.Code(), out reason);

    public static bool TryRecommendation(string? code, out WaiverRecommendation recommendation) =>
        TryParse(code, Enum.GetValues<WaiverRecommendation>(), r => r.Code(), out recommendation);

    public static string Code(this WaiverDecisionKind kind) => kind switch
    {
        WaiverDecisionKind.Approved => "approved",
        WaiverDecisionKind.PartlyApproved => "partly-approved",
        WaiverDecisionKind.Rejected => "rejected",
        _ => "more-documentation",
    };

    /// <summary>
    /// The buyer's decision: <c>approved</c>, <c>partly-approved</c>, <c>rejected</c> or <c>more-documentation</c>
    /// (<c>approve</c>, <c>reject</c> and the enum names also read).
    /// </summary>
    public static bool TryDecision(string? code, out WaiverDecisionKind kind)
    {
        switch (code?.Trim().ToLowerInvariant())
        {
            case "approve":
                kind = WaiverDecisionKind.Approved;
                return true;
            case "reject":
                kind = WaiverDecisionKind.Rejected;
                return true;
            default:
                return TryParse(code, Enum.GetValues<WaiverDecisionKind>(), k => k.Code(), out kind);
        }
    }

    private static bool TryParse<T>(string? code, IEnumerable<T> values, Func<T, string> codeOf, out T value)
        where T : struct, Enum
    {
        var text = code?.Trim();
        foreach (var candidate in values)
        {
            if (string.Equals(codeOf(candidate), text, StringComparison.OrdinalIgnoreCase) ||
                string.Equals(candidate.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}

public static class WaiverRules
{
    public const int MachineIdMaxLength = 100;
    public const int ShortTextMaxLength = 200;
    public const int TextMaxLength = 4000;
    /// <summary>Power figures are a site's, not a power station's: anything above this is a typing error.</summary>
    public const decimal MaxKw = 1_000_000m;

    public static bool CanAssess(WaiverStatus status) => status is WaiverStatus.Applied or WaiverStatus.Assessed;

    /// <summary>The buyer decides after the advisor has assessed, once (asking for more documentation is not a decision that ends it).</summary>
    public static bool CanDecide(WaiverStatus status) => status == WaiverStatus.Assessed;

    /// <summary>The supplier sends a waiver again, with more documentation, when the buyer asked for it.</summary>
    public static bool CanResubmit(WaiverStatus status) => status == WaiverStatus.MoreDocumentationNeeded;

    /// <summary>The status a decision leaves: a partial approval is an approval of fewer days.</summary>
    public static WaiverStatus StatusAfter(WaiverDecisionKind kind) => kind switch
    {
        WaiverDecisionKind.Approved or WaiverDecisionKind.PartlyApproved => WaiverStatus.Approved,
        WaiverDecisionKind.Rejected => WaiverStatus.Rejected,
        _ => WaiverStatus.MoreDocumentationNeeded,
    };

    /// <summary>
    /// Checks every field at once. The days asked for are inside the contract (given as dates, or in the older form as
    /// months, read as their first and last day); the evidence is required except for grid capacity; a
    /// market-unavailability waiver names the firms asked, since that is what a market survey is. The grid owner's figures
    /// are not a machine's: they are the site's statement (<see cref="GridStatementRules"/>), and given here they are
    /// refused. A machine waived for grid capacity is left out of a rule about each item; where a rule relieves its
    /// threshold for the same site and period instead, the waiver does not also leave it out (<see cref="ComplianceEvaluation"/>).
    /// </summary>
    public static (ValidWaiverApplication? Waiver, IReadOnlyList<Problem> Errors) Validate(WaiverApplication application, DateOnly contractStart,
        DateOnly contractEnd)
    {
        ArgumentNullException.ThrowIfNull(application);
        var errors = new List<Problem>();

        var machineId = Text(application.MachineId, "machineId", MachineIdMaxLength, true, errors);
        string? machineType = null;
        if (!string.IsNullOrWhiteSpace(application.MachineType))
        {
            if (MachineTypes.List.TryMatch(application.MachineType, out var type))
            {
                machineType = type.Code;
            }
            else
            {
                errors.Add(new Problem("machineType", "Validation.UnknownCode", application.MachineType));
            }
        }

        var description = Text(application.MachineDescription, "machineDescription", ShortTextMaxLength, false, errors);
        var (from, to) = Days(application, contractStart, contractEnd, errors);

        WaiverReason? reason = null;
        if (string.IsNullOrWhiteSpace(application.Reason))
        {
            errors.Add(new Problem("reason", "Validation.Required"));
        }
        else if (WaiverCodes.TryReason(application.Reason, out var r))
        {
            reason = r;
        }
        else
        {
            errors.Add(new Problem("reason", "Validation.UnknownCode", application.Reason));
        }

        var justification = Text(application.Justification, "justification", TextMaxLength, true, errors);
        // For grid capacity the site's grid statement, with the grid owner's confirmation, is the evidence.
        var evidence = Text(application.Evidence, "evidence", TextMaxLength, reason is not null and not WaiverReason.GridCapacity, errors);
        var companies = Text(application.CompaniesAsked, "companiesAsked", TextMaxLength, reason == WaiverReason.MarketUnavailability, errors);
        var replacement = Text(application.ReplacementMachine, "replacementMachine", ShortTextMaxLength, true, errors);

        string? fuel = null;
        if (string.IsNullOrWhiteSpace(application.ReplacementFuel))
        {
            errors.Add(new Problem("replacementFuel", "Validation.Required"));
        }
        else if (CodeLists.EnergyCarrier.TryMatch(application.ReplacementFuel, out var carrier))
        {
            fuel = carrier.Code;
        }
        else
        {
            errors.Add(new Problem("replacementFuel", "Validation.UnknownCode", application.ReplacementFuel));
        }

        string? emissionClass = null;
        if (!string.IsNullOrWhiteSpace(application.ReplacementEmissionClass))
        {
            if (EmissionClasses.List.TryMatch(application.ReplacementEmissionClass, out var c))
            {
                emissionClass = c.Code;
            }
            else
            {
                errors.Add(new Problem("replacementEmissionClass", "Validation.UnknownCode", application.ReplacementEmissionClass));
            }
        }

        var measures = Text(application.MitigatingMeasures, "mitigatingMeasures", TextMaxLength, false, errors);

        // Power figures belong to the site's grid statement; on a waiver they would silently be ignored.
        foreach (var (value, field) in new[] { (application.AvailableKw, "availableKw"), (application.NeededKw, "neededKw") })
        {
            if (value is not null)
            {
                errors.Add(new Problem(field, "Waivers.KwOnlyForGrid", Number(value.Value)));
            }
        }

        if (!string.IsNullOrWhiteSpace(application.GridOwnerStatement))
        {
            errors.Add(new Problem("gridOwnerStatement", "Waivers.KwOnlyForGrid", application.GridOwnerStatement));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new ValidWaiverApplication(machineId!, machineType, description, from!.Value, to!.Value, reason!.Value, justification!, evidence,
            companies, replacement!, fuel!, emissionClass, measures), []);
    }

    /// <summary>The days asked for: dates where given, else months in the older form; inside the contract, in order.</summary>
    private static (DateOnly? From, DateOnly? To) Days(WaiverApplication application, DateOnly contractStart, DateOnly contractEnd, List<Problem> errors)
    {
        DateOnly? from, to;
        string fromField, toField;
        if (string.IsNullOrWhiteSpace(application.FromDate) && string.IsNullOrWhiteSpace(application.ToDate)
            && (!string.IsNullOrWhiteSpace(application.PeriodFrom) || !string.IsNullOrWhiteSpace(application.PeriodTo)))
        {
            (fromField, toField) = ("periodFrom", "periodTo");
            from = Month(application.PeriodFrom, fromField, errors);
            to = Month(application.PeriodTo, toField, errors)?.AddMonths(1).AddDays(-1);
        }
        else
        {
            (fromField, toField) = ("fromDate", "toDate");
            from = Date(application.FromDate, fromField, errors);
            to = Date(application.ToDate, toField, errors);
        }

        var inside = true;
        foreach (var (day, field) in new[] { (from, fromField), (to, toField) })
        {
            if (day is { } d && (d < contractStart || d > contractEnd))
            {
                errors.Add(new Problem(field, "Waivers.DateOutsideContract", Iso(d), Iso(contractStart), Iso(contractEnd)));
                inside = false;
            }
        }

        if (inside && from is { } f && to is { } t && t < f)
        {
            errors.Add(new Problem(toField, "Waivers.ToBeforeFrom", Iso(t), Iso(t), Iso(f)));
        }

        return (from, to);
    }

    /// <summary>
    /// The buyer's decision. A rejection, a partial approval and a request for more documentation must say why, since the
    /// supplier has to act on them; a partial approval gives the days approved, inside those applied for and fewer.
    /// </summary>
    public static (WaiverDecision? Decision, IReadOnlyList<Problem> Errors) ValidateDecision(string? decision, string? comment, string? approvedFrom,
        string? approvedTo, DateOnly appliedFrom, DateOnly appliedTo)
    {
        var errors = new List<Problem>();
        WaiverDecisionKind? kind = null;
        if (string.IsNullOrWhiteSpace(decision))
        {
            errors.Add(new Problem("decision", "Validation.Required"));
        }
        else if (WaiverCodes.TryDecision(decision, out var k))
        {
            kind = k;
        }
        else
        {
            errors.Add(new Problem("decision", "Validation.UnknownCode", decision));
        }

        var text = Text(comment, "comment", TextMaxLength, kind is not null and not WaiverDecisionKind.Approved, errors);
        DateOnly? from = null, to = null;
        if (kind == WaiverDecisionKind.PartlyApproved)
        {
            from = Date(approvedFrom, "approvedFrom", errors);
            to = Date(approvedTo, "approvedTo", errors);
            foreach (var (day, field) in new[] { (from, "approvedFrom"), (to, "approvedTo") })
            {
                if (day is { } d && (d < appliedFrom || d > appliedTo))
                {
                    errors.Add(new Problem(field, "Waivers.ApprovedOutsideApplied", Iso(d), Iso(appliedFrom), Iso(appliedTo)));
                }
            }

            if (errors.Count == 0 && from is { } f && to is { } t)
            {
                if (t < f)
                {
                    errors.Add(new Problem("approvedTo", "Waivers.ToBeforeFrom", Iso(t), Iso(t), Iso(f)));
                }
                else if (f == appliedFrom && t == appliedTo)
                {
                    errors.Add(new Problem("approvedFrom", "Waivers.PartlyApprovedIsWhole", Iso(f), Iso(appliedFrom), Iso(appliedTo)));
                }
            }
        }
        else if (kind is not null)
        {
            // Days on another decision would silently be ignored.
            foreach (var (raw, field) in new[] { (approvedFrom, "approvedFrom"), (approvedTo, "approvedTo") })
            {
                if (!string.IsNullOrWhiteSpace(raw))
                {
                    errors.Add(new Problem(field, "Waivers.DaysOnlyForPartial", raw));
                }
            }
        }

        return errors.Count > 0 ? (null, errors) : (new WaiverDecision(kind!.Value, text, from, to), []);
    }

    /// <summary>
    /// The documentation the supplier adds when the buyer asked for more: required, and added to the evidence, which
    /// must still fit.
    /// </summary>
    public static (string? Evidence, IReadOnlyList<Problem> Errors) ValidateResubmission(string? documentation, string? evidenceSoFar)
    {
        var errors = new List<Problem>();
        var room = TextMaxLength - (evidenceSoFar is null ? 0 : evidenceSoFar.Length + 2);
        var text = Text(documentation, "documentation", Math.Max(1, room), true, errors);
        return errors.Count > 0 ? (null, errors) : (evidenceSoFar is null ? text : evidenceSoFar + "\n\n" + text, []);
    }

    /// <summary>The advisor's assessment: a text and a recommendation, both required.</summary>
    public static (string? Assessment, WaiverRecommendation? Recommendation, IReadOnlyList<Problem> Errors) ValidateAssessment(string? assessment,
        string? recommendation)
    {
        var errors = new List<Problem>();
        var text = Text(assessment, "assessment", TextMaxLength, true, errors);
        WaiverRecommendation? parsed = null;
        if (string.IsNullOrWhiteSpace(recommendation))
        {
            errors.Add(new Problem("recommendation", "Validation.Required"));
        }
        else if (WaiverCodes.TryRecommendation(recommendation, out var r))
        {
            parsed = r;
        }
        else
        {
            errors.Add(new Problem("recommendation", "Validation.UnknownCode", recommendation));
        }

        return errors.Count > 0 ? (null, null, errors) : (text, parsed, []);
    }

    /// <summary>
    /// The contract's reporting periods (keys, <c>YYYY-MM</c> of their first month) that a waiver from one month to
    /// another touches: with monthly reporting the months themselves; with quarterly reporting each quarter that
    /// holds at least one of the months.
    /// </summary>
    public static IReadOnlyList<string> PeriodsCovered(string periodFrom, string periodTo, IReadOnlyList<ReportingPeriod> contractPeriods)
    {
        ArgumentNullException.ThrowIfNull(contractPeriods);
        if (ParseMonth(periodFrom) is not { } from || ParseMonth(periodTo) is not { } to)
        {
            return [];
        }

        var last = to.AddMonths(1).AddDays(-1);
        return [.. contractPeriods.Where(p => p.FirstDay <= last && p.LastDay >= from).Select(p => p.FirstDay.ToString("yyyy-MM", CultureInfo.InvariantCulture))];
    }

    /// <summary>The first day of a <c>YYYY-MM</c> month, or null when the text is not one.</summary>
    public static DateOnly? ParseMonth(string? text) =>
        text is { Length: 7 } && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            ? first
            : null;

    internal static DateOnly? Month(string? value, string field, List<Problem> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new Problem(field, "Validation.Required"));
            return null;
        }

        if (ParseMonth(value.Trim()) is { } month)
        {
            return month;
        }

        errors.Add(new Problem(field, "Waivers.NotAMonth", value));
        return null;
    }

    private static DateOnly? Date(string? value, string field, List<Problem> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new Problem(field, "Validation.Required"));
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(new Problem(field, "Waivers.NotADate", value));
        return null;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static decimal? Kw(decimal? value, string field, bool allowZero, List<Problem> errors)
    {
        if (value is not { } kw)
        {
            errors.Add(new Problem(field, "Validation.Required"));
            return null;
        }

        if (kw < 0 || (!allowZero && kw == 0) || kw > MaxKw)
        {
            errors.Add(new Problem(field, "Validation.Range", Number(kw), allowZero ? 0 : 1, MaxKw));
            return null;
        }

        return kw;
    }

    internal static string? Text(string? value, string field, int maxLength, bool required, List<Problem> errors) =>
        TextField.Read(value, field, maxLength, errors, required, multiline: maxLength > TextField.LineMaxLength);

    internal static string Key(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    internal static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
