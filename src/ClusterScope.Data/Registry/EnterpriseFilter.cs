using ClusterScope.Domain.Registry;

namespace ClusterScope.Data.Registry;

/// <summary>Filters of the enterprise listing; null means "any".</summary>
public sealed record EnterpriseFilter(string? Zone = null, string? Cluster = null, bool? Leading = null, Provenance? Provenance = null, string? Search = null);
