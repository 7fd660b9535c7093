using ClusterScope.Domain.Targets;

namespace ClusterScope.Data.Targets;

/// <summary>The entities behind one target's number in one year, with the target's progress.</summary>
public sealed record TargetEntities(TargetProgress Progress, IReadOnlyList<CountedEntity> Entities);
