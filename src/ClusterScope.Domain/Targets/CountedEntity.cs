namespace ClusterScope.Domain.Targets;

/// <summary>One entity behind a target's number: a counted or summed cluster, a zone, or the region read.</summary>
/// <param name="Code">The entity's code.</param>
/// <param name="NameEn">English name.</param>
/// <param name="NameZh">Chinese name.</param>
/// <param name="Value">The value that made it count (output, incubators); null when it counts by a status.</param>
/// <param name="IsSample">Whether the value is generated sample.</param>
public sealed record CountedEntity(string Code, string NameEn, string NameZh, double? Value, bool IsSample);
