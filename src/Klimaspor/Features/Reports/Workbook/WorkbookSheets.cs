namespace Klimaspor.Features.Reports.Workbook;

/// <summary>
/// A workbook opened for reading (<see cref="ReportWorkbookReader.Open"/>): each worksheet's rows by sheet name, in the
/// workbook's order, read from the file while they are enumerated. Rows as the sheet numbers them (index 0 is row 1;
/// empty rows are empty lists), cells as the columns do (index 0 is column A; an empty cell is null; trailing empty
/// cells left out). Numbers are invariant text, dates their Excel serial number, formulas their cached result or null.
/// Enumerating a sheet again reads it again. Dispose once the sheets are read.
/// </summary>
internal sealed class WorkbookSheets : IDisposable
{
    private readonly IDisposable _document;
    private readonly Stream? _copy;
    private readonly Dictionary<string, IEnumerable<IReadOnlyList<string?>>> _sheets = new(StringComparer.Ordinal);

    internal WorkbookSheets(IDisposable document, Stream? copy)
    {
        _document = document;
        _copy = copy;
    }

    public IReadOnlyDictionary<string, IEnumerable<IReadOnlyList<string?>>> Sheets => _sheets;

    /// <summary>
    /// Why the workbook was refused while a sheet was enumerated (unreadable, or over a limit); null while all went
    /// well. A sheet's rows end where it was refused, and sheets enumerated after that have none, so whoever parsed
    /// the rows asks here before trusting what they parsed.
    /// </summary>
    public Problem? Refusal { get; private set; }

    internal void Add(string name, IEnumerable<IReadOnlyList<string?>> rows) => _sheets.Add(name, rows);

    internal void Refuse(Problem refusal) => Refusal ??= refusal;

    public void Dispose()
    {
        _document.Dispose();
        _copy?.Dispose();
    }
}
