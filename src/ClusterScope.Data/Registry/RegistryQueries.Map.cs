using ClusterScope.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Registry;

public sealed partial class RegistryQueries
{
    /// <summary>How the map's metrics are measured: zones come from the national catalogue; clusters and their output are generated sample.</summary>
    public static readonly IReadOnlyDictionary<string, MapMetric> MapMetrics = new Dictionary<string, MapMetric>
    {
        ["zones"] = new("count", "个", "real"),
        ["clusters"] = new("count", "个", "sample"),
        ["output"] = new("100m CNY", "亿元", "sample"),
    };

    /// <summary>Zones, clusters and cluster output per prefecture or county for <paramref name="year"/> (by default the latest
    /// year whose coverage is complete, see <see cref="Periods"/>), each region's output with how many of its figures are sample.</summary>
    /// <remarks>A zone counts in a county only when the catalogue names its county; the others are counted in
    /// <see cref="RegionMap.UnplacedZones"/> rather than guessed.</remarks>
    /// <exception cref="ArgumentException">The level is not prefecture or county.</exception>
    public async Task<RegionMap> RegionMapAsync(RegionLevel level, int? year, CancellationToken ct)
    {
        if (level is not (RegionLevel.Prefecture or RegionLevel.County))
        {
            throw new ArgumentException($"level '{level}' has no map; use prefecture or county.", nameof(level));
        }

        var period = await ClusterPeriodsAsync(year, ct);
        var clusters = await ClusterRowsAsync(period, ct);
        var zones = await db.Zones.AsNoTracking().Select(z => new { z.Code, z.PrefectureCode, z.CountyCode }).ToListAsync(ct);
        var regionOf = zones.ToDictionary(z => z.Code, z => level == RegionLevel.Prefecture ? z.PrefectureCode : z.CountyCode, StringComparer.Ordinal);
        var regions = await db.Regions.AsNoTracking().Where(r => r.Level == level).OrderBy(r => r.Code)
            .Select(RegionProjection.WithoutGeometry).ToListAsync(ct);
        var figures = regions.Select(r => new RegionFigures(r.Code, r.NameZh, r.NameEn,
            zones.Count(z => regionOf[z.Code] == r.Code),
            clusters.Count(c => regionOf.GetValueOrDefault(c.ZoneCode) == r.Code),
            clusters.Where(c => regionOf.GetValueOrDefault(c.ZoneCode) == r.Code).Sum(c => c.Output ?? 0),
            OutputProvenance(clusters.Where(c => regionOf.GetValueOrDefault(c.ZoneCode) == r.Code)))).ToList();
        var known = regions.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        return new RegionMap(level, period.Selected, figures, MapMetrics,
            zones.Count(z => regionOf[z.Code] is not { } code || !known.Contains(code)));
    }

    /// <summary>Every development zone with coordinates, ordered by code.</summary>
    public async Task<IReadOnlyList<ZonePoint>> ZonePointsAsync(CancellationToken ct) =>
        await db.Zones.AsNoTracking().Where(z => z.Longitude != null && z.Latitude != null).OrderBy(z => z.Code)
            .Select(z => new ZonePoint(z.Code, z.NameZh, z.NameEn, z.Level, z.PrefectureCode, z.CountyCode, z.Longitude!.Value, z.Latitude!.Value))
            .ToListAsync(ct);
}
