using ClusterScope.Data;
using ClusterScope.Data.Registry;
using ClusterScope.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Web.Features.Audit;

/// <summary>Searches the audit log: filters, sorting and paging in the database.</summary>
public sealed class AuditSearch(ClusterScopeDbContext db)
{
    /// <summary>The columns the log can be sorted by.</summary>
    public static readonly IReadOnlyList<string> SortColumns = ["at", "actor", "type", "key", "field", "origin"];

    /// <summary>One page of matching entries; newest first unless sorted otherwise.</summary>
    public async Task<Page<AuditEntry>> SearchAsync(AuditFilter filter, PageRequest page, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);
        var query = Filtered(filter);
        var total = await query.CountAsync(ct);
        var items = await Sorted(query, page.Sort, page.Descending)
            .Skip(page.Offset).Take(page.PageSize).ToListAsync(ct);
        return new Page<AuditEntry>(items, total, page.Page, page.PageSize);
    }

    /// <summary>Every matching entry in the order asked, streamed (CSV download).</summary>
    public IAsyncEnumerable<AuditEntry> StreamAsync(AuditFilter filter, string? sort, bool descending) =>
        Sorted(Filtered(filter), sort, descending).AsAsyncEnumerable();

    /// <summary>The history of one record, newest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> HistoryAsync(string type, string key, int limit, CancellationToken ct) =>
        await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == type && a.EntityCode == key)
            .OrderByDescending(a => a.Id).Take(limit).ToListAsync(ct);

    /// <summary>The record types present in the log, for the type filter.</summary>
    public async Task<IReadOnlyList<string>> TypesAsync(CancellationToken ct) =>
        await db.AuditEntries.AsNoTracking().Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(ct);

    private IQueryable<AuditEntry> Filtered(AuditFilter f)
    {
        var q = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(f.Type))
        {
            q = q.Where(a => a.EntityType == f.Type.Trim());
        }

        if (!string.IsNullOrWhiteSpace(f.Key))
        {
            q = q.Where(a => a.EntityCode.Contains(f.Key.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(f.Actor))
        {
            q = q.Where(a => a.Actor.Contains(f.Actor.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(f.Field))
        {
            q = q.Where(a => a.Field == f.Field.Trim());
        }

        if (!string.IsNullOrWhiteSpace(f.Origin))
        {
            q = q.Where(a => a.Origin.Contains(f.Origin.Trim()));
        }

        if (f.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            q = q.Where(a => a.AtUtc >= start);
        }

        if (f.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            q = q.Where(a => a.AtUtc < end);
        }

        return q;
    }

    private static IQueryable<AuditEntry> Sorted(IQueryable<AuditEntry> q, string? sort, bool descending) =>
        (sort?.ToLowerInvariant(), descending) switch
        {
            ("actor", false) => q.OrderBy(a => a.Actor).ThenByDescending(a => a.Id),
            ("actor", true) => q.OrderByDescending(a => a.Actor).ThenByDescending(a => a.Id),
            ("type", false) => q.OrderBy(a => a.EntityType).ThenByDescending(a => a.Id),
            ("type", true) => q.OrderByDescending(a => a.EntityType).ThenByDescending(a => a.Id),
            ("key", false) => q.OrderBy(a => a.EntityCode).ThenByDescending(a => a.Id),
            ("key", true) => q.OrderByDescending(a => a.EntityCode).ThenByDescending(a => a.Id),
            ("field", false) => q.OrderBy(a => a.Field).ThenByDescending(a => a.Id),
            ("field", true) => q.OrderByDescending(a => a.Field).ThenByDescending(a => a.Id),
            ("origin", false) => q.OrderBy(a => a.Origin).ThenByDescending(a => a.Id),
            ("origin", true) => q.OrderByDescending(a => a.Origin).ThenByDescending(a => a.Id),
            // "at" and the default: newest first; sort=at without desc is oldest first.
            ("at", false) => q.OrderBy(a => a.Id),
            _ => q.OrderByDescending(a => a.Id),
        };
}
