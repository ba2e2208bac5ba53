using Klimaspor.Domain.Reporting.Template;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features;

/// <summary>
/// A form's errors by field, in the user's language: shown beside each field and, linked, in a summary at the top,
/// as Designsystemet and WCAG 3.3.1 ask. Field names are the API's keys, so the API and the pages share the rules.
/// </summary>
/// <param name="fieldOf">Where a use case's field (a rule's <c>threshold.value</c>) is on this form, when the form names it otherwise.</param>
public sealed class FormErrors(Func<string, string>? fieldOf = null)
{
    private readonly List<(string Field, string Message)> _errors = [];

    public bool Any => _errors.Count > 0;

    public IReadOnlyList<(string Field, string Message)> All => _errors;

    public void Add(string field, string message) => _errors.Add((field, message));

    /// <param name="labels">Text keys of the fields' labels, by field with indices removed (sites[2].name → sites.name),
    /// so the summary says which field each message is about.</param>
    public void AddRange(IEnumerable<Problem> errors, IStringLocalizer localizer, IReadOnlyDictionary<string, string>? labels = null)
    {
        foreach (var found in errors)
        {
            var error = fieldOf is null ? found : found with { Field = fieldOf(found.Field) };
            var message = Web.Problems.Message(error, localizer);
            var general = System.Text.RegularExpressions.Regex.Replace(error.Field, @"\[\d+\]", string.Empty);
            Add(error.Field, labels?.GetValueOrDefault(general) is { } label ? $"{localizer[label]}: {message}" : message);
        }
    }

    /// <summary>
    /// A problem found in a sheet (upload, pasted rows), located as the user sees the file: "Maskiner, rad 3, kolonne D
    /// (Energibærer): …", with the column's letter where it sat and its header in the reader's language, never the
    /// template's key.
    /// </summary>
    public static string Located(Problem error, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(localizer);
        var sheet = error.Sheet is null ? null : TemplateSheets.Find(error.Sheet) is { } found ? localizer[found.NameKey].Value : error.Sheet;
        var text = Web.Problems.Message(error, localizer);
        var headerKey = TemplateLocation.HeaderKey(error);
        return (sheet, error.Row, TemplateLocation.ColumnLetter(error), headerKey is null ? null : localizer[headerKey].Value) switch
        {
            ({ } s, { } row, { } letter, { } header) => localizer["Located.Cell", s, row, letter, header, text],
            ({ } s, { } row, null, { } header) => localizer["Calculator.AtRow", s, row, header, text],
            ({ } s, { } row, _, null) => localizer["Located.Row", s, row, text],
            ({ } s, null, _, _) => $"{s}: {text}",
            _ => text,
        };
    }

    /// <summary>
    /// Problems found in sheets, each located, at most <paramref name="max"/> of them, then one line with the count of the
    /// rest (those beyond <paramref name="max"/> and the <paramref name="unlisted"/> only counted): a file of 250 000 bad
    /// rows once rendered a 585 MB page.
    /// </summary>
    /// <param name="fieldOf">The form field each problem is shown beside.</param>
    public void AddLocated(IReadOnlyList<Problem> problems, int unlisted, Func<Problem, string> fieldOf, IStringLocalizer localizer, int max = Web.Problems.MaxErrorsShown)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(fieldOf);
        foreach (var problem in problems.Take(max))
        {
            Add(fieldOf(problem), Located(problem, localizer));
        }

        if (problems.Count + unlisted - max is > 0 and var more)
        {
            Add(fieldOf(problems[Math.Min(max, problems.Count) - 1]), localizer["Reports.MoreErrors", more]);
        }
    }

    public string? For(string field) => _errors.FirstOrDefault(e => e.Field == field).Message;

    public bool Has(string field) => _errors.Any(e => e.Field == field);

    /// <summary>The HTML id of a field's input: sites[1].name → sites-1-name.</summary>
    public static string Id(string field) => field.Replace("].", "-", StringComparison.Ordinal).Replace('[', '-').Replace('.', '-').TrimEnd(']');
}
