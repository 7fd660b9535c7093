using System.Globalization;

namespace ClusterScope.Analytics.Forensics;

/// <summary>Benford's first-digit law and the tests of a set of figures against it.</summary>
/// <remarks>Benford (1938), "The law of anomalous numbers", <i>Proceedings of the American Philosophical Society</i>
/// 78(4); Nigrini (2012), <i>Benford's Law</i>, Wiley, chapters 4 and 7. The tests take first digits only, of
/// positive figures; zero, negative and non-finite figures have no first digit and are left out.</remarks>
public static class Benford
{
    /// <summary>Degrees of freedom of the first-digit chi-square test: nine digits less one constraint.</summary>
    public const int DegreesOfFreedom = 8;

    /// <summary>The first significant digit (1-9) of <paramref name="value"/>, or 0 when it has none.</summary>
    /// <remarks>Nigrini (2012): the leftmost non-zero digit, so 0.0472 starts with 4. Read from the shortest
    /// decimal text that round-trips the double (.NET's "R"), so 0.3 gives 3 although its binary value is
    /// 0.29999...; this is the figure as it was reported. Zero, negative, NaN and infinite values give 0.</remarks>
    public static int FirstDigit(double value)
    {
        if (!(value > 0) || double.IsPositiveInfinity(value))
        {
            return 0;
        }

        foreach (var c in value.ToString("R", CultureInfo.InvariantCulture))
        {
            if (c is >= '1' and <= '9')
            {
                return c - '0';
            }
        }

        return 0;
    }

    /// <summary>Benford's expected share of first digit <paramref name="digit"/>: log10(1 + 1/d).</summary>
    /// <remarks>Benford (1938); Nigrini (2012), chapter 1 (digit 1: 0.30103, digit 9: 0.04576).</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="digit"/> is not 1-9.</exception>
    public static double ExpectedProportion(int digit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(digit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digit, 9);
        return Math.Log10(1 + (1.0 / digit));
    }

    /// <summary>How many of <paramref name="values"/> start with 1, 2, ..., 9 (index 0 is digit 1).</summary>
    /// <remarks>First digits as <see cref="FirstDigit"/> reads them (Nigrini 2012); values without one are not counted.</remarks>
    public static int[] FirstDigitCounts(ReadOnlySpan<double> values)
    {
        var counts = new int[9];
        foreach (var v in values)
        {
            var d = FirstDigit(v);
            if (d > 0)
            {
                counts[d - 1]++;
            }
        }

        return counts;
    }

    /// <summary>Pearson's chi-square statistic of first-digit counts against Benford's proportions.</summary>
    /// <remarks>Nigrini (2012), chapter 7: χ² = Σ_d (O_d - E_d)² / E_d with E_d = N log10(1 + 1/d), compared with
    /// the chi-square distribution on 8 degrees of freedom (15.507 at the 5 % level). With N large almost every real
    /// data set rejects, which is why Nigrini prefers the MAD. N = 0 gives NaN.</remarks>
    /// <exception cref="ArgumentException"><paramref name="counts"/> does not hold nine non-negative counts.</exception>
    public static double ChiSquare(ReadOnlySpan<int> counts)
    {
        var n = Total(counts);
        if (n == 0)
        {
            return double.NaN;
        }

        var chi2 = 0.0;
        for (var d = 1; d <= 9; d++)
        {
            var expected = n * ExpectedProportion(d);
            var gap = counts[d - 1] - expected;
            chi2 += gap * gap / expected;
        }

        return chi2;
    }

    /// <summary>Nigrini's mean absolute deviation of first-digit counts from Benford's proportions.</summary>
    /// <remarks>Nigrini (2012), chapter 7: MAD = (1/9) Σ_d |O_d / N - log10(1 + 1/d)|, read against the bands of
    /// <see cref="Conformity"/>. It does not grow with N, unlike the chi-square. N = 0 gives NaN.</remarks>
    /// <exception cref="ArgumentException"><paramref name="counts"/> does not hold nine non-negative counts.</exception>
    public static double MeanAbsoluteDeviation(ReadOnlySpan<int> counts)
    {
        var n = Total(counts);
        if (n == 0)
        {
            return double.NaN;
        }

        var sum = 0.0;
        for (var d = 1; d <= 9; d++)
        {
            sum += Math.Abs(((double)counts[d - 1] / n) - ExpectedProportion(d));
        }

        return sum / 9;
    }

    /// <summary>The conformity band of a first-digit MAD.</summary>
    /// <remarks>Nigrini (2012), chapter 7, the first-digit MAD ranges (as R benford.analysis 0.1.5
    /// <c>MAD.conformity</c>): up to 0.006 close, up to 0.012 acceptable, up to 0.015 marginally
    /// acceptable, above it nonconformity; a MAD exactly on a bound belongs to the better band.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mad"/> is negative or NaN.</exception>
    public static BenfordConformity Conformity(double mad)
    {
        if (!(mad >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(mad), mad, "A MAD is zero or more.");
        }

        return mad switch
        {
            <= 0.006 => BenfordConformity.Close,
            <= 0.012 => BenfordConformity.Acceptable,
            <= 0.015 => BenfordConformity.MarginallyAcceptable,
            _ => BenfordConformity.Nonconformity,
        };
    }

    /// <summary>The first-digit test of <paramref name="values"/>: counts, chi-square with its p-value, MAD and band.</summary>
    /// <remarks>Nigrini (2012), chapter 7: <see cref="FirstDigitCounts"/>, <see cref="ChiSquare"/> with
    /// P(χ²₈ ≥ χ²) from <see cref="IncompleteGamma.ChiSquareUpperTail"/>, <see cref="MeanAbsoluteDeviation"/> and
    /// <see cref="Conformity"/>. Whether the sample is large enough to conclude anything is the caller's call.</remarks>
    public static BenfordResult Test(ReadOnlySpan<double> values) => Test(FirstDigitCounts(values));

    /// <summary>The first-digit test of counts by first digit (index 0 is digit 1).</summary>
    /// <remarks>As <see cref="Test(ReadOnlySpan{double})"/>, from counts already made (Nigrini 2012, chapter 7).</remarks>
    /// <exception cref="ArgumentException"><paramref name="counts"/> does not hold nine non-negative counts.</exception>
    public static BenfordResult Test(ReadOnlySpan<int> counts)
    {
        var n = Total(counts);
        if (n == 0)
        {
            return new BenfordResult(0, counts.ToArray(), double.NaN, double.NaN, double.NaN, null);
        }

        var chi2 = ChiSquare(counts);
        var mad = MeanAbsoluteDeviation(counts);
        return new BenfordResult(n, counts.ToArray(), chi2, IncompleteGamma.ChiSquareUpperTail(chi2, DegreesOfFreedom), mad, Conformity(mad));
    }

    private static int Total(ReadOnlySpan<int> counts)
    {
        if (counts.Length != 9)
        {
            throw new ArgumentException($"First-digit counts are nine, for digits 1 to 9; got {counts.Length}.", nameof(counts));
        }

        var n = 0;
        foreach (var c in counts)
        {
            if (c < 0)
            {
                throw new ArgumentException($"A count is zero or more; got {c}.", nameof(counts));
            }

            n += c;
        }

        return n;
    }
}
