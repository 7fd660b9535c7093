namespace ClusterScope.Analytics.Specialisation;

/// <summary>The Hoover index of one distribution against a reference: the share that would have to move to match it.</summary>
public static class Hoover
{
    /// <summary>H = 1/2 sum_k |x_k / sum x - ref_k / sum ref|, a fraction 0..1.</summary>
    /// <param name="values">Finite non-negative values (an industry across regions, or a region across industries).</param>
    /// <param name="reference">The reference over the same units: population, total activity, or the nation's industry totals.</param>
    /// <param name="rounding"><see cref="Rounding.EconGeo"/> returns percent rounded to 2 decimals, as EconGeo does.</param>
    /// <remarks>Hoover (1936), <i>Review of Economics and Statistics</i> 18(1). Default: the unrounded fraction = REAT
    /// 3.0.3 <c>hoover(x, weighting = ref)</c>. EconGeo 2.1 <c>hoover_index(mat, pop)</c> reports 100 H rounded to 2
    /// decimals (<see cref="Rounding.EconGeo"/>). Against a region's industry totals it is EconGeo <c>spec_coeff</c>,
    /// half the Krugman index. All-zero values or reference give NaN.</remarks>
    /// <exception cref="ArgumentException">A value is negative or not finite, or the lengths differ.</exception>
    public static double Index(ReadOnlySpan<double> values, ReadOnlySpan<double> reference, Rounding rounding = Rounding.None)
    {
        NonNegativeValues.Require(values, nameof(values));
        NonNegativeValues.Require(reference, nameof(reference));
        NonNegativeValues.RequireLength(reference, values.Length, "The reference", nameof(reference));
        var h = AbsoluteShareDifference(values, reference) / 2;
        return rounding == Rounding.EconGeo ? RRound.Round(100 * h, 2) : h;
    }

    /// <summary>sum_k |x_k / sum x - ref_k / sum ref| (the Krugman form, twice Hoover); NaN when either sum is 0.</summary>
    internal static double AbsoluteShareDifference(ReadOnlySpan<double> values, ReadOnlySpan<double> reference)
    {
        double valueTotal = 0, referenceTotal = 0;
        for (var k = 0; k < values.Length; k++)
        {
            valueTotal += values[k];
            referenceTotal += reference[k];
        }

        if (!(valueTotal > 0 && referenceTotal > 0))
        {
            return double.NaN;
        }

        var sum = 0.0;
        for (var k = 0; k < values.Length; k++)
        {
            sum += Math.Abs((values[k] / valueTotal) - (reference[k] / referenceTotal));
        }

        return sum;
    }
}
