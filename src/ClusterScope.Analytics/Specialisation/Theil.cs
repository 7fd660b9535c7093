namespace ClusterScope.Analytics.Specialisation;

/// <summary>Theil's inequality indices T and L of one distribution, optionally weighted.</summary>
public static class Theil
{
    /// <summary>Theil's T: sum_i w_i (x_i / mu) ln(x_i / mu), mu = sum_i w_i x_i (GE(1)).</summary>
    /// <param name="values">Finite non-negative values.</param>
    /// <param name="weights">Weights summing to 1 (e.g. population shares); empty for equal weights 1/n.</param>
    /// <param name="convention">Zero handling: by definition (default) or REAT's NA rule.</param>
    /// <remarks>Theil (1967), <i>Economics and Information Theory</i>; natural logarithm, 0 (no inequality) to ln n
    /// (unweighted). 0 ln 0 = 0. REAT has no Theil T. All-zero or empty values give NaN.</remarks>
    /// <exception cref="ArgumentException">A value or weight is negative or not finite, the weights have the wrong
    /// length, or they do not sum to 1 (within 1e-9).</exception>
    public static double T(ReadOnlySpan<double> values, ReadOnlySpan<double> weights = default,
        TheilConvention convention = TheilConvention.Theil1967)
    {
        var mu = Prepare(values, weights, convention);
        if (double.IsNaN(mu))
        {
            return double.NaN;
        }

        var t = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            var ratio = values[i] / mu;
            t += ratio > 0 ? Weight(weights, i, values.Length) * ratio * Math.Log(ratio) : 0;
        }

        return t;
    }

    /// <summary>Theil's L, the mean log deviation: sum_i w_i ln(mu / x_i), mu = sum_i w_i x_i (GE(0)).</summary>
    /// <param name="values">Finite non-negative values.</param>
    /// <param name="weights">Weights summing to 1; empty for equal weights 1/n.</param>
    /// <param name="convention"><see cref="TheilConvention.Reat"/> reproduces REAT <c>theil</c>.</param>
    /// <remarks>Theil (1967). REAT 3.0.3 <c>theil(x)</c> is this index unweighted (mean(ln(mean / x))), despite its
    /// name, and returns NA when a value is &lt;= 0 (<see cref="TheilConvention.Reat"/> gives NaN); its weighted form
    /// divides the weighted sum by n again and is not reproduced. By definition a zero value makes L
    /// +infinity. All-zero or empty values give NaN.</remarks>
    /// <exception cref="ArgumentException">A value or weight is negative or not finite, the weights have the wrong
    /// length, or they do not sum to 1 (within 1e-9).</exception>
    public static double L(ReadOnlySpan<double> values, ReadOnlySpan<double> weights = default,
        TheilConvention convention = TheilConvention.Theil1967)
    {
        var mu = Prepare(values, weights, convention);
        if (double.IsNaN(mu))
        {
            return double.NaN;
        }

        var l = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            var w = Weight(weights, i, values.Length);
            l += w > 0 ? w * Math.Log(mu / values[i]) : 0;
        }

        return l;
    }

    private static double Prepare(ReadOnlySpan<double> values, ReadOnlySpan<double> weights, TheilConvention convention)
    {
        NonNegativeValues.Require(values, nameof(values));
        if (!weights.IsEmpty)
        {
            NonNegativeValues.Require(weights, nameof(weights));
            NonNegativeValues.RequireLength(weights, values.Length, "The weights", nameof(weights));
            var sum = weights.ToArray().Sum();
            if (Math.Abs(sum - 1) > 1e-9)
            {
                throw new ArgumentException($"The weights sum to {sum}; they must sum to 1.", nameof(weights));
            }
        }

        if (values.IsEmpty || (convention == TheilConvention.Reat && values.Contains(0.0)))
        {
            return double.NaN;
        }

        var mu = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            mu += Weight(weights, i, values.Length) * values[i];
        }

        return mu > 0 ? mu : double.NaN;
    }

    private static double Weight(ReadOnlySpan<double> weights, int i, int n) => weights.IsEmpty ? 1.0 / n : weights[i];
}
