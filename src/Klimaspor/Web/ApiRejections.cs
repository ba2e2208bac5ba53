using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Klimaspor.Web;

/// <summary>
/// Under <c>/api</c>, a request that reaches no endpoint of ours — a path that names no route (an id that is not a
/// GUID), a method or content type the route does not take — gets the API's own answer (404, 405, 415 as
/// problem+json). Without this the fallback authorisation policy, which guards such requests like a page, challenged
/// them with the people's sign-in and sent a system a 302 to the HTML login page.
/// </summary>
public sealed class ApiRejections : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(context);
        // Routing gives no endpoint for an unknown path, and an endpoint that is not a route of ours (routing's own 405
        // and 415 rejections) when the path is known: neither does anything, so nothing is opened by letting it answer.
        return context.GetEndpoint() is not RouteEndpoint && context.Request.Path.StartsWithSegments("/api")
            ? next(context)
            : _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
