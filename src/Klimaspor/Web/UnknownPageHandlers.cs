using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Klimaspor.Web;

/// <summary>
/// A request for a page handler the page does not have (<c>?handler=Nope</c>, or a POST to a page that only shows)
/// answers 404 or 405. Razor Pages would otherwise render the page with no handler run, and a page whose view reads
/// what its handler loads then fails with a 500 on a client's mistake.
/// </summary>
public sealed class UnknownPageHandlers : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var handlers = context.ActionDescriptor.HandlerMethods;
        if (context.HandlerMethod is null && handlers.Count > 0)
        {
            var method = context.HttpContext.Request.Method;
            var anyForMethod = handlers.Any(h => string.Equals(h.HttpMethod, method, StringComparison.OrdinalIgnoreCase)
                || (HttpMethods.IsHead(method) && string.Equals(h.HttpMethod, HttpMethods.Get, StringComparison.OrdinalIgnoreCase)));
            context.Result = anyForMethod ? new NotFoundResult() : new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return;
        }

        await next();
    }
}
