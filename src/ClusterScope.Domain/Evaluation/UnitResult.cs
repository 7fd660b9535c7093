namespace ClusterScope.Domain.Evaluation;

/// <summary>One unit's result in an evaluation run.</summary>
/// <param name="Unit">The unit code.</param>
/// <param name="Group">The unit's group, if groups were given.</param>
/// <param name="Score">Index score (NaN when the unit is not ranked).</param>
/// <param name="Rank">Nominal rank among ranked units, 1 = best, ties "min" (NaN when not ranked).</param>
/// <param name="RankMedian">Median Monte Carlo rank (NaN without an uncertainty analysis).</param>
/// <param name="RankP05">5 % quantile of the Monte Carlo rank, R type 7.</param>
/// <param name="RankP95">95 % quantile of the Monte Carlo rank, R type 7.</param>
/// <param name="DimensionScores">Score of each dimension, in the order of the framework's dimensions.</param>
/// <param name="GroupRank">Rank within the group (by the group's weights when it has its own), NaN without groups.</param>
/// <param name="Awards">Codes of the awards earned.</param>
/// <param name="ExcludedReason">Why the unit is not ranked, in plain words in both languages, or <see langword="null"/>.</param>
public sealed record UnitResult(string Unit, string? Group, double Score, double Rank, double RankMedian, double RankP05,
    double RankP95, IReadOnlyList<double> DimensionScores, double GroupRank, IReadOnlyList<string> Awards, ExclusionReason? ExcludedReason);
