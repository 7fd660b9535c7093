namespace ClusterScope.Analytics.Composite;

/// <summary>How indicators are brought onto a common scale (COINr <c>Normalise()</c> with <c>f_n</c>).</summary>
/// <remarks>OECD/JRC (2008) Handbook, step 5 (normalisation), table 3. Directions are applied first (x -> -x).</remarks>
public abstract record NormalisationSpec
{
    private NormalisationSpec()
    {
    }

    /// <summary>Min-max onto [<paramref name="Low"/>, <paramref name="High"/>] (COINr <c>n_minmax</c>, default 0..100).</summary>
    /// <param name="Low">Value of the worst unit.</param>
    /// <param name="High">Value of the best unit.</param>
    public sealed record MinMax(double Low = 0, double High = 100) : NormalisationSpec;

    /// <summary>Z-score with the sample sd, rescaled to mean <paramref name="Mean"/> and sd <paramref name="StandardDeviation"/>
    /// (COINr <c>n_zscore</c>, <c>m_sd = c(0, 1)</c>).</summary>
    /// <param name="Mean">Target mean.</param>
    /// <param name="StandardDeviation">Target standard deviation (positive).</param>
    public sealed record ZScore(double Mean = 0, double StandardDeviation = 1) : NormalisationSpec;

    /// <summary>Rank, ties "min", best unit highest (COINr <c>n_rank</c>).</summary>
    public sealed record Rank : NormalisationSpec;

    /// <summary>Percentile rank (rank - 1)/(n - 1), ties "min" (COINr <c>n_prank</c>).</summary>
    public sealed record PercentileRank : NormalisationSpec;

    /// <summary>Borda score rank - 1, ties "min" (COINr <c>n_borda</c>).</summary>
    public sealed record Borda : NormalisationSpec;

    /// <summary>(x - <paramref name="Low"/>)/(<paramref name="High"/> - <paramref name="Low"/>) 100 (COINr <c>n_scaled</c>).</summary>
    /// <param name="Low">Lower bound l.</param>
    /// <param name="High">Upper bound u.</param>
    public sealed record Scaled(double Low = 0, double High = 100) : NormalisationSpec;

    /// <summary>x / max(x) (COINr <c>n_fracmax</c>).</summary>
    public sealed record FractionOfMax : NormalisationSpec;

    /// <summary>Distance to the best unit: 1 - (max - x)/(max - min) (COINr <c>n_dist2max</c>).</summary>
    public sealed record DistanceToBest : NormalisationSpec;

    /// <summary>Distance to each indicator's target: 1 - (target - x)/(target - min) (COINr <c>n_dist2targ</c>).</summary>
    /// <param name="CapAtOne">Whether values beyond the target score 1 (COINr <c>cap_max</c>).</param>
    public sealed record DistanceToTarget(bool CapAtOne = false) : NormalisationSpec;
}
