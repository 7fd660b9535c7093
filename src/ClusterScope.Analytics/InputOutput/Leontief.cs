using ClusterScope.Analytics.LinearAlgebra;

namespace ClusterScope.Analytics.InputOutput;

/// <summary>The demand-driven Leontief model: technical coefficients A, total requirements L = (I - A)^-1, x = L y.</summary>
/// <remarks>Miller and Blair, <i>Input-Output Analysis</i>, 2nd ed. (2009), 2.2-2.3; the same conventions as pymrio's
/// calc_A and calc_L (columns are purchasing sectors).</remarks>
public static class Leontief
{
    /// <summary>A = Z diag(x)^-1. A zero-output sector gets a zero column.</summary>
    /// <remarks>Miller and Blair (2009), eq. 2.4; pymrio <c>calc_A</c>.</remarks>
    /// <exception cref="ArgumentException">A sector has zero output but non-zero inputs, or a flow is negative.</exception>
    public static Matrix Coefficients(Matrix z, ReadOnlySpan<double> x)
    {
        var n = z.Rows;
        if (z.Columns != n || x.Length != n)
        {
            throw new ArgumentException($"Z is {z.Rows}x{z.Columns} and x has {x.Length} entries; Z must be square and match x.");
        }

        var a = new Matrix(n, n);
        for (var j = 0; j < n; j++)
        {
            for (var i = 0; i < n; i++)
            {
                if (z[i, j] < 0)
                {
                    throw new ArgumentException($"Intermediate flow Z[{i},{j}] is negative ({z[i, j]}).");
                }

                if (x[j] == 0 && z[i, j] != 0)
                {
                    throw new ArgumentException($"Sector {j} has zero output but non-zero inputs.");
                }

                a[i, j] = x[j] == 0 ? 0 : z[i, j] / x[j];
            }
        }

        return a;
    }

    /// <summary>Refuses a non-productive A, naming the first sector whose inputs sum to 1 or more.</summary>
    /// <remarks>Miller and Blair (2009), section 2.6 and appendix 2.1: (I - A)^-1 exists and is non-negative if and
    /// only if the spectral radius of A is below 1 (Hawkins-Simon). Column sums below 1 are sufficient and cheap, so
    /// they are checked first; only when a column reaches 1 is the spectral radius computed
    /// (<see cref="SpectralRadius"/>).</remarks>
    /// <exception cref="ArgumentException">The spectral radius of A is at least 1.</exception>
    public static void EnsureProductive(Matrix a, IReadOnlyList<string>? sectors = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        var sums = a.ColumnSums();
        var failing = Array.FindIndex(sums, s => !(s < 1));
        if (failing < 0)
        {
            return;
        }

        var radius = SpectralRadius(a);
        if (!(radius < 1))
        {
            var name = sectors is null ? failing.ToString(System.Globalization.CultureInfo.InvariantCulture) : sectors[failing];
            throw new ArgumentException($"The table is not productive: the spectral radius of A is {radius:G6} (must be < 1); the input coefficients of sector {name} sum to {sums[failing]:G6}.");
        }
    }

    /// <summary>The spectral radius (Perron root) of a non-negative matrix.</summary>
    /// <remarks>Power iteration on A + I (which has the same Perron vector and no periodicity), stopped by the
    /// Collatz-Wielandt bounds min_i (Ax)_i / x_i &lt;= rho &lt;= max_i (Ax)_i / x_i for a positive x (Horn and Johnson,
    /// <i>Matrix Analysis</i>, 2nd ed., 8.1.26). Returns the midpoint when the bounds meet to 1e-12 relative or after
    /// 10,000 iterations.</remarks>
    public static double SpectralRadius(Matrix a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var n = a.Rows;
        var x = new double[n];
        Array.Fill(x, 1.0);
        double low = 0, high = double.PositiveInfinity;
        for (var iteration = 0; iteration < 10_000; iteration++)
        {
            var ax = new double[n];
            for (var i = 0; i < n; i++)
            {
                ax[i] = System.Numerics.Tensors.TensorPrimitives.Dot(a.Row(i), x);
            }

            low = double.PositiveInfinity;
            high = 0;
            for (var i = 0; i < n; i++)
            {
                var ratio = ax[i] / x[i];
                low = Math.Min(low, ratio);
                high = Math.Max(high, ratio);
                x[i] += ax[i];
            }

            if (high - low <= 1e-12 * Math.Max(high, double.Epsilon))
            {
                break;
            }

            var norm = System.Numerics.Tensors.TensorPrimitives.Max(x);
            System.Numerics.Tensors.TensorPrimitives.Divide(x, norm, x);
            for (var i = 0; i < n; i++)
            {
                x[i] = Math.Max(x[i], 1e-300);
            }
        }

        return (low + high) / 2;
    }

    /// <summary>x = (I - A)^-1 y, by solving rather than inverting.</summary>
    /// <remarks>Miller and Blair (2009), eq. 2.11; pymrio <c>calc_x_from_L</c> gives the same x. LAPACK dgetrf/dgetrs
    /// through OpenBLAS when present, the managed LU otherwise.</remarks>
    public static double[] Output(Matrix a, ReadOnlySpan<double> y) => LeontiefSolver.Factor(IdentityMinus(a), overwrite: true).Solve(y);

    /// <summary>L = (I - A)^-1 from one factorisation.</summary>
    /// <remarks>Miller and Blair (2009), eq. 2.10; pymrio <c>calc_L</c>. LAPACK dgetrf/dgetri through OpenBLAS when
    /// present, otherwise the managed LU column by column.</remarks>
    public static Matrix TotalRequirements(Matrix a) => TotalRequirements(a, managed: false);

    internal static Matrix TotalRequirements(Matrix a, bool managed) => LeontiefSolver.InvertInPlace(IdentityMinus(a), managed);

    internal static Matrix IdentityMinus(Matrix a)
    {
        var n = a.Rows;
        var m = new Matrix(n, n);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                m[i, j] = (i == j ? 1 : 0) - a[i, j];
            }
        }

        return m;
    }
}
