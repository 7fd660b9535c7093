using ClusterScope.Analytics.LinearAlgebra;

namespace ClusterScope.Analytics.InputOutput;

/// <summary>Satellite accounts (value added, employment, emissions): coefficients S, multipliers M = S L and M_down.</summary>
/// <remarks>Miller and Blair (2009), chapter 6 (generalised input-output) and section 10.2 (environmental extensions);
/// pymrio <c>calc_S</c>, <c>calc_M</c>, <c>calc_M_down</c> (git 89c9b97). Rows of F are stressors, columns sectors.</remarks>
public static class Stressors
{
    /// <summary>S = F diag(x)^-1, the direct stressor per unit of output; 0 where x = 0.</summary>
    /// <remarks>Miller and Blair (2009), eq. 6.1 (e.g. employment coefficients); pymrio <c>calc_S</c>, which sets the
    /// columns of zero-output sectors to 0 as here.</remarks>
    /// <exception cref="ArgumentException">F does not have one column per sector.</exception>
    public static Matrix Coefficients(Matrix f, ReadOnlySpan<double> x)
    {
        ArgumentNullException.ThrowIfNull(f);
        if (f.Columns != x.Length)
        {
            throw new ArgumentException($"F has {f.Columns} columns and x has {x.Length} entries.");
        }

        var s = new Matrix(f.Rows, f.Columns);
        for (var k = 0; k < f.Rows; k++)
        {
            for (var j = 0; j < f.Columns; j++)
            {
                s[k, j] = x[j] == 0 ? 0 : f[k, j] / x[j];
            }
        }

        return s;
    }

    /// <summary>M = S L = S (I - A)^-1, the total (direct and indirect) stressor per unit of final demand.</summary>
    /// <remarks>Miller and Blair (2009), eq. 6.3; pymrio <c>calc_M</c>. Solved as (I - A)' M' = S' from one
    /// factorisation (LAPACK dgetrs with all stressors at once when OpenBLAS is present), so L is never formed.</remarks>
    public static Matrix Multipliers(Matrix s, Matrix a)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(a);
        return Multipliers(s, a, managed: false);
    }

    internal static Matrix Multipliers(Matrix s, Matrix a, bool managed)
    {
        ArgumentNullException.ThrowIfNull(s);
        return LeontiefSolver.Factor(Leontief.IdentityMinus(a), managed, overwrite: true).SolveRows(s);
    }

    /// <summary>M_down = S (G' - I), the stressors downstream of one unit of a sector's primary input.</summary>
    /// <remarks>pymrio <c>calc_M_down</c> (git 89c9b97), from the Ghosh inverse G of <see cref="Ghosh.Inverse"/>.</remarks>
    public static Matrix DownstreamMultipliers(Matrix s, Matrix g)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(g);
        var gt = g.Transpose();
        for (var i = 0; i < gt.Rows; i++)
        {
            gt[i, i] -= 1;
        }

        return MatrixProduct.Multiply(s, gt, transposeB: false);
    }

    /// <summary>S_Y = F_Y diag(Y' 1)^-1: stressors of final demand per unit of each final-demand column; 0 where the column is empty.</summary>
    /// <remarks>pymrio <c>calc_S_Y</c> (git 89c9b97): F_Y divided by the column sums of Y.</remarks>
    public static Matrix FinalDemandCoefficients(Matrix fy, Matrix y) => Coefficients(fy, y.ColumnSums());
}
