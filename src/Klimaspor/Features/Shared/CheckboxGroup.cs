namespace Klimaspor.Features;

/// <summary>
/// A group of checkboxes in Designsystemet markup: a fieldset with its legend, the error beside it, and the first box
/// carrying the field's id so the error summary's link lands on it.
/// </summary>
/// <param name="Field">The API's key for the field, e.g. <c>scope.types</c>.</param>
/// <param name="Legend">Text key of the legend.</param>
internal sealed record CheckboxGroup(
    string Field,
    string Name,
    string Legend,
    IReadOnlyList<(string Value, string Label)> Options,
    IReadOnlyCollection<string> Selected,
    FormErrors Errors,
    string? Description = null);
