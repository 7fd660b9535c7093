namespace ClusterScope.Analytics.Composite;

/// <summary>A bootstrap confidence interval of one sensitivity index.</summary>
/// <param name="Low">Lower percentile bound.</param>
/// <param name="High">Upper percentile bound.</param>
public sealed record SensitivityInterval(double Low, double High)
{
    /// <summary>Whether 0 lies in the interval: the index cannot be told apart from 0 at this sample size.</summary>
    /// <remarks>A first-order index of -0.01 with an interval [-0.03, 0.02] reads as "0 within noise", not as a negative share.</remarks>
    public bool ContainsZero => Low <= 0 && High >= 0;

    /// <summary>Whether <paramref name="value"/> lies in the interval.</summary>
    public bool Contains(double value) => Low <= value && value <= High;
}
