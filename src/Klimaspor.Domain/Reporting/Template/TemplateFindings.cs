using Klimaspor.Domain.Validation;

namespace Klimaspor.Domain.Reporting.Template;

/// <summary>
/// The lines read from one sheet. What the parser finds is a <see cref="Problem"/> located with
/// <see cref="Problem.InSheet"/>: <see cref="Errors"/> stop the report, <see cref="Warnings"/> (an unknown column or
/// sheet, read past) are shown beside it. Rows with an error are left out of <see cref="Lines"/>, never half-read; a
/// report is stored only when <see cref="Errors"/> is empty (a use case answers <c>Outcome.Invalid(Errors)</c>).
/// This is a reading, not an outcome: the line form's live figures are computed from the rows that could be read while
/// other rows still have errors, and the <c>Rapport</c> sheet's period checks the lines' dates even when another of its
/// fields has an error, so that every error of every sheet is found in one pass.
/// </summary>
public sealed record TemplateParseResult<T>
{
    public IReadOnlyList<T> Lines { get; init; } = [];

    /// <summary>
    /// The 1-based sheet row of each line, index for index, so that findings about a line by its index (calculation
    /// errors, plausibility warnings) can be shown at the row the user typed.
    /// </summary>
    public IReadOnlyList<int> RowNumbers { get; init; } = [];

    public IReadOnlyList<Problem> Errors { get; init; } = [];

    public IReadOnlyList<Problem> Warnings { get; init; } = [];

    /// <summary>Errors found beyond the <see cref="ReportTemplate.MaxErrorsKept"/> kept in <see cref="Errors"/>: counted, not held.</summary>
    public int UnlistedErrors { get; init; }

    public bool IsValid => Errors.Count == 0;
}

/// <summary>Where a problem found in a sheet is, as the user saw the sheet: the column's header and its letter.</summary>
public static class TemplateLocation
{
    /// <summary>The text key of the problem's column's header; null when no template column is meant.</summary>
    public static string? HeaderKey(Problem problem) =>
        problem.Sheet is null || problem.Field.Length == 0 ? null : TemplateSheets.HeaderKey(problem.Sheet, problem.Field);

    /// <summary>The letters of the column where the value sat in the file; null when it has no cell (JSON, a missing column).</summary>
    public static string? ColumnLetter(Problem problem) => CellValues.ColumnLettersOf(problem.Cell);
}
