namespace ClusterScope.Analytics.Composite;

/// <summary>Monte Carlo uncertainty of sensitivity indices: bootstrap percentile intervals.</summary>
/// <param name="Level">Confidence level of the intervals, e.g. 0.95.</param>
/// <param name="Resamples">Number of bootstrap resamples.</param>
/// <param name="FirstOrder">Interval of S_i per input, in the order of the estimate.</param>
/// <param name="Total">Interval of ST_i per input.</param>
public sealed record SensitivityBootstrap(double Level, int Resamples, IReadOnlyList<SensitivityInterval> FirstOrder,
    IReadOnlyList<SensitivityInterval> Total);
