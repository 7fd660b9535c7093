using System.Numerics.Tensors;

namespace ClusterScope.Analytics.LinearAlgebra;

/// <summary>Dense matrix products: OpenBLAS when present, otherwise a managed kernel that skips zero entries of the left factor.</summary>
/// <remarks>The managed kernel is an i-k-j loop over blocks of four rows and 512 columns, so a row of B
/// is reused four times from L1; skipping zeros makes products with a 0/1 presence matrix cost only
/// its non-zero share. Both paths agree to rounding (tested to 1e-9).</remarks>
internal static class MatrixProduct
{
    private const int RowBlock = 4;
    private const int ColumnBlock = 512;

    /// <summary>A B, or A B' when <paramref name="transposeB"/> is set.</summary>
    public static Matrix Multiply(Matrix a, Matrix b, bool transposeB, bool managed = false)
    {
        var n = transposeB ? b.Rows : b.Columns;
        var inner = transposeB ? b.Columns : b.Rows;
        if (a.Columns != inner)
        {
            throw new ArgumentException($"Cannot multiply {a.Rows} x {a.Columns} by {(transposeB ? "the transpose of " : string.Empty)}{b.Rows} x {b.Columns}.", nameof(b));
        }

        var values = new double[a.Rows * n];
        var c = new Matrix(a.Rows, n, values);
        if (!managed && OpenBlas.IsAvailable)
        {
            OpenBlas.Multiply(a.AsSpan(), false, b.AsSpan(), transposeB, values, a.Rows, n, inner);
            return c;
        }

        MultiplyManaged(a, transposeB ? b.Transpose() : b, c);
        return c;
    }

    /// <summary>The Gram matrix A'A (symmetric, both triangles filled).</summary>
    public static Matrix Gram(Matrix a, bool managed = false)
    {
        var n = a.Columns;
        var values = new double[n * n];
        var c = new Matrix(n, n, values);
        if (!managed && OpenBlas.IsAvailable)
        {
            OpenBlas.GramUpper(a.AsSpan(), a.Rows, n, values);
            for (var i = 0; i < n; i++)
            {
                for (var j = i + 1; j < n; j++)
                {
                    c[j, i] = c[i, j];
                }
            }

            return c;
        }

        MultiplyManaged(a.Transpose(), a, c);
        return c;
    }

    private static void MultiplyManaged(Matrix a, Matrix b, Matrix c)
    {
        var (m, k, n) = (a.Rows, a.Columns, b.Columns);
        var blocks = (m + RowBlock - 1) / RowBlock;
        Parallel.For(0, blocks, block =>
        {
            var first = block * RowBlock;
            var last = Math.Min(m, first + RowBlock);
            for (var j0 = 0; j0 < n; j0 += ColumnBlock)
            {
                var length = Math.Min(ColumnBlock, n - j0);
                for (var kk = 0; kk < k; kk++)
                {
                    var bRow = b.Row(kk).Slice(j0, length);
                    for (var i = first; i < last; i++)
                    {
                        var factor = a[i, kk];
                        if (factor != 0)
                        {
                            var cRow = c.RowSpan(i).Slice(j0, length);
                            TensorPrimitives.MultiplyAdd(bRow, factor, cRow, cRow);
                        }
                    }
                }
            }
        });
    }
}
