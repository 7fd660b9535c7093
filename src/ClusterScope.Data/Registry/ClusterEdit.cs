namespace ClusterScope.Data.Registry;

/// <summary>The editable fields of a cluster, and the version the editor started from.</summary>
public sealed record ClusterEdit(string NameZh, string NameEn, int Version);
