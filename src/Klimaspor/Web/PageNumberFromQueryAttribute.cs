using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Klimaspor.Web;

/// <summary>
/// Binds a list page's number from the query string, <c>?page=N</c>, the one way every paged list reads it. Razor Pages
/// keeps a route value of its own named <c>page</c> (the page's path, "/Reports/Index"), and model binding reads route
/// values before the query string, so a property bound by the name <c>page</c> from every source never sees the
/// number and each list stays on its first page.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PageNumberFromQueryAttribute : Attribute, IBindingSourceMetadata, IModelNameProvider
{
    /// <summary>The query parameter links to a list's pages use.</summary>
    public const string QueryName = "page";

    public BindingSource BindingSource => BindingSource.Query;

    public string Name => QueryName;
}
