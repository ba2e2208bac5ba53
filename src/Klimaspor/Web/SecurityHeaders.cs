namespace Klimaspor.Web;

public static class SecurityHeaders
{
    /// <summary>Scripts and styles only from this site (no inline script), no framing, no sniffing; on every page.</summary>
    public static IApplicationBuilder UseKlimasporSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'self'";
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            await next();
        });

    /// <summary>
    /// Nothing the app answers is kept by a browser's cache or a proxy: API answers, pages and downloads (workbooks,
    /// exports, uploaded files) carry an organisation's personal or commercial data, and a shared computer or proxy
    /// must not hand them to the next person. Placed after the static files, which alone may be cached.
    /// </summary>
    public static IApplicationBuilder UseKlimasporNoStore(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.CacheControl = "no-store";
                return Task.CompletedTask;
            });
            await next();
        });
}
