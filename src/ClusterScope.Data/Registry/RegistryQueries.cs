using ClusterScope.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Registry;

/// <summary>Read models of the registry shared by the pages, the API and the CLI.</summary>
/// <remarks>Zones and clusters are a few hundred rows per province, so their listings filter and sort in memory after one
/// query per table; enterprises and observations, which grow large, are filtered and paged by the database.</remarks>
public sealed partial class RegistryQueries(ClusterScopeDbContext db, Periods periods, RegistryCache cache)
{
    /// <summary>Columns the zone listing can be sorted by.</summary>
    public static readonly IReadOnlyList<string> ZoneSortColumns = ["code", "name", "prefecture", "level", "type", "approval", "area", "clusters", "output"];

    /// <summary>Columns the cluster listing can be sorted by.</summary>
    public static readonly IReadOnlyList<string> ClusterSortColumns = ["code", "name", "zone", "prefecture", "category", "output", "enterprises", "employment"];

    /// <summary>The years of cluster output with their coverage, and the year shown: <paramref name="year"/>, else the default by coverage.</summary>
    public Task<PeriodChoice> ClusterPeriodsAsync(int? year, CancellationToken ct) =>
        periods.ChooseAsync(EntityKind.Cluster, "cluster_output", year, null, ct);

    /// <summary>The years of zone industrial output with their coverage, and the year shown: <paramref name="year"/>, else the default by coverage.</summary>
    public Task<PeriodChoice> ZonePeriodsAsync(int? year, CancellationToken ct) =>
        periods.ChooseAsync(EntityKind.Zone, "zone_industrial_output", year, null, ct);

    /// <summary>Values of one indicator in one period for every entity of a kind, keyed by entity code.</summary>
    public async Task<Dictionary<string, Observation>> ValuesAsync(EntityKind kind, string indicator, string period, CancellationToken ct) =>
        await db.Observations.AsNoTracking()
            .Where(o => o.EntityKind == kind && o.IndicatorCode == indicator && o.Period == period)
            .ToDictionaryAsync(o => o.EntityCode, StringComparer.Ordinal, ct);

    /// <summary>The yearly series of an indicator for one entity, oldest first.</summary>
    public async Task<IReadOnlyList<SeriesPoint>> SeriesAsync(EntityKind kind, string entity, string indicator, CancellationToken ct)
    {
        var rows = await db.Observations.AsNoTracking()
            .Where(o => o.EntityKind == kind && o.EntityCode == entity && o.IndicatorCode == indicator)
            .ToListAsync(ct);
        return rows.OrderBy(o => o.Period, StringComparer.Ordinal)
            .Select(o => new SeriesPoint(o.Period, o.Value, o.Provenance == Provenance.Sample, o.Status))
            .ToList();
    }

    private async Task<Dictionary<string, Region>> RegionsByCodeAsync(CancellationToken ct) =>
        await db.Regions.AsNoTracking().Select(RegionProjection.WithoutGeometry).ToDictionaryAsync(r => r.Code, StringComparer.Ordinal, ct);

    private static bool Matches(string? search, params string?[] fields) =>
        string.IsNullOrWhiteSpace(search) || fields.Any(f => f is not null && f.Contains(search.Trim(), StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<T> Sort<T, TKey>(IEnumerable<T> rows, Func<T, TKey> key, bool descending) =>
        descending ? rows.OrderByDescending(key) : rows.OrderBy(key);
}
