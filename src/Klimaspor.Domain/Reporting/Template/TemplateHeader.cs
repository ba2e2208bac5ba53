using Klimaspor.Domain.Validation;

namespace Klimaspor.Domain.Reporting.Template;

/// <summary>
/// The header row of a table sheet: where it is and which cell holds which column. The parser takes the first row where
/// most non-empty cells (and at least two) name a column of the sheet (<see cref="TryRead"/>), so title rows above it
/// are passed over.
/// </summary>
public sealed record TemplateHeader
{
    public required TemplateSheet Sheet { get; init; }

    /// <summary>0-based index of the header row in the rows given.</summary>
    public required int RowIndex { get; init; }

    /// <summary>Column key → 0-based cell index, for the columns found.</summary>
    public required IReadOnlyDictionary<string, int> ColumnIndexes { get; init; }

    /// <summary>A required column missing, or a column given twice.</summary>
    public IReadOnlyList<Problem> Errors { get; init; } = [];

    /// <summary>Unknown columns, which are read past.</summary>
    public IReadOnlyList<Problem> Warnings { get; init; } = [];

    public int RowNumber => RowIndex + 1;

    /// <summary>The header, when this row is it (most of its non-empty cells, and at least two, name a column); else null.</summary>
    public static TemplateHeader? TryRead(TemplateSheet sheet, int rowIndex, IReadOnlyList<string?> cells)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(cells);
        var filled = 0;
        var matched = 0;
        foreach (var cell in cells)
        {
            if (!string.IsNullOrWhiteSpace(cell))
            {
                filled++;
                matched += sheet.TryMatchColumn(cell, out _) ? 1 : 0;
            }
        }

        return matched >= 2 && matched * 2 > filled ? Read(sheet, rowIndex, cells) : null;
    }

    private static TemplateHeader Read(TemplateSheet sheet, int rowIndex, IReadOnlyList<string?> cells)
    {
        var rowNumber = rowIndex + 1;
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        var errors = new List<Problem>();
        var warnings = new List<Problem>();
        for (var j = 0; j < cells.Count; j++)
        {
            var text = cells[j];
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var cell = CellValues.ColumnLetters(j) + rowNumber;
            if (!sheet.TryMatchColumn(text, out var column))
            {
                warnings.Add(Problem.InSheet(sheet.Name, rowNumber, null, cell, text, MessageKeys.TemplateUnknownColumn, [text.Trim()]));
            }
            else if (!indexes.TryAdd(column.Key, j))
            {
                // Which of the two holds the real figures cannot be told from the sheet.
                errors.Add(Problem.InSheet(sheet.Name, rowNumber, column.Key, cell, text, MessageKeys.TemplateColumnTwice, column.Headers));
            }
        }

        foreach (var column in sheet.Columns)
        {
            if (column.IsRequiredColumn && !indexes.ContainsKey(column.Key))
            {
                errors.Add(Problem.InSheet(sheet.Name, rowNumber, column.Key, null, null, MessageKeys.TemplateColumnMissing, column.Headers));
            }
        }

        return new TemplateHeader { Sheet = sheet, RowIndex = rowIndex, ColumnIndexes = indexes, Errors = errors, Warnings = warnings };
    }
}
