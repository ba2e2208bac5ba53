using System.Diagnostics.CodeAnalysis;
using Klimaspor.Domain.Reporting;

namespace Klimaspor.Features.Reports.Workbook;

/// <summary>Why an uploaded workbook was not read: a key of <see cref="MessageKeys"/> (<c>Workbook.*</c>) and its arguments.</summary>
public sealed record WorkbookRefusal(string MessageKey, IReadOnlyList<object> Args)
{
    /// <summary>The file inside a zip the refusal is about, when it is about one.</summary>
    public string? Part { get; init; }

    public override string ToString() => MessageKey;
}

/// <summary>
/// An uploaded workbook read: the rows of cells of each worksheet by sheet name, in the workbook's order and ready for
/// <see cref="Domain.Reporting.Template.ReportTemplate"/>; or why it was refused.
/// </summary>
public sealed record WorkbookReadResult
{
    /// <summary>
    /// Rows as the sheet numbers them (index 0 is row 1; empty rows are empty lists), cells as the columns do (index 0
    /// is column A; an empty cell is null; trailing empty cells left out). Numbers are invariant text, dates their
    /// Excel serial number, formulas their cached result or null.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string?>>>? Sheets { get; private init; }

    public WorkbookRefusal? Refusal { get; private init; }

    [MemberNotNullWhen(true, nameof(Sheets))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool Succeeded => Refusal is null;

    internal static WorkbookReadResult Read(IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string?>>> sheets) => new() { Sheets = sheets };

    internal static WorkbookReadResult Refused(WorkbookRefusal refusal) => new() { Refusal = refusal };
}

/// <summary>
/// A workbook opened for reading (<see cref="ReportWorkbookReader.Open"/>): each worksheet's rows by sheet name, in the
/// workbook's order, read from the file while they are enumerated, as <see cref="WorkbookReadResult.Sheets"/> describes
/// them. Enumerating a sheet again reads it again. Dispose once the sheets are read.
/// </summary>
public sealed class WorkbookSheets : IDisposable
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

    internal void Add(string name, IEnumerable<IReadOnlyList<string?>> rows) => _sheets.Add(name, rows);

    public void Dispose()
    {
        _document.Dispose();
        _copy?.Dispose();
    }
}

/// <summary>A workbook refused while it was opened or while a sheet was read from it.</summary>
public sealed class WorkbookRefusedException(WorkbookRefusal refusal, WorkbookSheets? workbook = null) : Exception(refusal.MessageKey)
{
    public WorkbookRefusal Refusal { get; } = refusal;

    /// <summary>The opened workbook a sheet of which was refused; null when it was refused as it was opened.</summary>
    public WorkbookSheets? Workbook { get; } = workbook;
}
