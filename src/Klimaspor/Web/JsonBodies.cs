using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace Klimaspor.Web;

/// <summary>
/// The one rule for reading a JSON body, whether the framework binds it or a use case reads it itself: understood
/// whole or refused whole (docs/api-input.md). The serializer's defaults drop a member they do not know and match
/// names without regard to case; a misspelt <c>machinez</c> then became "no machines" and a stored draft lost them.
/// </summary>
public static class JsonBodies
{
    /// <summary>Makes <paramref name="options"/> refuse a member the type does not have, a name spelt in other case, and a member given twice.</summary>
    public static JsonSerializerOptions Strict(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.PropertyNameCaseInsensitive = false;
        options.AllowDuplicateProperties = false;
        return options;
    }

    /// <summary>
    /// A JSON body in another charset than UTF-8 is 415 problem+json. JSON between systems is UTF-8 (RFC 8259, 8.1); the
    /// framework would transcode a known charset and fail with an exception — a 500 — on one it does not know.
    /// </summary>
    public static IApplicationBuilder UseUtf8JsonBodies(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var type) && type.Charset.HasValue
                && (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase))
                && !type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !type.Charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
            {
                var localizer = context.RequestServices.GetRequiredService<IStringLocalizer>();
                context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = { Status = StatusCodes.Status415UnsupportedMediaType, Title = localizer["Problem.JsonNotUtf8", type.Charset.Value ?? string.Empty] },
                });
                return;
            }

            await next();
        });
}
