namespace ClusterScope.Domain.Evaluation;

/// <summary>What award rules need of one ranked unit.</summary>
/// <param name="Unit">The unit code.</param>
/// <param name="Rank">Nominal rank, 1 = best.</param>
/// <param name="RankP05">5 % quantile of the Monte Carlo rank (NaN without an uncertainty analysis).</param>
/// <param name="RankP95">95 % quantile of the Monte Carlo rank (NaN without an uncertainty analysis).</param>
public sealed record RankedUnit(string Unit, double Rank, double RankP05, double RankP95);
