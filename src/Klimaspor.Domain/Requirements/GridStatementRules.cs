using Klimaspor.Domain.Validation;

namespace Klimaspor.Domain.Requirements;

/// <summary>Where a grid capacity statement stands: the supplier states it, the buyer accepts it or not.</summary>
public enum GridStatementStatus
{
    Stated,
    Accepted,
    Rejected,
}

/// <summary>
/// A grid capacity statement as a person or a system typed it (issue 14 item 4): for one contract site and some months,
/// the power the site needs for zero-emission operation and what the grid owner can deliver, with the grid owner's
/// confirmation reference.
/// </summary>
public sealed record GridStatementInput
{
    /// <summary>The contract site's name; not needed on a contract with one site.</summary>
    public string? Site { get; init; }
    /// <summary>First month, <c>YYYY-MM</c>.</summary>
    public string? PeriodFrom { get; init; }
    /// <summary>Last month, <c>YYYY-MM</c>, inclusive.</summary>
    public string? PeriodTo { get; init; }
    /// <summary>Power the site needs for zero-emission operation, kW.</summary>
    public decimal? NeededKw { get; init; }
    /// <summary>Power the grid owner can deliver to the site, kW.</summary>
    public decimal? AvailableKw { get; init; }
    /// <summary>The grid owner's confirmation: who, when, case number.</summary>
    public string? GridOwnerReference { get; init; }
}

/// <summary>A statement after checking: the site as the contract names it (null on a contract with one site), months as keys.</summary>
public sealed record ValidGridStatement(string? Site, string PeriodFrom, string PeriodTo, decimal NeededKw, decimal AvailableKw, string GridOwnerReference);

/// <summary>
/// Grid capacity is a site's statement, not a machine's (issue 14 item 4). Oslo's 2019 requirement, as the domain README
/// summarises it: "the zero-emission requirement is reduced pro rata if the grid owner cannot deliver enough power to
/// the site". So the statement is given once per contract site and period, and the relief is computed from it in one
/// place (<see cref="WindowDecision.ReliefFactor"/>); a machine is never waived for it (<see cref="WaiverRules.Validate"/>).
/// </summary>
public static class GridStatementRules
{
    /// <summary>
    /// Checks every field at once. A contract with several sites names one of them; a contract with one site (or none
    /// listed) needs none, and a name given must be that site's. Months are inside the contract, the grid short of the
    /// need (a statement that the grid suffices relieves nothing), the grid owner's reference given.
    /// </summary>
    public static (ValidGridStatement? Statement, IReadOnlyList<Problem> Errors) Validate(GridStatementInput input, DateOnly contractStart,
        DateOnly contractEnd, IReadOnlyList<string> sites)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(sites);
        var errors = new List<Problem>();
        string? site = null;
        var named = input.Site?.Trim();
        if (string.IsNullOrEmpty(named))
        {
            if (sites.Count > 1)
            {
                errors.Add(new Problem("site", "Validation.Required"));
            }
        }
        else if (sites.FirstOrDefault(s => string.Equals(s, named, StringComparison.OrdinalIgnoreCase)) is { } known)
        {
            // One site: its lines need not name it, so neither does its statement.
            site = sites.Count > 1 ? known : null;
        }
        else
        {
            errors.Add(new Problem("site", "GridStatements.UnknownSite", input.Site, string.Join(", ", sites)));
        }

        var from = WaiverRules.Month(input.PeriodFrom, "periodFrom", errors);
        var to = WaiverRules.Month(input.PeriodTo, "periodTo", errors);
        var firstMonth = new DateOnly(contractStart.Year, contractStart.Month, 1);
        var lastMonth = new DateOnly(contractEnd.Year, contractEnd.Month, 1);
        foreach (var (month, field, raw) in new[] { (from, "periodFrom", input.PeriodFrom), (to, "periodTo", input.PeriodTo) })
        {
            if (month is { } m && (m < firstMonth || m > lastMonth))
            {
                errors.Add(new Problem(field, "Waivers.PeriodOutsideContract", raw, WaiverRules.Key(firstMonth), WaiverRules.Key(lastMonth)));
            }
        }

        if (from is { } f && to is { } t && t < f)
        {
            errors.Add(new Problem("periodTo", "Waivers.PeriodToBeforeFrom", input.PeriodTo, WaiverRules.Key(t), WaiverRules.Key(f)));
        }

        var needed = WaiverRules.Kw(input.NeededKw, "neededKw", allowZero: false, errors);
        var available = WaiverRules.Kw(input.AvailableKw, "availableKw", allowZero: true, errors);
        if (available is { } a && needed is { } n && a >= n)
        {
            errors.Add(new Problem("availableKw", "Waivers.GridNotShort", WaiverRules.Number(a), WaiverRules.Number(a), WaiverRules.Number(n)));
        }

        var reference = WaiverRules.Text(input.GridOwnerReference, "gridOwnerReference", WaiverRules.ShortTextMaxLength, true, errors);
        return errors.Count > 0
            ? (null, errors)
            : (new ValidGridStatement(site, WaiverRules.Key(from!.Value), WaiverRules.Key(to!.Value), needed!.Value, available!.Value, reference!), []);
    }

    /// <summary>Two statements for the same site overlap in a month: a site and period has one statement.</summary>
    public static bool Overlaps(string? site, string periodFrom, string periodTo, string? otherSite, string otherFrom, string otherTo) =>
        string.Equals(site ?? "", otherSite ?? "", StringComparison.OrdinalIgnoreCase)
        && string.CompareOrdinal(periodFrom, otherTo) <= 0 && string.CompareOrdinal(otherFrom, periodTo) <= 0;

    /// <summary>The buyer accepts or rejects once; a rejection says why, since the supplier has to act on it.</summary>
    public static bool CanDecide(GridStatementStatus status) => status == GridStatementStatus.Stated;

    /// <summary>The buyer's decision: <c>accepted</c> or <c>rejected</c> (<c>accept</c>, <c>reject</c> also read).</summary>
    public static (GridStatementStatus? Status, string? Comment, IReadOnlyList<Problem> Errors) ValidateDecision(string? decision, string? comment)
    {
        var errors = new List<Problem>();
        GridStatementStatus? status = decision?.Trim().ToLowerInvariant() switch
        {
            "accepted" or "accept" => GridStatementStatus.Accepted,
            "rejected" or "reject" => GridStatementStatus.Rejected,
            _ => null,
        };
        if (string.IsNullOrWhiteSpace(decision))
        {
            errors.Add(new Problem("decision", "Validation.Required"));
        }
        else if (status is null)
        {
            errors.Add(new Problem("decision", "Validation.UnknownCode", decision));
        }

        var text = WaiverRules.Text(comment, "comment", WaiverRules.TextMaxLength, status == GridStatementStatus.Rejected, errors);
        return errors.Count > 0 ? (null, null, errors) : (status, text, []);
    }
}
