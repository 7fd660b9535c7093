using ClusterScope.Domain.Registry;

namespace ClusterScope.Domain.Plausibility;

/// <summary>An entity named by its kind and code, e.g. the zone a cluster belongs to.</summary>
public sealed record EntityRef(EntityKind Kind, string Code);
