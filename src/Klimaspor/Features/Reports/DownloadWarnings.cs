using System.Globalization;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Reports;

/// <summary>
/// Every warning of a report's latest submission as CSV for Excel: a large report has tens of thousands, more than a
/// page can list. Null when the caller may not see the report or it has not been submitted.
/// </summary>
internal static class DownloadWarnings
{
    public static async Task<(byte[] Content, string FileName)?> Handle(Guid contractId, string period, string? supplier, AppServices services,
        IStringLocalizer localizer, CancellationToken cancellationToken)
    {
        var (db, _, _) = services;
        var context = await ReportAccess.Resolve(contractId, period, supplier, services, cancellationToken);
        if (context is null)
        {
            return null;
        }

        var report = ReportAccess.Of(context, db).Select(r => r.Id);
        var latest = await db.ReportSubmissions.AsNoTracking().Where(s => report.Contains(s.ReportId)).OrderByDescending(s => s.Version)
            .Select(s => new { s.Warnings })
            .FirstOrDefaultAsync(cancellationToken);
        if (latest is null)
        {
            return null;
        }

        var csv = new ExcelCsv();
        csv.Row([localizer["Reports.WarningSheet"], localizer["Reports.Line"], localizer["Reports.WarningColumn"], localizer["Reports.WarningCode"],
            localizer["Reports.WarningMessage"]]);
        foreach (var w in ReportStore.Warnings(latest.Warnings))
        {
            csv.Row([localizer["Sheet." + w.Sheet], w.Row?.ToString(CultureInfo.InvariantCulture) ?? "", w.Column, w.Code, w.Message]);
        }

        return (csv.ToArray(), localizer["Reports.WarningsFileName", context.Contract.Reference, context.PeriodKey]);
    }
}
