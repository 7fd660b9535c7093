using Microsoft.AspNetCore.Http.Extensions;

namespace ClusterScope.Web.Shared;

/// <summary>Builds links to the current listing with one or more query parameters changed (sorting, paging).</summary>
public static class QueryLinks
{
    /// <summary>The path with the current query, <paramref name="changes"/> applied (a null value removes the parameter).</summary>
    public static string With(HttpRequest request, params (string Key, string? Value)[] changes)
    {
        ArgumentNullException.ThrowIfNull(request);
        var values = request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in changes)
        {
            if (value is null)
            {
                values.Remove(key);
            }
            else
            {
                values[key] = value;
            }
        }

        var query = new QueryBuilder(values.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => new KeyValuePair<string, string>(v.Key, v.Value)));
        return request.Path + query.ToQueryString().ToString();
    }

    /// <summary>The link of a sortable column header: sorts by <paramref name="column"/>, reversing when it already is.</summary>
    public static string Sort(HttpRequest request, string column)
    {
        ArgumentNullException.ThrowIfNull(request);
        var current = request.Query["sort"].ToString();
        var descending = string.Equals(current, column, StringComparison.OrdinalIgnoreCase) && request.Query["desc"] != "true";
        return With(request, ("sort", column), ("desc", descending ? "true" : null), ("page", null));
    }
}
