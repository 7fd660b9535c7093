namespace ClusterScope.Analytics.Specialisation;

/// <summary>A measure of one row of a matrix.</summary>
internal delegate double RowMeasure(ReadOnlySpan<double> row);

/// <summary>Applies a row measure to every row, in parallel when the matrix is large.</summary>
internal static class RowMeasures
{
    public static double[] Apply(Matrix values, RowMeasure measure)
    {
        var result = new double[values.Rows];
        if ((long)values.Rows * values.Columns >= LocationQuotient.ParallelCellThreshold)
        {
            Parallel.For(0, values.Rows, r => result[r] = measure(values.Row(r)));
        }
        else
        {
            for (var r = 0; r < values.Rows; r++)
            {
                result[r] = measure(values.Row(r));
            }
        }

        return result;
    }

    public static int[] CountAtLeast(Matrix values, double threshold)
    {
        if (!double.IsFinite(threshold))
        {
            throw new ArgumentException($"The threshold must be finite, got {threshold}.", nameof(threshold));
        }

        var counts = new int[values.Rows];
        for (var r = 0; r < values.Rows; r++)
        {
            foreach (var v in values.Row(r))
            {
                counts[r] += v >= threshold ? 1 : 0;
            }
        }

        return counts;
    }

    /// <summary>Sum_i |x_ri / x_r. - ref_ri| per row, the reference shares chosen by <paramref name="reference"/>.</summary>
    public static double[] Krugman(Matrix values, KrugmanReference reference)
    {
        var rowTotals = values.RowSums();
        var columnTotals = values.ColumnSums();
        var total = columnTotals.Sum();
        var meanShareSums = reference == KrugmanReference.MeanOfOthers ? ShareSums(values, rowTotals) : [];
        var others = values.Rows - 1;
        var result = new double[values.Rows];
        for (var r = 0; r < values.Rows; r++)
        {
            var row = values.Row(r);
            var sum = 0.0;
            for (var i = 0; i < row.Length; i++)
            {
                var share = row[i] / rowTotals[r];
                var referenceShare = reference switch
                {
                    KrugmanReference.Total => columnTotals[i] / total,
                    KrugmanReference.RestOfTotal => (columnTotals[i] - row[i]) / (total - rowTotals[r]),
                    KrugmanReference.MeanOfOthers => (meanShareSums[i] - share) / others,
                    _ => throw new ArgumentOutOfRangeException(nameof(reference), reference, "Unknown Krugman reference."),
                };
                sum += Math.Abs(share - referenceShare);
            }

            result[r] = rowTotals[r] > 0 ? sum : double.NaN;
        }

        return result;
    }

    private static double[] ShareSums(Matrix values, double[] rowTotals)
    {
        var sums = new double[values.Columns];
        for (var r = 0; r < values.Rows; r++)
        {
            var row = values.Row(r);
            for (var i = 0; i < row.Length; i++)
            {
                // A zero-total region has no shares: NaN spreads to every mean, as in REAT.
                sums[i] += row[i] / rowTotals[r];
            }
        }

        return sums;
    }
}
