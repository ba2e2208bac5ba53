using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Klimaspor.Features.ApiReference;

/// <summary>
/// The API reference, drawn from the same OpenAPI document as /openapi/v1.json, inside the app's own layout and
/// language. A third-party reference loaded fonts from the internet, offered cloud clients and failed axe.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel([FromKeyedServices("v1")] IOpenApiDocumentProvider documents) : PageModel
{
    public string? Description { get; private set; }

    public IReadOnlyList<ApiGroupView> Groups { get; private set; } = [];

    public IReadOnlyList<ApiSchemaView> Schemas { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var document = await documents.GetOpenApiDocumentAsync(cancellationToken);
        Description = document.Info?.Description;
        Groups = ApiReferenceView.Groups(document);
        Schemas = ApiReferenceView.Schemas(document);
    }
}

public sealed record ApiGroupView(string? Tag, string Anchor, IReadOnlyList<ApiOperationView> Operations);

public sealed record ApiOperationView(
    string Method, string Path, string Anchor, string? Summary, string? Description,
    IReadOnlyList<ApiParameterView> Parameters, IReadOnlyList<ApiContentView> Request, IReadOnlyList<ApiResponseView> Responses);

public sealed record ApiParameterView(string Name, ParameterLocation? In, bool Required, ApiTypeView Type, string? Description);

public sealed record ApiContentView(string MediaType, ApiTypeView Type);

public sealed record ApiResponseView(string Status, string? Description, IReadOnlyList<ApiContentView> Content);

/// <summary>A type as written in the reference ("ContractView[]", "string (date)"); <see cref="SchemaId"/> links to its schema.</summary>
public sealed record ApiTypeView(string Text, string? SchemaId);

public sealed record ApiSchemaView(string Id, string? Description, ApiTypeView Type, IReadOnlyList<string> Values, IReadOnlyList<ApiPropertyView> Properties);

public sealed record ApiPropertyView(string Name, ApiTypeView Type, bool Required, string? Description);

/// <summary>Turns the OpenAPI document into what the reference page shows, in the document's order.</summary>
internal static class ApiReferenceView
{
    public static IReadOnlyList<ApiGroupView> Groups(OpenApiDocument document)
    {
        var operations =
            from path in document.Paths ?? []
            from operation in path.Value.Operations ?? []
            select (Tag: operation.Value.Tags?.FirstOrDefault()?.Name, View: Operation(path.Key, operation.Key, operation.Value));
        return [.. operations
            .GroupBy(o => o.Tag)
            .Select(g => new ApiGroupView(g.Key, "tag-" + Anchor(g.Key ?? "other"), [.. g.Select(o => o.View)]))];
    }

    public static IReadOnlyList<ApiSchemaView> Schemas(OpenApiDocument document) =>
        [.. (document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => new ApiSchemaView(
                s.Key,
                s.Value.Description,
                Type(s.Value),
                [.. (s.Value.Enum ?? []).Select(v => v?.ToString() ?? "null")],
                [.. (s.Value.Properties ?? new Dictionary<string, IOpenApiSchema>()).Select(p => new ApiPropertyView(
                    p.Key, Type(p.Value), s.Value.Required?.Contains(p.Key) == true, p.Value.Description))]))];

    private static ApiOperationView Operation(string path, HttpMethod method, OpenApiOperation operation) => new(
        method.Method.ToUpperInvariant(),
        path,
        "op-" + Anchor(method.Method + "-" + path),
        operation.Summary,
        operation.Description,
        [.. (operation.Parameters ?? []).Select(p => new ApiParameterView(p.Name ?? "", p.In, p.Required, Type(p.Schema), p.Description))],
        Content(operation.RequestBody?.Content),
        [.. (operation.Responses ?? []).Select(r => new ApiResponseView(r.Key, r.Value.Description, Content(r.Value.Content)))]);

    private static List<ApiContentView> Content(IDictionary<string, OpenApiMediaType>? content) =>
        [.. (content ?? new Dictionary<string, OpenApiMediaType>()).Select(c => new ApiContentView(c.Key, Type(c.Value.Schema)))];

    private static ApiTypeView Type(IOpenApiSchema? schema)
    {
        switch (schema)
        {
            case null:
                return new("–", null);
            case OpenApiSchemaReference reference when reference.Reference.Id is { } id:
                return new(id, id);
        }

        if (schema.Type is { } type && type.HasFlag(JsonSchemaType.Array))
        {
            var item = Type(schema.Items);
            return new(item.Text + "[]", item.SchemaId);
        }

        var alternatives = (schema.OneOf ?? []).Concat(schema.AnyOf ?? []).Concat(schema.AllOf ?? []).ToList();
        if (alternatives.Count > 0)
        {
            var parts = alternatives.Select(Type).ToList();
            return new(string.Join(" | ", parts.Select(p => p.Text)), parts.Select(p => p.SchemaId).FirstOrDefault(id => id is not null));
        }

        var names = Enum.GetValues<JsonSchemaType>()
            .Where(t => t != JsonSchemaType.Null && schema.Type is { } set && set.HasFlag(t))
            .Select(t => t.ToString().ToLowerInvariant())
            .ToList();
        var text = names.Count == 0 ? "object" : string.Join(" | ", names);
        if (schema.Format is { Length: > 0 } format)
        {
            text += $" ({format})";
        }

        if (schema.Type is { } nullable && nullable.HasFlag(JsonSchemaType.Null))
        {
            text += " | null";
        }

        return new(text, null);
    }

    /// <summary>An id for a fragment link: letters, digits and hyphens only.</summary>
    private static string Anchor(string text) =>
        string.Concat(text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')).Trim('-');
}
