using Klimaspor.Domain.Validation;

namespace Klimaspor.Domain.Reporting.Reports;

/// <summary>A party the contract names as reporting: the main supplier or a subcontractor.</summary>
public sealed record Reporter(string OrgNo, string Name)
{
    /// <summary>"Bergen Graving AS (912345674)": how a reason names it.</summary>
    public override string ToString() => Name + " (" + OrgNo + ")";
}

/// <summary>What one period has from the reporters a contract names, by organisation number.</summary>
public sealed record PeriodReporting
{
    /// <summary>Reporters with a counted report of their own (<see cref="CountedSubmission"/>).</summary>
    public IReadOnlyCollection<string> OwnReports { get; init; } = [];

    /// <summary>The owners' organisation numbers on the lines of the main supplier's counted report.</summary>
    public IReadOnlyCollection<string> OnMainSuppliersLines { get; init; } = [];

    /// <summary>Subcontractors the main supplier's counted report declares had no activity in the period.</summary>
    public IReadOnlyCollection<string> DeclaredInactive { get; init; } = [];
}

/// <summary>
/// Whether everyone a contract names has reported for a period (issue 14 item 6, "every reporter counts"). The domain
/// README: "contractor's reporter — supplier (main contractor; subcontractors report through it or directly)", and the
/// template (spec/reporting-template.md) gives a machine or vehicle line an owner's organisation number, "subcontractor
/// or rental firm". So a subcontractor has reported when it has a counted report of its own, or the main supplier's
/// counted report has lines with its organisation number, or that report declares it had no activity. Until everyone
/// has, a sum over the period lacks a part nobody can see, and a verdict on it would be a guess.
/// </summary>
public static class ReportingCompleteness
{
    /// <summary>Who has not reported, the main supplier first, then the subcontractors in the contract's order.</summary>
    public static IReadOnlyList<Reporter> Missing(Reporter mainSupplier, IReadOnlyList<Reporter> subcontractors, PeriodReporting reporting)
    {
        ArgumentNullException.ThrowIfNull(mainSupplier);
        ArgumentNullException.ThrowIfNull(subcontractors);
        ArgumentNullException.ThrowIfNull(reporting);
        var missing = new List<Reporter>();
        // Lines and declarations are the main supplier's word, and count only with its report.
        var mainReported = reporting.OwnReports.Contains(mainSupplier.OrgNo);
        if (!mainReported)
        {
            missing.Add(mainSupplier);
        }

        foreach (var subcontractor in subcontractors)
        {
            var reported = reporting.OwnReports.Contains(subcontractor.OrgNo)
                || (mainReported && (reporting.OnMainSuppliersLines.Contains(subcontractor.OrgNo) || reporting.DeclaredInactive.Contains(subcontractor.OrgNo)));
            if (!reported && subcontractor.OrgNo != mainSupplier.OrgNo)
            {
                missing.Add(subcontractor);
            }
        }

        return missing;
    }

    /// <summary>
    /// What may be declared to have had no activity, checked before a draft is stored: only the main supplier declares
    /// (a subcontractor's report answers for itself), only for subcontractors the contract names, and never for one its
    /// own lines name as an owner — a declaration that says the opposite of the lines beside it is a mistake to fix,
    /// not something to choose between. Located at <c>noActivity</c>, each problem naming the organisation number.
    /// </summary>
    /// <param name="isMainSupplier">Whether the report is the contract's main supplier's.</param>
    /// <param name="subcontractors">The subcontractors the contract names.</param>
    public static IReadOnlyList<Problem> CheckDeclaration(ReportLines lines, bool isMainSupplier, IReadOnlyList<Reporter> subcontractors)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(subcontractors);
        var problems = new List<Problem>();
        if (lines.NoActivity.Count == 0)
        {
            return problems;
        }

        if (!isMainSupplier)
        {
            problems.Add(new Problem(NoActivityField, MessageKeys.NoActivityOnlyMainSupplier, string.Join(", ", lines.NoActivity), string.Join(", ", lines.NoActivity)));
            return problems;
        }

        var named = subcontractors.Select(s => s.OrgNo).ToHashSet(StringComparer.Ordinal);
        var owners = lines.Owners().ToHashSet(StringComparer.Ordinal);
        foreach (var orgNo in lines.NoActivity)
        {
            if (!named.Contains(orgNo))
            {
                var list = subcontractors.Count == 0 ? "–" : string.Join(", ", subcontractors);
                problems.Add(new Problem(NoActivityField, MessageKeys.NoActivityNotSubcontractor, orgNo, orgNo, list));
            }
            else if (owners.Contains(orgNo))
            {
                problems.Add(new Problem(NoActivityField, MessageKeys.NoActivityButLines, orgNo, orgNo));
            }
        }

        return problems;
    }

    /// <summary>Organisation numbers as one stored text, comma-separated (nine digits each: no number holds a comma).</summary>
    public static string Join(IEnumerable<string> orgNos) => string.Join(',', orgNos);

    /// <summary>The organisation numbers of <see cref="Join"/>'s text; none for null or empty.</summary>
    public static IReadOnlyList<string> Split(string? joined) =>
        string.IsNullOrEmpty(joined) ? [] : joined.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Where a declaration sits: the API's member and the <c>Rapport</c> sheet's field.</summary>
    public const string NoActivityField = "noActivity";
}
