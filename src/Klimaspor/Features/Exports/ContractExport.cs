using System.Globalization;
using Klimaspor.Domain.Emissions;
using Klimaspor.Web;

namespace Klimaspor.Features.Exports;

/// <summary>
/// A contract's counted reports as tables (issue 15 item 5): one row per report with its energy by class, emissions
/// under both boundaries, avoided emissions and key figures; the energy classes summed over the reports; the
/// definitions and the factor set versions behind the figures. The workbook, the CSV and the PDF climate report show
/// these same tables.
/// </summary>
internal static class ContractExport
{
    private const string Kwh = " (kWh)";
    private const string Kg = " (kg CO2e)";
    private const string Percent = " (%)";

    public static ExportDocument Document(ContractFigureSet figures, string culture)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return new ExportDocument(
            TextsLocalizer.Message("Export.Title", culture, [figures.Contract.Reference, figures.Contract.Title]),
            [Reports(figures, culture), ByEnergyClass(figures, culture)],
            Definitions(culture),
            Sources(figures.FactorSets, culture));
    }

    /// <summary>The factor set versions as the definitions sheet lists them.</summary>
    public static IReadOnlyList<ExportSource> Sources(IEnumerable<FactorSetSource> sets, string culture) =>
        [.. sets.Select(s => new ExportSource(
            $"{s.Reference.Key} ({TextsLocalizer.Text("Boundary." + (s.Reference.Boundary == EmissionBoundary.Territorial ? "territorial" : "lifeCycle"), culture)})",
            s.Reference.Version.ToString(CultureInfo.InvariantCulture),
            string.Join(" · ", new[] { s.Description }.Concat(s.Sources).Where(x => x.Length > 0))))];

    /// <summary>One row per counted report. Sums add up down the rows; shares are each report's own.</summary>
    public static ExportTable Reports(ContractFigureSet figures, string culture)
    {
        string T(string key) => TextsLocalizer.Text(key, culture);
        ExportColumn[] columns =
        [
            new(T("Export.Period"), ExportFormat.Text),
            new(T("Export.Reporter"), ExportFormat.Text),
            new(T("Export.ReportVersion"), ExportFormat.Count),
            new(T("Export.Status"), ExportFormat.Text),
            .. FigureColumns(culture),
        ];
        var rows = figures.Reports.Select(r => (IReadOnlyList<ExportCell>)
        [
            ExportCell.Of(r.Period),
            ExportCell.Of(r.Reporter),
            ExportCell.Of(r.Version),
            ExportCell.Of(T(r.Approved ? "Export.Approved" : "Export.AwaitingReview")),
            .. FigureCells(r.Totals),
        ]).ToList();
        return new ExportTable(T("Export.ReportsSheet"), columns, rows);
    }

    /// <summary>The columns of a report's key figures, with their units: the same in every table that shows them.</summary>
    public static IReadOnlyList<ExportColumn> FigureColumns(string culture)
    {
        string T(string key) => TextsLocalizer.Text(key, culture);
        return
        [
            new(T("KeyFigures.TotalEnergy") + Kwh, ExportFormat.Number),
            new(T("EnergyClass.ZeroEmission") + Kwh, ExportFormat.Number),
            new(T("EnergyClass.Biogas") + Kwh, ExportFormat.Number),
            new(T("EnergyClass.LiquidBiofuel") + Kwh, ExportFormat.Number),
            new(T("EnergyClass.SolidBiofuel") + Kwh, ExportFormat.Number),
            new(T("EnergyClass.Fossil") + Kwh, ExportFormat.Number),
            new(T("Export.EmissionsTerritorial") + Kg, ExportFormat.Number),
            new(T("Export.EmissionsLifeCycle") + Kg, ExportFormat.Number),
            new(T("Export.AvoidedTerritorial") + Kg, ExportFormat.Number),
            new(T("Export.AvoidedLifeCycle") + Kg, ExportFormat.Number),
            new(T("Export.EffectTerritorial") + Kg, ExportFormat.Number),
            new(T("Export.EffectLifeCycle") + Kg, ExportFormat.Number),
            new(T("KeyFigures.MachineHours") + " (h)", ExportFormat.Number),
            new(T("KeyFigures.ZeroEmissionMachineHourShare") + Percent, ExportFormat.Share),
            new(T("KeyFigures.IdleShare") + Percent, ExportFormat.Share),
            new(T("KeyFigures.ZeroEmissionEnergyShare") + Percent, ExportFormat.Share),
            new(T("KeyFigures.VehicleKm"), ExportFormat.Number),
            new(T("KeyFigures.ZeroEmissionKmShare") + Percent, ExportFormat.Share),
            new(T("KeyFigures.ZeroEmissionOrBiogasKmShare") + Percent, ExportFormat.Share),
        ];
    }

    /// <summary>The cells of <see cref="FigureColumns"/> for one set of key figures; a share that cannot be assessed stays empty.</summary>
    public static IReadOnlyList<ExportCell> FigureCells(KeyFigures k)
    {
        ArgumentNullException.ThrowIfNull(k);
        return
        [
            ExportCell.Of(k.Energy.Value),
            ExportCell.Of(k.EnergyByClass.ZeroEmission.Value),
            ExportCell.Of(k.EnergyByClass.Biogas.Value),
            ExportCell.Of(k.EnergyByClass.LiquidBiofuel.Value),
            ExportCell.Of(k.EnergyByClass.SolidBiofuel.Value),
            ExportCell.Of(k.EnergyByClass.Fossil.Value),
            ExportCell.Of(k.Territorial.Emissions.Value),
            ExportCell.Of(k.LifeCycle.Emissions.Value),
            ExportCell.Of(k.Territorial.Avoided.Value),
            ExportCell.Of(k.LifeCycle.Avoided.Value),
            ExportCell.Of(k.Territorial.Effect.Value),
            ExportCell.Of(k.LifeCycle.Effect.Value),
            ExportCell.Of(k.MachineHours.Value),
            ExportCell.Of(k.ZeroEmissionMachineHourShare),
            ExportCell.Of(k.IdleShare),
            ExportCell.Of(k.ZeroEmissionEnergyShare),
            ExportCell.Of(k.VehicleKm.Value),
            ExportCell.Of(k.ZeroEmissionKmShare),
            ExportCell.Of(k.ZeroEmissionOrBiogasKmShare),
        ];
    }

    /// <summary>Energy and avoided emissions per energy class, summed over the counted reports.</summary>
    public static ExportTable ByEnergyClass(ContractFigureSet figures, string culture)
    {
        string T(string key) => TextsLocalizer.Text(key, culture);
        var totals = figures.Reports.Select(r => r.Totals).ToList();
        (string Key, Func<KeyFigures, decimal> Energy, Func<AvoidedByClass, decimal> Avoided)[] classes =
        [
            ("ZeroEmission", k => k.EnergyByClass.ZeroEmission.Value, a => a.ZeroEmission.Value),
            ("Biogas", k => k.EnergyByClass.Biogas.Value, a => a.Biogas.Value),
            ("LiquidBiofuel", k => k.EnergyByClass.LiquidBiofuel.Value, a => a.LiquidBiofuel.Value),
            ("SolidBiofuel", k => k.EnergyByClass.SolidBiofuel.Value, a => a.SolidBiofuel.Value),
            ("Fossil", k => k.EnergyByClass.Fossil.Value, a => a.Fossil.Value),
        ];
        return new ExportTable(T("Export.EnergyClassSheet"),
            [
                new(T("Export.EnergyClass"), ExportFormat.Text),
                new(T("Export.Energy") + Kwh, ExportFormat.Number),
                new(T("Export.AvoidedTerritorial") + Kg, ExportFormat.Number),
                new(T("Export.AvoidedLifeCycle") + Kg, ExportFormat.Number),
            ],
            [.. classes.Select(c => (IReadOnlyList<ExportCell>)
            [
                ExportCell.Of(T("EnergyClass." + c.Key)),
                ExportCell.Of(totals.Sum(c.Energy)),
                ExportCell.Of(totals.Sum(k => c.Avoided(k.Territorial.AvoidedByClass))),
                ExportCell.Of(totals.Sum(k => c.Avoided(k.LifeCycle.AvoidedByClass))),
            ])]);
    }

    public static List<(string, string)> Definitions(string culture)
    {
        string T(string key) => TextsLocalizer.Text(key, culture);
        return
        [
            (T("Export.DefCountedTerm"), T("Export.DefCounted")),
            (T("Boundary.territorial"), T("Export.DefTerritorial")),
            (T("Boundary.lifeCycle"), T("Export.DefLifeCycle")),
            (T("KeyFigures.AvoidedKg"), T("Export.DefAvoided")),
            (T("Export.EffectTerritorial"), T("KeyFigures.Effect")),
            (T("Export.DefSharesTerm"), T("Export.DefShares")),
        ];
    }
}
