namespace ClusterScope.Data.Registry;

/// <summary>Which page of a listing, and in which order.</summary>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Rows per page, 1 to <see cref="MaxPageSize"/>.</param>
/// <param name="Sort">A column name of the listing; null for its default order.</param>
/// <param name="Descending">Whether to reverse the order.</param>
public sealed record PageRequest(int Page = 1, int PageSize = 25, string? Sort = null, bool Descending = false)
{
    /// <summary>The largest page a caller may ask for.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>A request for everything (exports, the CLI).</summary>
    public static readonly PageRequest All = new(1, int.MaxValue);

    /// <summary>How many rows come before this page; valid once <see cref="Validate"/> found nothing wrong.</summary>
    /// <remarks>Computed in 64 bits and capped, so a page past the end is empty rather than a negative offset that
    /// PostgreSQL refuses or SQLite reads as none.</remarks>
    public int Offset => (int)Math.Clamp((long)(Page - 1) * PageSize, 0, int.MaxValue);

    /// <summary>Checks the numbers, naming the parameter at fault.</summary>
    /// <returns>Errors keyed by parameter name; empty when valid.</returns>
    public Dictionary<string, string[]> Validate(IReadOnlyCollection<string> sortableColumns)
    {
        ArgumentNullException.ThrowIfNull(sortableColumns);
        var errors = new Dictionary<string, string[]>();
        if (Page < 1)
        {
            errors["page"] = [$"page must be 1 or more; got {Page}."];
        }

        if (PageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize must be between 1 and {MaxPageSize}; got {PageSize}."];
        }
        else if (Page > 1 && (long)(Page - 1) * PageSize > int.MaxValue)
        {
            errors["page"] = [$"page {Page} with pageSize {PageSize} starts past row {int.MaxValue}; ask for page {MaxPage(PageSize)} or less."];
        }

        if (Sort is not null && !sortableColumns.Contains(Sort, StringComparer.OrdinalIgnoreCase))
        {
            errors["sort"] = [$"sort '{Sort}' is not a column; use one of: {string.Join(", ", sortableColumns)}."];
        }

        return errors;
    }

    /// <summary>The last page whose offset still fits in an <see cref="int"/>.</summary>
    private static long MaxPage(int pageSize) => int.MaxValue / pageSize + 1;
}
