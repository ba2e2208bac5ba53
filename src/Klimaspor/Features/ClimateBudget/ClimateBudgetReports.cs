using System.Globalization;
using System.Text.Json;
using Klimaspor.Data;
using Klimaspor.Domain.Statistics;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.ClimateBudget;

/// <summary>A tertial report to produce: the unit (none: the whole organisation), the year (none: this year) and the tertial (1–3, begun).</summary>
internal sealed record ClimateBudgetReportRequest(Guid? Unit, int? Year, int? Tertial);

/// <summary>
/// A produced tertial report as it was produced (<paramref name="Budget"/>), and whether the live figures for the same
/// unit, year and tertial differ now (later submissions, approvals or returns).
/// </summary>
public sealed record ClimateBudgetReportView(Guid Id, Guid Unit, int Year, int Tertial, DateTime ProducedAt, string ProducedBy, ClimateBudgetView Budget,
    bool LiveDiffers);

/// <summary>A produced report in a list.</summary>
public sealed record ClimateBudgetReportSummary(Guid Id, Guid Unit, string UnitName, int Year, int Tertial, DateTime ProducedAt, string ProducedBy);

/// <summary>
/// Produced climate-budget reports (issue 15 item 4: "a report once produced is kept with the submission versions it
/// used, so it can be reproduced"): the figures are stored as they were, never recomputed; showing one compares them with
/// the live figures and says whether they differ.
/// </summary>
internal static class ClimateBudgetReports
{
    private static readonly JsonSerializerOptions Json = StoredJson.Options;

    public static async Task<Outcome<ClimateBudgetReportView>> Produce(ClimateBudgetReportRequest request, AppServices services, IStringLocalizer localizer,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (db, tenant, clock) = services;
        var today = Domain.Calendar.NorwegianTime.Today(clock.GetUtcNow());
        var yearText = request.Year?.ToString(CultureInfo.InvariantCulture);
        var year = Tertials.ReadYear(yearText, today);
        if (!year.Succeeded)
        {
            return year.Failed<ClimateBudgetReportView>();
        }

        var tertial = Tertials.ReadTertial(request.Tertial?.ToString(CultureInfo.InvariantCulture), year.Value, today);
        if (!tertial.Succeeded)
        {
            return tertial.Failed<ClimateBudgetReportView>();
        }

        var budget = await GetClimateBudget.Handle(new ClimateBudgetQuery(request.Unit, yearText), services, localizer, cancellationToken, tertial.Value);
        if (!budget.Succeeded)
        {
            return budget.Failed<ClimateBudgetReportView>();
        }

        var report = new ClimateBudgetReport
        {
            UnitId = budget.Value!.Unit,
            Year = year.Value,
            Tertial = tertial.Value,
            ProducedAt = clock.GetUtcNow().UtcDateTime,
            ProducedBy = tenant.ActorName,
            FiguresJson = JsonSerializer.Serialize(budget.Value, Json),
            SubmissionsJson = JsonSerializer.Serialize(budget.Value.Submissions, Json),
        };
        db.ClimateBudgetReports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<ClimateBudgetReportView>.Ok(new ClimateBudgetReportView(report.Id, report.UnitId, report.Year, report.Tertial, report.ProducedAt,
            report.ProducedBy, budget.Value, LiveDiffers: false));
    }

    /// <summary>A produced report; not found where the tenant may not see its unit.</summary>
    public static async Task<Outcome<ClimateBudgetReportView>> Get(Guid id, AppServices services, IStringLocalizer localizer, CancellationToken cancellationToken)
    {
        var (db, tenant, _) = services;
        var scope = await tenant.ScopeAsync(cancellationToken);
        if (!scope.IsBuyer)
        {
            return Outcome<ClimateBudgetReportView>.Forbidden;
        }

        var units = scope.BuyerUnitIds;
        var report = await db.ClimateBudgetReports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && units.Contains(r.UnitId), cancellationToken);
        if (report is null)
        {
            return Outcome<ClimateBudgetReportView>.NotFound;
        }

        var stored = JsonSerializer.Deserialize<ClimateBudgetView>(report.FiguresJson, Json)!;
        var live = await GetClimateBudget.Handle(new ClimateBudgetQuery(report.UnitId, report.Year.ToString(CultureInfo.InvariantCulture)),
            services, localizer, cancellationToken, report.Tertial);
        var differs = !live.Succeeded || Comparable(live.Value!) != Comparable(stored);
        return Outcome<ClimateBudgetReportView>.Ok(new ClimateBudgetReportView(report.Id, report.UnitId, report.Year, report.Tertial, report.ProducedAt,
            report.ProducedBy, stored, differs));
    }

    /// <summary>The produced reports the tenant may see, newest first; only a unit's where one is given.</summary>
    public static async Task<IReadOnlyList<ClimateBudgetReportSummary>> List(Guid? unit, AppServices services, CancellationToken cancellationToken)
    {
        var (db, tenant, _) = services;
        var scope = await tenant.ScopeAsync(cancellationToken);
        var units = unit is { } one ? [.. scope.BuyerUnitIds.Where(u => u == one)] : scope.BuyerUnitIds.ToList();
        return await (
                from r in db.ClimateBudgetReports.AsNoTracking()
                where units.Contains(r.UnitId)
                join o in db.Organisations on r.UnitId equals o.Id
                orderby r.ProducedAt descending
                select new ClimateBudgetReportSummary(r.Id, r.UnitId, o.Name, r.Year, r.Tertial, r.ProducedAt, r.ProducedBy))
            .Take(100)
            .ToListAsync(cancellationToken);
    }

    /// <summary>What must stay the same for a report to be the live one: the submissions counted and every figure, not the words around them.</summary>
    private static string Comparable(ClimateBudgetView view) => JsonSerializer.Serialize(new
    {
        view.Submissions,
        Periods = view.Periods.Select(p => new { p.Name, p.Figures, p.Reports, p.ContractsMet, p.ContractsNotMet, Contracts = p.Contracts.Select(c => new { c.Id, c.Figures }) }),
    }, Json);
}
