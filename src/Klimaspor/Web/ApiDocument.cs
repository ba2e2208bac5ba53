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
                "validation errors carry an errors array with column, value and message. POSTs that create honour Idempotency-Key; " +
                "PUTs need If-Match with the ETag you read.",
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
        return Task.CompletedTask;
    }
}
