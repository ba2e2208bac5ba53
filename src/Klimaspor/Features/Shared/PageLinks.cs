using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Klimaspor.Features;

/// <summary>
/// Links to a page by its name, never by a hand-written path, so a page's route can change without a dead link. A
/// list's page number and filters travel in the query: <c>page</c> cannot be a route value, because Razor Pages keeps
/// that name for the page itself (see <see cref="Web.PageNumberFromQueryAttribute"/>).
/// </summary>
internal static class PageLinks
{
    /// <param name="query">Parameters with an empty value are left out, so a link carries only the filters in use.</param>
    public static string PageWithQuery(this IUrlHelper url, string pageName, object? routeValues, IEnumerable<KeyValuePair<string, string?>> query) =>
        QueryHelpers.AddQueryString(url.Page(pageName, routeValues) ?? throw new InvalidOperationException($"No page {pageName}."),
            query.Where(p => !string.IsNullOrEmpty(p.Value)));
}
