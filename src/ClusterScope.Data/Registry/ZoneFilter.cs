using ClusterScope.Domain.Registry;

namespace ClusterScope.Data.Registry;

/// <summary>Filters of the development-zone listing; null means "any".</summary>
/// <param name="Prefecture">Prefecture code, e.g. 220100.</param>
/// <param name="Level">Approval level.</param>
/// <param name="Type">GB/T 37028 type code, e.g. 101.</param>
/// <param name="Category">Zones with a cluster of this industry category.</param>
/// <param name="Search">Part of the Chinese or English name, or of the code.</param>
/// <param name="Year">The year whose output is shown; null for the default by coverage.</param>
public sealed record ZoneFilter(string? Prefecture = null, ZoneLevel? Level = null, string? Type = null, string? Category = null, string? Search = null,
    int? Year = null);
