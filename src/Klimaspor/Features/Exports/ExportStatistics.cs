using Klimaspor.Domain.Contracts;
using Klimaspor.Domain.Statistics;
using Klimaspor.Features.Statistics;
using Klimaspor.Web;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Exports;

/// <summary>
/// The buyer's overview as a file (issue 15 item 5): the statistics query's answer (<see cref="GetStatistics"/>) for
/// each breakdown — a sheet per breakdown in the workbook, the one asked for (<c>groupBy</c>) in the CSV — each group a
/// row with the contracts and reports behind it and the key figures as the overview shows them, the whole scope last;
/// then the definitions and the factor set versions of the counted reports in the window.
/// </summary>
internal static class ExportStatistics
{
    public static async Task<Outcome<ExportFile>> Handle(StatisticsQuery query, string? format, string culture, AppServices services, IStringLocalizer localizer,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(services);
        var first = await GetStatistics.Handle(query, services, localizer, cancellationToken);
        if (!first.Succeeded)
        {
            return first.Failed<ExportFile>();
        }

        // The breakdown asked for first (the CSV's), then every other.
        var views = new List<StatisticsView> { first.Value };
        if (!string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var groupBy in StatisticsWindow.GroupByNames.Where(g => g != first.Value.GroupBy))
            {
                var other = await GetStatistics.Handle(query with { GroupBy = groupBy }, services, localizer, cancellationToken, countReports: false);
                if (other.Succeeded)
                {
                    views.Add(other.Value);
                }
            }
        }

        var view = first.Value;
        var title = TextsLocalizer.Message("Export.StatisticsTitle", culture, [view.From, view.To]);
        var document = new ExportDocument(
            title,
            [.. views.Select(v => Table(v, culture))],
            [(TextsLocalizer.Text("Export.DefCountedTerm", culture), view.Counted), .. ContractExport.Definitions(culture).Skip(1)],
            ContractExport.Sources(await FactorSets(query, view, services, cancellationToken), culture));
        return TableExport.File(document, format, $"Klimaspor-statistikk-{view.From}-{view.To}", culture);
    }

    private static ExportTable Table(StatisticsView view, string culture)
    {
        string T(string key) => TextsLocalizer.Text(key, culture);
        ExportColumn[] columns =
        [
            new(T("Statistics.GroupBy." + view.GroupBy), ExportFormat.Text),
            new(T("Export.Key"), ExportFormat.Text),
            new(T("Export.Contracts"), ExportFormat.Count),
            new(T("Export.Reports"), ExportFormat.Count),
            .. ContractExport.FigureColumns(culture),
        ];
        var rows = view.Items.Select(i => Row(i.Label, i.Key, i.Figures)).Append(Row(T("Export.Total"), string.Empty, view.Totals)).ToList();
        return new ExportTable(T("Statistics.GroupBy." + view.GroupBy), columns, rows);
    }

    private static IReadOnlyList<ExportCell> Row(string label, string key, StatisticsFigures figures) =>
    [
        ExportCell.Of(label),
        ExportCell.Of(key),
        ExportCell.Of(figures.Contracts),
        ExportCell.Of(figures.Reports),
        .. ContractExport.FigureCells(figures.Figures),
    ];

    /// <summary>The factor set versions of the counted reports in the overview's scope and window.</summary>
    private static async Task<IReadOnlyList<FactorSetSource>> FactorSets(StatisticsQuery query, StatisticsView view, AppServices services,
        CancellationToken cancellationToken)
    {
        var (db, tenant, _) = services;
        var contracts = db.Contracts.VisibleTo(await tenant.ScopeAsync(cancellationToken));
        if (query.Unit is { } unit)
        {
            contracts = contracts.Where(c => c.BuyerUnitId == unit);
        }

        if (query.Contract is { } contract)
        {
            contracts = contracts.Where(c => c.Id == contract);
        }

        if (query.Category is { } code && ContractCodes.TryParseCategory(code, out var category))
        {
            contracts = contracts.Where(c => c.Category == category);
        }

        var reports = await CountedReports.Load(db, contracts, cancellationToken);
        var inWindow = reports.Where(r => string.CompareOrdinal(r.Period, view.From) >= 0 && string.CompareOrdinal(r.Period, view.To) <= 0);
        return await ContractFigures.Sources(db, inWindow.SelectMany(r => new[] { r.Territorial, r.LifeCycle }), cancellationToken);
    }
}
