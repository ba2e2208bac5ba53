using System.Text.Encodings.Web;
using Klimaspor.Features;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Web;

/// <summary>
/// One form field in Designsystemet markup: label, optional description, the error beside the field, and the input
/// with aria-invalid and aria-describedby pointing at both, so screen readers announce the error with the field.
/// <code>&lt;ks-field field="reference" name="Form.Reference" label="Contract.Reference" value="@Model.Form.Reference" errors="@Model.Errors" /&gt;</code>
/// </summary>
[HtmlTargetElement("ks-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper(IStringLocalizer localizer, HtmlEncoder encoder) : TagHelper
{
    /// <summary>The API's key for the field; errors are matched on it and the input's id derives from it.</summary>
    public required string Field { get; set; }
    public required string Name { get; set; }
    /// <summary>Text key of the label.</summary>
    public required string Label { get; set; }
    public string? Description { get; set; }
    public string? Value { get; set; }
    public string Type { get; set; } = "text";
    public bool Required { get; set; }
    public string? Autocomplete { get; set; }
    public string? Inputmode { get; set; }
    public int? Maxlength { get; set; }
    public IEnumerable<SelectListItem>? Options { get; set; }
    public FormErrors? Errors { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var id = FormErrors.Id(Field);
        var error = Errors?.For(Field);
        var describedBy = new List<string>();
        if (Description is not null)
        {
            describedBy.Add($"{id}-description");
        }

        if (error is not null)
        {
            describedBy.Add($"{id}-error");
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "ds-field");

        var html = new HtmlContentBuilder();
        var label = localizer[Label].Value + (Required ? "" : " " + localizer["Form.Optional"].Value);
        html.AppendHtml($"<label class=\"ds-label\" for=\"{id}\">{Encode(label)}</label>");
        if (Description is not null)
        {
            html.AppendHtml($"<div data-field=\"description\" class=\"ds-paragraph\" data-size=\"sm\" id=\"{id}-description\">{Encode(localizer[Description])}</div>");
        }

        if (error is not null)
        {
            html.AppendHtml($"<p class=\"ds-validation-message\" data-color=\"danger\" id=\"{id}-error\">{Encode(error)}</p>");
        }

        var attributes = $"class=\"ds-input\" id=\"{id}\" name=\"{Encode(Name)}\"" +
            (describedBy.Count > 0 ? $" aria-describedby=\"{string.Join(' ', describedBy)}\"" : "") +
            (error is not null ? " aria-invalid=\"true\"" : "") +
            (Required ? " required aria-required=\"true\"" : "") +
            (Autocomplete is not null ? $" autocomplete=\"{Encode(Autocomplete)}\"" : "") +
            (Inputmode is not null ? $" inputmode=\"{Encode(Inputmode)}\"" : "") +
            (Maxlength is not null ? $" maxlength=\"{Maxlength}\"" : "");

        if (Options is not null)
        {
            html.AppendHtml($"<select {attributes}>");
            foreach (var option in Options)
            {
                var selected = option.Value == Value ? " selected" : "";
                html.AppendHtml($"<option value=\"{Encode(option.Value)}\"{selected}>{Encode(option.Text)}</option>");
            }

            html.AppendHtml("</select>");
        }
        else if (Type == "textarea")
        {
            html.AppendHtml($"<textarea {attributes} rows=\"3\">{Encode(Value)}</textarea>");
        }
        else
        {
            html.AppendHtml($"<input {attributes} type=\"{Encode(Type)}\" value=\"{Encode(Value)}\" />");
        }

        output.Content.SetHtmlContent(html);
    }

    private string Encode(string? value) => encoder.Encode(value ?? string.Empty);
}
