using Klimaspor.Domain.Reporting;
using Klimaspor.Features.Compliance;
using Klimaspor.Web;
using ScottPlot;

namespace Klimaspor.Features.Exports;

/// <summary>
/// A contract's climate report as a tagged PDF (issue 15 item 5): its counted reports' key figures, energy and avoided
/// emissions by energy class, a chart of emissions per period under both boundaries, each requirement's verdict with
/// its explanation, and the factor set versions and sources behind the figures. Made on the server, in the reader's
/// language, the same tables as the workbook (<see cref="ContractExport"/>).
/// </summary>
internal static class ClimateReport
{
    public const string ContentType = "application/pdf";

    /// <summary>Null when the caller may not see the contract.</summary>
    public static async Task<(byte[] Content, string FileName)?> ForContract(Guid contractId, string culture, AppServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (await ContractFigures.Handle(contractId, services, cancellationToken) is not { } figures)
        {
            return null;
        }

        var compliance = await GetCompliance.Latest(contractId, culture, services, cancellationToken);
        var now = services.Clock.GetUtcNow();
        return (Write(figures, compliance, culture, now), $"Klimarapport-{figures.Contract.Reference}.pdf");
    }

    public static byte[] Write(ContractFigureSet figures, ComplianceView? compliance, string culture, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var format = Format(culture);
        string T(string key) => TextsLocalizer.Text(key, culture);
        string M(string key, params object?[] args) => TextsLocalizer.Message(key, culture, args);
        string Number(decimal value) => value.ToString("#,0", format);
        string Share(decimal? value) => value is { } v ? (v * 100m).ToString("0.0", format) + " %" : "–";

        var title = M("Export.Title", figures.Contract.Reference, figures.Contract.Title);
        using var pdf = new TaggedPdf(title, PdfLanguage(format), "Klimaspor · " + figures.Contract.Reference);
        pdf.Heading1(title);
        pdf.Paragraph(M("Export.PdfParties", figures.Buyer, figures.Supplier,
            figures.StartDate.ToString("d", format), figures.EndDate.ToString("d", format)));
        pdf.Paragraph(M("Export.PdfMade", Shown.Time(now.UtcDateTime)), small: true);
        pdf.Paragraph(T("Export.DefCounted"), small: true);

        pdf.Heading2(T("Export.PdfPerReport"));
        if (figures.Reports.Count == 0)
        {
            pdf.Paragraph(T("Export.PdfNoReports"));
        }
        else
        {
            var rows = figures.Reports.Select(r => (IReadOnlyList<string>)
            [
                r.Period, r.Reporter, Number(r.Totals.Energy.Value),
                Number(r.Totals.Territorial.Emissions.Value), Number(r.Totals.LifeCycle.Emissions.Value),
                Number(r.Totals.Territorial.Avoided.Value), Number(r.Totals.LifeCycle.Avoided.Value),
                Share(r.Totals.ZeroEmissionEnergyShare), Share(r.Totals.ZeroEmissionMachineHourShare), Share(r.Totals.ZeroEmissionKmShare),
            ]).ToList();
            rows.Add(
            [
                T("Export.Total"), string.Empty, Number(figures.Reports.Sum(r => r.Totals.Energy.Value)),
                Number(figures.Reports.Sum(r => r.Totals.Territorial.Emissions.Value)), Number(figures.Reports.Sum(r => r.Totals.LifeCycle.Emissions.Value)),
                Number(figures.Reports.Sum(r => r.Totals.Territorial.Avoided.Value)), Number(figures.Reports.Sum(r => r.Totals.LifeCycle.Avoided.Value)),
                string.Empty, string.Empty, string.Empty,
            ]);
            pdf.Table(
                [T("Export.Period"), T("Export.Reporter"), T("Export.Energy") + " (kWh)", T("Export.EmissionsTerritorial") + " (kg CO2e)",
                    T("Export.EmissionsLifeCycle") + " (kg CO2e)", T("Export.AvoidedTerritorial") + " (kg CO2e)", T("Export.AvoidedLifeCycle") + " (kg CO2e)",
                    T("Export.ShareEnergy") + " (%)", T("Export.ShareHours") + " (%)", T("Export.ShareKm") + " (%)"],
                rows, [7, 14, 9, 10, 10, 10, 10, 8, 8, 8], [false, false, true, true, true, true, true, true, true, true]);

            pdf.Heading2(T("Export.PdfEnergyByClass"));
            var byClass = ContractExport.ByEnergyClass(figures, culture);
            pdf.Table([.. byClass.Columns.Select(c => c.Header)],
                [.. byClass.Rows.Select(r => (IReadOnlyList<string>)[.. r.Select(c => c.Number is { } n ? Number(n) : c.Text ?? string.Empty)])],
                [16, 10, 10, 10], [false, true, true, true]);

            pdf.Heading2(T("Export.PdfChart"));
            pdf.Figure(EmissionsChart(figures, T("Boundary.territorial"), T("Boundary.lifeCycle")), T("Export.PdfChartAlt"), 0.45);
        }

        pdf.Heading2(T("Export.PdfVerdicts"));
        if (compliance is null || compliance.Requirements.Count == 0)
        {
            pdf.Paragraph(T("Export.PdfNoVerdicts"));
        }
        else
        {
            foreach (var requirement in compliance.Requirements)
            {
                var verdict = requirement.Current;
                pdf.Paragraph(verdict is null
                    ? M("Export.PdfVerdictNone", requirement.ClauseText)
                    : M("Export.PdfVerdict", requirement.ClauseText, T("ComplianceStatus." + verdict.Status), verdict.Window,
                        MetricDisplay.Format(verdict.Measured, requirement.Unit, format), MetricDisplay.Format(verdict.EffectiveThreshold, requirement.Unit, format)));
                if (verdict is not null && verdict.Explanation.Count > 0)
                {
                    pdf.List(verdict.Explanation.Select(e => e.Text), small: true);
                }
            }
        }

        pdf.Heading2(T("Export.PdfSources"));
        pdf.List(figures.FactorSets.Select(s => M("Export.PdfSource", s.Reference.Key, s.Reference.Version,
            T("Boundary." + (s.Reference.Boundary == Domain.Emissions.EmissionBoundary.Territorial ? "territorial" : "lifeCycle")),
            string.Join(" · ", new[] { s.Description }.Concat(s.Sources).Where(x => x.Length > 0)))), small: true);
        return pdf.Save();
    }

    /// <summary>The number format of a report in the reader's language (bokmål where the language is none of the three).</summary>
    public static System.Globalization.CultureInfo Format(string culture) => Localization.Culture(CultureLanguages.Of(culture) switch
    {
        CultureLanguage.English => Localization.English,
        CultureLanguage.Nynorsk => Localization.Nynorsk,
        _ => Localization.Bokmal,
    });

    /// <summary>The language tag a tagged PDF declares for a number format from <see cref="Format"/>.</summary>
    public static string PdfLanguage(System.Globalization.CultureInfo format) => format.Name == Localization.English ? "en" : format.Name;

    /// <summary>
    /// Emissions per period under both boundaries as grouped bars. The two boundaries differ in hatching as well as in
    /// colour, and the table beside the chart holds every figure in it.
    /// </summary>
    private static byte[] EmissionsChart(ContractFigureSet figures, string territorial, string lifeCycle)
    {
        ReportFonts.Install();
        var periods = figures.Reports.GroupBy(r => r.Period).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Period: g.Key, Territorial: (double)g.Sum(r => r.Totals.Territorial.Emissions.Value), LifeCycle: (double)g.Sum(r => r.Totals.LifeCycle.Emissions.Value)))
            .ToList();
        var plot = new Plot();
        plot.Font.Set(ReportFonts.Family);
        var dark = new Color(0x1b, 0x4f, 0x8a);
        var light = new Color(0x8c, 0xb8, 0xe0);
        var bars = new List<Bar>();
        for (var i = 0; i < periods.Count; i++)
        {
            bars.Add(new Bar { Position = (i * 3) + 0.5, Value = periods[i].Territorial, FillColor = dark });
            bars.Add(new Bar { Position = (i * 3) + 1.5, Value = periods[i].LifeCycle, FillColor = light, FillHatch = new ScottPlot.Hatches.Striped(), FillHatchColor = dark });
        }

        plot.Add.Bars(bars);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. periods.Select((_, i) => (i * 3) + 1.0)], [.. periods.Select(p => p.Period)]);
        plot.Axes.Left.Label.Text = "kg CO2e";
        plot.Axes.Margins(bottom: 0);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = territorial, FillColor = dark });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = lifeCycle, FillColor = light, FillHatch = new ScottPlot.Hatches.Striped(), FillHatchColor = dark });
        plot.Legend.IsVisible = true;
        plot.Legend.Alignment = Alignment.UpperRight;
        return plot.GetImageBytes(1000, 450, ImageFormat.Png);
    }
}
