namespace ClusterScope.Analytics.Agglomeration;

/// <summary>Ellison-Glaeser (1997) agglomeration and coagglomeration of industries from plant records.</summary>
/// <remarks>Ellison, G. &amp; Glaeser, E. L. (1997), "Geographic concentration in U.S. manufacturing industries:
/// a dartboard approach", <i>Journal of Political Economy</i> 105(5), 889-927.</remarks>
public static partial class EllisonGlaeser
{
    /// <summary>Ellison-Glaeser gamma of every industry, with G, the plant Herfindahl, REAT's z statistic of G and the plant count.</summary>
    /// <remarks>Ellison &amp; Glaeser (1997) eq. 4: gamma_i = (G_i / (1 - sum_j x_j^2) - H_i) / (1 - H_i),
    /// G_i = sum_j (s_ij - x_j)^2, s_ij = industry i's share of its employment in region j, H_i = sum_k z_k^2 the
    /// plant Herfindahl (z_k = plant k's share of the industry). x_j is region j's share of the reference
    /// population: by default all plants of the data, as REAT 3.0.3 <c>ellison.a2</c> does (this reproduces its
    /// gamma, G, z and plant count); <paramref name="referenceWeights"/> (e.g. total manufacturing or population by
    /// region) replaces it and is divided by its sum. z_G = (G_i - (1 - sum x^2) H_i) / sqrt(Var G_i) with
    /// Var G_i = 2 [H_i^2 (sum x^2 - 2 sum x^3 + (sum x^2)^2) - sum_k z_k^4 (sum x^2 - 4 sum x^3 + 3 (sum x^2)^2)]
    /// (REAT <c>ellison.a</c>, EG 1997 under the dartboard null). An industry with no employment gives NaN
    /// everywhere; H_i = 1 (one plant) or all employment in a single region (sum x^2 = 1) gives NaN gamma;
    /// a non-positive variance gives NaN z.</remarks>
    /// <param name="plants">Plant records aggregated by <see cref="PlantEmployment.Aggregate"/>.</param>
    /// <param name="referenceWeights">Optional weight of each region (length = region count); empty for all plants.</param>
    /// <exception cref="ArgumentException">The reference weights have the wrong length, a negative or non-finite
    /// value (named by region index), or sum to zero; or no plant has employment.</exception>
    public static EllisonGlaeserResult Agglomeration(PlantEmployment plants, ReadOnlySpan<double> referenceWeights = default)
    {
        ArgumentNullException.ThrowIfNull(plants);
        var x = ReferenceDistribution.Resolve(plants, referenceWeights);
        var n = plants.IndustryCount;
        var (gamma, g, h, z) = (new double[n], new double[n], new double[n], new double[n]);
        for (var i = 0; i < n; i++)
        {
            var total = plants.IndustryTotalSpan[i];
            g[i] = RawConcentration(plants.IndustryRow(i), total, x.Shares);
            h[i] = plants.SquaredEmployment[i] / (total * total);
            gamma[i] = Gamma(g[i], h[i], x.SumOfSquares);
            z[i] = ZStatistic(g[i], h[i], plants.FourthPowerEmployment[i] / (total * total) / (total * total), x);
        }

        return new EllisonGlaeserResult(gamma, g, h, z, [.. plants.Plants], x.Shares);
    }

    /// <summary>Ellison-Glaeser gamma straight from plant records (aggregates them, then as
    /// <see cref="Agglomeration(PlantEmployment, ReadOnlySpan{double})"/> with all plants as the reference).</summary>
    /// <remarks>Ellison &amp; Glaeser (1997) eq. 4, REAT 3.0.3 <c>ellison.a2</c> conventions; see the other overload
    /// for the formula and the NaN rules, and <see cref="PlantEmployment.Aggregate"/> for the input rules.</remarks>
    /// <exception cref="ArgumentException">Lengths differ, or a plant has an index out of range or an invalid
    /// employment (the message names the plant index).</exception>
    public static EllisonGlaeserResult Agglomeration(ReadOnlySpan<int> region, ReadOnlySpan<int> industry,
        ReadOnlySpan<double> employment, int regionCount, int industryCount) =>
        Agglomeration(PlantEmployment.Aggregate(region, industry, employment, regionCount, industryCount));

    /// <summary>G = sum_j (e_j / total - x_j)^2; NaN when the total is zero.</summary>
    internal static double RawConcentration(ReadOnlySpan<double> employment, double total, ReadOnlySpan<double> x)
    {
        if (!(total > 0))
        {
            return double.NaN;
        }

        var g = 0.0;
        for (var j = 0; j < employment.Length; j++)
        {
            var d = (employment[j] / total) - x[j];
            g += d * d;
        }

        return g;
    }

    internal static double Gamma(double g, double h, double sumOfSquaredShares)
    {
        var spread = 1 - sumOfSquaredShares;
        return h < 1 && spread > 0 ? (g - (spread * h)) / (spread * (1 - h)) : double.NaN;
    }

    private static double ZStatistic(double g, double h, double sumOfFourthShares, ReferenceDistribution x)
    {
        var (x2, x3) = (x.SumOfSquares, x.SumOfCubes);
        var variance = 2 * ((h * h * (x2 - (2 * x3) + (x2 * x2))) - (sumOfFourthShares * (x2 - (4 * x3) + (3 * x2 * x2))));
        return variance > 0 ? (g - ((1 - x2) * h)) / Math.Sqrt(variance) : double.NaN;
    }
}
