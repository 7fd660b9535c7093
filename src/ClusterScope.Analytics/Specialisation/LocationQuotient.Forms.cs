namespace ClusterScope.Analytics.Specialisation;

public static partial class LocationQuotient
{
    /// <summary>Additive location quotient: x_ri / x_.i - x_r. / x_.., the region's share of the industry minus its share of the economy.</summary>
    /// <param name="values">Regions in rows, industries in columns; finite and non-negative.</param>
    /// <param name="zeroTotals">What a zero-total industry (or an all-zero matrix) gives: 0 (default) or NaN.</param>
    /// <remarks>REAT 3.0.3 <c>locq(e_ij, e_j, e_i, e, LQ.method = "a")</c>. Ranges over (-1, 1); 0 means the region
    /// holds the same share of the industry as of the whole economy. <see cref="ZeroTotals.Drop"/> behaves as NaN.</remarks>
    /// <exception cref="ArgumentException">A value is negative or not finite.</exception>
    public static Matrix Additive(Matrix values, ZeroTotals zeroTotals = ZeroTotals.Zero)
    {
        NonNegativeValues.Require(values, nameof(values));
        var empty = zeroTotals == ZeroTotals.Zero ? 0 : double.NaN;
        var rowTotals = values.RowSums();
        var columnTotals = values.ColumnSums();
        var total = columnTotals.Sum();
        var result = new Matrix(values.Rows, values.Columns);
        for (var r = 0; r < values.Rows; r++)
        {
            var regionShare = total > 0 ? rowTotals[r] / total : empty;
            var source = values.Row(r);
            var target = result.RowSpan(r);
            for (var c = 0; c < source.Length; c++)
            {
                target[c] = columnTotals[c] > 0 ? (source[c] / columnTotals[c]) - regionShare : empty;
            }
        }

        return result;
    }

    /// <summary>Standardised location quotient: SLQ_ri = (LQ_ri - mean_r LQ_.i) / sd_r(LQ_.i), a z-score of each industry's quotients across regions.</summary>
    /// <param name="values">Regions in rows, industries in columns; finite and non-negative.</param>
    /// <param name="zeroTotals">Convention for the underlying quotients (see <see cref="Compute(Matrix, ZeroTotals, Rounding)"/>).</param>
    /// <remarks>O'Donoghue and Gleave (2004), <i>Regional Studies</i> 38(4): the mean and the sample standard deviation
    /// (n - 1) are taken per industry over the regions. REAT 3.0.3 <c>locq2(LQ.norm = "OG")</c> is not used: it
    /// subtracts per-region means from a matrix scaled by per-industry standard deviations (R recycling), up to
    /// 0.95 away from this definition on reference case 01. An industry whose quotients are all equal (sd 0), or a
    /// matrix with fewer than two regions, gives NaN; NaN quotients give NaN for their industry.</remarks>
    /// <exception cref="ArgumentException">A value is negative or not finite.</exception>
    public static Matrix Standardised(Matrix values, ZeroTotals zeroTotals = ZeroTotals.Zero)
    {
        var lq = Compute(values, zeroTotals);
        var result = new Matrix(lq.Rows, lq.Columns);
        if (lq.Rows == 0)
        {
            return result;
        }

        for (var c = 0; c < lq.Columns; c++)
        {
            var column = lq.Column(c);
            var mean = column.Average();
            // Differences from the mean, not sums of squares: stable when the mean is large.
            var squares = column.Sum(v => (v - mean) * (v - mean));
            var sd = column.Length > 1 ? Math.Sqrt(squares / (column.Length - 1)) : double.NaN;
            for (var r = 0; r < lq.Rows; r++)
            {
                result[r, c] = sd > 0 ? (column[r] - mean) / sd : double.NaN;
            }
        }

        return result;
    }
}
