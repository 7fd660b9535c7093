using System.Numerics.Tensors;

namespace ClusterScope.Analytics.Agglomeration;

/// <summary>Maurel-Sedillot (1999) agglomeration index, the maximum-likelihood sibling of Ellison-Glaeser.</summary>
/// <remarks>Maurel, F. &amp; Sedillot, B. (1999), "A measure of the geographic concentration in French manufacturing
/// industries", <i>Regional Science and Urban Economics</i> 29(5), 575-604.</remarks>
public static class MaurelSedillot
{
    /// <summary>Maurel-Sedillot G_MS and gamma_MS of every industry.</summary>
    /// <remarks>Maurel &amp; Sedillot (1999): G_MS = (sum_j s_ij^2 - sum_j x_j^2) / (1 - sum_j x_j^2),
    /// gamma_MS = (G_MS - H_i) / (1 - H_i), with s_ij, x_j and the plant Herfindahl H_i as in
    /// <see cref="EllisonGlaeser.Agglomeration(PlantEmployment, ReadOnlySpan{double})"/> (x_j from all plants unless
    /// <paramref name="referenceWeights"/> is given). No peer package implements it; the reference is a formula
    /// evaluation (case 03, <c>formula_eg_and_maurel_sedillot.csv</c>). An industry with no employment gives NaN;
    /// H_i = 1 or sum x^2 = 1 gives NaN gamma.</remarks>
    /// <param name="plants">Plant records aggregated by <see cref="PlantEmployment.Aggregate"/>.</param>
    /// <param name="referenceWeights">Optional weight of each region; empty for all plants' employment.</param>
    /// <exception cref="ArgumentException">The reference weights have the wrong length, a negative or non-finite
    /// value, or sum to zero; or no plant has employment.</exception>
    public static MaurelSedillotResult Agglomeration(PlantEmployment plants, ReadOnlySpan<double> referenceWeights = default)
    {
        ArgumentNullException.ThrowIfNull(plants);
        var x = ReferenceDistribution.Resolve(plants, referenceWeights);
        var spread = 1 - x.SumOfSquares;
        var n = plants.IndustryCount;
        var (gamma, g, h) = (new double[n], new double[n], new double[n]);
        for (var i = 0; i < n; i++)
        {
            var total = plants.IndustryTotalSpan[i];
            var shareSquares = total > 0 ? TensorPrimitives.SumOfSquares(plants.IndustryRow(i)) / (total * total) : double.NaN;
            g[i] = spread > 0 ? (shareSquares - x.SumOfSquares) / spread : double.NaN;
            h[i] = plants.SquaredEmployment[i] / (total * total);
            gamma[i] = h[i] < 1 ? (g[i] - h[i]) / (1 - h[i]) : double.NaN;
        }

        return new MaurelSedillotResult(gamma, g, h, x.Shares);
    }
}
