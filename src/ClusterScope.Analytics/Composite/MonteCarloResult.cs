namespace ClusterScope.Analytics.Composite;

/// <summary>The spread of every unit's rank over the runs of a Monte Carlo uncertainty analysis.</summary>
/// <param name="Spec">The analysis run.</param>
/// <param name="Ranks">Per unit (in data order): nominal rank, mean, median, 5 % and 95 % quantiles (R type 7), min, max.
/// Units excluded from the nominal ranking are left out.</param>
public sealed record MonteCarloResult(MonteCarloSpec Spec, IReadOnlyList<RankStatistics> Ranks);
