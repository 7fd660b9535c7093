namespace ClusterScope.Analytics.Complexity;

/// <summary>Relatedness between industries from how often they co-occur in regions (EconGeo 2.1).</summary>
public static class Relatedness
{
    /// <summary>Co-occurrence C = M'M: the number of regions where both industries are present, diagonal 0.</summary>
    /// <param name="presence">Region x industry 0/1 matrix M.</param>
    /// <remarks>EconGeo 2.1 <c>co_occurrence(t(mat))</c> (diagonal = FALSE). For a 0/1 matrix the counts are exact
    /// integers (bit-set popcounts); any other matrix is multiplied as it is.</remarks>
    public static Matrix CoOccurrence(Matrix presence)
    {
        ArgumentNullException.ThrowIfNull(presence);
        var counts = CoOccurrenceCounts.Compute(presence);
        for (var p = 0; p < counts.Rows; p++)
        {
            counts[p, p] = 0;
        }

        return counts;
    }

    /// <summary>Normalises a co-occurrence matrix into relatedness.</summary>
    /// <param name="coOccurrence">Industry x industry co-occurrence counts (its diagonal is ignored).</param>
    /// <param name="method">Normalisation; EconGeo's default is <see cref="RelatednessMethod.Probability"/>.</param>
    /// <remarks>van Eck and Waltman (2009), <i>JASIST</i> 60(8); Steijn (2017) for the probability index; EconGeo 2.1
    /// <c>relatedness(mat, method)</c>. With the diagonal set to 0, s = column sums, t = total: probability
    /// c_ij / ([s_i/t s_j/(t - s_i) + s_j/t s_i/(t - s_j)] t / 2), association (c_ij/t) / ((s_i/t)(s_j/t)), cosine
    /// c_ij / sqrt(s_i s_j), Jaccard c_ij / (s_i + s_j - c_ij). NaN (0/0, an industry that co-occurs with none) becomes 0
    /// and the diagonal is 0, as in EconGeo.</remarks>
    /// <exception cref="ArgumentException">The matrix is not square.</exception>
    public static Matrix FromCoOccurrence(Matrix coOccurrence, RelatednessMethod method = RelatednessMethod.Probability)
    {
        ArgumentNullException.ThrowIfNull(coOccurrence);
        var n = coOccurrence.Rows;
        if (coOccurrence.Columns != n)
        {
            throw new ArgumentException($"A co-occurrence matrix is square; got {n} x {coOccurrence.Columns}.", nameof(coOccurrence));
        }

        var c = coOccurrence.Clone();
        for (var i = 0; i < n; i++)
        {
            c[i, i] = 0;
        }

        var s = c.ColumnSums();
        var t = s.Sum();
        var r = new Matrix(n, n);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var value = i == j ? 0 : Normalise(c[i, j], s[i], s[j], t, method);
                r[i, j] = double.IsNaN(value) ? 0 : value;
            }
        }

        return r;
    }

    private static double Normalise(double cij, double si, double sj, double t, RelatednessMethod method) => method switch
    {
        RelatednessMethod.Probability => cij / ((((sj / t) * (si / (t - sj))) + ((si / t) * (sj / (t - si)))) * (t / 2)),
        RelatednessMethod.Association => cij / t / (sj / t * (si / t)),
        RelatednessMethod.Cosine => cij / Math.Sqrt(sj * si),
        RelatednessMethod.Jaccard => cij / (sj + si - cij),
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown relatedness method."),
    };
}
