using System.Security.Claims;
using Klimaspor.Domain.Statistics;
using Klimaspor.Features.ClimateBudget;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Data;

/// <summary>
/// Oslobygg KF's tertial report for the last tertial completed before the seeding day (issue 15 item 4), produced as its
/// follow-up officer would produce it, so the demo shows a kept report beside the live figures.
/// </summary>
internal static class DemoClimateBudget
{
    public static async Task AddAsync(IServiceProvider services, AppDbContext db, DemoCalendar calendar, CancellationToken cancellationToken)
    {
        // The report reads the statistics rows, which the start-up backfill would write only after seeding.
        await Features.Reports.ReportAggregates.Backfill(db, cancellationToken);
        // The month the demo is dated by (the seeding month, or the one pinned), not the clock's: its reports are there.
        var today = calendar.Move(DemoCalendar.WrittenFor);
        var current = Tertials.TertialOf(today);
        var (year, tertial) = current == 1 ? (today.Year - 1, 3) : (today.Year, current - 1);
        var oslobygg = await db.Organisations.Where(o => o.OrgNo == DemoData.OrgNo.Oslobygg).Select(o => o.Id).SingleAsync(cancellationToken);
        var officer = DemoData.Users.First(u => u.OrgNo == DemoData.OrgNo.Oslobygg);
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(KlimasporClaims.Name, officer.Name),
                new Claim(KlimasporClaims.Organisation, oslobygg.ToString()),
                new Claim(KlimasporClaims.Role, officer.Role),
            ], "demo", KlimasporClaims.Name, KlimasporClaims.Role));
        var produced = await ClimateBudgetReports.Produce(new ClimateBudgetReportRequest(null, year, tertial),
            new AppServices(db, new Tenant(user, db), services.GetRequiredService<TimeProvider>()), services.GetRequiredService<IStringLocalizer>(), cancellationToken);
        if (!produced.Succeeded)
        {
            throw new InvalidOperationException($"The demo's tertial report could not be produced: {produced.Kind}.");
        }
    }
}
