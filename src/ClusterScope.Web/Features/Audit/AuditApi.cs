using System.Globalization;
using System.Text;
using ClusterScope.Data.Export;
using ClusterScope.Domain.Audit;
using ClusterScope.Web.Features.Api;
using ClusterScope.Web.Shared;

namespace ClusterScope.Web.Features.Audit;

/// <summary>GET /api/v1/audit (JSON pages) and /api/v1/audit.csv (every match), admins only.</summary>
internal static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Audit").RequireAuthorization(Policies.Admin);
        api.MapGet("/audit", SearchAsync);
        api.MapGet("/audit.csv", CsvAsync);
        return app;
    }

    /// <summary>Searches the audit log: type and field exactly, key, actor and origin by part, from/to as yyyy-MM-dd (UTC, inclusive).</summary>
    public static async Task<IResult> SearchAsync(string? type, string? key, string? actor, string? field, string? origin, string? from, string? to,
        string? sort, string? desc, string? page, string? pageSize, AuditSearch search, CancellationToken ct)
    {
        var q = new QueryParameters();
        var filter = Filter(q, type, key, actor, field, origin, from, to);
        var request = q.Page(page, pageSize, sort, desc, AuditSearch.SortColumns);
        return q.HasErrors ? q.Problem() : TypedResults.Ok(PageResponse.From(await search.SearchAsync(filter, request, ct)));
    }

    /// <summary>Every matching entry as CSV (UTF-8), with the same filters and sorting as <c>/api/v1/audit</c>.</summary>
    public static async Task<IResult> CsvAsync(string? type, string? key, string? actor, string? field, string? origin, string? from, string? to,
        string? sort, string? desc, AuditSearch search, HttpContext context, CancellationToken ct)
    {
        var q = new QueryParameters();
        var filter = Filter(q, type, key, actor, field, origin, from, to);
        var request = q.Page(null, null, sort, desc, AuditSearch.SortColumns);
        if (q.HasErrors)
        {
            return q.Problem();
        }

        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = "attachment; filename=\"audit.csv\"";
        await using var writer = new StreamWriter(context.Response.Body, new UTF8Encoding(false));
        await writer.WriteLineAsync("id,at_utc,actor,origin,entity_type,entity_key,action,field,old_value,new_value");
        await foreach (var e in search.StreamAsync(filter, request.Sort, request.Descending).WithCancellation(ct))
        {
            await writer.WriteLineAsync(Row(e));
        }

        return TypedResults.Empty;
    }

    internal static AuditFilter Filter(QueryParameters q, string? type, string? key, string? actor, string? field, string? origin, string? from, string? to)
    {
        var start = Date(q, "from", from);
        var end = Date(q, "to", to);
        if (start > end)
        {
            q.Errors["to"] = [$"to ({to}) is before from ({from})."];
        }

        return new AuditFilter(type, key, actor, field, origin, start, end);
    }

    private static DateOnly? Date(QueryParameters q, string name, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        q.Errors[name] = [$"{name} must be a date as yyyy-MM-dd; got '{text}'."];
        return null;
    }

    private static string Row(AuditEntry e) => string.Join(',',
        e.Id.ToString(CultureInfo.InvariantCulture), e.AtUtc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        CsvCell.Field(e.Actor), CsvCell.Field(e.Origin), CsvCell.Field(e.EntityType), CsvCell.Field(e.EntityCode), CsvCell.Field(e.Action),
        CsvCell.Field(e.Field), CsvCell.Field(e.OldValue), CsvCell.Field(e.NewValue));
}
