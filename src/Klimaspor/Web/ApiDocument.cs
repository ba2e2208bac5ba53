using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Klimaspor.Web;

/// <summary>Describes the API as a whole in the OpenAPI document: what it is and how to authenticate.</summary>
public sealed class ApiDocument : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Klimaspor API",
            Version = "v1",
            Description = "Contracts, supplier reports, emission figures and compliance for climate requirements in public contracts. " +
                "Authenticate with a bearer token from POST /connect/token (grant_type=client_credentials). Errors are application/problem+json; " +
                "validation errors (422) carry an errors array with sheet, row, column, header, columnLetter, value (cut to 200 characters) and message, " +
                "at most 1 000 of them, moreErrors with the count of the rest and, for an upload, errorReport: the whole list as CSV for 24 hours. " +
                "404 not found; 403 forbidden; 409 conflict, locked or out of order (each its own problem type); 412 a stale If-Match; " +
                "428 a missing If-Match. POSTs that create honour Idempotency-Key for 24 hours (a first answer over 1 MB is replayed as its status and Location only); every PUT and DELETE of a resource that exists needs " +
                "If-Match with the ETag you read (a PUT that creates a report draft needs none); submit, approve and return need none.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "Token from POST /connect/token, or a Maskinporten token where enabled.",
        };
        DescribeProblems(document);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Every error of every operation is problem+json (Web/ApiOutcomes maps each outcome the same way on every route),
    /// so each operation says so once, with the shape a client can rely on.
    /// </summary>
    private static void DescribeProblems(OpenApiDocument document)
    {
        var problem = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "https://klimaspor.no/problems/… : not-found, forbidden, validation, conflict, locked, out-of-order, stale, if-match-required" },
                ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
                ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                ["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Array,
                    Description = "Validation errors (422): where and why, every one up to the cap (1 000).",
                    Items = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            ["sheet"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                            ["row"] = new OpenApiSchema { Type = JsonSchemaType.Integer | JsonSchemaType.Null },
                            ["column"] = new OpenApiSchema { Type = JsonSchemaType.String },
                            ["header"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                            ["columnLetter"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                            ["value"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                            ["message"] = new OpenApiSchema { Type = JsonSchemaType.String },
                        },
                    },
                },
                [Problems.MoreErrors] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Integer,
                    Description = "Validation errors (422) found beyond those in errors; absent when errors lists them all.",
                },
                [Problems.ErrorReport] = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Description = "An upload's whole list of errors as CSV (sheet, row, column, header, value, message), for the uploading organisation, for 24 hours; present when errors was cut.",
                },
            },
        };
        document.Components!.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas["Problem"] = problem;
        // The token endpoint answers OAuth 2.0's own errors (RFC 6749), described where it is mapped.
        var api = (document.Paths ?? []).Where(p => p.Key.StartsWith("/api/", StringComparison.Ordinal)).Select(p => p.Value);
        foreach (var operation in api.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            operation.Responses ??= [];
            operation.Responses.TryAdd("4XX", new OpenApiResponse
            {
                Description = "A problem the client can correct: see the problem's type.",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference("Problem", document) },
                },
            });
        }
    }
}
