using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Statistics;
using Klimaspor.Features.Reports;
using Klimaspor.Features.Statistics;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.ClimateBudget;

/// <summary>What the climate budget is asked for: a unit (none, or the tenant's own organisation: the whole) and a year (none: this year).</summary>
internal sealed record ClimateBudgetQuery(Guid? Unit = null, string? Year = null);

/// <summary>A contract behind a period's figures, with its own.</summary>
public sealed record ClimateBudgetContract(Guid Id, string Label, ClimateBudgetFigures Figures);

/// <summary>
/// One period of the budget (a tertial or the year to date): the figures, the contracts with counted figures in it and
/// each one's own, and the contracts whose requirements were met and not met (the overview's roll-up).
/// </summary>
public sealed record ClimateBudgetPeriodView(
    string Name,
    int? Tertial,
    string From,
    string To,
    ClimateBudgetFigures Figures,
    int Reports,
    int ContractsMet,
    int ContractsNotMet,
    IReadOnlyList<ClimateBudgetContract> Contracts);

/// <summary>A submission whose figures a budget counts, by its report's version: what a produced report keeps to be reproduced.</summary>
public sealed record ClimateBudgetSubmission(Guid SubmissionId, Guid ReportId, int Version);

/// <summary>
/// The climate budget of a unit (or the whole organisation) for a year, through a tertial (issue 15 item 4): each tertial
/// and the year to date, with the factor set versions the counted submissions were calculated with.
/// </summary>
/// <param name="Unit">The unit's id; the tenant's own organisation's where the report is for the whole.</param>
/// <param name="Counted">Which reports count, in words: the verdicts' rule (issue 14 item 0).</param>
public sealed record ClimateBudgetView(
    Guid Unit,
    string UnitName,
    int Year,
    int ThroughTertial,
    string Counted,
    IReadOnlyList<ClimateBudgetPeriodView> Periods,
    IReadOnlyList<FactorSetReference> FactorSets,
    IReadOnlyList<ClimateBudgetSubmission> Submissions);

/// <summary>
/// The climate budget, read through the overview (<see cref="GetStatistics"/>) once per period with the contracts as the
/// breakdown: the same rows, the same counted-submission rule, the same roll-up of contracts by status — no second
/// aggregation path.
/// </summary>
internal static class GetClimateBudget
{
    public static async Task<Outcome<ClimateBudgetView>> Handle(ClimateBudgetQuery query, AppServices services, IStringLocalizer localizer,
        CancellationToken cancellationToken, int? throughTertial = null)
    {
        var (db, tenant, clock) = services;
        var today = Domain.Calendar.NorwegianTime.Today(clock.GetUtcNow());
        var year = Tertials.ReadYear(query.Year, today);
        if (!year.Succeeded)
        {
            return year.Failed<ClimateBudgetView>();
        }

        var scope = await tenant.ScopeAsync(cancellationToken);
        if (!scope.IsBuyer)
        {
            return Outcome<ClimateBudgetView>.Forbidden;
        }

        // A unit the tenant may not see is indistinguishable from none; its own organisation means all it sees.
        var unit = query.Unit ?? scope.OrganisationId;
        if (!scope.BuyerUnitIds.Contains(unit))
        {
            return Outcome<ClimateBudgetView>.NotFound;
        }

        Guid? only = unit == scope.OrganisationId ? null : unit;
        var unitName = await db.Organisations.AsNoTracking().Where(o => o.Id == unit).Select(o => o.Name).SingleAsync(cancellationToken);
        var through = throughTertial ?? Tertials.LastBegun(year.Value!, today);
        var periods = new List<ClimateBudgetPeriodView>();
        foreach (var period in Tertials.Periods(year.Value!, through))
        {
            var statistics = await GetStatistics.Handle(new StatisticsQuery(From: period.Window.From, To: period.Window.To, GroupBy: "contract", Unit: only),
                services, localizer, cancellationToken, countReports: false);
            if (!statistics.Succeeded)
            {
                return statistics.Failed<ClimateBudgetView>();
            }

            var view = statistics.Value!;
            periods.Add(new ClimateBudgetPeriodView(period.Name, period.Tertial, period.Window.From, period.Window.To,
                ClimateBudgetFigures.Of(view.Totals.Figures), view.Totals.Reports, view.ContractsByStatus.Met, view.ContractsByStatus.NotMet,
                [.. view.Items.Select(i => new ClimateBudgetContract(Guid.Parse(i.Key), i.Label, ClimateBudgetFigures.Of(i.Figures.Figures)))
                    .OrderBy(c => c.Label, StringComparer.CurrentCulture)]));
        }

        // The submissions behind the year to date (the last period, which spans the others), and the factor sets they used.
        var toDate = periods[^1];
        var contracts = db.Contracts.AsNoTracking().VisibleTo(scope);
        if (only is { } one)
        {
            contracts = contracts.Where(c => c.BuyerUnitId == one);
        }

        var (first, last) = (toDate.From, toDate.To);
#pragma warning disable CA1309 // Period keys are fixed-width YYYY-MM: compared as text they order as months on both providers.
        var used = await (
                from r in db.StatisticsRows.AsNoTracking()
                where string.Compare(r.Month, first) >= 0 && string.Compare(r.Month, last) <= 0
                join c in contracts on r.ContractId equals c.Id
                join s in db.ReportSubmissions on r.SubmissionId equals s.Id
                select new { s.Id, s.ReportId, s.Version })
            .Distinct()
            .ToListAsync(cancellationToken);
#pragma warning restore CA1309
        var ids = used.Select(u => u.Id).ToList();
        var summaries = await db.ReportSubmissions.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => s.ResultJson).ToListAsync(cancellationToken);
        var factorSets = summaries.Select(ReportStore.Summary)
            .SelectMany(r => new[] { r.Territorial, r.LifeCycle })
            .Distinct()
            .OrderBy(r => r.Boundary).ThenBy(r => r.Key, StringComparer.Ordinal).ThenBy(r => r.Version)
            .ToList();

        return Outcome<ClimateBudgetView>.Ok(new ClimateBudgetView(unit, unitName, year.Value!, through, localizer["Statistics.Counted"].Value, periods, factorSets,
            [.. used.Select(u => new ClimateBudgetSubmission(u.Id, u.ReportId, u.Version)).OrderBy(u => u.ReportId).ThenBy(u => u.Version)]));
    }
}
