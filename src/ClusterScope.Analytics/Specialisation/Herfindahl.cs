using System.Numerics.Tensors;

namespace ClusterScope.Analytics.Specialisation;

/// <summary>The Herfindahl-Hirschman index of one distribution (a region over industries, or an industry over regions).</summary>
public static class Herfindahl
{
    /// <summary>H = sum_i (x_i / sum x)^2, or the variant named by <paramref name="variant"/>.</summary>
    /// <param name="values">Finite non-negative values (employment, output).</param>
    /// <param name="variant">Raw (default), REAT-normalised, or equivalent number.</param>
    /// <remarks>Herfindahl (1950); Hirschman (1945). EconGeo 2.1 <c>herfindahl</c> and REAT 3.0.3 <c>herf</c> (raw,
    /// 1/n..1); <see cref="HerfindahlVariant.ReatNormalised"/> = REAT <c>herf(coefnorm = TRUE)</c> = (H - 1/n)/(1 - 1/n)
    /// where n counts every cell, zeros included; <see cref="HerfindahlVariant.EquivalentNumber"/> = 1/H.
    /// All-zero or empty values give NaN; a single value gives NaN for the normalised form (1 - 1/n = 0).</remarks>
    /// <exception cref="ArgumentException">A value is negative or not finite.</exception>
    public static double Index(ReadOnlySpan<double> values, HerfindahlVariant variant = HerfindahlVariant.Raw)
    {
        NonNegativeValues.Require(values, nameof(values));
        return Unchecked(values, variant);
    }

    internal static double Unchecked(ReadOnlySpan<double> values, HerfindahlVariant variant)
    {
        var sum = TensorPrimitives.Sum(values);
        if (!(sum > 0))
        {
            return double.NaN;
        }

        // Dot of the raw values scaled once: one pass, no temporary array of shares.
        var h = TensorPrimitives.Dot(values, values) / (sum * sum);
        var n = values.Length;
        return variant switch
        {
            HerfindahlVariant.Raw => h,
            HerfindahlVariant.ReatNormalised => n > 1 ? (h - (1.0 / n)) / (1 - (1.0 / n)) : double.NaN,
            HerfindahlVariant.EquivalentNumber => 1 / h,
            _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, "Unknown Herfindahl variant."),
        };
    }
}
