using ClusterScope.Domain.Registry;

namespace ClusterScope.Data.Registry;

/// <summary>Filters of the cluster listing; null means "any".</summary>
/// <param name="Prefecture">Prefecture code of the cluster's zone.</param>
/// <param name="Zone">Zone code.</param>
/// <param name="Level">Approval level of the cluster's zone.</param>
/// <param name="Category">Industry category code.</param>
/// <param name="Tier">Output tier in <paramref name="Year"/>.</param>
/// <param name="Year">The year whose output, tier, enterprises and employment are shown; null for the default by coverage (see <see cref="Periods"/>).</param>
/// <param name="Search">Part of the name or code.</param>
public sealed record ClusterFilter(string? Prefecture = null, string? Zone = null, ZoneLevel? Level = null, string? Category = null,
    OutputTier? Tier = null, int? Year = null, string? Search = null);
