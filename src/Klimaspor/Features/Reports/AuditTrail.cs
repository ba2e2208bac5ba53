using System.Text.RegularExpressions;
using Klimaspor.Domain.Reporting.Reports;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Reports;

/// <summary>
/// The audit trail in the reader's language. What is stored stays language-neutral, so that one entry reads in bokmål,
/// nynorsk and English alike: an action code (<c>draft-saved:&lt;source&gt;</c>, <c>submitted</c>, <c>approved</c>,
/// <c>returned</c>) and, for a change of status, the <see cref="ReportStatus"/> names before and after, the after
/// value followed by the version submitted (<c> v2</c>) or the buyer's comment (<c>: …</c>).
/// </summary>
internal static partial class AuditTrail
{
    private const string DraftSaved = "draft-saved";

    /// <summary>What happened, e.g. «Sendt inn (Utkast → Sendt inn, versjon 2)» or «Utkast lagret (Excel-arbeidsbok)».</summary>
    public static string What(AuditView entry, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(localizer);
        var (action, detail) = entry.Action.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0
            ? (entry.Action[..colon], entry.Action[(colon + 1)..])
            : (entry.Action, null);
        var what = Text(localizer, "AuditAction." + action, entry.Action);
        if (action == DraftSaved)
        {
            // A draft's before and after are its lines, which the page shows as the draft; here, the way it came in.
            return detail is null ? what : $"{what} ({Text(localizer, "AuditSource." + detail, detail)})";
        }

        return entry.Before is null || entry.After is null ? what : $"{what} ({Status(entry.Before, localizer)} → {Status(entry.After, localizer)})";
    }

    /// <summary>A stored status value in the reader's words: the status, then its version or the comment as stored.</summary>
    public static string Status(string stored, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(localizer);
        var match = StoredStatus().Match(stored);
        if (!match.Success || !Enum.TryParse<ReportStatus>(match.Groups["status"].Value, ignoreCase: false, out var status))
        {
            return stored;
        }

        var text = localizer["ReportStatus." + status].Value;
        if (match.Groups["version"].Success)
        {
            text += ", " + localizer["Reports.VersionN", int.Parse(match.Groups["version"].Value, System.Globalization.CultureInfo.InvariantCulture)].Value;
        }

        return match.Groups["comment"].Success ? localizer["Reports.AuditComment", text, match.Groups["comment"].Value].Value : text;
    }

    // An action or source this version does not know (stored by a later one) is shown as stored rather than as a key.
    private static string Text(IStringLocalizer localizer, string key, string stored) =>
        localizer[key] is { ResourceNotFound: false } text ? text.Value : stored;

    [GeneratedRegex(@"^(?<status>[A-Za-z]+)(?: v(?<version>\d{1,9}))?(?:: (?<comment>.*))?$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex StoredStatus();
}
