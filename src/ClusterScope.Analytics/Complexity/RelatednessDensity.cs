namespace ClusterScope.Analytics.Complexity;

/// <summary>Relatedness density: how related a region's industries are to each industry, in percent (EconGeo 2.1).</summary>
/// <remarks>Boschma, Balland and Kogler (2015), <i>Industrial and Corporate Change</i> 24(1):
/// density_ri = 100 (M R)_ri / sum_k R_ki. With a zero-diagonal R (EconGeo <c>relatedness</c>) the industry itself does
/// not count. Not py-ecomplexity's density (0..1, minimum conditional probability, self included: <see cref="ProductSpace.Density(Matrix, Matrix, DensitySelf)"/>).
/// Default unrounded; <see cref="Rounding.EconGeo"/> applies EconGeo's rounding with R's <c>round()</c>. An industry related
/// to none (column sum 0) has NaN density, as in R.</remarks>
public static class RelatednessDensity
{
    /// <summary>Relatedness density of every region around every industry (EconGeo <c>relatedness_density</c>; EconGeo rounds to 2 decimals).</summary>
    /// <remarks>Boschma, Balland and Kogler (2015): 100 (M R)_ri / sum_k R_ki; EconGeo 2.1 <c>relatedness_density</c> without its final rounding by default.</remarks>
    /// <exception cref="ArgumentException">The dimensions do not match.</exception>
    public static Matrix Compute(Matrix presence, Matrix relatedness, Rounding rounding = Rounding.None) =>
        Round(Unrounded(presence, relatedness), rounding == Rounding.EconGeo ? 2 : null);

    /// <summary>Density towards industries the region does not have; NaN where it has them (EconGeo <c>relatedness_density_ext</c>).</summary>
    /// <remarks>EconGeo rounds the density to integers before masking (<see cref="Rounding.EconGeo"/>).</remarks>
    /// <exception cref="ArgumentException">The dimensions do not match.</exception>
    public static Matrix External(Matrix presence, Matrix relatedness, Rounding rounding = Rounding.None) =>
        Masked(presence, Round(Unrounded(presence, relatedness), rounding == Rounding.EconGeo ? 0 : null), present: false);

    /// <summary>Density within the region's own portfolio; NaN for industries it lacks (EconGeo <c>relatedness_density_int</c>).</summary>
    /// <remarks>EconGeo rounds the density to integers before masking (<see cref="Rounding.EconGeo"/>).</remarks>
    /// <exception cref="ArgumentException">The dimensions do not match.</exception>
    public static Matrix Internal(Matrix presence, Matrix relatedness, Rounding rounding = Rounding.None) =>
        Masked(presence, Round(Unrounded(presence, relatedness), rounding == Rounding.EconGeo ? 0 : null), present: true);

    /// <summary>Mean external density per region, the technological flexibility of Balland, Rigby and Boschma (2015) (EconGeo <c>relatedness_density_ext_avg</c>).</summary>
    /// <remarks><see cref="Rounding.EconGeo"/>: integers before averaging, and the mean rounded again. A region with every
    /// industry has NaN (0/0).</remarks>
    /// <exception cref="ArgumentException">The dimensions do not match.</exception>
    public static double[] AverageExternal(Matrix presence, Matrix relatedness, Rounding rounding = Rounding.None) =>
        RowMeans(External(presence, relatedness, rounding), rounding);

    /// <summary>Mean internal density per region, the coherence of its portfolio (EconGeo <c>relatedness_density_int_avg</c>).</summary>
    /// <remarks>As <see cref="AverageExternal"/>; a region with no industry has NaN.</remarks>
    /// <exception cref="ArgumentException">The dimensions do not match.</exception>
    public static double[] AverageInternal(Matrix presence, Matrix relatedness, Rounding rounding = Rounding.None) =>
        RowMeans(Internal(presence, relatedness, rounding), rounding);

    private static Matrix Unrounded(Matrix presence, Matrix relatedness)
    {
        ArgumentNullException.ThrowIfNull(presence);
        ArgumentNullException.ThrowIfNull(relatedness);
        if (relatedness.Rows != presence.Columns || relatedness.Columns != presence.Columns)
        {
            throw new ArgumentException($"Relatedness is {relatedness.Rows} x {relatedness.Columns}; expected {presence.Columns} x {presence.Columns}.", nameof(relatedness));
        }

        var totals = relatedness.ColumnSums();
        var density = LinearAlgebra.MatrixProduct.Multiply(presence, relatedness, transposeB: false);
        for (var r = 0; r < density.Rows; r++)
        {
            var row = density.RowSpan(r);
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = row[i] / totals[i] * 100;
            }
        }

        return density;
    }

    private static Matrix Round(Matrix m, int? digits)
    {
        if (digits is { } d)
        {
            for (var r = 0; r < m.Rows; r++)
            {
                var row = m.RowSpan(r);
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = RRound.Round(row[i], d);
                }
            }
        }

        return m;
    }

    private static Matrix Masked(Matrix presence, Matrix density, bool present)
    {
        for (var r = 0; r < density.Rows; r++)
        {
            var row = density.RowSpan(r);
            var m = presence.Row(r);
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = (m[i] != 0) == present ? row[i] : double.NaN;
            }
        }

        return density;
    }

    private static double[] RowMeans(Matrix masked, Rounding rounding)
    {
        var means = new double[masked.Rows];
        for (var r = 0; r < masked.Rows; r++)
        {
            double sum = 0;
            var count = 0;
            foreach (var v in masked.Row(r))
            {
                if (!double.IsNaN(v))
                {
                    sum += v;
                    count++;
                }
            }

            var mean = sum / count;
            means[r] = rounding == Rounding.EconGeo ? RRound.Round(mean, 0) : mean;
        }

        return means;
    }
}
