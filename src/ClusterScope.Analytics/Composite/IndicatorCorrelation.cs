namespace ClusterScope.Analytics.Composite;

/// <summary>The correlation of one indicator with an aggregate above it, and whether it is suspicious.</summary>
/// <param name="Indicator">The indicator code.</param>
/// <param name="Aggregate">The aggregate code (its dimension or the index).</param>
/// <param name="R">Pearson's r over pairwise complete units, full precision.</param>
/// <param name="Negative">r &lt; 0: the indicator pulls against the aggregate (check its direction).</param>
/// <param name="NearZero">|r| below the threshold: the indicator barely moves the aggregate.</param>
public sealed record IndicatorCorrelation(string Indicator, string Aggregate, double R, bool Negative, bool NearZero);
