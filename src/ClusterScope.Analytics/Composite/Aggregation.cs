namespace ClusterScope.Analytics.Composite;

/// <summary>Weighted means that combine the children of an aggregate into one value per unit.</summary>
/// <remarks>OECD/JRC (2008) <i>Handbook on Constructing Composite Indicators</i>, step 6; COINr 1.1.14
/// <c>a_amean</c>, <c>a_gmean</c>, <c>a_hmean</c>, <c>a_genmean</c>. Weights are relative: NaN values and their weights
/// are dropped and the remaining weights rescaled to sum to 1. All values missing, or all remaining weights zero,
/// gives NaN.</remarks>
public static class Aggregation
{
    /// <summary>Weighted arithmetic mean sum(w x)/sum(w) over the observed values.</summary>
    /// <remarks>COINr <c>a_amean</c>.</remarks>
    /// <exception cref="ArgumentException">The spans differ in length or a weight is negative or NaN.</exception>
    public static double ArithmeticMean(ReadOnlySpan<double> x, ReadOnlySpan<double> w) =>
        Power(x, w, 1, "arithmetic");

    /// <summary>Weighted geometric mean exp(sum(w ln x)/sum(w)) over the observed values.</summary>
    /// <remarks>COINr <c>a_gmean</c>, which stops on any value &lt;= 0; so does this method, naming the value
    /// (min-max 0..100 therefore cannot feed it: use 1..100, as COINr issues #47 and #65 advise).</remarks>
    /// <exception cref="ArgumentException">A value is &lt;= 0, the spans differ in length, or a weight is invalid.</exception>
    public static double GeometricMean(ReadOnlySpan<double> x, ReadOnlySpan<double> w) =>
        Power(x, w, 0, "geometric");

    /// <summary>Weighted harmonic mean sum(w)/sum(w/x) over the observed values.</summary>
    /// <remarks>COINr <c>a_hmean</c>, which stops on a zero value; so does this method.</remarks>
    /// <exception cref="ArgumentException">A value is 0, the spans differ in length, or a weight is invalid.</exception>
    public static double HarmonicMean(ReadOnlySpan<double> x, ReadOnlySpan<double> w) =>
        Power(x, w, -1, "harmonic");

    /// <summary>Weighted generalised mean (sum(w x^p)/sum(w))^(1/p).</summary>
    /// <remarks>COINr <c>a_genmean(x, w, p)</c>. <see cref="GenmeanMissing.Drop"/> (default) drops NaN like the other
    /// means; <see cref="GenmeanMissing.CoinrNa"/> returns NaN when any value is NaN, as COINr does. A negative value
    /// with a non-integer p gives NaN.</remarks>
    /// <exception cref="ArgumentException"><paramref name="p"/> is 0 or not finite, or the inputs are invalid.</exception>
    public static double GeneralisedMean(ReadOnlySpan<double> x, ReadOnlySpan<double> w, double p, GenmeanMissing missing = GenmeanMissing.Drop)
    {
        if (p == 0 || !double.IsFinite(p))
        {
            throw new ArgumentException($"The generalised mean needs a finite, non-zero order p; got {p}.", nameof(p));
        }

        if (missing == GenmeanMissing.CoinrNa && HasNaN(x))
        {
            return double.NaN;
        }

        return Power(x, w, p, "generalised");
    }

    /// <summary>Aggregates by <paramref name="spec"/>.</summary>
    /// <remarks>Dispatches to the mean named by the spec (COINr <c>Aggregate()</c> with <c>f_ag</c>).</remarks>
    /// <exception cref="ArgumentException">As the chosen mean.</exception>
    public static double Aggregate(ReadOnlySpan<double> x, ReadOnlySpan<double> w, AggregationSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec switch
        {
            AggregationSpec.ArithmeticMean => ArithmeticMean(x, w),
            AggregationSpec.GeometricMean => GeometricMean(x, w),
            AggregationSpec.HarmonicMean => HarmonicMean(x, w),
            AggregationSpec.GeneralisedMean g => GeneralisedMean(x, w, g.P, g.Missing),
            _ => throw new ArgumentException($"Unknown aggregation {spec}.", nameof(spec)),
        };
    }

    /// <summary>The index of the first observed value the mean cannot take (&lt;= 0 for geometric, 0 for harmonic), or -1.</summary>
    internal static int FirstInvalid(ReadOnlySpan<double> x, AggregationSpec spec)
    {
        for (var i = 0; i < x.Length; i++)
        {
            if ((spec is AggregationSpec.GeometricMean && x[i] <= 0) || (spec is AggregationSpec.HarmonicMean && x[i] == 0))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool HasNaN(ReadOnlySpan<double> x)
    {
        foreach (var v in x)
        {
            if (double.IsNaN(v))
            {
                return true;
            }
        }

        return false;
    }

    private static double Power(ReadOnlySpan<double> x, ReadOnlySpan<double> w, double p, string name)
    {
        if (x.Length != w.Length)
        {
            throw new ArgumentException($"{x.Length} values but {w.Length} weights.", nameof(w));
        }

        double sum = 0, weights = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (!(w[i] >= 0))
            {
                throw new ArgumentException($"Weight {i} is {w[i]}; weights must be non-negative.", nameof(w));
            }

            if (double.IsNaN(x[i]))
            {
                continue;
            }

            if ((p == 0 && x[i] <= 0) || (p == -1 && x[i] == 0))
            {
                throw new ArgumentException($"The {name} mean cannot take value {i} = {x[i]} (needs {(p == 0 ? "> 0" : "!= 0")}).", nameof(x));
            }

            sum += w[i] * (p == 1 ? x[i] : p == 0 ? Math.Log(x[i]) : p == -1 ? 1 / x[i] : Math.Pow(x[i], p));
            weights += w[i];
        }

        if (weights == 0)
        {
            return double.NaN;
        }

        var mean = sum / weights;
        return p == 1 ? mean : p == 0 ? Math.Exp(mean) : p == -1 ? 1 / mean : Math.Pow(mean, 1 / p);
    }
}
