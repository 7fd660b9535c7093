namespace ClusterScope.Analytics.LinearAlgebra;

/// <summary>One LU factorisation of a square matrix M for solves with M and M', and its inverse: LAPACK through OpenBLAS
/// when present, the managed <see cref="LuDecomposition"/> otherwise.</summary>
/// <remarks>A row-major M is the column-major storage of M', so LAPACK factors M' in place without a copy being
/// transposed: M x = b is then <c>dgetrs('T')</c>, M' x = b is <c>dgetrs('N')</c>, and <c>dgetri</c> of M' written
/// column-major is M^-1 written row-major. Both paths agree to rounding (tested).</remarks>
internal sealed class LeontiefSolver
{
    private readonly int _n;
    private readonly double[]? _lu;
    private readonly int[]? _pivots;
    private readonly Matrix? _matrix;
    private LuDecomposition? _managed;
    private LuDecomposition? _managedTransposed;

    private LeontiefSolver(int n, double[]? lu, int[]? pivots, Matrix? matrix)
    {
        _n = n;
        _lu = lu;
        _pivots = pivots;
        _matrix = matrix;
    }

    /// <summary>Whether the native path is used.</summary>
    public bool IsNative => _lu is not null;

    /// <summary>Factors M; <paramref name="managed"/> forces the managed path; with <paramref name="overwrite"/> the
    /// native path factors M's own storage instead of a copy (for a matrix made only to be factored).</summary>
    /// <exception cref="ArgumentException">M is exactly singular (native path).</exception>
    public static LeontiefSolver Factor(Matrix m, bool managed = false, bool overwrite = false)
    {
        ArgumentNullException.ThrowIfNull(m);
        var n = m.Rows;
        if (managed || !OpenBlas.HasLapack || n == 0)
        {
            return new LeontiefSolver(n, null, null, m.Clone());
        }

        var lu = overwrite ? m.Storage : m.AsSpan().ToArray();
        var pivots = new int[n];
        var info = OpenBlas.Factor(lu, n, pivots);
        return info == 0 ? new LeontiefSolver(n, lu, pivots, null)
            : throw new ArgumentException($"I - A is singular (LAPACK dgetrf info {info}): the table is not productive.");
    }

    /// <summary>M^-1 computed in M's own storage (M is overwritten): one n x n array for the whole of L = (I - A)^-1.</summary>
    /// <exception cref="ArgumentException">M is exactly singular (native path).</exception>
    public static Matrix InvertInPlace(Matrix m, bool managed = false)
    {
        ArgumentNullException.ThrowIfNull(m);
        var n = m.Rows;
        if (managed || !OpenBlas.HasLapack || n == 0)
        {
            return Factor(m, managed: true).Inverse();
        }

        var pivots = new int[n];
        var values = m.Storage;
        var info = OpenBlas.Factor(values, n, pivots);
        if (info != 0)
        {
            throw new ArgumentException($"I - A is singular (LAPACK dgetrf info {info}): the table is not productive.");
        }

        OpenBlas.Invert(values, n, pivots);
        return m;
    }

    /// <summary>Solves M x = b.</summary>
    public double[] Solve(ReadOnlySpan<double> b)
    {
        if (_lu is null)
        {
            _managed ??= LuDecomposition.Factor(_matrix!);
            return _managed.Solve(b);
        }

        var x = b.ToArray();
        OpenBlas.Solve(_lu, _n, _pivots, transpose: true, x, 1);
        return x;
    }

    /// <summary>Solves X M = R for the rows of R (k x n): X = R M^-1, i.e. M' X' = R'.</summary>
    public Matrix SolveRows(Matrix r)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (_lu is null)
        {
            var x = new Matrix(r.Rows, _n);
            _managedTransposed ??= LuDecomposition.Factor(_matrix!.Transpose());
            for (var k = 0; k < r.Rows; k++)
            {
                _managedTransposed.Solve(r.Row(k)).CopyTo(x.RowSpan(k));
            }

            return x;
        }

        // Row-major R (k x n) is column-major R' (n x k): solve M' Y = R' in place, Y' = X row-major.
        var values = new double[r.Rows * _n];
        r.AsSpan().CopyTo(values);
        OpenBlas.Solve(_lu, _n, _pivots, transpose: false, values, r.Rows);
        return new Matrix(r.Rows, _n, values);
    }

    /// <summary>M^-1.</summary>
    public Matrix Inverse()
    {
        if (_lu is null)
        {
            _managed ??= LuDecomposition.Factor(_matrix!);
            var inverse = new Matrix(_n, _n);
            var e = new double[_n];
            for (var j = 0; j < _n; j++)
            {
                Array.Clear(e);
                e[j] = 1;
                var column = _managed.Solve(e);
                for (var i = 0; i < _n; i++)
                {
                    inverse[i, j] = column[i];
                }
            }

            return inverse;
        }

        var values = (double[])_lu.Clone();
        OpenBlas.Invert(values, _n, _pivots);
        return new Matrix(_n, _n, values);
    }
}
