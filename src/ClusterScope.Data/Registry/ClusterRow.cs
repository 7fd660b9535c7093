using ClusterScope.Domain.Registry;

namespace ClusterScope.Data.Registry;

/// <summary>A cluster as listed, with its figures for one year and the tier computed from its output.</summary>
public sealed record ClusterRow(
    string Code, string NameZh, string NameEn, string ZoneCode, string ZoneNameZh, string ZoneNameEn, ZoneLevel ZoneLevel,
    string PrefectureCode, string PrefectureNameZh, string PrefectureNameEn, string CategoryCode, string CategoryNameZh,
    string CategoryNameEn, int? Year, double? Output, OutputTier? Tier, double? Enterprises, double? Employment,
    Provenance Provenance, bool FiguresAreSample, int Version);
