namespace ClusterScope.Analytics.Composite;

/// <summary>Which uncertain choice moves the ranks most: sensitivity indices and the rank spread of the base runs.</summary>
/// <param name="Factors">The uncertain inputs, in the order of the indices ("weights", "normalisation",
/// "aggregation", "inclusion"; only those that vary).</param>
/// <param name="Estimate">S_i and ST_i of the mean absolute rank change from the nominal ranks (COINr's target).</param>
/// <param name="Ranks">Rank statistics over the 2N base runs (A and B), as COINr reports them.</param>
/// <param name="Bootstrap">95 % bootstrap intervals of the indices (<see cref="SensitivityIndices.Bootstrap"/>).</param>
public sealed record SensitivityResult(IReadOnlyList<string> Factors, SensitivityEstimate Estimate, IReadOnlyList<RankStatistics> Ranks,
    SensitivityBootstrap Bootstrap);
