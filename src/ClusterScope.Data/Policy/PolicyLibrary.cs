using ClusterScope.Domain.Policy;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Policy;

/// <summary>The policy library over the database: search through the index (brought up to date first), rebuild it, import
/// documents.</summary>
public sealed class PolicyLibrary(ClusterScopeDbContext db, PolicySearchIndex index)
{
    /// <summary>Searches the library; the index is rebuilt first when the documents changed since it was built.</summary>
    /// <exception cref="ArgumentException">Bad query text or limit.</exception>
    public async Task<IReadOnlyList<PolicyHit>> SearchAsync(PolicyQuery query, CancellationToken ct)
    {
        await RefreshAsync(force: false, ct);
        return index.Search(query);
    }

    /// <summary>Rebuilds the index from the database (when <paramref name="force"/>, even if it looks current).</summary>
    /// <returns>The number of documents indexed, and whether the index was rebuilt.</returns>
    public async Task<(int Documents, bool Rebuilt)> RefreshAsync(bool force, CancellationToken ct)
    {
        var (stamp, count) = await StampAsync(ct);
        if (!force && index.Stamp == stamp)
        {
            return (count, false);
        }

        var documents = await db.PolicyDocuments.AsNoTracking().OrderBy(d => d.Code).ToListAsync(ct);
        index.Rebuild(documents, stamp);
        return (documents.Count, true);
    }

    /// <summary>One document by code, or null.</summary>
    public Task<PolicyDocument?> FindAsync(string code, CancellationToken ct) =>
        db.PolicyDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Code == code, ct);

    /// <summary>The documents added or changed most recently, newest first (for the Atom feed).</summary>
    public async Task<List<PolicyDocument>> RecentAsync(string? topic, int limit, CancellationToken ct)
    {
        var documents = await db.PolicyDocuments.AsNoTracking().OrderByDescending(d => d.UpdatedAt).ThenBy(d => d.Code).ToListAsync(ct);
        return [.. documents.Where(d => topic is null || d.TopicList().Contains(topic, StringComparer.OrdinalIgnoreCase)).Take(limit)];
    }

    /// <summary>Imports a documents CSV: new codes are added, known ones updated, all in one audited transaction, then the
    /// index is rebuilt. A bad row refuses the whole file. Links and full texts the file does not bring are kept.</summary>
    /// <returns>How many documents were added and updated.</returns>
    /// <exception cref="InvalidDataException">The file is bad (the message names row and column).</exception>
    public async Task<(int Added, int Updated)> ImportAsync(string path, CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        var incoming = PolicyFileReader.Read(path, now);
        var existing = await db.PolicyDocuments.ToDictionaryAsync(d => d.Code, StringComparer.Ordinal, ct);
        var (added, updated) = (0, 0);
        foreach (var document in incoming)
        {
            if (!existing.TryGetValue(document.Code, out var known))
            {
                db.PolicyDocuments.Add(document);
                added++;
                continue;
            }

            // A file without links or full text beside it leaves the ones already stored as they are.
            document.Related = document.Related.Length == 0 ? known.Related : document.Related;
            document.FullText ??= known.FullText;
            var entry = db.Entry(known);
            entry.CurrentValues.SetValues(document);
            entry.Property(d => d.UpdatedAt).IsModified = false;
            if (entry.Properties.Any(p => p.IsModified))
            {
                known.UpdatedAt = now;
                updated++;
            }
        }

        db.Audit = db.Audit with { Origin = $"library import {Path.GetFileName(path)}" };
        await db.SaveChangesAsync(ct);
        await RefreshAsync(force: false, ct);
        return (added, updated);
    }

    private async Task<(string Stamp, int Count)> StampAsync(CancellationToken ct)
    {
        var count = await db.PolicyDocuments.CountAsync(ct);
        var latest = count == 0 ? (DateTime?)null : await db.PolicyDocuments.MaxAsync(d => d.UpdatedAt, ct);
        return (PolicySearchIndex.StampOf(count, latest), count);
    }
}
