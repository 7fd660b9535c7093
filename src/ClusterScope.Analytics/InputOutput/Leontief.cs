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

    /// <summary>Refuses a non-productive A: every column sum must be below 1.</summary>
    /// <remarks>Miller and Blair (2009), section 2.6 and appendix 2.1: the sufficient form of the Hawkins-Simon
    /// condition.</remarks>
    /// <exception cref="ArgumentException">Names the first sector whose column sum is at least 1.</exception>
    public static void EnsureProductive(Matrix a, IReadOnlyList<string>? sectors = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        var sums = a.ColumnSums();
        for (var j = 0; j < sums.Length; j++)
        {
            if (!(sums[j] < 1))
            {
                var name = sectors is null ? j.ToString(System.Globalization.CultureInfo.InvariantCulture) : sectors[j];
                throw new ArgumentException($"The table is not productive: the input coefficients of sector {name} sum to {sums[j]:G6} (must be < 1).");
            }
        }
    }

    /// <summary>x = (I - A)^-1 y, by solving rather than inverting.</summary>
    /// <remarks>Miller and Blair (2009), eq. 2.11; pymrio <c>calc_x_from_L</c> gives the same x.</remarks>
    public static double[] Output(Matrix a, ReadOnlySpan<double> y) => LuDecomposition.Factor(IdentityMinus(a)).Solve(y);

    /// <summary>L = (I - A)^-1, column by column from one factorisation.</summary>
    /// <remarks>Miller and Blair (2009), eq. 2.10; pymrio <c>calc_L</c>.</remarks>
    public static Matrix TotalRequirements(Matrix a)
    {
        var n = a.Rows;
        var lu = LuDecomposition.Factor(IdentityMinus(a));
        var l = new Matrix(n, n);
        var e = new double[n];
        for (var j = 0; j < n; j++)
        {
            Array.Clear(e);
            e[j] = 1;
            var column = lu.Solve(e);
            for (var i = 0; i < n; i++)
            {
                l[i, j] = column[i];
            }
        }

        return l;
    }

    private static Matrix IdentityMinus(Matrix a)
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
