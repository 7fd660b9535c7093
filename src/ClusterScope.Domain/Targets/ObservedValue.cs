using ClusterScope.Domain.Registry;

namespace ClusterScope.Domain.Targets;

/// <summary>One yearly observation, as target evaluation reads it.</summary>
/// <param name="Kind">The kind of entity.</param>
/// <param name="EntityCode">The entity's code.</param>
/// <param name="Indicator">The indicator's code.</param>
/// <param name="Year">The year.</param>
/// <param name="Value">The value.</param>
/// <param name="IsSample">Whether the value is generated sample rather than a real figure.</param>
public sealed record ObservedValue(EntityKind Kind, string EntityCode, string Indicator, int Year, double Value, bool IsSample);
