using ClusterScope.Analytics.LinearAlgebra;

namespace ClusterScope.Analytics.Complexity;

/// <summary>The product (industry) space: proximity between industries and the density of a region around each industry.</summary>
public static class ProductSpace
{
    /// <summary>Proximity of every pair of industries from co-occurrence in the regions' presence matrix.</summary>
    /// <param name="presence">Region x industry 0/1 matrix M.</param>
    /// <param name="measure"><see cref="ProximityMeasure.MinimumConditional"/> or <see cref="ProximityMeasure.Asymmetric"/>.</param>
    /// <remarks>Hidalgo, Klinger, Barabási and Hausmann (2007), <i>Science</i> 317: phi_pq = C_pq / max(k_p, k_q) with
    /// C = M'M and k the ubiquity, the minimum of the two conditional probabilities; <c>Asymmetric</c> gives C_pq / k_p.
    /// Matches py-ecomplexity 0.5.2 <c>calc_discrete_proximity</c>, whose matrix has diagonal 1 (its <c>proximity()</c>
    /// output lists only the pairs p != q). An industry present nowhere has NaN proximities.</remarks>
    /// <exception cref="ArgumentException"><paramref name="measure"/> is <see cref="ProximityMeasure.Continuous"/> (use <see cref="ContinuousProximity(Matrix)"/>).</exception>
    public static Matrix Proximity(Matrix presence, ProximityMeasure measure = ProximityMeasure.MinimumConditional)
    {
        ArgumentNullException.ThrowIfNull(presence);
        if (measure == ProximityMeasure.Continuous)
        {
            throw new ArgumentException("Continuous proximity is computed from RCA values: call ContinuousProximity.", nameof(measure));
        }

        return FromCounts(CoOccurrenceCounts.Compute(presence), measure);
    }

    /// <summary>Continuous proximity (1 + corr(RCA_p, RCA_q)) / 2, the correlation taken over regions.</summary>
    /// <remarks>py-ecomplexity 0.5.2 <c>calc_continuous_proximity</c> (<c>continuous=True</c>): NumPy <c>corrcoef</c> of the
    /// RCA columns; diagonal 1. An industry whose RCA is the same in every region has NaN proximities.</remarks>
    public static Matrix ContinuousProximity(Matrix rca) => ContinuousProximity(rca, managed: false);

    /// <summary>Density of each region around each industry: the proximity-weighted share of related industries it has.</summary>
    /// <param name="weights">Region x industry presence M (or RCA, with continuous proximity).</param>
    /// <param name="proximity">Industry x industry phi with its unit diagonal.</param>
    /// <param name="self">Whether phi_pp counts (py-ecomplexity 0.5.2 includes it).</param>
    /// <remarks>Hidalgo et al. (2007): density_cp = sum_q M_cq phi_pq / sum_q phi_pq, 0..1. py-ecomplexity 0.5.2
    /// <c>calc_density</c> sums over q including p through the unit diagonal (upstream issue #38);
    /// <see cref="DensitySelf.Exclude"/> leaves q = p out of both sums. Its <c>knn</c> variant (counts neighbours and
    /// ignores their weights, #35) is not offered. Computed as one matrix product M phi'. An industry whose
    /// proximities sum to 0 has NaN density.</remarks>
    /// <exception cref="ArgumentException">The dimensions do not match.</exception>
    public static Matrix Density(Matrix weights, Matrix proximity, DensitySelf self = DensitySelf.Include) =>
        Density(weights, proximity, self, managed: false);

    internal static Matrix FromCounts(Matrix counts, ProximityMeasure measure)
    {
        var n = counts.Rows;
        var phi = new Matrix(n, n);
        Parallel.For(0, n, p =>
        {
            var kp = counts[p, p];
            var row = phi.RowSpan(p);
            var source = counts.Row(p);
            for (var q = 0; q < n; q++)
            {
                row[q] = measure == ProximityMeasure.Asymmetric ? source[q] / kp : source[q] / Math.Max(kp, counts[q, q]);
            }
        });
        return phi;
    }

    internal static Matrix ContinuousProximity(Matrix rca, bool managed)
    {
        ArgumentNullException.ThrowIfNull(rca);
        var means = rca.ColumnSums();
        for (var c = 0; c < means.Length; c++)
        {
            means[c] /= rca.Rows;
        }

        var centred = new Matrix(rca.Rows, rca.Columns);
        for (var r = 0; r < rca.Rows; r++)
        {
            System.Numerics.Tensors.TensorPrimitives.Subtract(rca.Row(r), means, centred.RowSpan(r));
        }

        var gram = MatrixProduct.Gram(centred, managed);
        var n = gram.Rows;
        var phi = new Matrix(n, n);
        for (var p = 0; p < n; p++)
        {
            for (var q = 0; q < n; q++)
            {
                var corr = p == q ? 1 : Math.Clamp(gram[p, q] / Math.Sqrt(gram[p, p] * gram[q, q]), -1, 1);
                phi[p, q] = (1 + corr) / 2;
            }
        }

        return phi;
    }

    internal static Matrix Density(Matrix weights, Matrix proximity, DensitySelf self, bool managed)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(proximity);
        if (proximity.Rows != weights.Columns || proximity.Columns != weights.Columns)
        {
            throw new ArgumentException($"Proximity is {proximity.Rows} x {proximity.Columns}; expected {weights.Columns} x {weights.Columns} for {weights.Columns} industries.", nameof(proximity));
        }

        var sums = Denominators(proximity, self);
        var density = MatrixProduct.Multiply(weights, proximity, transposeB: true, managed);
        var n = proximity.Rows;
        Parallel.For(0, weights.Rows, c =>
        {
            var row = density.RowSpan(c);
            var w = weights.Row(c);
            for (var p = 0; p < n; p++)
            {
                var numerator = self == DensitySelf.Exclude ? row[p] - (w[p] * proximity[p, p]) : row[p];
                row[p] = numerator / sums[p];
            }
        });
        return density;
    }

    /// <summary>Row sums of phi, without the diagonal when the industry itself is excluded.</summary>
    internal static double[] Denominators(Matrix proximity, DensitySelf self)
    {
        var sums = proximity.RowSums();
        if (self == DensitySelf.Exclude)
        {
            for (var p = 0; p < sums.Length; p++)
            {
                sums[p] -= proximity[p, p];
            }
        }

        return sums;
    }
}
