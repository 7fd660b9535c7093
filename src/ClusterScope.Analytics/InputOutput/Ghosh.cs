using ClusterScope.Analytics.LinearAlgebra;

namespace ClusterScope.Analytics.InputOutput;

/// <summary>The supply-driven Ghosh model: allocation coefficients B = diag(x)^-1 Z and G = (I - B)^-1.</summary>
/// <remarks>Ghosh (1958), "Input-output approach in an allocation system", <i>Economica</i> 25; Miller and Blair (2009),
/// section 12.1; the same conventions as pymrio's calc_B and calc_G (rows are selling sectors).</remarks>
public static class Ghosh
{
    /// <summary>B = diag(x)^-1 Z: the share of sector i's output sold to sector j. A zero-output sector gets a zero row.</summary>
    /// <remarks>Miller and Blair (2009), eq. 12.1; pymrio <c>calc_B</c> (0 where x = 0).</remarks>
    /// <exception cref="ArgumentException">Z is not square, does not match x, or a zero-output sector sells inputs.</exception>
    public static Matrix Allocation(Matrix z, ReadOnlySpan<double> x)
    {
        ArgumentNullException.ThrowIfNull(z);
        var n = z.Rows;
        if (z.Columns != n || x.Length != n)
        {
            throw new ArgumentException($"Z is {z.Rows}x{z.Columns} and x has {x.Length} entries; Z must be square and match x.");
        }

        var b = new Matrix(n, n);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (x[i] == 0 && z[i, j] != 0)
                {
                    throw new ArgumentException($"Sector {i} has zero output but sells intermediate inputs.");
                }

                b[i, j] = x[i] == 0 ? 0 : z[i, j] / x[i];
            }
        }

        return b;
    }

    /// <summary>G = (I - B)^-1, the output inverse of the supply-side model.</summary>
    /// <remarks>Miller and Blair (2009), eq. 12.5; pymrio <c>calc_G</c>. Computed from one LU factorisation, like
    /// <see cref="Leontief.TotalRequirements(Matrix)"/>.</remarks>
    public static Matrix Inverse(Matrix b) => Leontief.TotalRequirements(b);

    /// <summary>x' = v' G: the outputs a vector of primary inputs (value added) supports.</summary>
    /// <remarks>Miller and Blair (2009), eq. 12.6; solved as (I - B)' x = v rather than by inverting.</remarks>
    public static double[] Output(Matrix b, ReadOnlySpan<double> primaryInputs) =>
        LeontiefSolver.Factor(Leontief.IdentityMinus(b), overwrite: true).SolveRows(Matrix.From([primaryInputs.ToArray()])).Row(0).ToArray();
}
