namespace ClusterScope.Analytics.Composite;

/// <summary>Brings one indicator onto a common scale; the direction is applied first (x -> -x for
/// <see cref="Direction.Negative"/>), so the best unit always scores highest.</summary>
/// <remarks>OECD/JRC (2008) <i>Handbook on Constructing Composite Indicators</i>, step 5 and table 3; COINr 1.1.14
/// <c>normalise.R</c> (<c>Normalise.numeric</c> multiplies by the direction, then calls <c>n_*</c>). Minimum, maximum,
/// mean and sd ignore NaN, and NaN stays NaN. A constant indicator gives NaN under min-max, z-score and distance to
/// best (0/0), as in COINr.</remarks>
public static class Normalisation
{
    /// <summary>Rescales one indicator linearly onto [<paramref name="low"/>, <paramref name="high"/>].</summary>
    /// <remarks>OECD/JRC (2008) Handbook, min-max; matches COINr <c>n_minmax</c>:
    /// (x - min)/(max - min)(high - low) + low. <see cref="Direction.Negative"/> mirrors the scale. NaN stays NaN;
    /// a constant column gives NaN, as in COINr.</remarks>
    public static double[] MinMax(ReadOnlySpan<double> values, Direction direction, double low = 0, double high = 100)
    {
        var x = Directed(values, direction);
        var (min, max) = Range(x);
        return Map(x, v => ((v - min) / (max - min) * (high - low)) + low);
    }

    /// <summary>Standardises one indicator to mean <paramref name="mean"/> and standard deviation <paramref name="sd"/>.</summary>
    /// <remarks>OECD/JRC (2008) Handbook, standardisation; COINr <c>n_zscore(x, m_sd = c(mean, sd))</c>:
    /// (x - mean(x))/sd(x) sd + mean, with the <b>sample</b> standard deviation (n - 1), as R's <c>sd</c>.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sd"/> is not positive.</exception>
    public static double[] ZScore(ReadOnlySpan<double> values, Direction direction, double mean = 0, double sd = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sd);
        var x = Directed(values, direction);
        var m = Imputation.ObservedMean(x);
        var s = SampleStandardDeviation(x, m);
        return Map(x, v => ((v - m) / s * sd) + mean);
    }

    /// <summary>Ranks, ties "min", the best unit highest.</summary>
    /// <remarks>COINr <c>n_rank</c>: <c>rank(x, ties.method = "min", na.last = "keep")</c> after the direction.</remarks>
    public static double[] Rank(ReadOnlySpan<double> values, Direction direction) => Ranking.Ascending(Directed(values, direction));

    /// <summary>Percentile ranks (rank - 1)/(n - 1), ties "min", n the number of observed values.</summary>
    /// <remarks>COINr <c>n_prank</c>.</remarks>
    public static double[] PercentileRank(ReadOnlySpan<double> values, Direction direction)
    {
        var ranks = Rank(values, direction);
        var n = ranks.Count(r => !double.IsNaN(r));
        return Map(ranks, r => (r - 1) / (n - 1));
    }

    /// <summary>Borda scores rank - 1, ties "min".</summary>
    /// <remarks>COINr <c>n_borda</c>.</remarks>
    public static double[] Borda(ReadOnlySpan<double> values, Direction direction) => Map(Rank(values, direction), r => r - 1);

    /// <summary>(x - <paramref name="low"/>)/(<paramref name="high"/> - <paramref name="low"/>) 100 after the direction.</summary>
    /// <remarks>COINr <c>n_scaled(x, npara = c(low, high))</c> (GII 2020). A shift and scale, not min-max.</remarks>
    public static double[] Scaled(ReadOnlySpan<double> values, Direction direction, double low = 0, double high = 100) =>
        Map(Directed(values, direction), v => (v - low) / (high - low) * 100);

    /// <summary>x / max(x) after the direction.</summary>
    /// <remarks>COINr <c>n_fracmax</c>. With <see cref="Direction.Negative"/> the maximum of -x is used, as in COINr.</remarks>
    public static double[] FractionOfMax(ReadOnlySpan<double> values, Direction direction)
    {
        var x = Directed(values, direction);
        var max = Range(x).Max;
        return Map(x, v => v / max);
    }

    /// <summary>Distance to the best unit: 1 - (max - x)/(max - min), in [0, 1].</summary>
    /// <remarks>COINr <c>n_dist2max</c>; the OECD/JRC handbook's "distance to a reference" with the leader as
    /// reference. A constant indicator gives NaN.</remarks>
    public static double[] DistanceToBest(ReadOnlySpan<double> values, Direction direction)
    {
        var x = Directed(values, direction);
        var (min, max) = Range(x);
        return Map(x, v => 1 - ((max - v) / (max - min)));
    }

    /// <summary>Distance to a target: 1 - (target - x)/(target - min), optionally capped at 1.</summary>
    /// <remarks>COINr <c>n_dist2targ(x, targ, cap_max)</c>. The target is given on the indicator's own scale and
    /// multiplied by the direction with the values. A target below the minimum gives negative scores.</remarks>
    /// <exception cref="ArgumentException">The target is NaN or infinite.</exception>
    public static double[] DistanceToTarget(ReadOnlySpan<double> values, Direction direction, double target, bool capAtOne = false)
    {
        if (!double.IsFinite(target))
        {
            throw new ArgumentException($"The target must be finite; got {target}.", nameof(target));
        }

        var x = Directed(values, direction);
        var t = target * (int)direction;
        var min = Range(x).Min;
        return Map(x, v => capAtOne ? Math.Min(1, 1 - ((t - v) / (t - min))) : 1 - ((t - v) / (t - min)));
    }

    /// <summary>Normalises one indicator by <paramref name="spec"/>.</summary>
    /// <remarks>Dispatches to the method named by the spec (COINr <c>Normalise.numeric</c>).</remarks>
    /// <exception cref="ArgumentException"><see cref="NormalisationSpec.DistanceToTarget"/> without a target.</exception>
    public static double[] Normalise(ReadOnlySpan<double> values, NormalisationSpec spec, Direction direction, double? target = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec switch
        {
            NormalisationSpec.MinMax m => MinMax(values, direction, m.Low, m.High),
            NormalisationSpec.ZScore z => ZScore(values, direction, z.Mean, z.StandardDeviation),
            NormalisationSpec.Rank => Rank(values, direction),
            NormalisationSpec.PercentileRank => PercentileRank(values, direction),
            NormalisationSpec.Borda => Borda(values, direction),
            NormalisationSpec.Scaled s => Scaled(values, direction, s.Low, s.High),
            NormalisationSpec.FractionOfMax => FractionOfMax(values, direction),
            NormalisationSpec.DistanceToBest => DistanceToBest(values, direction),
            NormalisationSpec.DistanceToTarget d => DistanceToTarget(values, direction,
                target ?? throw new ArgumentException("Distance to target needs the indicator's target.", nameof(target)), d.CapAtOne),
            _ => throw new ArgumentException($"Unknown normalisation {spec}.", nameof(spec)),
        };
    }

    internal static double SampleStandardDeviation(ReadOnlySpan<double> x, double mean)
    {
        double ss = 0;
        var n = 0;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                ss += (v - mean) * (v - mean);
                n++;
            }
        }

        return Math.Sqrt(ss / (n - 1));
    }

    private static double[] Directed(ReadOnlySpan<double> values, Direction direction)
    {
        if (direction is not (Direction.Positive or Direction.Negative))
        {
            throw new ArgumentException($"Direction must be +1 or -1; got {(int)direction}.", nameof(direction));
        }

        var x = values.ToArray();
        if (direction == Direction.Negative)
        {
            for (var i = 0; i < x.Length; i++)
            {
                x[i] = -x[i];
            }
        }

        return x;
    }

    private static (double Min, double Max) Range(double[] x)
    {
        var observed = x.Where(v => !double.IsNaN(v)).ToArray();
        return observed.Length == 0 ? (double.NaN, double.NaN) : (observed.Min(), observed.Max());
    }

    private static double[] Map(double[] x, Func<double, double> f) => x.Select(v => double.IsNaN(v) ? v : f(v)).ToArray();
}
