namespace ClusterScope.Domain.Plausibility;

/// <summary>A part indicator whose values over the children of an entity cannot exceed the entity's whole indicator.</summary>
/// <param name="PartIndicator">Reported by the parts, e.g. <c>cluster_output</c> by each cluster of a zone.</param>
/// <param name="WholeIndicator">Reported by the whole, e.g. <c>zone_industrial_output</c> by the zone.</param>
public sealed record PartWholeRule(string PartIndicator, string WholeIndicator);
