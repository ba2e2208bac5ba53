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
}

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
    /// <summary>First month, <c>YYYY-MM</c>.</summary>
    public string? PeriodFrom { get; init; }
    /// <summary>Last month, <c>YYYY-MM</c>, inclusive.</summary>
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
    /// <summary>Grid capacity only: power the grid owner can deliver to the site, kW.</summary>
    public decimal? AvailableKw { get; init; }
    /// <summary>Grid capacity only: power the site needs, kW.</summary>
    public decimal? NeededKw { get; init; }
    /// <summary>Grid capacity only: the grid owner's statement (who, when, reference).</summary>
    public string? GridOwnerStatement { get; init; }
}

/// <summary>A waiver application after checking: codes resolved, text trimmed, periods inside the contract.</summary>
public sealed record ValidWaiverApplication(
    string MachineId,
    string? MachineType,
    string? MachineDescription,
    string PeriodFrom,
    string PeriodTo,
    WaiverReason Reason,
    string Justification,
    string? Evidence,
    string? CompaniesAsked,
    string ReplacementMachine,
    string ReplacementFuel,
    string? ReplacementEmissionClass,
    string? MitigatingMeasures,
    decimal? AvailableKw,
    decimal? NeededKw,
    string? GridOwnerStatement);

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

    /// <summary>The buyer's decision: <c>approved</c> or <c>rejected</c> (<c>approve</c>, <c>reject</c> also read).</summary>
    public static bool TryDecision(string? code, out bool approved)
    {
        approved = false;
        switch (code?.Trim().ToLowerInvariant())
        {
            case "approved" or "approve":
                approved = true;
                return true;
            case "rejected" or "reject":
                return true;
            default:
                return false;
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

    /// <summary>The buyer decides after the advisor has assessed, once.</summary>
    public static bool CanDecide(WaiverStatus status) => status == WaiverStatus.Assessed;

    /// <summary>
    /// Checks every field at once. Periods are months inside the contract; the evidence is required except for grid
    /// capacity, where the grid owner's figures and statement are the evidence; a market-unavailability waiver names
    /// the firms asked, since that is what a market survey is.
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
        var from = Month(application.PeriodFrom, "periodFrom", errors);
        var to = Month(application.PeriodTo, "periodTo", errors);
        var firstMonth = new DateOnly(contractStart.Year, contractStart.Month, 1);
        var lastMonth = new DateOnly(contractEnd.Year, contractEnd.Month, 1);
        foreach (var (month, field, raw) in new[] { (from, "periodFrom", application.PeriodFrom), (to, "periodTo", application.PeriodTo) })
        {
            if (month is { } m && (m < firstMonth || m > lastMonth))
            {
                errors.Add(new Problem(field, "Waivers.PeriodOutsideContract", raw, Key(firstMonth), Key(lastMonth)));
            }
        }

        if (from is { } f && to is { } t && t < f)
        {
            errors.Add(new Problem("periodTo", "Waivers.PeriodToBeforeFrom", application.PeriodTo, Key(t), Key(f)));
        }

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
        var grid = reason == WaiverReason.GridCapacity;
        var evidence = Text(application.Evidence, "evidence", TextMaxLength, reason is not null && !grid, errors);
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

        decimal? available = null, needed = null;
        string? statement = null;
        if (grid)
        {
            available = Kw(application.AvailableKw, "availableKw", allowZero: true, errors);
            needed = Kw(application.NeededKw, "neededKw", allowZero: false, errors);
            if (available is { } a && needed is { } n && a >= n)
            {
                errors.Add(new Problem("availableKw", "Waivers.GridNotShort", Number(a), Number(a), Number(n)));
            }

            statement = Text(application.GridOwnerStatement, "gridOwnerStatement", TextMaxLength, true, errors);
        }
        else
        {
            // Power figures only mean something for a grid-capacity waiver; elsewhere they would silently be ignored.
            foreach (var (value, field) in new[] { (application.AvailableKw, "availableKw"), (application.NeededKw, "neededKw") })
            {
                if (value is not null)
                {
                    errors.Add(new Problem(field, "Waivers.KwOnlyForGrid", Number(value.Value)));
                }
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new ValidWaiverApplication(machineId!, machineType, description, Key(from!.Value), Key(to!.Value), reason!.Value, justification!, evidence,
            companies, replacement!, fuel!, emissionClass, measures, available, needed, grid ? statement : null), []);
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

    /// <summary>The buyer's decision; a rejection must say why, since the supplier has to act on it.</summary>
    public static (bool? Approved, string? Comment, IReadOnlyList<Problem> Errors) ValidateDecision(string? decision, string? comment)
    {
        var errors = new List<Problem>();
        bool? approved = null;
        if (string.IsNullOrWhiteSpace(decision))
        {
            errors.Add(new Problem("decision", "Validation.Required"));
        }
        else if (WaiverCodes.TryDecision(decision, out var a))
        {
            approved = a;
        }
        else
        {
            errors.Add(new Problem("decision", "Validation.UnknownCode", decision));
        }

        var text = Text(comment, "comment", TextMaxLength, approved == false, errors);
        return errors.Count > 0 ? (null, null, errors) : (approved, text, []);
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

    private static DateOnly? Month(string? value, string field, List<Problem> errors)
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

    private static decimal? Kw(decimal? value, string field, bool allowZero, List<Problem> errors)
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

    private static string? Text(string? value, string field, int maxLength, bool required, List<Problem> errors) =>
        TextField.Read(value, field, maxLength, errors, required, multiline: maxLength > TextField.LineMaxLength);

    private static string Key(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
