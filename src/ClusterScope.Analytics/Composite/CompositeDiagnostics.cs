namespace ClusterScope.Analytics.Composite;

/// <summary>Statistical coherence checks of a computed composite index.</summary>
/// <remarks>OECD/JRC (2008) Handbook, steps 4 and 8; COINr 1.1.14 <c>get_corr</c> (Pearson on the Aggregated set,
/// pairwise complete). COINr's default <c>pval = 0.05</c> blanks insignificant correlations; every correlation is
/// returned here at full precision.</remarks>
public static class CompositeDiagnostics
{
    /// <summary>Each indicator's correlation with its dimension (parent) and with each top-level aggregate.</summary>
    /// <remarks>COINr <c>get_corr(coin, dset = "Aggregated", Levels = c(1, 2))</c> and <c>Levels = c(1, 3)</c> with
    /// <c>pval = 1</c>: normalised indicator vs aggregate score. Flags negative correlations and those with
    /// |r| &lt; <paramref name="nearZero"/> (default 0.1). NaN r (constant column) is neither flagged negative nor near zero.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nearZero"/> is negative.</exception>
    public static IReadOnlyList<IndicatorCorrelation> Correlations(CompositeResult result, double nearZero = 0.1)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentOutOfRangeException.ThrowIfNegative(nearZero);
        var list = new List<IndicatorCorrelation>();
        foreach (var indicator in result.Framework.Indicators)
        {
            var targets = new[] { indicator.Parent }.Concat(result.TopCodes.Where(t => t != indicator.Parent));
            foreach (var aggregate in targets)
            {
                var r = Correlation.Pearson(result.Scores(indicator.Code), result.Scores(aggregate));
                list.Add(new IndicatorCorrelation(indicator.Code, aggregate, r, r < 0, Math.Abs(r) < nearZero));
            }
        }

        return list;
    }
}
