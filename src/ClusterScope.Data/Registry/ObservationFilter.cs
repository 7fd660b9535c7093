using ClusterScope.Domain.Registry;

namespace ClusterScope.Data.Registry;

/// <summary>Filters of the observation listing; null means "any".</summary>
public sealed record ObservationFilter(EntityKind? EntityKind = null, string? Entity = null, string? Indicator = null, string? Period = null, Provenance? Provenance = null);
