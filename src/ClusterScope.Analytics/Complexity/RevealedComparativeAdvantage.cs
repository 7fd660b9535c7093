namespace ClusterScope.Analytics.Complexity;

/// <summary>Balassa's revealed comparative advantage and the presence matrix cut from it, for the complexity pipeline.</summary>
/// <remarks>Balassa (1965); py-ecomplexity 0.5.2 <c>calculate_rca</c> / <c>calculate_mcp</c>. Kept internal: the public
/// location quotient with its zero-total and rounding options is <c>ClusterScope.Analytics.Specialisation</c>'s. Here the
/// input has no zero-total row or column (see <see cref="ActiveSubset"/>), so no division by zero can occur.</remarks>
internal static class RevealedComparativeAdvantage
{
    /// <summary>RCA_ri = (x_ri / x_r.) / (x_.i / x_..).</summary>
    public static Matrix Compute(Matrix values)
    {
        var rowTotals = values.RowSums();
        var columnTotals = values.ColumnSums();
        var total = rowTotals.Sum();
        var rca = new Matrix(values.Rows, values.Columns);
        Parallel.For(0, values.Rows, r =>
        {
            var target = rca.RowSpan(r);
            var source = values.Row(r);
            var rowTotal = rowTotals[r];
            for (var c = 0; c < target.Length; c++)
            {
                target[c] = source[c] / rowTotal / (columnTotals[c] / total);
            }
        });
        return rca;
    }

    /// <summary>M = 1 where RCA &gt;= <paramref name="threshold"/>, else 0 (NaN counts as 0, as NumPy's <c>nan_to_num</c>).</summary>
    public static Matrix Presence(Matrix rca, double threshold)
    {
        var m = new Matrix(rca.Rows, rca.Columns);
        Parallel.For(0, rca.Rows, r =>
        {
            var target = m.RowSpan(r);
            var source = rca.Row(r);
            for (var c = 0; c < target.Length; c++)
            {
                target[c] = source[c] >= threshold ? 1 : 0;
            }
        });
        return m;
    }
}
