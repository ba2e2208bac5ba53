namespace Klimaspor.Domain.Validation;

/// <summary>
/// One expected failure, located where the user put the input: a message key with arguments (never a sentence, so
/// every reader sees it in their own language), and where — an input field, or a sheet, row and cell.
/// </summary>
/// <param name="Field">
/// The input's key as the API names it (camelCase), e.g. <c>endDate</c>, <c>sites[1].name</c>, or a template column's
/// key such as <c>operatingHours</c>; empty when the problem is about the request or the object as a whole.
/// </param>
/// <param name="MessageKey">Key of the message text, e.g. <c>Validation.Required</c>.</param>
/// <param name="Value">The offending value as received, for the error listing; null when the value was missing.</param>
/// <param name="Arguments">Values for the message's placeholders; when there are none, the value fills {0}.</param>
public sealed record Problem(string Field, string MessageKey, string? Value = null, params object[] Arguments)
{
    /// <summary>
    /// How much of a value (or a text argument) a problem echoes back: enough to recognise it, never the megabytes a
    /// hostile cell can hold (a 180 MB cell echoed whole was past what a JSON writer takes, and a 500).
    /// </summary>
    public const int MaxEchoedLength = 200;

    private readonly string? _value = Echoed(Value);
    private readonly object[] _arguments = Echoed(Arguments);

    /// <summary>The offending value as received, cut to <see cref="MaxEchoedLength"/> characters (the cut marked with …).</summary>
    public string? Value { get => _value; init => _value = Echoed(value); }

    /// <summary>Values for the message's placeholders; text among them is cut as <see cref="Value"/> is.</summary>
    public object[] Arguments { get => _arguments; init => _arguments = Echoed(value); }

    /// <summary>A problem about the request or the object as a whole, not one of its fields.</summary>
    public static Problem About(string messageKey, params object[] arguments) => new(string.Empty, messageKey, null, arguments);

    /// <summary>
    /// A problem in a template sheet (workbook, CSV or JSON rows), located as the user sees the sheet, so they can go
    /// straight to the cell; the column's header and letter follow from it (<c>TemplateLocation</c>).
    /// </summary>
    /// <param name="sheet">The template's sheet name, e.g. <c>Maskiner</c>, or the name the input gave an unknown one.</param>
    /// <param name="row">1-based row in the sheet or file, title rows counted; null for the sheet as a whole.</param>
    /// <param name="column">The template key of the column, e.g. <c>operatingHours</c>; null when no template column is meant.</param>
    /// <param name="cell">The spreadsheet cell, e.g. <c>K7</c>, when the value has one.</param>
    /// <param name="value">The text found, as it was; null when the value was missing.</param>
    public static Problem InSheet(string sheet, int? row, string? column, string? cell, string? value, string messageKey, params object[] arguments) =>
        new(column ?? string.Empty, messageKey, value, arguments) { Sheet = sheet, Row = row, Cell = cell };

    /// <summary>The template sheet the input was read from (workbook, CSV or JSON rows); null for other input.</summary>
    public string? Sheet { get; init; }

    /// <summary>1-based row in that sheet, title rows counted; null for the sheet as a whole.</summary>
    public int? Row { get; init; }

    /// <summary>The spreadsheet cell, e.g. <c>K7</c>, when the value has one.</summary>
    public string? Cell { get; init; }

    /// <summary><paramref name="text"/> cut to <see cref="MaxEchoedLength"/> characters, never inside a surrogate pair.</summary>
    public static string? Echoed(string? text)
    {
        if (text is null || text.Length <= MaxEchoedLength)
        {
            return text;
        }

        var keep = MaxEchoedLength - 1;
        if (char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return string.Concat(text.AsSpan(0, keep), "…");
    }

    private static object[] Echoed(object[]? arguments) =>
        arguments is null ? [] : arguments.Any(a => a is string { Length: > MaxEchoedLength }) ? [.. arguments.Select(a => a is string s ? Echoed(s)! : a)] : arguments;
}
