using System.Globalization;
using ClusterScope.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Registry;

public sealed partial class RegistryQueries
{
    /// <summary>Lists development zones with filters, sorting and paging; output is the zone industrial output of the filter's year
    /// (by default the latest year complete enough, see <see cref="Periods"/>).</summary>
    public async Task<Page<ZoneRow>> ListZonesAsync(ZoneFilter filter, PageRequest page, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);
        IEnumerable<ZoneRow> rows = await ZoneRowsAsync(filter.Year, ct);
        if (filter.Category is not null)
        {
            var withCategory = await db.Clusters.AsNoTracking().Where(c => c.CategoryCode == filter.Category).Select(c => c.ZoneCode).ToListAsync(ct);
            rows = rows.Where(r => withCategory.Contains(r.Code)).ToList();
        }

        var filtered = rows.Where(r =>
            (filter.Prefecture is null || r.PrefectureCode == filter.Prefecture)
            && (filter.Level is null || r.Level == filter.Level)
            && (filter.Type is null || r.TypeCode == filter.Type)
            && Matches(filter.Search, r.Code, r.NameZh, r.NameEn));
        IEnumerable<ZoneRow> sorted = (page.Sort ?? "code").ToLowerInvariant() switch
        {
            "name" => Sort(filtered, r => r.NameEn, page.Descending),
            "prefecture" => Sort(filtered, r => r.PrefectureCode + r.Code, page.Descending),
            "level" => Sort(filtered, r => (r.Level, r.Code), page.Descending),
            "type" => Sort(filtered, r => r.TypeCode + r.Code, page.Descending),
            "approval" => Sort(filtered, r => r.ApprovalDate ?? DateOnly.MaxValue, page.Descending),
            "area" => Sort(filtered, r => r.AreaHectares ?? -1, page.Descending),
            "clusters" => Sort(filtered, r => r.ClusterCount, page.Descending),
            "output" => Sort(filtered, r => r.Output ?? -1, page.Descending),
            _ => Sort(filtered, r => r.Code, page.Descending),
        };
        return Page.Of(sorted.ToList(), page);
    }

    /// <summary>One zone with its clusters, incubators, output series, leading enterprises and rank among the zones of its level in
    /// <paramref name="year"/> (null: the default by coverage); null when there is no such zone.</summary>
    public async Task<ZoneDetail?> GetZoneAsync(string code, int? year, CancellationToken ct)
    {
        var period = await ZonePeriodsAsync(year, ct);
        var rows = await ZoneRowsAsync(period.Selected, ct);
        var row = rows.FirstOrDefault(z => z.Code == code);
        if (row is null)
        {
            return null;
        }

        var clusterPeriod = await ClusterPeriodsAsync(year, ct);
        var clusters = await ListClustersAsync(new ClusterFilter(Zone: code, Year: clusterPeriod.Selected), PageRequest.All with { Sort = "output", Descending = true }, ct);
        var incubators = await db.Incubators.AsNoTracking().Where(i => i.ZoneCode == code).OrderBy(i => i.Code).ToListAsync(ct);
        var output = await SeriesAsync(EntityKind.Zone, code, "zone_industrial_output", ct);
        var leading = await db.Enterprises.AsNoTracking().Where(e => e.ZoneCode == code && e.IsLeading).OrderBy(e => e.Code).ToListAsync(ct);
        var peers = rows.Where(r => r.Level == row.Level).Select(r => r.Output).ToList();
        return new ZoneDetail(row, clusters.Items, incubators, output, leading, period, clusterPeriod, PeerRank.Of(row.Output, peers, period.Selected));
    }

    private Task<IReadOnlyList<ZoneRow>> ZoneRowsAsync(int? requested, CancellationToken ct) =>
        cache.GetAsync(db, $"zones:{requested}", () => BuildZoneRowsAsync(requested, ct), ct);

    private async Task<IReadOnlyList<ZoneRow>> BuildZoneRowsAsync(int? requested, CancellationToken ct)
    {
        var zones = await db.Zones.AsNoTracking().ToListAsync(ct);
        var regions = await RegionsByCodeAsync(ct);
        var clusterCounts = (await db.Clusters.AsNoTracking().Select(c => c.ZoneCode).ToListAsync(ct))
            .GroupBy(z => z).ToDictionary(g => g.Key, g => g.Count());
        var year = (await ZonePeriodsAsync(requested, ct)).Selected;
        var output = year is null ? [] : await ValuesAsync(EntityKind.Zone, "zone_industrial_output", year.Value.ToString(CultureInfo.InvariantCulture), ct);
        return zones.Select(z =>
        {
            var prefecture = regions.GetValueOrDefault(z.PrefectureCode);
            var value = output.GetValueOrDefault(z.Code);
            return new ZoneRow(z.Code, z.NameZh, z.NameEn, z.Level, z.TypeCode, z.TypeZh, z.TypeEn, z.PrefectureCode,
                prefecture?.NameZh ?? z.PrefectureCode, prefecture?.NameEn ?? z.PrefectureCode, z.CountyCode, z.ApprovalDate,
                z.AreaHectares, z.LeadingIndustriesZh, z.LeadingIndustriesEn, z.EcoIndustrialStatus, clusterCounts.GetValueOrDefault(z.Code),
                value is null ? null : year, value?.Value, value?.Provenance == Provenance.Sample, z.Longitude, z.Latitude, z.Version);
        }).ToList();
    }
}
