namespace ClusterScope.Analytics.InputOutput;

/// <summary>The model closed with respect to households: labour income as an extra input row, household consumption
/// as an extra output column, and the Type II multipliers it gives.</summary>
/// <remarks>Miller and Blair (2009), sections 2.5 and 6.2.2: the augmented matrix [[A, h_c], [h_r, 0]] with h_r the
/// labour income per unit of output and h_c household consumption of each product per unit of total labour income.
/// Results are truncated to the n producing sectors, as in Miller and Blair's Type II multipliers.</remarks>
public static class HouseholdClosure
{
    /// <summary>The augmented (n + 1) x (n + 1) coefficient matrix with households as the last sector.</summary>
    /// <remarks>Miller and Blair (2009), eq. 2.27; household purchases of labour (the corner) are 0.</remarks>
    /// <exception cref="ArgumentException">A vector does not have one entry per sector.</exception>
    public static Matrix Augment(Matrix a, ReadOnlySpan<double> incomeCoefficients, ReadOnlySpan<double> consumptionShares)
    {
        ArgumentNullException.ThrowIfNull(a);
        var n = a.Rows;
        if (incomeCoefficients.Length != n || consumptionShares.Length != n)
        {
            throw new ArgumentException($"{incomeCoefficients.Length} income coefficients and {consumptionShares.Length} consumption shares for {n} sectors.");
        }

        var closed = new Matrix(n + 1, n + 1);
        for (var i = 0; i < n; i++)
        {
            a.Row(i).CopyTo(closed.RowSpan(i));
            closed[i, n] = consumptionShares[i];
            closed[n, i] = incomeCoefficients[i];
        }

        return closed;
    }

    /// <summary>The n x n block of the closed model's inverse: output per unit of final demand, induced effects included.</summary>
    /// <remarks>Miller and Blair (2009), eq. 2.28 (the upper-left block of (I - A_closed)^-1).</remarks>
    public static Matrix TotalRequirements(Matrix a, ReadOnlySpan<double> incomeCoefficients, ReadOnlySpan<double> consumptionShares)
    {
        var closed = Augment(a, incomeCoefficients, consumptionShares);
        Leontief.EnsureProductive(closed);
        var full = Leontief.TotalRequirements(closed);
        var n = a.Rows;
        var block = new Matrix(n, n);
        for (var i = 0; i < n; i++)
        {
            full.Row(i)[..n].CopyTo(block.RowSpan(i));
        }

        return block;
    }

    /// <summary>The Type II multiplier (c L_closed)_j / c_j from the n x n block of <see cref="TotalRequirements"/>; NaN where c_j = 0.</summary>
    /// <remarks>Miller and Blair (2009), eq. 6.16 (Type II income multiplier, truncated form) and section 6.3 for
    /// employment; for output pass the block to <see cref="Multipliers.Output"/> (the total output multiplier, eq. 6.8).</remarks>
    public static double[] TypeII(ReadOnlySpan<double> coefficients, Matrix closedBlock) => Multipliers.TypeI(coefficients, closedBlock);
}
