namespace ClusterScope.Analytics.Composite;

/// <summary>First-order and total sensitivity indices of each uncertain input, and the output variance.</summary>
/// <param name="Variance">Sample variance of the 2N base runs (A and B).</param>
/// <param name="FirstOrder">S_i per input (can be slightly negative from sampling error).</param>
/// <param name="Total">ST_i per input.</param>
public sealed record SensitivityEstimate(double Variance, double[] FirstOrder, double[] Total);
