using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Registry;

/// <summary>
/// Read models of the registry (zone and cluster rows, period coverage, the dashboard) kept in memory between requests,
/// each with the data stamp it was built at: the newest audit entry's id. Every change to the data is audited in the
/// same transaction, so a new stamp means something changed and the model is rebuilt; an unchanged one means the kept
/// model is still exact. Each instance keeps its own, so several instances stay correct without talking to each other.
/// </summary>
/// <remarks>The stamp is read before the model is built: a change committed in between makes the model newer than its
/// stamp, and the next request, seeing a newer stamp, rebuilds it. Kept models are shared between requests and must
/// not be changed by their readers.</remarks>
public sealed class RegistryCache
{
    private const int MaxEntries = 256;
    private readonly ConcurrentDictionary<string, (long Stamp, object Value)> _entries = new(StringComparer.Ordinal);

    /// <summary>The model kept under <paramref name="key"/> if the data have not changed since it was built, else a new one.</summary>
    public async Task<T> GetAsync<T>(ClusterScopeDbContext db, string key, Func<Task<T>> build, CancellationToken ct)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(build);
        var stamp = await StampAsync(db, ct);
        if (_entries.TryGetValue(key, out var kept) && kept.Stamp == stamp && kept.Value is T value)
        {
            return value;
        }

        var built = await build();
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[key] = (stamp, built);
        return built;
    }

    /// <summary>The data stamp: the id of the newest audit entry (0 for an empty log).</summary>
    public static async Task<long> StampAsync(ClusterScopeDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.AuditEntries.MaxAsync(a => (long?)a.Id, ct) ?? 0;
    }
}
