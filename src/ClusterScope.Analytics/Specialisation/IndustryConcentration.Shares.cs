namespace ClusterScope.Analytics.Specialisation;

public static partial class IndustryConcentration
{
    /// <summary>Hoover localisation index of each industry against population: 1/2 sum_r |x_ri / x_.i - pop_r / pop|.</summary>
    /// <param name="values">Regions in rows, industries in columns.</param>
    /// <param name="population">Population of each region (row).</param>
    /// <param name="rounding">Default the unrounded fraction 0..1; <see cref="Rounding.EconGeo"/> gives percent rounded to 2 decimals.</param>
    /// <remarks>Hoover (1936); REAT 3.0.3 <c>hoover(x, weighting = pop)</c> (fraction, the default); EconGeo 2.1
    /// <c>hoover_index(mat, pop)</c> (percent, 2 decimals). See <see cref="Specialisation.Hoover.Index"/>.</remarks>
    /// <exception cref="ArgumentException">A value is negative or not finite, or the population has the wrong length.</exception>
    public static double[] Hoover(Matrix values, ReadOnlySpan<double> population, Rounding rounding = Rounding.None)
    {
        RequirePopulation(values, population);
        var result = new double[values.Columns];
        for (var c = 0; c < values.Columns; c++)
        {
            result[c] = Specialisation.Hoover.Index(values.Column(c), population, rounding);
        }

        return result;
    }

    /// <summary>Hoover localisation index of each industry against the regions' total activity, 0..1.</summary>
    /// <param name="values">Regions in rows, industries in columns.</param>
    /// <remarks>Hoover (1936); REAT 3.0.3 <c>hoover(e_ij, weighting = e_j)</c>, the H of <c>conc()</c>; half of
    /// <see cref="Krugman"/> with <see cref="KrugmanReference.Total"/>.</remarks>
    /// <exception cref="ArgumentException">A value is negative or not finite.</exception>
    public static double[] HooverVsTotal(Matrix values) =>
        Krugman(values).Select(k => k / 2).ToArray();

    /// <summary>Krugman concentration index of each industry: sum_r |x_ri / x_.i - s_ref,r| over regions.</summary>
    /// <param name="values">Regions in rows, industries in columns.</param>
    /// <param name="reference"><see cref="KrugmanReference.Total"/>: the regions' shares of total activity (default);
    /// <see cref="KrugmanReference.RestOfTotal"/>: of all other industries; <see cref="KrugmanReference.MeanOfOthers"/>:
    /// the unweighted mean of the other industries' regional shares.</param>
    /// <remarks>Krugman (1991); REAT 3.0.3 <c>krugman.conc(e_ij, e_j)</c> (Total) and <c>krugman.conc2</c>, the K of
    /// <c>conc()</c> (MeanOfOthers). The region x industry transpose of <see cref="RegionalSpecialisation.Krugman"/>.</remarks>
    /// <exception cref="ArgumentException">A value is negative or not finite.</exception>
    public static double[] Krugman(Matrix values, KrugmanReference reference = KrugmanReference.Total) =>
        RowMeasures.Krugman(Transposed(values), reference);

    /// <summary>Herfindahl index of each industry's regional shares.</summary>
    /// <param name="values">Regions in rows, industries in columns.</param>
    /// <param name="variant">Raw (default), REAT-normalised (n counts regions with zero), or equivalent number of regions.</param>
    /// <remarks>REAT 3.0.3 <c>herf</c> over regions; see <see cref="Specialisation.Herfindahl.Index"/>.</remarks>
    /// <exception cref="ArgumentException">A value is negative or not finite.</exception>
    public static double[] Herfindahl(Matrix values, HerfindahlVariant variant = HerfindahlVariant.Raw) =>
        RegionalSpecialisation.Herfindahl(Transposed(values), variant);

    /// <summary>Ubiquity: the number of regions in which the industry's location quotient is at least <paramref name="threshold"/>.</summary>
    /// <param name="values">Regions in rows, industries in columns.</param>
    /// <param name="threshold">The RCA cut (default 1).</param>
    /// <remarks>Hidalgo and Hausmann (2009), <i>PNAS</i> 106(26); EconGeo 2.1 <c>ubiquity(mat, rca = TRUE)</c>. A
    /// zero-total industry has ubiquity 0.</remarks>
    /// <exception cref="ArgumentException">A value is negative or not finite, or the threshold is not finite.</exception>
    public static int[] Ubiquity(Matrix values, double threshold = 1) =>
        RowMeasures.CountAtLeast(LocationQuotient.Compute(values).Transpose(), threshold);
}
