namespace Klimaspor.Features;

/// <summary>One page of a list, as every use case that lists returns it (<see cref="PageRequest"/> decides which page).</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}

internal sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

internal static class PagedResponse
{
    /// <summary>A use case's page as the API writes it.</summary>
    public static PagedResponse<T> Of<T>(Paged<T> page) => new(page.Items, page.Total, page.Page, page.PageSize);
}
