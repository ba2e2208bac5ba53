using System.Globalization;
using Klimaspor.Domain.Contracts;
using Klimaspor.Domain.Transport;
using Klimaspor.Web;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.TransportFootprint;

/// <summary>
/// The mapping as a file (issue 17 item 3): a sheet per grouping — contracts, contract categories, footprint categories —
/// each place with its figures, method and quality, the whole last; then the definitions and the sources the figures rest
/// on (the consumption table and every spend calibration used). CSV: the grouping asked for.
/// </summary>
internal static class ExportTransportFootprint
{
    public static async Task<Outcome<ExportFile>> Handle(TransportFootprintQuery query, string? format, string culture, AppServices services,
        IStringLocalizer localizer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (window, groupBy, errors) = GetTransportFootprint.Read(query, services.Clock.GetUtcNow());
        if (errors.Count > 0)
        {
            return Outcome<ExportFile>.Invalid(errors);
        }

        var loaded = await ContractFootprints.Load(query.Unit, window!, services, cancellationToken);
        if (!loaded.Succeeded)
        {
            return loaded.Failed<ExportFile>();
        }

        // The grouping asked for first (the CSV's), then the others.
        var order = new[] { groupBy }.Concat(Enum.GetValues<FootprintGroupBy>().Where(g => g != groupBy));
        var views = order.Select(g => GetTransportFootprint.View(loaded.Value, window!, g, query.Unit, localizer)).ToList();
        string T(string key) => TextsLocalizer.Text(key, culture);
        var document = new ExportDocument(
            TextsLocalizer.Message("TransportFootprint.ExportTitle", culture, [window!.From, window.To]),
            [.. views.Select(v => Table(v, culture))],
            [
                (T("TransportFootprint.Ranking"), T("TransportFootprint.DefRanking")),
                (T("TransportFootprint.Methods"), T("TransportFootprint.MethodsNote")),
                (T("TransportFootprint.SpendNok"), T("TransportFootprint.DefSpend")),
                (T("Boundary.territorial"), T("Export.DefTerritorial")),
                (T("Boundary.lifeCycle"), T("Export.DefLifeCycle")),
                (T("Export.DefCountedTerm"), T("TransportFootprint.DefCounted")),
            ],
            Sources(loaded.Value, culture));
        return TableExport.File(document, format, $"Klimaspor-transportavtrykk-{window.From}-{window.To}", culture);
    }

    private static ExportTable Table(TransportFootprintView view, string culture)
    {
        string T(string key) => TextsLocalizer.Text(key, culture);
        var byContract = view.GroupBy == "contract";
        List<ExportColumn> columns =
        [
            new(T("TransportFootprint.Rank"), ExportFormat.Count),
            new(T("TransportFootprint.GroupBy." + view.GroupBy), ExportFormat.Text),
            new(T("TransportFootprint.Key"), ExportFormat.Text),
            new(T("TransportFootprint.Contracts"), ExportFormat.Count),
            new(T("TransportFootprint.LifeCycle"), ExportFormat.Number),
            new(T("TransportFootprint.Territorial"), ExportFormat.Number),
            new(T("TransportFootprint.Share"), ExportFormat.Share),
            new(T("TransportFootprint.CumulativeShare"), ExportFormat.Share),
            new(T("TransportFootprint.Trips"), ExportFormat.Number),
            new(T("TransportFootprint.Km"), ExportFormat.Number),
            new(T("TransportFootprint.EnergyKwh"), ExportFormat.Number),
            new(T("TransportFootprint.ZeroEmissionShare"), ExportFormat.Share),
            new(T("TransportFootprint.Method"), ExportFormat.Text),
            new(T("TransportFootprint.Quality"), ExportFormat.Text),
        ];
        if (byContract)
        {
            columns.Add(new(T("TransportFootprint.SpendNok"), ExportFormat.Number));
            columns.Add(new(T("TransportFootprint.Calibration"), ExportFormat.Text));
        }

        var rows = view.Items.Select(i => Row(i.Rank, i.Label, i.Key, i.Contracts, i.Figures, i.Share, i.CumulativeShare, byContract, i.Contract, culture))
            .Append(Row(null, T("TransportFootprint.Total"), string.Empty, view.Items.Sum(i => i.Contracts), view.Totals,
                view.Items.Count > 0 ? 1m : null, null, byContract, null, culture))
            .ToList();
        return new ExportTable(T("TransportFootprint.GroupBy." + view.GroupBy), columns, rows);
    }

    private static List<ExportCell> Row(int? rank, string label, string key, int contracts, FootprintFigures f, decimal? share, decimal? cumulative,
        bool byContract, FootprintContract? contract, string culture)
    {
        List<ExportCell> cells =
        [
            ExportCell.Of(rank),
            ExportCell.Of(label),
            ExportCell.Of(key),
            ExportCell.Of(contracts),
            ExportCell.Of(f.LifeCycleKgCo2e),
            ExportCell.Of(f.TerritorialKgCo2e),
            ExportCell.Of(share),
            ExportCell.Of(cumulative),
            ExportCell.Of(f.Trips),
            ExportCell.Of(f.Km),
            ExportCell.Of(f.EnergyKwh),
            ExportCell.Of(f.ZeroEmissionKmShare),
            ExportCell.Of(string.Join(" + ", f.Methods.Select(m => TextsLocalizer.Text("TransportFootprint.Method." + m.Method, culture)))),
            ExportCell.Of(TextsLocalizer.Text("TransportFootprint.Quality." + f.Quality, culture)),
        ];
        if (byContract)
        {
            cells.Add(ExportCell.Of(contract?.SpendNok));
            cells.Add(ExportCell.Of(contract?.Calibration is { } k ? CalibrationText(k, culture) : null));
        }

        return cells;
    }

    /// <summary>How a spend calibration is described: its source, how many contracts and how spread, or the buyer's note.</summary>
    internal static string CalibrationText(FootprintCalibration k, string culture) =>
        TextsLocalizer.Message("TransportFootprint.Calibration." + k.Source, culture,
            [k.Contracts, (k.LowestLifeCycleKgCo2ePerMnok ?? 0).ToString("N0", CultureInfo.GetCultureInfo(culture)),
                (k.HighestLifeCycleKgCo2ePerMnok ?? 0).ToString("N0", CultureInfo.GetCultureInfo(culture)), k.SourceNote ?? string.Empty]);

    /// <summary>The consumption table behind distance-based lines, and each spend calibration used, per category.</summary>
    private static List<ExportSource> Sources(IReadOnlyList<ContractFootprint> contracts, string culture)
    {
        var table = ReferenceConsumption.Current;
        var sources = new List<ExportSource>
        {
            new(table.Key, table.Version.ToString(CultureInfo.InvariantCulture), string.Join(" · ", table.Rows.Select(r => r.Source).Distinct(StringComparer.Ordinal))),
        };
        foreach (var (category, calibration) in contracts.Where(c => c.Calibration is not null).Select(c => (c.Category, c.Calibration!)).DistinctBy(c => c.Category)
                     .OrderBy(c => c.Category.Code(), StringComparer.Ordinal))
        {
            sources.Add(new ExportSource(TextsLocalizer.Text("TransportFootprint.Calibrations", culture) + ": " + TextsLocalizer.Text("Category." + category.Code(), culture),
                string.Empty, CalibrationText(GetTransportFootprint.Calibration(calibration), culture)));
        }

        return sources;
    }
}
