using ClusterScope.Domain.Registry;

namespace ClusterScope.Data.Registry;

/// <summary>The figures drawn on the province map for one level of regions and one year, with the zones as points.</summary>
/// <param name="Level">Prefecture or county.</param>
/// <param name="Year">The year of the cluster figures (by default the latest complete one); null when there are none.</param>
/// <param name="Regions">One entry per region of the level, also those with no zone.</param>
/// <param name="Metrics">How each figure is measured and where it comes from, keyed by metric (zones, clusters, output).</param>
/// <param name="UnplacedZones">Zones whose county is not known, so they count in no county (always 0 for prefectures).</param>
public sealed record RegionMap(RegionLevel Level, int? Year, IReadOnlyList<RegionFigures> Regions,
    IReadOnlyDictionary<string, MapMetric> Metrics, int UnplacedZones);

/// <summary>One region's figures on the map.</summary>
/// <param name="Code">Region code.</param>
/// <param name="NameZh">Chinese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Zones">Development zones in the region.</param>
/// <param name="Clusters">Their clusters.</param>
/// <param name="ClusterOutput">The clusters' output in the year, 100m CNY.</param>
/// <param name="OutputProvenance">How many of the output figures behind <paramref name="ClusterOutput"/> are sample.</param>
public sealed record RegionFigures(string Code, string NameZh, string NameEn, int Zones, int Clusters, double ClusterOutput, FigureProvenance OutputProvenance);

/// <summary>What a map metric counts: its unit in both languages and its provenance (<c>real</c> or <c>sample</c>).</summary>
public sealed record MapMetric(string UnitEn, string UnitZh, string Provenance);

/// <summary>A development zone's location (GCJ-02, like the boundaries) for the map.</summary>
public sealed record ZonePoint(string Code, string NameZh, string NameEn, ZoneLevel Level, string PrefectureCode, string? CountyCode,
    double Longitude, double Latitude);
