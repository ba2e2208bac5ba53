using System.Globalization;
using System.Text.RegularExpressions;
using Klimaspor.Data;
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Template;
using Klimaspor.Web;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Reports;

/// <summary>A message about one input of the line form (or one sheet's table): short beside the input, located in the summary.</summary>
/// <param name="Field">The input's name, <c>machines[0].weightTonnes</c>, or the sheet's key.</param>
public sealed record FormMessage(string Field, string Message, string Located)
{
    /// <summary>The HTML id of the input.</summary>
    public string Id => FormErrors.Id(Field);
}

/// <summary>One figure of the draft, formatted for the reader; <see cref="Key"/> names it in the page and the JSON.</summary>
public sealed record DraftFigure(string Key, string Label, string Value);

/// <summary>
/// What the line form's figures panel shows while the supplier types: the lines that can be read, computed as
/// submission will compute them, the warnings, and the errors that keep other lines out of the figures.
/// </summary>
public sealed record DraftPreview(
    IReadOnlyList<DraftFigure> Figures,
    FactorSetReference? Territorial,
    FactorSetReference? LifeCycle,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<FormMessage> Errors,
    int LinesWithErrors,
    string Announcement);

internal static partial class PreviewReport
{
    public static async Task<DraftPreview> Handle(ReportContext context, ReportForm form, AppDbContext db, IStringLocalizer localizer, CancellationToken cancellationToken)
    {
        var parsed = ReportTemplate.Parse(form.TemplateRows(), context.Period);
        var errors = parsed.Errors.Select(e => Message(e, localizer)).ToList();
        var linesWithErrors = parsed.Errors.Where(e => e.Row is not null).Select(e => (e.Sheet, e.Row)).Distinct().Count();
        var outcome = await ReportFigures.Calculate(context, parsed.Lines, db, cancellationToken);
        if (!outcome.Succeeded)
        {
            errors.AddRange(outcome.Problems.Select(e => Message(e, parsed, localizer)));
            return new DraftPreview(Figures(null, localizer), null, null, [], errors, linesWithErrors, localizer["Reports.LiveNoFigures", errors.Count]);
        }

        var calculation = outcome.Value;
        var warnings = calculation.Warnings.Select(w => Located(w.Kind, w.Index is { } i ? parsed.RowNumberOf(w.Kind, i) : null, w.Field,
            localizer[w.MessageKey, [.. w.Args]], localizer)).ToList();
        var totals = calculation.Result.Totals!;
        var figures = Figures(totals, localizer);
        var announcement = localizer["Reports.LiveAnnouncement", figures[0].Value, figures[2].Value, figures[3].Value, figures[1].Value, warnings.Count, linesWithErrors];
        return new DraftPreview(figures, calculation.Result.Territorial, calculation.Result.LifeCycle, warnings, errors, linesWithErrors, announcement);
    }

    /// <summary>A template error as the form shows it.</summary>
    /// <summary>A problem found in a sheet of the line form: beside its field, and located in the summary.</summary>
    public static FormMessage Message(Problem error, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(error);
        var text = Problems.Message(error, localizer);
        var kind = ReportForm.SheetOf(TemplateSheets.Find(error.Sheet ?? string.Empty)?.Key)?.Kind ?? LineKind.Machine;
        return new FormMessage(ReportForm.FieldOf(error), text, Located(kind, error.Row, error.Field.Length > 0 ? error.Field : null, text, localizer));
    }

    /// <summary>"Maskiner, linje 2, Vekt (tonn): …": the sheet, the line as the form numbers it, and the column's header.</summary>
    public static string Located(LineKind kind, int? row, string? column, string message, IStringLocalizer localizer)
    {
        var sheet = ReportForm.Sheets.First(s => s.Kind == kind);
        var header = column is not null && sheet.FindColumn(column) is { } c ? localizer[c.HeaderKey].Value : column;
        return row is { } r && ReportForm.LineIndexOf(r) >= 0
            ? localizer["Reports.AtLine", localizer[sheet.NameKey], ReportForm.LineIndexOf(r) + 1, header ?? "", message]
            : $"{localizer[sheet.NameKey]}: {message}";
    }

    /// <summary>The panel's figures; without totals (a line the factors cannot price) each shows a dash, so the panel keeps its shape.</summary>
    private static List<DraftFigure> Figures(KeyFigures? totals, IStringLocalizer localizer)
    {
        const string None = "–";
        string Kg(decimal? value) => value is { } v ? v.ToString("N1", CultureInfo.CurrentCulture) + " kg CO2e" : None;
        return
        [
            new("energy", localizer["KeyFigures.TotalEnergy"], totals is null ? None : totals.Energy.Value.ToString("N0", CultureInfo.CurrentCulture) + " kWh"),
            new("zeroEmissionShare", localizer["KeyFigures.ZeroEmissionEnergyShare"], totals is null ? None
                : totals.ZeroEmissionEnergyShare?.ToString("P1", CultureInfo.CurrentCulture) ?? localizer["KeyFigures.NotAssessable"]),
            new("territorial", localizer["Reports.EmissionsIn", localizer["Boundary.territorial"]], Kg(totals?.Territorial.Emissions.Value)),
            new("lifeCycle", localizer["Reports.EmissionsIn", localizer["Boundary.lifeCycle"]], Kg(totals?.LifeCycle.Emissions.Value)),
            new("avoidedTerritorial", localizer["Reports.AvoidedIn", localizer["Boundary.territorial"]], Kg(totals?.Territorial.Avoided.Value)),
            new("avoidedLifeCycle", localizer["Reports.AvoidedIn", localizer["Boundary.lifeCycle"]], Kg(totals?.LifeCycle.Avoided.Value)),
        ];
    }

    // A calculation error names a line by its index among the lines read; the form shows it at the line it came from.
    private static FormMessage Message(Domain.Validation.Problem error, ReportTemplateResult parsed, IStringLocalizer localizer)
    {
        var text = Problems.Message(error, localizer);
        var path = LinePath().Match(error.Field);
        if (!path.Success || ReportForm.SheetOf(path.Groups["sheet"].Value) is not { Kind: { } kind } sheet)
        {
            return new FormMessage(TemplateSheets.Machines.Key, text, text);
        }

        var row = parsed.RowNumberOf(kind, int.Parse(path.Groups["index"].Value, CultureInfo.InvariantCulture));
        var column = path.Groups["column"].Value;
        var field = row is { } r ? ReportForm.Field(sheet, ReportForm.LineIndexOf(r), column) : sheet.Key;
        return new FormMessage(field, text, Located(kind, row, column, text, localizer));
    }

    [GeneratedRegex(@"^(?<sheet>[A-Za-z]+)\[(?<index>\d+)\]\.(?<column>[A-Za-z]+)$")]
    private static partial Regex LinePath();
}
