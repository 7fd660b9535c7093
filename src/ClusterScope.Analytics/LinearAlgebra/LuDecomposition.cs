using System.Numerics.Tensors;

namespace ClusterScope.Analytics.LinearAlgebra;

/// <summary>LU factorisation with partial pivoting of a square matrix, for repeated solves.</summary>
/// <remarks>Doolittle elimination by rows (Golub and Van Loan, <i>Matrix Computations</i>, 4th ed., 3.4); the rows
/// below the pivot are updated in parallel for large matrices. A zero pivot is replaced by a tiny value
/// scaled to the matrix, which is what inverse iteration needs when the shift is an exact eigenvalue.</remarks>
internal sealed class LuDecomposition
{
    private readonly Matrix _lu;
    private readonly int[] _pivots;

    private LuDecomposition(Matrix lu, int[] pivots)
    {
        _lu = lu;
        _pivots = pivots;
    }

    /// <summary>Factors a copy of <paramref name="a"/>.</summary>
    public static LuDecomposition Factor(Matrix a)
    {
        var n = a.Rows;
        var lu = a.Clone();
        var pivots = Enumerable.Range(0, n).ToArray();
        var scale = Math.Max(TensorPrimitives.MaxMagnitude(a.AsSpan()), double.Epsilon);
        for (var k = 0; k < n; k++)
        {
            var p = k;
            for (var i = k + 1; i < n; i++)
            {
                if (Math.Abs(lu[i, k]) > Math.Abs(lu[p, k]))
                {
                    p = i;
                }
            }

            if (p != k)
            {
                Swap(lu, p, k);
                (pivots[p], pivots[k]) = (pivots[k], pivots[p]);
            }

            if (Math.Abs(lu[k, k]) < 1e-300 * scale + double.Epsilon)
            {
                lu[k, k] = 1e-16 * scale;
            }

            Eliminate(lu, k, n);
        }

        return new LuDecomposition(lu, pivots);
    }

    /// <summary>Solves A x = b.</summary>
    public double[] Solve(ReadOnlySpan<double> b)
    {
        var n = _pivots.Length;
        var x = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = b[_pivots[i]] - TensorPrimitives.Dot(_lu.Row(i)[..i], x.AsSpan(0, i));
        }

        for (var i = n - 1; i >= 0; i--)
        {
            var tail = TensorPrimitives.Dot(_lu.Row(i)[(i + 1)..], x.AsSpan(i + 1));
            x[i] = (x[i] - tail) / _lu[i, i];
        }

        return x;
    }

    private static void Eliminate(Matrix lu, int k, int n)
    {
        var pivot = lu[k, k];
        void Update(int i)
        {
            var factor = lu[i, k] / pivot;
            lu[i, k] = factor;
            if (factor != 0)
            {
                var row = lu.RowSpan(i)[(k + 1)..];
                TensorPrimitives.MultiplyAdd(lu.Row(k)[(k + 1)..], -factor, row, row);
            }
        }

        if ((long)(n - k) * (n - k) < 1 << 16)
        {
            for (var i = k + 1; i < n; i++)
            {
                Update(i);
            }
        }
        else
        {
            Parallel.For(k + 1, n, Update);
        }
    }

    private static void Swap(Matrix m, int a, int b)
    {
        var rowA = m.RowSpan(a);
        var rowB = m.RowSpan(b);
        var temporary = rowA.ToArray();
        rowB.CopyTo(rowA);
        temporary.CopyTo(rowB);
    }
}
