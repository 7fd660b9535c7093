namespace ClusterScope.Analytics.Specialisation;

/// <summary>How specialised each region (row) of a region x industry matrix is: one value per region.</summary>
/// <remarks>Every method takes finite non-negative values (regions in rows, industries in columns) and returns NaN
/// for a region whose total is zero, unless its remarks say otherwise.</remarks>
public static partial class RegionalSpecialisation
{
    /// <summary>Herfindahl index of each region's industry shares.</summary>
    /// <param name="values">Regions in rows, industries in columns.</param>
    /// <param name="variant">Raw (default), REAT-normalised (n counts zero cells), or equivalent number.</param>
    /// <remarks>EconGeo 2.1 <c>herfindahl</c> = REAT 3.0.3 <c>herf</c>; see <see cref="Specialisation.Herfindahl.Index"/>.</remarks>
    /// <exception cref="ArgumentException">A value is negative or not finite.</exception>
    public static double[] Herfindahl(Matrix values, HerfindahlVariant variant = HerfindahlVariant.Raw)
    {
        NonNegativeValues.Require(values, nameof(values));
        return RowMeasures.Apply(values, row => Specialisation.Herfindahl.Unchecked(row, variant));
    }

    /// <summary>Krugman specialisation index: K_r = sum_i |s_ri - s_ref,i| with s_ri = x_ri / x_r..</summary>
    /// <param name="values">Regions in rows, industries in columns.</param>
    /// <param name="reference">The reference shares (default <see cref="KrugmanReference.Total"/>, EconGeo).</param>
    /// <remarks>Krugman (1991), <i>Geography and Trade</i>. <see cref="KrugmanReference.Total"/>: shares of the whole
    /// matrix, the region included, 0..2 = EconGeo 2.1 <c>krugman_index</c> = REAT 3.0.3 <c>krugman.spec(x, colSums)</c>;
    /// <see cref="KrugmanReference.RestOfTotal"/>: REAT <c>krugman.spec</c> against the other regions' sum;
    /// <see cref="KrugmanReference.MeanOfOthers"/>: REAT <c>krugman.spec2</c> and <c>spec()</c>, the unweighted mean
    /// of the other regions' shares (a zero-total region makes it NaN for every region, as in REAT).</remarks>
    /// <exception cref="ArgumentException">A value is negative or not finite.</exception>
    public static double[] Krugman(Matrix values, KrugmanReference reference = KrugmanReference.Total)
    {
        NonNegativeValues.Require(values, nameof(values));
        return RowMeasures.Krugman(values, reference);
    }

    /// <summary>Hoover specialisation coefficient: 1/2 sum_i |s_ri - x_.i / x_..|, 0..1, half the Krugman index against the total.</summary>
    /// <param name="values">Regions in rows, industries in columns.</param>
    /// <remarks>Hoover (1936); EconGeo 2.1 <c>spec_coeff</c> = REAT 3.0.3 <c>hoover(x_r, weighting = colSums)</c> and
    /// the H of REAT <c>spec()</c>.</remarks>
    /// <exception cref="ArgumentException">A value is negative or not finite.</exception>
    public static double[] HooverCoefficient(Matrix values) =>
        Krugman(values).Select(k => k / 2).ToArray();

    /// <summary>Shannon entropy of each region's industry shares, in bits.</summary>
    /// <param name="values">Regions in rows, industries in columns.</param>
    /// <param name="rounding"><see cref="Rounding.EconGeo"/> reproduces EconGeo's fudged value rounded to 3 decimals.</param>
    /// <remarks>Shannon (1948); default exact with 0 log 0 = 0; EconGeo 2.1 <c>entropy</c> with
    /// <see cref="Rounding.EconGeo"/>. See <see cref="Specialisation.Entropy.Shannon"/>.</remarks>
    /// <exception cref="ArgumentException">A value is negative or not finite.</exception>
    public static double[] Entropy(Matrix values, Rounding rounding = Rounding.None)
    {
        NonNegativeValues.Require(values, nameof(values));
        return RowMeasures.Apply(values, row => Specialisation.Entropy.Unchecked(row, rounding));
    }

    /// <summary>Related and unrelated variety of each region, from its industries' groups.</summary>
    /// <param name="values">Regions in rows, industries in columns.</param>
    /// <param name="groups">Each industry's group (e.g. the 2-digit code of a 4-digit industry), one per column.</param>
    /// <remarks>Frenken, Van Oort and Verburg (2007), <i>Regional Studies</i> 41(5); see
    /// <see cref="Specialisation.Entropy.Variety"/>. A zero-total region gives NaN in every field.</remarks>
    /// <exception cref="ArgumentException">A value is negative or not finite, or the group count differs from the columns.</exception>
    public static VarietyDecomposition[] Variety(Matrix values, ReadOnlySpan<string> groups)
    {
        NonNegativeValues.Require(values, nameof(values));
        var result = new VarietyDecomposition[values.Rows];
        for (var r = 0; r < values.Rows; r++)
        {
            result[r] = Specialisation.Entropy.Variety(values.Row(r), groups);
        }

        return result;
    }
}
