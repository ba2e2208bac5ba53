using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Klimaspor.Web;

/// <summary>
/// A request body over the server's limit (Kestrel's MaxRequestBodySize, 30 000 000 bytes unless configured) is
/// refused before anything reads it, with a 413 that says the limit: problem+json for systems, the error page for
/// people. Uploads keep their own, lower limit (Reports:MaxUploadBytes), said by Reports.UploadTooLarge.
/// </summary>
public static class BodyLimit
{
    public static IApplicationBuilder UseKlimasporBodyLimit(this IApplicationBuilder app, bool asProblem) =>
        app.Use(async (context, next) =>
        {
            if (Of(context) is { } limit && context.Request.ContentLength > limit)
            {
                if (asProblem)
                {
                    await TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: Title(context, limit)).ExecuteAsync(context);
                }
                else
                {
                    context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                }

                return;
            }

            await next();
        });

    /// <summary>The limit of this request: the server's own (Kestrel's feature), else its configured default (the test server has none).</summary>
    public static long? Of(HttpContext context) =>
        context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { } feature
            ? feature.MaxRequestBodySize
            : context.RequestServices.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits.MaxRequestBodySize;

    public static string Title(HttpContext context, long limit) =>
        context.RequestServices.GetRequiredService<IStringLocalizer>()["Problem.BodyTooLarge", limit];
}
