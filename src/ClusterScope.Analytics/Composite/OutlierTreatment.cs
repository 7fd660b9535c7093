namespace ClusterScope.Analytics.Composite;

/// <summary>Outlier treatment of one indicator: skewness and kurtosis, winsorisation and log transformations.</summary>
/// <remarks>OECD/JRC (2008) Handbook, step 4; COINr 1.1.14 <c>treat.R</c> (<c>skew</c>, <c>kurt</c>,
/// <c>check_SkewKurt</c>, <c>winsorise</c>, <c>log_CT</c>, <c>Treat.numeric</c>). COINr's documentation says the skew
/// threshold is 2.25 and that both tests must pass; its code uses 2 and "or", which this class follows. NaN values
/// are ignored by every statistic and stay NaN.</remarks>
public static class OutlierTreatment
{
    /// <summary>Sample skewness, e1071 type 2 (Excel's SKEW): g1 sqrt(n(n-1))/(n-2).</summary>
    /// <remarks>COINr <c>skew</c> (taken from <c>e1071::skewness(type = 2)</c>): with m = mean,
    /// g1 = sqrt(n) sum (x-m)^3 / (sum (x-m)^2)^(3/2). NaN values are dropped; a constant vector gives NaN.</remarks>
    /// <exception cref="ArgumentException">Fewer than 3 observed values.</exception>
    public static double Skewness(ReadOnlySpan<double> x)
    {
        var v = Centred(x, 3, "skewness");
        double s2 = 0, s3 = 0;
        foreach (var d in v)
        {
            s2 += d * d;
            s3 += d * d * d;
        }

        double n = v.Length;
        return Math.Sqrt(n) * s3 / Math.Pow(s2, 1.5) * Math.Sqrt(n * (n - 1)) / (n - 2);
    }

    /// <summary>Sample excess kurtosis, e1071 type 2 (Excel's KURT).</summary>
    /// <remarks>COINr <c>kurt</c> (from <c>e1071::kurtosis(type = 2)</c>): r = n sum (x-m)^4 / (sum (x-m)^2)^2,
    /// ((n+1)(r-3)+6)(n-1)/((n-2)(n-3)). NaN values are dropped; a constant vector gives NaN.</remarks>
    /// <exception cref="ArgumentException">Fewer than 4 observed values.</exception>
    public static double Kurtosis(ReadOnlySpan<double> x)
    {
        var v = Centred(x, 4, "kurtosis");
        double s2 = 0, s4 = 0;
        foreach (var d in v)
        {
            s2 += d * d;
            s4 += d * d * d * d;
        }

        double n = v.Length;
        var r = n * s4 / (s2 * s2);
        return (((n + 1) * (r - 3)) + 6) * (n - 1) / ((n - 2) * (n - 3));
    }

    /// <summary>Whether the indicator passes the outlier test: |skew| &lt; <paramref name="skewThreshold"/> or
    /// kurtosis &lt; <paramref name="kurtosisThreshold"/>.</summary>
    /// <remarks>COINr <c>check_SkewKurt</c> (code defaults 2 and 3.5, joined by "or"). An undefined statistic (constant
    /// vector) does not pass.</remarks>
    /// <exception cref="ArgumentException">Fewer than 4 observed values.</exception>
    public static SkewKurtCheck CheckSkewKurt(ReadOnlySpan<double> x, double skewThreshold = 2, double kurtosisThreshold = 3.5)
    {
        var skew = Skewness(x);
        var kurtosis = Kurtosis(x);
        return new SkewKurtCheck(skew, kurtosis, Math.Abs(skew) < skewThreshold || kurtosis < kurtosisThreshold);
    }

    /// <summary>Winsorises from the skewed side until the indicator passes or <paramref name="winMax"/> points are reached.</summary>
    /// <remarks>COINr <c>winsorise</c>: while the check fails and the count is below <paramref name="winMax"/>, if skew
    /// &gt;= 0 every value equal to the maximum is set to the largest other value (else the minimum to the next
    /// smallest). Ties accumulate: after k passes on one side all k extreme points share one value, and the count is
    /// the number of points moved in the last pass (COINr's <c>nwin</c>). Points moved are flagged.</remarks>
    /// <exception cref="ArgumentException">Fewer than 4 observed values.</exception>
    public static TreatmentOutcome Winsorise(ReadOnlySpan<double> x, int winMax = 5, double skewThreshold = 2, double kurtosisThreshold = 3.5)
    {
        var values = x.ToArray();
        var points = new CellTreatment[values.Length];
        var check = CheckSkewKurt(values, skewThreshold, kurtosisThreshold);
        var (high, low) = (0, 0);
        // A column winsorised down to one value has no skew left to treat; going on would replace its minimum by nothing (NaN).
        while (!check.Pass && !double.IsNaN(check.Skew) && high + low < winMax)
        {
            if (Skewness(values) >= 0)
            {
                high = Replace(values, points, CellTreatment.WinsorisedHigh, +1);
            }
            else
            {
                low = Replace(values, points, CellTreatment.WinsorisedLow, -1);
            }

            check = CheckSkewKurt(values, skewThreshold, kurtosisThreshold);
        }

        return new TreatmentOutcome(values, points, [check], high + low, LogTransform.None);
    }

    /// <summary>Applies a log transformation to the whole indicator.</summary>
    /// <remarks>COINr <c>log_CT</c>: ln(x - min + 0.01 (max - min)); <c>log_CT_orig</c>: ln(x - min + 1);
    /// GII: ln[(max - 1)(x - min)/(max - min) + 1], the formula of COINr's <c>log_GII</c> (which itself returns x
    /// unchanged, a defect not copied); natural: ln(x). Min and max ignore NaN; NaN stays NaN.</remarks>
    /// <exception cref="ArgumentException"><see cref="LogTransform.Natural"/> on a value &lt;= 0 (its index is named).</exception>
    public static double[] Log(ReadOnlySpan<double> x, LogTransform kind)
    {
        var (min, max) = Range(x);
        var result = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            result[i] = kind switch
            {
                LogTransform.None => x[i],
                LogTransform.LogCt => Math.Log(x[i] - min + (0.01 * (max - min))),
                LogTransform.LogCtPlusOne => Math.Log(x[i] - min + 1),
                LogTransform.LogGii => Math.Log(((max - 1) * (x[i] - min) / (max - min)) + 1),
                _ => x[i] > 0 || double.IsNaN(x[i]) ? Math.Log(x[i])
                    : throw new ArgumentException($"ln(x) needs positive values; value {i} is {x[i]}.", nameof(x)),
            };
        }

        return result;
    }

    /// <summary>Treats one indicator by <paramref name="spec"/>.</summary>
    /// <remarks>COINr <c>Treat.numeric</c> with <c>f1 = "winsorise"</c>, <c>f_pass = "check_SkewKurt"</c>,
    /// <c>f2 = "log_CT"</c>, <c>combine_treat = FALSE</c>: check; if it fails, winsorise and check again; if it still
    /// fails, transform the <b>original</b> values and check once more (recorded, not acted on). An undefined check
    /// (constant indicator) leaves the values untreated.</remarks>
    /// <exception cref="ArgumentException">Fewer than 4 observed values, or ln of a value &lt;= 0.</exception>
    public static TreatmentOutcome Treat(ReadOnlySpan<double> x, TreatmentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        switch (spec)
        {
            case TreatmentSpec.None:
                return new TreatmentOutcome(x.ToArray(), new CellTreatment[x.Length], [], null, LogTransform.None);
            case TreatmentSpec.Transform t:
                return Transformed(x, t.Kind, []);
        }

        var w = (TreatmentSpec.Winsorise)spec;
        var first = CheckSkewKurt(x, w.SkewThreshold, w.KurtosisThreshold);
        if (first.Pass || double.IsNaN(first.Skew) || double.IsNaN(first.Kurtosis))
        {
            return new TreatmentOutcome(x.ToArray(), new CellTreatment[x.Length], [first], null, LogTransform.None);
        }

        var winsorised = Winsorise(x, w.WinMax, w.SkewThreshold, w.KurtosisThreshold);
        var second = winsorised.Checks[0];
        if (second.Pass || w.Fallback == LogTransform.None)
        {
            return winsorised with { Checks = [first, second] };
        }

        var fallback = Transformed(x, w.Fallback, []);
        var third = CheckSkewKurt(fallback.Values, w.SkewThreshold, w.KurtosisThreshold);
        var points = winsorised.Points.Select(p => p | CellTreatment.Transformed).ToArray();
        return fallback with { Points = points, Checks = [first, second, third], Winsorised = winsorised.Winsorised };
    }

    private static TreatmentOutcome Transformed(ReadOnlySpan<double> x, LogTransform kind, IReadOnlyList<SkewKurtCheck> checks)
    {
        var points = Enumerable.Repeat(kind == LogTransform.None ? CellTreatment.None : CellTreatment.Transformed, x.Length).ToArray();
        return new TreatmentOutcome(Log(x, kind), points, checks, null, kind);
    }

    private static int Replace(double[] values, CellTreatment[] points, CellTreatment flag, int side)
    {
        var extreme = double.NaN;
        foreach (var v in values)
        {
            extreme = double.IsNaN(extreme) || side * v > side * extreme ? v : extreme;
        }

        var next = double.NaN;
        foreach (var v in values)
        {
            if (!double.IsNaN(v) && v != extreme && (double.IsNaN(next) || side * v > side * next))
            {
                next = v;
            }
        }

        var moved = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] == extreme)
            {
                values[i] = next;
                points[i] |= flag;
                moved++;
            }
        }

        return moved;
    }

    private static (double Min, double Max) Range(ReadOnlySpan<double> x)
    {
        var (min, max) = (double.PositiveInfinity, double.NegativeInfinity);
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                (min, max) = (Math.Min(min, v), Math.Max(max, v));
            }
        }

        return (min, max);
    }

    private static double[] Centred(ReadOnlySpan<double> x, int minimum, string statistic)
    {
        var v = Imputation.Observed(x);
        if (v.Length < minimum)
        {
            throw new ArgumentException($"The {statistic} needs at least {minimum} observed values; got {v.Length}.", nameof(x));
        }

        var mean = v.Average();
        for (var i = 0; i < v.Length; i++)
        {
            v[i] -= mean;
        }

        return v;
    }
}
