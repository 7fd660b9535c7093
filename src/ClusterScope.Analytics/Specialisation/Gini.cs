namespace ClusterScope.Analytics.Specialisation;

/// <summary>The Gini coefficients of regional economics. Six different numbers go by that name across the peer
/// packages; each has its own method or <see cref="GiniVariant"/> value here.</summary>
/// <remarks>Lorenz Gini of values (<see cref="Lorenz"/>, with <see cref="GiniVariant"/>: EconGeo rounded, REAT normalised,
/// REAT weighted); locational Gini against a reference distribution (<see cref="Locational"/>); Hoover Gini against
/// population (<see cref="Hoover"/>); Gini of location quotients (<see cref="OfLocationQuotients"/>, REAT
/// <c>gini.spec</c> and <c>gini.conc</c>).</remarks>
public static partial class Gini
{
    /// <summary>The Lorenz Gini of one distribution, e.g. an industry's values across regions.</summary>
    /// <param name="values">Finite non-negative values.</param>
    /// <param name="variant">Which Lorenz Gini (default <see cref="GiniVariant.Lorenz"/>, unrounded, unweighted).</param>
    /// <param name="weights">Weights (e.g. population) for <see cref="GiniVariant.ReatWeighted"/> and
    /// <see cref="GiniVariant.FrequencyWeighted"/>; must be empty for the other variants.</param>
    /// <remarks>Gini (1912); Doersam (2004). Unweighted: G = 1 - (1/n) sum_k (Y_(k-1) + Y_k) over the cumulative shares
    /// Y of the values sorted ascending = REAT 3.0.3 <c>gini</c>; EconGeo 2.1 <c>gini</c> is the same rounded to 3
    /// decimals (<see cref="GiniVariant.EconGeo"/>); <see cref="GiniVariant.ReatNormalised"/> multiplies by n/(n - 1).
    /// Weighted: G = 1 - sum_j (Y_(j-1) + Y_j) w_j / sum w with Y the cumulative shares of x_j w_j. Maximum (n - 1)/n
    /// unweighted. Empty or all-zero values give NaN; one value gives 0 (NaN when normalised).</remarks>
    /// <exception cref="ArgumentException">A value or weight is negative or not finite; the weights are missing,
    /// of the wrong length, all zero, or given to an unweighted variant.</exception>
    public static double Lorenz(ReadOnlySpan<double> values, GiniVariant variant = GiniVariant.Lorenz, ReadOnlySpan<double> weights = default)
    {
        NonNegativeValues.Require(values, nameof(values));
        var weighted = variant is GiniVariant.ReatWeighted or GiniVariant.FrequencyWeighted;
        if (!weighted && !weights.IsEmpty)
        {
            throw new ArgumentException($"Variant {variant} takes no weights; use {nameof(GiniVariant.FrequencyWeighted)}.", nameof(weights));
        }

        if (weighted)
        {
            RequireWeights(values.Length, weights);
            return Weighted(values, weights, variant == GiniVariant.FrequencyWeighted);
        }

        var sorted = values.ToArray();
        Array.Sort(sorted);
        return FromSorted(sorted, variant);
    }

    /// <summary>The unweighted variants on values already sorted ascending (and checked).</summary>
    internal static double FromSorted(ReadOnlySpan<double> sorted, GiniVariant variant)
    {
        var g = SortedLorenz(sorted);
        var n = sorted.Length;
        return variant switch
        {
            GiniVariant.Lorenz => g,
            GiniVariant.EconGeo => RRound.Round(g, 3),
            GiniVariant.ReatNormalised => n > 1 ? g * n / (n - 1) : double.NaN,
            _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, "Unknown Gini variant."),
        };
    }

    private static double SortedLorenz(ReadOnlySpan<double> sorted)
    {
        var total = System.Numerics.Tensors.TensorPrimitives.Sum(sorted);
        if (!(total > 0))
        {
            return double.NaN;
        }

        var sumOfPairs = 0.0;
        var previous = 0.0;
        var cumulative = 0.0;
        foreach (var x in sorted)
        {
            cumulative += x / total;
            sumOfPairs += previous + cumulative;
            previous = cumulative;
        }

        return 1 - (sumOfPairs / sorted.Length);
    }

    private static double Weighted(ReadOnlySpan<double> values, ReadOnlySpan<double> weights, bool sortWeights)
    {
        var order = Enumerable.Range(0, values.Length).ToArray();
        var keys = values.ToArray();
        Array.Sort(keys, order);
        var w = new double[values.Length];
        for (var j = 0; j < w.Length; j++)
        {
            // REAT pairs the j-th smallest value with the j-th weight in input order.
            w[j] = sortWeights ? weights[order[j]] : weights[j];
        }

        var weightTotal = w.Sum();
        var product = 0.0;
        for (var j = 0; j < w.Length; j++)
        {
            product += keys[j] * w[j];
        }

        if (!(product > 0))
        {
            return double.NaN;
        }

        var sum = 0.0;
        var previous = 0.0;
        var cumulative = 0.0;
        for (var j = 0; j < w.Length; j++)
        {
            cumulative += keys[j] * w[j] / product;
            sum += (previous + cumulative) * (w[j] / weightTotal);
            previous = cumulative;
        }

        return 1 - sum;
    }

    private static void RequireWeights(int count, ReadOnlySpan<double> weights)
    {
        if (weights.Length != count)
        {
            throw new ArgumentException($"Got {weights.Length} weights for {count} values.", nameof(weights));
        }

        NonNegativeValues.Require(weights, nameof(weights));
        var total = 0.0;
        foreach (var w in weights)
        {
            total += w;
        }

        if (!(total > 0))
        {
            throw new ArgumentException("The weights are all zero.", nameof(weights));
        }
    }
}
