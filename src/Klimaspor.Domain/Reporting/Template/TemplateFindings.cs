namespace Klimaspor.Domain.Reporting.Template;

/// <summary>
/// Something in the input that stops the report: located as the user sees it, so they can go straight to the cell.
/// </summary>
/// <param name="Sheet">The template's sheet name, e.g. <c>Maskiner</c>.</param>
/// <param name="Row">1-based row number in the sheet or file, title rows counted; null for the sheet as a whole.</param>
/// <param name="Column">The template key of the column, e.g. <c>operatingHours</c>; null when no template column is meant.</param>
/// <param name="Cell">The spreadsheet cell, e.g. <c>K7</c>, when the value has one.</param>
/// <param name="Value">The text found, as it was; null when the value was missing.</param>
/// <param name="MessageKey">A key of <see cref="MessageKeys"/>.</param>
/// <param name="Args">The message's arguments, in the order documented at the key.</param>
public sealed record TemplateError(
    string Sheet, int? Row, string? Column, string? Cell, string? Value, string MessageKey, IReadOnlyList<object> Args)
{
    /// <summary>The error as the one problem record use cases return, located at its sheet, row and cell.</summary>
    public Validation.Problem ToProblem() => new(Column ?? string.Empty, MessageKey, Value, [.. Args]) { Sheet = Sheet, Row = Row, Cell = Cell };
    /// <summary>
    /// The text key of the column's header, which names it in the reader's language as the template does
    /// (<c>Energibærer</c>, <c>Energiberar</c>, <c>Energy carrier</c>); null when no template column is meant.
    /// </summary>
    public string? HeaderKey => TemplateSheets.HeaderKey(Sheet, Column);

    /// <summary>
    /// The letters of the column where the value sat in the file (<c>D</c>, <c>AA</c>), which need not be the template's
    /// place for it: columns may come in any order. Null when the value has no cell (a column left out of the sheet).
    /// </summary>
    public string? ColumnLetter => CellValues.ColumnLettersOf(Cell);
}

/// <summary>Something read past and shown, which does not stop the report (an unknown column or sheet).</summary>
public sealed record TemplateWarning(
    string Sheet, int? Row, string? Column, string? Cell, string? Value, string MessageKey, IReadOnlyList<object> Args)
{
}

/// <summary>
/// The lines read from one sheet. Rows with an error are left out of <see cref="Lines"/>, never half-read; a report is
/// stored only when <see cref="Errors"/> is empty.
/// </summary>
public sealed record TemplateParseResult<T>
{
    public IReadOnlyList<T> Lines { get; init; } = [];

    /// <summary>
    /// The 1-based sheet row of each line, index for index, so that findings about a line by its index (calculation
    /// errors, plausibility warnings) can be shown at the row the user typed.
    /// </summary>
    public IReadOnlyList<int> RowNumbers { get; init; } = [];

    public IReadOnlyList<TemplateError> Errors { get; init; } = [];

    public IReadOnlyList<TemplateWarning> Warnings { get; init; } = [];

    public bool IsValid => Errors.Count == 0;
}

/// <summary>Where a problem found in a sheet is, as the user saw the sheet: the column's header and its letter.</summary>
public static class TemplateLocation
{
    /// <summary>The text key of the problem's column's header; null when no template column is meant.</summary>
    public static string? HeaderKey(Validation.Problem problem) =>
        problem.Sheet is null || problem.Field.Length == 0 ? null : TemplateSheets.HeaderKey(problem.Sheet, problem.Field);

    /// <summary>The letters of the column where the value sat in the file; null when it has no cell (JSON, a missing column).</summary>
    public static string? ColumnLetter(Validation.Problem problem) => CellValues.ColumnLettersOf(problem.Cell);
}
