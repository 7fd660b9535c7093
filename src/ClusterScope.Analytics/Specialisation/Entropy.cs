using System.Buffers;
using System.Numerics.Tensors;

namespace ClusterScope.Analytics.Specialisation;

/// <summary>Shannon entropy of a distribution, and its decomposition into related and unrelated variety.</summary>
public static class Entropy
{
    /// <summary>EconGeo adds this to each share before the logarithm so that 0 log 0 does not produce NaN.</summary>
    private const double EconGeoFudge = 1e-9;

    /// <summary>E = -sum_i s_i log2 s_i with s_i = x_i / sum x, in bits, 0 log 0 = 0.</summary>
    /// <param name="values">Finite non-negative values of one region's industries.</param>
    /// <param name="rounding"><see cref="Rounding.EconGeo"/> reproduces EconGeo's fudged, rounded value.</param>
    /// <remarks>Shannon (1948); Frenken, Van Oort and Verburg (2007), <i>Regional Studies</i> 41(5). Default: exact entropy
    /// in bits (0..log2 n). EconGeo 2.1 <c>entropy</c> computes -sum s log2(s + 1e-9) and rounds to 3 decimals; the
    /// 1e-9 shifts the value by about 1.4e-9 per non-zero share, so the default omits it and
    /// <see cref="Rounding.EconGeo"/> applies both. All-zero or empty values give NaN.</remarks>
    /// <exception cref="ArgumentException">A value is negative or not finite.</exception>
    public static double Shannon(ReadOnlySpan<double> values, Rounding rounding = Rounding.None)
    {
        NonNegativeValues.Require(values, nameof(values));
        return Unchecked(values, rounding);
    }

    /// <summary>Splits the entropy of one region into unrelated variety (between industry groups) and related variety (within them).</summary>
    /// <param name="values">Finite non-negative values of one region's industries.</param>
    /// <param name="groups">Each industry's group (e.g. its 2-digit code), in the order of <paramref name="values"/>.</param>
    /// <remarks>Frenken, Van Oort and Verburg (2007), <i>Regional Studies</i> 41(5): UV = -sum_g P_g log2 P_g over group
    /// shares P_g, RV = sum_g P_g H_g with H_g = -sum_(i in g) (s_i / P_g) log2(s_i / P_g); UV + RV equals the total
    /// entropy (the grouping property). No peer package implements it. Groups with zero activity contribute 0.
    /// All-zero values give NaN in every field.</remarks>
    /// <exception cref="ArgumentException">A value is negative or not finite, a group label is empty, or the lengths differ.</exception>
    public static VarietyDecomposition Variety(ReadOnlySpan<double> values, ReadOnlySpan<string> groups)
    {
        NonNegativeValues.Require(values, nameof(values));
        if (groups.Length != values.Length)
        {
            throw new ArgumentException($"Got {groups.Length} group labels for {values.Length} industries.", nameof(groups));
        }

        var sum = TensorPrimitives.Sum(values);
        if (!(sum > 0))
        {
            return new VarietyDecomposition(double.NaN, double.NaN, double.NaN);
        }

        var groupTotals = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < values.Length; i++)
        {
            if (string.IsNullOrEmpty(groups[i]))
            {
                throw new ArgumentException($"Industry {i} has an empty group label.", nameof(groups));
            }

            groupTotals[groups[i]] = groupTotals.GetValueOrDefault(groups[i]) + values[i];
        }

        var unrelated = 0.0;
        foreach (var groupTotal in groupTotals.Values)
        {
            unrelated -= PLog2P(groupTotal / sum);
        }

        var related = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            var groupTotal = groupTotals[groups[i]];
            if (values[i] > 0)
            {
                // P_g H_g summed over i in g: (s_i) log2(P_g / s_i) with s_i / P_g = x_i / X_g.
                related -= values[i] / sum * Math.Log2(values[i] / groupTotal);
            }
        }

        return new VarietyDecomposition(unrelated + related, unrelated, related);
    }

    internal static double Unchecked(ReadOnlySpan<double> values, Rounding rounding)
    {
        var sum = TensorPrimitives.Sum(values);
        if (!(sum > 0))
        {
            return double.NaN;
        }

        if (rounding == Rounding.EconGeo)
        {
            var entropy = 0.0;
            foreach (var x in values)
            {
                var s = x / sum;
                entropy -= s * Math.Log2(s + EconGeoFudge);
            }

            return RRound.Round(entropy, 3);
        }

        var buffer = ArrayPool<double>.Shared.Rent(values.Length * 2);
        try
        {
            var shares = buffer.AsSpan(0, values.Length);
            var logs = buffer.AsSpan(values.Length, values.Length);
            TensorPrimitives.Divide(values, sum, shares);
            // A zero share meets a finite log (of the smallest double), so 0 log 0 contributes exactly 0.
            TensorPrimitives.Max(shares, double.Epsilon, logs);
            TensorPrimitives.Log2(logs, logs);
            return -TensorPrimitives.Dot(shares, logs);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }

    private static double PLog2P(double p) => p > 0 ? p * Math.Log2(p) : 0;
}
