namespace ClusterScope.Data.Registry;

/// <summary>One page of a listing.</summary>
/// <param name="Items">The rows of this page.</param>
/// <param name="Total">How many rows match the filter in all.</param>
/// <param name="PageNumber">1-based page number.</param>
/// <param name="PageSize">Rows per page.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize)
{
    /// <summary>Number of pages (at least 1).</summary>
    public int PageCount => (int)Math.Max(1, ((long)Total + PageSize - 1) / PageSize);
}

/// <summary>Builds pages.</summary>
public static class Page
{
    /// <summary>Cuts one page out of an already filtered and sorted list.</summary>
    public static Page<T> Of<T>(IReadOnlyList<T> all, PageRequest request)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(request);
        return new Page<T>(all.Skip(request.Offset).Take(request.PageSize).ToList(), all.Count, request.Page, request.PageSize);
    }
}
