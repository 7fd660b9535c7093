using System.Globalization;
using ClusterScope.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Registry;

public sealed partial class RegistryQueries
{
    /// <summary>Lists clusters with their figures for one year (by default the latest year complete enough, see <see cref="Periods"/>),
    /// filtered, sorted and paged.</summary>
    public async Task<Page<ClusterRow>> ListClustersAsync(ClusterFilter filter, PageRequest page, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);
        var rows = await ClusterRowsAsync(await ClusterPeriodsAsync(filter.Year, ct), ct);
        var filtered = rows.Where(r =>
            (filter.Prefecture is null || r.PrefectureCode == filter.Prefecture)
            && (filter.Zone is null || r.ZoneCode == filter.Zone)
            && (filter.Level is null || r.ZoneLevel == filter.Level)
            && (filter.Category is null || r.CategoryCode == filter.Category)
            && (filter.Tier is null || r.Tier == filter.Tier)
            && Matches(filter.Search, r.Code, r.NameZh, r.NameEn));
        IEnumerable<ClusterRow> sorted = (page.Sort ?? "code").ToLowerInvariant() switch
        {
            "name" => Sort(filtered, r => r.NameEn, page.Descending),
            "zone" => Sort(filtered, r => r.ZoneCode + r.CategoryCode, page.Descending),
            "prefecture" => Sort(filtered, r => r.PrefectureCode + r.Code, page.Descending),
            "category" => Sort(filtered, r => r.CategoryCode + r.Code, page.Descending),
            "output" => Sort(filtered, r => r.Output ?? -1, page.Descending),
            "enterprises" => Sort(filtered, r => r.Enterprises ?? -1, page.Descending),
            "employment" => Sort(filtered, r => r.Employment ?? -1, page.Descending),
            _ => Sort(filtered, r => r.Code, page.Descending),
        };
        return Page.Of(sorted.ToList(), page);
    }

    /// <summary>One cluster with its series, tier history, enterprises and rank among its peers in <paramref name="year"/> (null: the
    /// default by coverage); null when there is no such cluster.</summary>
    public async Task<ClusterDetail?> GetClusterAsync(string code, int? year, CancellationToken ct)
    {
        var period = await ClusterPeriodsAsync(year, ct);
        var rows = await ClusterRowsAsync(period, ct);
        var row = rows.FirstOrDefault(c => c.Code == code);
        if (row is null)
        {
            return null;
        }

        var output = await SeriesAsync(EntityKind.Cluster, code, "cluster_output", ct);
        var enterprises = await SeriesAsync(EntityKind.Cluster, code, "cluster_enterprises", ct);
        var employment = await SeriesAsync(EntityKind.Cluster, code, "cluster_employment", ct);
        var tiers = output.Select(p => (p.Period, OutputTiers.Of(p.Value))).ToList();
        var list = await db.Enterprises.AsNoTracking().Where(e => e.ClusterCode == code)
            .OrderByDescending(e => e.IsLeading).ThenBy(e => e.Code).ToListAsync(ct);
        var peers = rows.Where(r => r.CategoryCode == row.CategoryCode && r.ZoneLevel == row.ZoneLevel).Select(r => r.Output).ToList();
        return new ClusterDetail(row, output, enterprises, employment, tiers, list, period, PeerRank.Of(row.Output, peers, period.Selected));
    }

    private Task<IReadOnlyList<ClusterRow>> ClusterRowsAsync(PeriodChoice period, CancellationToken ct) =>
        cache.GetAsync(db, $"clusters:{period.Selected}", () => BuildClusterRowsAsync(period, ct), ct);

    private async Task<IReadOnlyList<ClusterRow>> BuildClusterRowsAsync(PeriodChoice period, CancellationToken ct)
    {
        var clusters = await db.Clusters.AsNoTracking().ToListAsync(ct);
        var zones = await db.Zones.AsNoTracking().ToDictionaryAsync(z => z.Code, StringComparer.Ordinal, ct);
        var categories = await db.IndustryCategories.AsNoTracking().ToDictionaryAsync(c => c.Code, StringComparer.Ordinal, ct);
        var regions = await RegionsByCodeAsync(ct);
        var year = period.Selected;
        var text = year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        var output = await ValuesAsync(EntityKind.Cluster, "cluster_output", text, ct);
        var enterprises = await ValuesAsync(EntityKind.Cluster, "cluster_enterprises", text, ct);
        var employment = await ValuesAsync(EntityKind.Cluster, "cluster_employment", text, ct);
        return clusters.Select(c =>
        {
            var zone = zones.GetValueOrDefault(c.ZoneCode);
            var category = categories.GetValueOrDefault(c.CategoryCode);
            var prefecture = zone is null ? null : regions.GetValueOrDefault(zone.PrefectureCode);
            var value = output.GetValueOrDefault(c.Code);
            return new ClusterRow(c.Code, c.NameZh, c.NameEn, c.ZoneCode, zone?.NameZh ?? c.ZoneCode, zone?.NameEn ?? c.ZoneCode,
                zone?.Level ?? ZoneLevel.Provincial, zone?.PrefectureCode ?? string.Empty, prefecture?.NameZh ?? string.Empty,
                prefecture?.NameEn ?? string.Empty, c.CategoryCode, category?.NameZh ?? c.CategoryCode, category?.NameEn ?? c.CategoryCode,
                value is null ? null : year, value?.Value, value is null ? null : OutputTiers.Of(value.Value),
                enterprises.GetValueOrDefault(c.Code)?.Value, employment.GetValueOrDefault(c.Code)?.Value, c.Provenance,
                value?.Provenance == Provenance.Sample, c.Version);
        }).ToList();
    }
}
