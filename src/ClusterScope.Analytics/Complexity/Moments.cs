using System.Numerics.Tensors;

namespace ClusterScope.Analytics.Complexity;

/// <summary>Means, population standard deviations and correlations as the peers compute them.</summary>
internal static class Moments
{
    /// <summary>Standard deviation with divisor n (NumPy's default <c>ddof = 0</c>).</summary>
    public static double PopulationSd(ReadOnlySpan<double> x)
    {
        var mean = TensorPrimitives.Average(x);
        var sum = 0.0;
        foreach (var v in x)
        {
            sum += (v - mean) * (v - mean);
        }

        return Math.Sqrt(sum / x.Length);
    }

    /// <summary>(x - mean) / sd with the population sd; NaN everywhere when sd is 0.</summary>
    public static double[] ZScore(ReadOnlySpan<double> x, double mean, double sd)
    {
        var r = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            r[i] = (x[i] - mean) / sd;
        }

        return r;
    }

    /// <summary>Pearson correlation; NaN when either side is constant.</summary>
    public static double Pearson(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var mx = TensorPrimitives.Average(x);
        var my = TensorPrimitives.Average(y);
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        return sxy / Math.Sqrt(sxx * syy);
    }

    /// <summary>Spearman correlation: Pearson on ranks, ties given their average rank (R's <c>cor(method = "spearman")</c>).</summary>
    public static double Spearman(ReadOnlySpan<double> x, ReadOnlySpan<double> y) => Pearson(Ranks(x), Ranks(y));

    private static double[] Ranks(ReadOnlySpan<double> x)
    {
        var values = x.ToArray();
        var order = Enumerable.Range(0, x.Length).OrderBy(i => values[i]).ToArray();
        var ranks = new double[x.Length];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }

            for (var i = start; i <= end; i++)
            {
                ranks[order[i]] = ((start + end) / 2.0) + 1;
            }

            start = end + 1;
        }

        return ranks;
    }
}
