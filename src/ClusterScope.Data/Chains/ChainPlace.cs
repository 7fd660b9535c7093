namespace ClusterScope.Data.Chains;

/// <summary>A place a chain map is drawn for.</summary>
/// <param name="Code">Cluster code, zone code, or region code (prefecture or province).</param>
/// <param name="Level">What kind of place it is.</param>
/// <param name="NameZh">Its Chinese name.</param>
/// <param name="NameEn">Its English name.</param>
/// <param name="ZoneCodes">The zones it covers (one for a cluster or zone).</param>
public sealed record ChainPlace(string Code, PlaceLevel Level, string NameZh, string NameEn, IReadOnlyList<string> ZoneCodes);
