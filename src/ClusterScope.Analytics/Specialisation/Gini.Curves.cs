namespace ClusterScope.Analytics.Specialisation;

public static partial class Gini
{
    /// <summary>The locational Gini of an industry: the area between its cumulative regional shares and those of a reference distribution (total activity).</summary>
    /// <param name="values">The industry's values across regions.</param>
    /// <param name="reference">The reference across the same regions, usually each region's total activity.</param>
    /// <param name="scale">0..0.5 as EconGeo (default) or 0..1.</param>
    /// <remarks>Krugman (1991), <i>Geography and Trade</i>, ch. 2; EconGeo 2.1 <c>locational_gini</c>: regions sorted by
    /// x_r / ref_r, G = sum_k (C_k P_(k-1) - C_(k-1) P_k) over cumulative shares C (industry) and P (reference),
    /// divided by 2 (max 0.5). 0 means the industry is spread exactly like the reference. An all-zero industry or
    /// reference gives NaN.</remarks>
    /// <exception cref="ArgumentException">A value is negative or not finite, or the lengths differ.</exception>
    public static double Locational(ReadOnlySpan<double> values, ReadOnlySpan<double> reference,
        LocationalGiniScale scale = LocationalGiniScale.EconGeo)
    {
        RequirePair(values, reference);
        var area = CurveArea(values, reference);
        return scale == LocationalGiniScale.EconGeo ? area / 2 : area;
    }

    /// <summary>The Hoover Gini of an industry: the Lorenz curve of its values against population, regions sorted by value per inhabitant.</summary>
    /// <param name="values">The industry's values across regions.</param>
    /// <param name="population">Population of the same regions.</param>
    /// <param name="rounding"><see cref="Rounding.EconGeo"/> rounds to 3 decimals.</param>
    /// <remarks>Hoover (1936), <i>Review of Economics and Statistics</i> 18(1); EconGeo 2.1 <c>hoover_gini</c>: the
    /// same curve area as <see cref="Locational"/> with population as the reference, not halved (0..1), and rounded
    /// to 3 decimals by EconGeo (<see cref="Rounding.EconGeo"/>); default unrounded. An all-zero industry or
    /// population gives NaN.</remarks>
    /// <exception cref="ArgumentException">A value is negative or not finite, or the lengths differ.</exception>
    public static double Hoover(ReadOnlySpan<double> values, ReadOnlySpan<double> population, Rounding rounding = Rounding.None)
    {
        RequirePair(values, population);
        var area = CurveArea(values, population);
        return rounding == Rounding.EconGeo ? RRound.Round(area, 3) : area;
    }

    /// <summary>The Gini of location quotients: 2 / (n^2 mean) sum_k k (LQ_(k) - mean), quotients sorted ascending.</summary>
    /// <param name="locationQuotients">One region's quotients over industries (REAT <c>gini.spec</c>) or one industry's over regions (<c>gini.conc</c>).</param>
    /// <remarks>REAT 3.0.3 <c>gini.spec</c> (specialisation of a region) and <c>gini.conc</c> (concentration of an
    /// industry). A Gini of quotients, not of shares: it differs from
    /// <see cref="Lorenz"/> and <see cref="Locational"/>. Any NaN quotient, an empty span or a zero mean gives NaN.</remarks>
    public static double OfLocationQuotients(ReadOnlySpan<double> locationQuotients)
    {
        var sorted = locationQuotients.ToArray();
        if (sorted.Length == 0 || sorted.Any(double.IsNaN))
        {
            return double.NaN;
        }

        Array.Sort(sorted);
        var mean = sorted.Average();
        var sum = 0.0;
        for (var k = 0; k < sorted.Length; k++)
        {
            sum += (k + 1) * (sorted[k] - mean);
        }

        var n = (double)sorted.Length;
        return mean > 0 ? 2 / (n * n * mean) * sum : double.NaN;
    }

    internal static double CurveArea(ReadOnlySpan<double> values, ReadOnlySpan<double> reference)
    {
        var n = values.Length;
        var ratios = new double[n];
        var order = new int[n];
        double valueTotal = 0, referenceTotal = 0;
        for (var r = 0; r < n; r++)
        {
            // A region empty in both has ratio 0/0; where it sorts does not change the area (it adds a repeated vertex).
            ratios[r] = values[r] == 0 ? 0 : values[r] / reference[r];
            order[r] = r;
            valueTotal += values[r];
            referenceTotal += reference[r];
        }

        if (!(valueTotal > 0 && referenceTotal > 0))
        {
            return double.NaN;
        }

        Array.Sort(ratios, order);
        double area = 0, c = 0, p = 0;
        foreach (var r in order)
        {
            var nextC = c + (values[r] / valueTotal);
            var nextP = p + (reference[r] / referenceTotal);
            area += (nextC * p) - (c * nextP);
            c = nextC;
            p = nextP;
        }

        return area;
    }

    private static void RequirePair(ReadOnlySpan<double> values, ReadOnlySpan<double> reference)
    {
        NonNegativeValues.Require(values, nameof(values));
        NonNegativeValues.Require(reference, nameof(reference));
        NonNegativeValues.RequireLength(reference, values.Length, "The reference", nameof(reference));
    }
}
