using ClusterScope.Data.Registry;

namespace ClusterScope.Web.Features.Api;

/// <summary>A page of results as the API returns it.</summary>
public sealed record PageResponse<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize, int PageCount);

/// <summary>Builds <see cref="PageResponse{T}"/>.</summary>
internal static class PageResponse
{
    public static PageResponse<T> From<T>(Page<T> page) => new(page.Items, page.Total, page.PageNumber, page.PageSize, page.PageCount);
}
