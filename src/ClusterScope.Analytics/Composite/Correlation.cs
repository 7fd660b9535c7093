namespace ClusterScope.Analytics.Composite;

/// <summary>Pearson correlation over the pairs where both values are observed.</summary>
/// <remarks>R <c>cor(x, y, use = "pairwise.complete.obs")</c>, which COINr's <c>get_corr</c> and <c>get_cronbach</c> use.</remarks>
public static class Correlation
{
    /// <summary>Pearson's r over the complete pairs of <paramref name="x"/> and <paramref name="y"/>.</summary>
    /// <remarks>R <c>stats::cor(method = "pearson", use = "pairwise.complete.obs")</c>. Fewer than 2 complete pairs or a
    /// constant series gives NaN.</remarks>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static double Pearson(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var (n, mx, my) = PairMeans(x, y);
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsNaN(x[i]) && !double.IsNaN(y[i]))
            {
                sxy += (x[i] - mx) * (y[i] - my);
                sxx += (x[i] - mx) * (x[i] - mx);
                syy += (y[i] - my) * (y[i] - my);
            }
        }

        return n < 2 || sxx == 0 || syy == 0 ? double.NaN : sxy / Math.Sqrt(sxx * syy);
    }

    /// <summary>Sample covariance (n - 1) over the complete pairs.</summary>
    /// <remarks>R <c>stats::cov(use = "pairwise.complete.obs")</c>. Fewer than 2 complete pairs gives NaN.</remarks>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static double Covariance(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var (n, mx, my) = PairMeans(x, y);
        double sxy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsNaN(x[i]) && !double.IsNaN(y[i]))
            {
                sxy += (x[i] - mx) * (y[i] - my);
            }
        }

        return n < 2 ? double.NaN : sxy / (n - 1);
    }

    private static (int N, double MeanX, double MeanY) PairMeans(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException($"{x.Length} values of x but {y.Length} of y.", nameof(y));
        }

        double sx = 0, sy = 0;
        var n = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsNaN(x[i]) && !double.IsNaN(y[i]))
            {
                sx += x[i];
                sy += y[i];
                n++;
            }
        }

        return (n, sx / n, sy / n);
    }
}
