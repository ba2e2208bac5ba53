using System.Globalization;
using Klimaspor.Data;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Reports;

/// <summary>
/// The whole list of a refused upload's errors, when the answer shows only the first of them: one CSV row per error
/// (sheet, row, column, header, value, message in the uploader's language), for the uploading organisation only, kept 24
/// hours. Bounded by the errors a reading holds (<c>ReportTemplate.MaxErrorsKept</c>, values cut to 200 characters);
/// errors beyond those are counted in its last row.
/// </summary>
internal static class ImportErrorReports
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromHours(24);

    /// <summary>How many errors an upload's answer (the API's 422, the upload page) lists; <c>Reports:MaxErrorsShown</c> changes it.</summary>
    public static int MaxShown(IConfiguration configuration) => Math.Max(1, configuration.GetValue("Reports:MaxErrorsShown", Problems.MaxErrorsShown));

    /// <summary>
    /// Keeps the list of a refused upload whose errors are more than <paramref name="maxShown"/>; null when the answer
    /// lists them all (or the caller has no organisation to keep it for). Reports past their 24 hours are deleted here,
    /// where new ones are written, so that no job is needed and the table holds at most a day of refusals.
    /// </summary>
    public static async Task<Guid?> Keep<T>(Outcome<T> outcome, int maxShown, AppServices services, IStringLocalizer localizer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(services);
        if (outcome.Kind != OutcomeKind.Invalid || outcome.Problems.Count + outcome.Unlisted <= maxShown)
        {
            return null;
        }

        var (db, tenant, clock) = services;
        var scope = await tenant.ScopeAsync(cancellationToken);
        if (scope.OrganisationId == Guid.Empty)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var expired = now - KeptFor;
        await db.ImportErrorReports.Where(r => r.CreatedAt < expired).ExecuteDeleteAsync(cancellationToken);

        var csv = new ExcelCsv();
        csv.Row([localizer["ErrorReport.Sheet"].Value, localizer["ErrorReport.Row"].Value, localizer["ErrorReport.Column"].Value, localizer["ErrorReport.Header"].Value,
            localizer["ErrorReport.Value"].Value, localizer["ErrorReport.Message"].Value]);
        foreach (var error in outcome.Problems)
        {
            var entry = Problems.Entry(error, localizer);
            csv.Row([entry.Sheet ?? string.Empty, entry.Row?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, entry.ColumnLetter ?? entry.Column,
                entry.Header ?? string.Empty, entry.Value ?? string.Empty, entry.Message]);
        }

        if (outcome.Unlisted > 0)
        {
            csv.Row([string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, localizer["ErrorReport.Unlisted", outcome.Unlisted].Value]);
        }

        // The refused import stored nothing; whatever it left tracked must not be saved with the list.
        db.ChangeTracker.Clear();
        var report = new ImportErrorReport { OrganisationId = scope.OrganisationId, CreatedAt = now, Content = csv.ToArray() };
        db.ImportErrorReports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        return report.Id;
    }

    /// <summary>The list, for someone of the organisation that uploaded the file, within its 24 hours; otherwise null.</summary>
    public static async Task<ImportErrorReport?> Find(Guid id, AppServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var (db, tenant, clock) = services;
        var scope = await tenant.ScopeAsync(cancellationToken);
        var expired = clock.GetUtcNow().UtcDateTime - KeptFor;
        return scope.OrganisationId == Guid.Empty
            ? null
            : await db.ImportErrorReports.AsNoTracking()
                .SingleOrDefaultAsync(r => r.Id == id && r.OrganisationId == scope.OrganisationId && r.CreatedAt >= expired, cancellationToken);
    }
}
