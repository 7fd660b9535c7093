using ClusterScope.Data.Registry;
using ClusterScope.Domain.Intake;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Intake;

/// <summary>The imports that were run, newest first, and each one's error report.</summary>
public sealed class ImportHistory(ClusterScopeDbContext db)
{
    /// <summary>One page of the history, newest first; the error reports are left out (read them with <see cref="ErrorsCsvAsync"/>).</summary>
    public async Task<Page<ImportRecord>> ListAsync(string? kind, PageRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var rows = db.ImportRecords.AsNoTracking().Where(r => kind == null || r.Kind == kind);
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(r => r.Id).Skip(request.Offset).Take(request.PageSize)
            .Select(r => new ImportRecord
            {
                Id = r.Id, Kind = r.Kind, FileName = r.FileName, Actor = r.Actor, Channel = r.Channel, StartedAt = r.StartedAt,
                DurationMs = r.DurationMs, ValidRowsOnly = r.ValidRowsOnly, Refused = r.Refused, RowsRead = r.RowsRead, Added = r.Added,
                Updated = r.Updated, Unchanged = r.Unchanged, RowsRefused = r.RowsRefused, ErrorCount = r.ErrorCount,
            })
            .ToListAsync(ct);
        return new Page<ImportRecord>(items, total, request.Page, request.PageSize);
    }

    /// <summary>The error report of import <paramref name="id"/> as CSV; null when there is no such import or it had no errors.</summary>
    public async Task<string?> ErrorsCsvAsync(long id, CancellationToken ct) =>
        await db.ImportRecords.AsNoTracking().Where(r => r.Id == id).Select(r => r.ErrorsCsv).FirstOrDefaultAsync(ct);
}
