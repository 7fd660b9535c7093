namespace ClusterScope.Domain.Targets;

/// <summary>What target evaluation needs to know of a cluster.</summary>
/// <param name="Code">The cluster's code.</param>
/// <param name="ZoneCode">Its zone.</param>
/// <param name="CategoryCode">Its industry category.</param>
/// <param name="NameEn">English name.</param>
/// <param name="NameZh">Chinese name.</param>
public sealed record ClusterFact(string Code, string ZoneCode, string CategoryCode, string NameEn, string NameZh);
