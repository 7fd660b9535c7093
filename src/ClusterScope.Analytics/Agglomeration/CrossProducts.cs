using System.Numerics.Tensors;

namespace ClusterScope.Analytics.Agglomeration;

/// <summary>The symmetric matrix of row cross-products D D' of a dense row-major matrix.</summary>
internal static class CrossProducts
{
    // 256 columns of 600 rows is ~1.2 MB: one column block of all rows stays in the L2 cache while every pair is summed.
    private const int ColumnBlock = 256;

    public static Matrix Of(double[] rowMajor, int rows, int columns)
    {
        var result = new Matrix(rows, rows);
        var sums = new double[rows * rows];
        for (var start = 0; start < columns; start += ColumnBlock)
        {
            var width = Math.Min(ColumnBlock, columns - start);
            var first = start;
            Parallel.For(0, rows, a =>
            {
                var left = rowMajor.AsSpan((a * columns) + first, width);
                for (var b = a; b < rows; b++)
                {
                    sums[(a * rows) + b] += TensorPrimitives.Dot(left, rowMajor.AsSpan((b * columns) + first, width));
                }
            });
        }

        for (var a = 0; a < rows; a++)
        {
            for (var b = a; b < rows; b++)
            {
                result[a, b] = result[b, a] = sums[(a * rows) + b];
            }
        }

        return result;
    }
}
