using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Statistics;
using Klimaspor.Features.Exports;
using Klimaspor.Web;

namespace Klimaspor.Features.ClimateBudget;

/// <summary>
/// A climate budget as files a unit can send on (issue 15 item 4): a workbook with the figures per period, one sheet of
/// the contracts behind each period, and the definitions with the factor set versions (<see cref="TableExport"/>); and a
/// tagged PDF with the same tables (<see cref="TaggedPdf"/>, as the contract's climate report). The page shows the same
/// <see cref="Summary"/> table, so the three agree by construction.
/// </summary>
internal static class ClimateBudgetExport
{
    public const string PdfContentType = ClimateReport.ContentType;

    /// <summary>The formats there are, as <c>format=</c> names them.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["xlsx", "pdf"];

    /// <summary>One figure of the budget: its label, unit, how it is written, and where it is in the figures.</summary>
    internal sealed record Line(string Label, string Unit, ExportFormat Format, Func<ClimateBudgetFigures, decimal?> Value);

    public static IReadOnlyList<Line> Lines(string culture)
    {
        string T(string key) => TextsLocalizer.Text(key, culture);
        string Of(string what, string energyClass) => $"{T(what)}: {T("EnergyClass." + energyClass)}";
        var kwh = "kWh";
        var kg = "kg CO2e";
        var percent = "%";
        IEnumerable<Line> Avoided(string what, Func<ClimateBudgetFigures, AvoidedByClass> by) =>
        [
            new(Of(what, "ZeroEmission"), kg, ExportFormat.Number, f => by(f).ZeroEmission.Value),
            new(Of(what, "Biogas"), kg, ExportFormat.Number, f => by(f).Biogas.Value),
            new(Of(what, "LiquidBiofuel"), kg, ExportFormat.Number, f => by(f).LiquidBiofuel.Value),
            new(Of(what, "SolidBiofuel"), kg, ExportFormat.Number, f => by(f).SolidBiofuel.Value),
            new(Of(what, "Fossil"), kg, ExportFormat.Number, f => by(f).Fossil.Value),
        ];
        IEnumerable<Line> Transport(string what, Func<ClimateBudgetFigures, TransportKm> group) =>
        [
            new(T(what), "km", ExportFormat.Number, f => group(f).Km.Value),
            new($"{T(what)}: {T("ClimateBudget.ZeroEmissionShare")}", percent, ExportFormat.Share, f => group(f).ZeroEmissionShare),
            new($"{T(what)}: {T("ClimateBudget.BiogasShare")}", percent, ExportFormat.Share, f => group(f).BiogasShare),
        ];
        return
        [
            new(T("ClimateBudget.ConstructionEnergy"), kwh, ExportFormat.Number, f => f.ConstructionEnergy.Total.Value),
            new(Of("ClimateBudget.ConstructionEnergy", "ZeroEmission"), kwh, ExportFormat.Number, f => f.ConstructionEnergy.ByClass.ZeroEmission.Value),
            new(Of("ClimateBudget.ConstructionEnergy", "Biogas"), kwh, ExportFormat.Number, f => f.ConstructionEnergy.ByClass.Biogas.Value),
            new(Of("ClimateBudget.ConstructionEnergy", "LiquidBiofuel"), kwh, ExportFormat.Number, f => f.ConstructionEnergy.ByClass.LiquidBiofuel.Value),
            new(Of("ClimateBudget.ConstructionEnergy", "SolidBiofuel"), kwh, ExportFormat.Number, f => f.ConstructionEnergy.ByClass.SolidBiofuel.Value),
            new(Of("ClimateBudget.ConstructionEnergy", "Fossil"), kwh, ExportFormat.Number, f => f.ConstructionEnergy.ByClass.Fossil.Value),
            new($"{T("ClimateBudget.ConstructionEnergy")}: {T("ClimateBudget.ZeroEmissionShare")}", percent, ExportFormat.Share, f => f.ConstructionEnergy.ZeroEmissionShare),
            new($"{T("ClimateBudget.ConstructionEnergy")}: {T("ClimateBudget.BiogasShare")}", percent, ExportFormat.Share, f => f.ConstructionEnergy.BiogasShare),
            new(T("Export.EmissionsTerritorial"), kg, ExportFormat.Number, f => f.TerritorialEmissions.Value),
            new(T("Export.EmissionsLifeCycle"), kg, ExportFormat.Number, f => f.LifeCycleEmissions.Value),
            .. Avoided("Export.AvoidedTerritorial", f => f.TerritorialAvoided),
            .. Avoided("Export.AvoidedLifeCycle", f => f.LifeCycleAvoided),
            .. Transport("ClimateBudget.MassTransport", f => f.MassTransport),
            .. Transport("ClimateBudget.WasteTransport", f => f.WasteTransport),
        ];
    }

    /// <summary>The figures per period: a row per figure and count, a column per period (the tertials, then the year to date).</summary>
    public static ExportTable Summary(ClimateBudgetView budget, string culture)
    {
        ArgumentNullException.ThrowIfNull(budget);
        string T(string key) => TextsLocalizer.Text(key, culture);
        ExportColumn[] columns =
        [
            new(T("ClimateBudget.Figure"), ExportFormat.Text),
            new(T("ClimateBudget.Unit"), ExportFormat.Text),
            .. budget.Periods.Select(p => new ExportColumn(PeriodName(p, culture), ExportFormat.Number)),
        ];
        var rows = new List<IReadOnlyList<ExportCell>>();
        foreach (var line in Lines(culture))
        {
            // A column holds one format, and here a row is a figure: shares are written in per cent, as the unit column says.
            rows.Add([ExportCell.Of(line.Label), ExportCell.Of(line.Unit),
                .. budget.Periods.Select(p => ExportCell.Of(line.Format == ExportFormat.Share ? line.Value(p.Figures) * 100m : line.Value(p.Figures)))]);
        }

        rows.Add([ExportCell.Of(T("Export.Reports")), ExportCell.Of(string.Empty), .. budget.Periods.Select(p => ExportCell.Of((decimal)p.Reports))]);
        rows.Add([ExportCell.Of(T("Export.Contracts")), ExportCell.Of(string.Empty), .. budget.Periods.Select(p => ExportCell.Of((decimal)p.Contracts.Count))]);
        rows.Add([ExportCell.Of(T("ClimateBudget.ContractsMet")), ExportCell.Of(string.Empty), .. budget.Periods.Select(p => ExportCell.Of((decimal)p.ContractsMet))]);
        rows.Add([ExportCell.Of(T("ClimateBudget.ContractsNotMet")), ExportCell.Of(string.Empty), .. budget.Periods.Select(p => ExportCell.Of((decimal)p.ContractsNotMet))]);
        return new ExportTable(T("ClimateBudget.SummarySheet"), columns, rows);
    }

    /// <summary>The contracts behind one period's figures, each with its own, and the period's total last.</summary>
    public static ExportTable Contracts(ClimateBudgetPeriodView period, string culture)
    {
        ArgumentNullException.ThrowIfNull(period);
        string T(string key) => TextsLocalizer.Text(key, culture);
        var lines = Lines(culture);
        ExportColumn[] columns =
        [
            new(T("ClimateBudget.Contract"), ExportFormat.Text),
            new(T("Export.Key"), ExportFormat.Text),
            .. lines.Select(l => new ExportColumn($"{l.Label} ({l.Unit})", l.Format)),
        ];
        var rows = period.Contracts
            .Select(c => (IReadOnlyList<ExportCell>)[ExportCell.Of(c.Label), ExportCell.Of(c.Id.ToString()), .. lines.Select(l => ExportCell.Of(l.Value(c.Figures)))])
            .Append([ExportCell.Of(T("Export.Total")), ExportCell.Of(string.Empty), .. lines.Select(l => ExportCell.Of(l.Value(period.Figures)))])
            .ToList();
        return new ExportTable(PeriodName(period, culture), columns, rows);
    }

    public static string PeriodName(ClimateBudgetPeriodView period, string culture)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.Tertial is { } t
            ? TextsLocalizer.Message("ClimateBudget.TertialName", culture, [t, period.Name[..4]])
            : TextsLocalizer.Message("ClimateBudget.YearToDateName", culture, [period.Name[..4]]);
    }

    public static string Title(ClimateBudgetView budget, string culture) =>
        TextsLocalizer.Message("ClimateBudget.Title", culture, [budget.UnitName, budget.Year, budget.ThroughTertial]);

    /// <summary>The budget in a format (<c>xlsx</c> or <c>pdf</c>); another is refused with those there are.</summary>
    public static async Task<Outcome<ExportFile>> File(ClimateBudgetView budget, string? format, string culture, AppServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(services);
        var fileName = $"Klimabudsjett-{budget.Year}-T{budget.ThroughTertial}";
        var sources = ContractExport.Sources(await ContractFigures.Sources(services.Db, budget.FactorSets, cancellationToken), culture);
        switch ((format ?? "xlsx").Trim().ToLowerInvariant())
        {
            case "xlsx":
                var document = new ExportDocument(Title(budget, culture),
                    [Summary(budget, culture), .. budget.Periods.Select(p => Contracts(p, culture))],
                    [(TextsLocalizer.Text("Export.DefCountedTerm", culture), budget.Counted), .. Definitions(culture), .. ContractExport.Definitions(culture).Skip(1)],
                    sources);
                return TableExport.File(document, "xlsx", fileName, culture);
            case "pdf":
                return Outcome<ExportFile>.Ok(new ExportFile(Pdf(budget, sources, culture, services.Clock.GetUtcNow()), PdfContentType, fileName + ".pdf"));
            default:
                return Outcome<ExportFile>.Invalid(new Problem("format", "Export.UnknownFormat", format, format ?? string.Empty, string.Join(", ", Formats)));
        }
    }

    private static IEnumerable<(string, string)> Definitions(string culture)
    {
        string T(string key) => TextsLocalizer.Text(key, culture);
        return
        [
            (T("ClimateBudget.DefTertialsTerm"), T("ClimateBudget.DefTertials")),
            (T("ClimateBudget.ConstructionEnergy"), T("ClimateBudget.DefConstructionEnergy")),
            (T("ClimateBudget.MassTransport"), T("ClimateBudget.DefTransport")),
            (T("ClimateBudget.ContractsMet"), T("ClimateBudget.DefContracts")),
        ];
    }

    private static byte[] Pdf(ClimateBudgetView budget, IReadOnlyList<ExportSource> sources, string culture, DateTimeOffset now)
    {
        var format = ClimateReport.Format(culture);
        string T(string key) => TextsLocalizer.Text(key, culture);
        string Cell(ExportCell cell, ExportFormat kind) => cell switch
        {
            { Number: { } n } when kind == ExportFormat.Share => n.ToString("0.0", format) + " %",
            { Number: { } n } => n.ToString("#,0", format),
            { Text: { } text } => text,
            _ => "–",
        };

        var title = Title(budget, culture);
        using var pdf = new TaggedPdf(title, ClimateReport.PdfLanguage(format), "Klimaspor · " + budget.UnitName);
        pdf.Heading1(title);
        pdf.Paragraph(TextsLocalizer.Message("Export.PdfMade", culture, [Shown.Time(now.UtcDateTime)]), small: true);
        pdf.Paragraph(budget.Counted, small: true);

        var summary = Summary(budget, culture);
        var kinds = Lines(culture).Select(l => l.Format).Concat(Enumerable.Repeat(ExportFormat.Count, 4)).ToList();
        pdf.Heading2(T("ClimateBudget.SummarySheet"));
        pdf.Table([.. summary.Columns.Select(c => c.Header)],
            [.. summary.Rows.Select((r, i) => (IReadOnlyList<string>)[.. r.Select((c, j) => j < 2 ? c.Text ?? string.Empty : Cell(c, kinds[i]))])],
            [22, 6, .. budget.Periods.Select(_ => 9.0)], [false, false, .. budget.Periods.Select(_ => true)]);

        // The contracts behind each period: the few figures that fit a page's width; the workbook has them all.
        foreach (var period in budget.Periods)
        {
            pdf.Heading2($"{PeriodName(period, culture)}: {T("ClimateBudget.ContractsBehind")}");
            if (period.Contracts.Count == 0)
            {
                pdf.Paragraph(T("ClimateBudget.NoContracts"));
                continue;
            }

            pdf.Table(
                [T("ClimateBudget.Contract"), T("ClimateBudget.ConstructionEnergy") + " (kWh)", T("Export.EmissionsTerritorial") + " (kg CO2e)",
                    T("Export.EmissionsLifeCycle") + " (kg CO2e)", T("ClimateBudget.MassTransport") + " (km)", T("ClimateBudget.WasteTransport") + " (km)"],
                [.. period.Contracts.Select(c => (IReadOnlyList<string>)
                [
                    c.Label, c.Figures.ConstructionEnergy.Total.Value.ToString("#,0", format), c.Figures.TerritorialEmissions.Value.ToString("#,0", format),
                    c.Figures.LifeCycleEmissions.Value.ToString("#,0", format), c.Figures.MassTransport.Km.Value.ToString("#,0", format),
                    c.Figures.WasteTransport.Km.Value.ToString("#,0", format),
                ])],
                [20, 9, 9, 9, 8, 8], [false, true, true, true, true, true]);
        }

        pdf.Heading2(T("Export.PdfSources"));
        pdf.List(sources.Select(s => $"{s.Name} v{s.Version}: {s.Detail}"), small: true);
        return pdf.Save();
    }
}
