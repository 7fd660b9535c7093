namespace ClusterScope.Analytics.InputOutput;

/// <summary>Output, value-added, income and employment multipliers of the open model: simple (c L) and Type I (c L / c).</summary>
/// <remarks>Miller and Blair (2009), sections 6.2-6.3. A coefficient vector c is the direct effect per unit of output
/// (value added, labour income or jobs over x); Type II multipliers, with households endogenous, are in
/// <see cref="HouseholdClosure"/>.</remarks>
public static class Multipliers
{
    /// <summary>The simple output multiplier of each sector: the column sums of L.</summary>
    /// <remarks>Miller and Blair (2009), eq. 6.6; pymrio obtains the same as M with F = x. The direct effect (1)
    /// is included.</remarks>
    public static double[] Output(Matrix l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return l.ColumnSums();
    }

    /// <summary>The simple multiplier c L: the total value added, income or jobs per unit of a sector's final demand.</summary>
    /// <remarks>Miller and Blair (2009), eqs. 6.11 (income) and 6.14 (employment); the formula references of case 08
    /// (<c>employment_multiplier_simple</c>, <c>income_multiplier_simple</c>).</remarks>
    /// <exception cref="ArgumentException">c does not have one entry per sector.</exception>
    public static double[] Simple(ReadOnlySpan<double> coefficients, Matrix l)
    {
        ArgumentNullException.ThrowIfNull(l);
        if (coefficients.Length != l.Rows)
        {
            throw new ArgumentException($"{coefficients.Length} coefficients for {l.Rows} sectors.");
        }

        var result = new double[l.Columns];
        for (var i = 0; i < l.Rows; i++)
        {
            System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(l.Row(i), coefficients[i], result, result);
        }

        return result;
    }

    /// <summary>The Type I multiplier (c L)_j / c_j: the total effect per unit of direct effect; NaN where c_j = 0.</summary>
    /// <remarks>Miller and Blair (2009), eq. 6.13 (Type I income multiplier) and section 6.3 (employment); the case 08
    /// formula reference <c>employment_multiplier_typeI</c>.</remarks>
    public static double[] TypeI(ReadOnlySpan<double> coefficients, Matrix l)
    {
        var simple = Simple(coefficients, l);
        for (var j = 0; j < simple.Length; j++)
        {
            simple[j] = coefficients[j] == 0 ? double.NaN : simple[j] / coefficients[j];
        }

        return simple;
    }
}
