using ClusterScope.Domain.Registry;

namespace ClusterScope.Data.Registry;

/// <summary>A development zone as listed: its facts plus its cluster count and latest output.</summary>
public sealed record ZoneRow(
    string Code, string NameZh, string NameEn, ZoneLevel Level, string TypeCode, string TypeZh, string TypeEn,
    string PrefectureCode, string PrefectureNameZh, string PrefectureNameEn, string? CountyCode,
    DateOnly? ApprovalDate, double? AreaHectares, string? LeadingIndustriesZh, string? LeadingIndustriesEn,
    EcoIndustrialStatus EcoIndustrialStatus, int ClusterCount, int? OutputYear, double? Output, bool OutputIsSample,
    double? Longitude, double? Latitude, int Version);
