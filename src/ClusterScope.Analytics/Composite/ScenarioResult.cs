namespace ClusterScope.Analytics.Composite;

/// <summary>Scores and ranks of every unit under every scenario, and each unit's rank summary.</summary>
/// <param name="Scenarios">The specifications, in column order (S1, S2, ...).</param>
/// <param name="Scores">Units by scenarios: the index score.</param>
/// <param name="Ranks">Units by scenarios: the rank (1 = best, ties "min").</param>
/// <param name="Summary">Per unit: nominal rank and the spread of its ranks.</param>
public sealed record ScenarioResult(IReadOnlyList<CompositeSpec> Scenarios, IndicatorMatrix Scores, IndicatorMatrix Ranks,
    IReadOnlyList<RankStatistics> Summary);
