namespace ClusterScope.Analytics.Specialisation;

public static partial class RegionalSpecialisation
{
    /// <summary>Hachman index: 1 / sum_i s_ri LQ_ri, 0..1, 1 when the region's industry mix equals the total's.</summary>
    /// <param name="values">Regions in rows, industries in columns.</param>
    /// <remarks>The Hachman index as EconGeo 2.1 <c>hachman</c> defines it (quotients with 0/0 set to 0); the inverse of
    /// the share-weighted mean location quotient.</remarks>
    /// <exception cref="ArgumentException">A value is negative or not finite.</exception>
    public static double[] Hachman(Matrix values)
    {
        var lq = LocationQuotient.Compute(values);
        var rowTotals = values.RowSums();
        var result = new double[values.Rows];
        for (var r = 0; r < values.Rows; r++)
        {
            var weighted = System.Numerics.Tensors.TensorPrimitives.Dot(values.Row(r), lq.Row(r)) / rowTotals[r];
            result[r] = rowTotals[r] > 0 ? 1 / weighted : double.NaN;
        }

        return result;
    }

    /// <summary>Diversity: the number of industries in which the region's location quotient is at least <paramref name="threshold"/>.</summary>
    /// <param name="values">Regions in rows, industries in columns.</param>
    /// <param name="threshold">The RCA cut (default 1).</param>
    /// <remarks>Hidalgo and Hausmann (2009), <i>PNAS</i> 106(26); EconGeo 2.1 <c>diversity(mat, rca = TRUE)</c>. A
    /// zero-total region has diversity 0.</remarks>
    /// <exception cref="ArgumentException">A value is negative or not finite, or the threshold is not finite.</exception>
    public static int[] Diversity(Matrix values, double threshold = 1) =>
        RowMeasures.CountAtLeast(LocationQuotient.Compute(values), threshold);

    /// <summary>Gini of each region's location quotients over industries (REAT's specialisation Gini).</summary>
    /// <param name="values">Regions in rows, industries in columns.</param>
    /// <remarks>REAT 3.0.3 <c>gini.spec(e_ij, e_i)</c> and the G of <c>spec()</c>; see
    /// <see cref="Gini.OfLocationQuotients"/>. Quotients follow REAT (<see cref="ZeroTotals.NaN"/>), so an industry
    /// with zero total makes every region NaN.</remarks>
    /// <exception cref="ArgumentException">A value is negative or not finite.</exception>
    public static double[] LocationQuotientGini(Matrix values)
    {
        var lq = LocationQuotient.Compute(values, ZeroTotals.NaN);
        return RowMeasures.Apply(lq, Gini.OfLocationQuotients);
    }

    /// <summary>Theil's T of each region's values over industries.</summary>
    /// <param name="values">Regions in rows, industries in columns.</param>
    /// <param name="weights">Industry weights summing to 1; empty for equal weights.</param>
    /// <param name="convention">Zero handling (default by definition).</param>
    /// <remarks>Theil (1967); see <see cref="Theil.T"/>.</remarks>
    /// <exception cref="ArgumentException">A value or weight is invalid (see <see cref="Theil.T"/>).</exception>
    public static double[] TheilT(Matrix values, ReadOnlySpan<double> weights = default, TheilConvention convention = TheilConvention.Theil1967)
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = new double[values.Rows];
        for (var r = 0; r < values.Rows; r++)
        {
            result[r] = Theil.T(values.Row(r), weights, convention);
        }

        return result;
    }

    /// <summary>Theil's L (mean log deviation) of each region's values over industries.</summary>
    /// <param name="values">Regions in rows, industries in columns.</param>
    /// <param name="weights">Industry weights summing to 1; empty for equal weights.</param>
    /// <param name="convention"><see cref="TheilConvention.Reat"/> reproduces REAT <c>theil</c> (NA for any zero).</param>
    /// <remarks>Theil (1967); REAT 3.0.3 <c>theil</c>; see <see cref="Theil.L"/>.</remarks>
    /// <exception cref="ArgumentException">A value or weight is invalid (see <see cref="Theil.L"/>).</exception>
    public static double[] TheilL(Matrix values, ReadOnlySpan<double> weights = default, TheilConvention convention = TheilConvention.Theil1967)
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = new double[values.Rows];
        for (var r = 0; r < values.Rows; r++)
        {
            result[r] = Theil.L(values.Row(r), weights, convention);
        }

        return result;
    }
}
