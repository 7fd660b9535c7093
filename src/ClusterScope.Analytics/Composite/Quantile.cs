namespace ClusterScope.Analytics.Composite;

/// <summary>Sample quantiles as R's <c>quantile(type = 7)</c>, the default that COINr's rank summaries use.</summary>
/// <remarks>Hyndman and Fan (1996), <i>The American Statistician</i> 50(4), definition 7: with the sorted sample
/// x_(1..n) and h = (n - 1) p, Q(p) = x_(floor h + 1) + (h - floor h)(x_(floor h + 2) - x_(floor h + 1)).</remarks>
public static class Quantile
{
    /// <summary>The type-7 quantile of <paramref name="sample"/> at probability <paramref name="p"/>, ignoring NaN.</summary>
    /// <remarks>R <c>stats::quantile(x, probs = p, type = 7, na.rm = TRUE)</c>. An empty sample gives NaN.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is outside [0, 1].</exception>
    public static double Type7(ReadOnlySpan<double> sample, double p)
    {
        var sorted = Imputation.Observed(sample);
        Array.Sort(sorted);
        return Type7Sorted(sorted.Length, p, k => sorted[k]);
    }

    /// <summary>The type-7 quantile of a sorted sample of size <paramref name="n"/> whose k-th order statistic
    /// (0-based) is <paramref name="orderStatistic"/>(k).</summary>
    internal static double Type7Sorted(int n, double p, Func<int, double> orderStatistic)
    {
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "Probability must be in [0, 1].");
        }

        if (n == 0)
        {
            return double.NaN;
        }

        var h = (n - 1) * p;
        var lo = (int)Math.Floor(h);
        var low = orderStatistic(lo);
        return lo + 1 >= n ? low : low + ((h - lo) * (orderStatistic(lo + 1) - low));
    }
}
