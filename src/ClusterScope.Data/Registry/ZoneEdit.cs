using ClusterScope.Domain.Registry;

namespace ClusterScope.Data.Registry;

/// <summary>The editable fields of a development zone, and the version the editor started from.</summary>
public sealed record ZoneEdit(string NameZh, string NameEn, string? LeadingIndustriesZh, string? LeadingIndustriesEn,
    double? AreaHectares, EcoIndustrialStatus EcoIndustrialStatus, int Version);
