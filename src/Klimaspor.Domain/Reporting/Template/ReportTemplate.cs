using Klimaspor.Domain.Validation;

namespace Klimaspor.Domain.Reporting.Template;

/// <summary>A whole report read from the template's sheets: header, lines, and every error and warning.</summary>
public sealed record ReportTemplateResult
{
    /// <summary>Null when the <c>Rapport</c> sheet is missing or has an error.</summary>
    public ReportHeader? Header { get; init; }

    /// <summary>The period the lines were checked against: the one given, otherwise the <c>Rapport</c> sheet's.</summary>
    public ReportingPeriod? Period { get; init; }

    /// <summary>The rows read without error; store them only when <see cref="IsValid"/>.</summary>
    public ReportLines Lines { get; init; } = new();

    /// <summary>For each kind of line, the 1-based sheet row of each line, index for index.</summary>
    public IReadOnlyDictionary<LineKind, IReadOnlyList<int>> RowNumbers { get; init; } = new Dictionary<LineKind, IReadOnlyList<int>>();

    public IReadOnlyList<Problem> Errors { get; init; } = [];

    public IReadOnlyList<Problem> Warnings { get; init; } = [];

    /// <summary>Errors found beyond the <see cref="ReportTemplate.MaxErrorsKept"/> kept in <see cref="Errors"/>: counted, not held.</summary>
    public int UnlistedErrors { get; init; }

    public bool IsValid => Errors.Count == 0;

    /// <summary>The sheet row a line came from, to show a calculation error or plausibility warning (which name a line by index) at its row.</summary>
    public int? RowNumberOf(LineKind kind, int index) =>
        RowNumbers.TryGetValue(kind, out var rows) && index >= 0 && index < rows.Count ? rows[index] : null;
}

/// <summary>The contractor report template read as a whole, from a workbook's sheets or one CSV file per sheet.</summary>
public static class ReportTemplate
{
    /// <summary>
    /// Errors a reading holds, for all its sheets together; those beyond are only counted, so that a file of 250 000 bad
    /// rows (two million errors) costs the memory of ten thousand. The API and the pages show fewer still; the
    /// downloadable error report lists these.
    /// </summary>
    public const int MaxErrorsKept = 10_000;

    /// <summary>
    /// Reads the sheets given by name (<c>Rapport</c>, <c>Maskiner</c>, <c>Kjøretøy</c>, <c>Energi</c>, <c>Drivstoff</c>,
    /// matched loosely; a CSV file's name without extension will do). Sheets left out have no lines; unknown sheets are
    /// a warning.
    /// </summary>
    /// <param name="period">
    /// The period the caller expects (an upload for a chosen month). When null, the <c>Rapport</c> sheet's period is
    /// used, and the sheet is then required; when both are there they must agree.
    /// </param>
    public static ReportTemplateResult Parse(
        IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string?>>> sheets, ReportingPeriod? period = null)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        return Parse(AsRead(sheets), period);
    }

    /// <summary>Sheets held in memory, in the shape of sheets read as they are parsed.</summary>
    public static IEnumerable<KeyValuePair<string, IEnumerable<IReadOnlyList<string?>>>> AsRead(IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string?>>> sheets) =>
        sheets.Select(s => KeyValuePair.Create(s.Key, (IEnumerable<IReadOnlyList<string?>>)s.Value));

    /// <summary>
    /// The same, from sheets read as they are parsed (a workbook's are streamed from the file): each table sheet is
    /// enumerated once, the <c>Rapport</c> sheet first, whatever the order given.
    /// </summary>
    public static ReportTemplateResult Parse(IEnumerable<KeyValuePair<string, IEnumerable<IReadOnlyList<string?>>>> sheets, ReportingPeriod? period = null)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        var errors = new List<Problem>();
        var warnings = new List<Problem>();
        var bySheet = new Dictionary<TemplateSheet, IEnumerable<IReadOnlyList<string?>>>();
        foreach (var (name, rows) in sheets)
        {
            if (TemplateSheets.Find(name) is not { } sheet)
            {
                warnings.Add(Problem.InSheet(name, null, null, null, name, MessageKeys.TemplateUnknownSheet, [name]));
            }
            else if (!bySheet.TryAdd(sheet, rows))
            {
                errors.Add(Problem.InSheet(sheet.Name, null, null, null, name, MessageKeys.TemplateSheetTwice, [sheet.Name]));
            }
        }

        ReportHeader? header = null;
        // A few key/value rows: held, as the header is read in two passes.
        var reportRows = bySheet.TryGetValue(TemplateSheets.Report, out var reportSheet) ? reportSheet.ToList() : null;
        if (reportRows is not null && !TemplateParser.IsEmpty(reportRows))
        {
            var read = TemplateParser.ParseReportHeader(reportRows, period);
            errors.AddRange(read.Errors);
            warnings.AddRange(read.Warnings);
            header = read.Header;
            period ??= read.Period;
        }
        else if (period is null)
        {
            errors.Add(Problem.InSheet(TemplateSheets.Report.Name, null, null, null, null, MessageKeys.TemplateReportSheetMissing, []));
        }

        var machines = TemplateParser.ParseMachines(RowsOf(bySheet, TemplateSheets.Machines), period);
        var vehicles = TemplateParser.ParseVehicles(RowsOf(bySheet, TemplateSheets.Vehicles), period);
        var energy = TemplateParser.ParseEnergy(RowsOf(bySheet, TemplateSheets.Energy), period);
        var deliveries = TemplateParser.ParseFuelDeliveries(RowsOf(bySheet, TemplateSheets.FuelDeliveries), period);
        errors.AddRange([.. machines.Errors, .. vehicles.Errors, .. energy.Errors, .. deliveries.Errors]);
        var unlisted = machines.UnlistedErrors + vehicles.UnlistedErrors + energy.UnlistedErrors + deliveries.UnlistedErrors;
        if (errors.Count > MaxErrorsKept)
        {
            unlisted += errors.Count - MaxErrorsKept;
            errors.RemoveRange(MaxErrorsKept, errors.Count - MaxErrorsKept);
        }
        warnings.AddRange([.. machines.Warnings, .. vehicles.Warnings, .. energy.Warnings, .. deliveries.Warnings]);

        return new ReportTemplateResult
        {
            Header = header,
            Period = period,
            Lines = new ReportLines
            {
                Machines = machines.Lines,
                Vehicles = vehicles.Lines,
                Energy = energy.Lines,
                FuelDeliveries = deliveries.Lines,
                NoActivity = header?.NoActivity ?? [],
            },
            RowNumbers = new Dictionary<LineKind, IReadOnlyList<int>>
            {
                [LineKind.Machine] = machines.RowNumbers,
                [LineKind.Vehicle] = vehicles.RowNumbers,
                [LineKind.Energy] = energy.RowNumbers,
                [LineKind.FuelDelivery] = deliveries.RowNumbers,
            },
            Errors = errors,
            Warnings = warnings,
            UnlistedErrors = unlisted,
        };
    }

    private static IEnumerable<IReadOnlyList<string?>> RowsOf(Dictionary<TemplateSheet, IEnumerable<IReadOnlyList<string?>>> sheets, TemplateSheet sheet) =>
        sheets.TryGetValue(sheet, out var rows) ? rows : [];
}
