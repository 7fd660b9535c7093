using ClusterScope.Domain.Chains;
using ClusterScope.Domain.Registry;

namespace ClusterScope.Data.Chains;

/// <summary>An enterprise of the place with its figures of the map's year and its placement on the chain.</summary>
/// <param name="Code">Enterprise code.</param>
/// <param name="NameZh">Chinese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="ZoneCode">Its zone.</param>
/// <param name="IndustryCode">Its GB/T 4754 code as recorded.</param>
/// <param name="IsLeading">A leading enterprise (龙头企业).</param>
/// <param name="Output">Revenue of the year, 100m CNY; null when not reported.</param>
/// <param name="Employment">Persons employed in the year; null when not reported.</param>
/// <param name="Provenance">Real or sample.</param>
/// <param name="Placement">Where it stands on the chain and why.</param>
public sealed record PlacedEnterprise(string Code, string NameZh, string NameEn, string? ZoneCode, string? IndustryCode, bool IsLeading,
    double? Output, double? Employment, Provenance Provenance, Placement Placement);
