namespace ClusterScope.Analytics.Composite;

/// <summary>The skewness and kurtosis of an indicator and whether they pass the outlier test.</summary>
/// <remarks>COINr <c>check_SkewKurt</c>: passes if |skew| &lt; threshold <b>or</b> kurtosis &lt; threshold.</remarks>
/// <param name="Skew">Sample skewness (e1071 type 2, Excel's SKEW).</param>
/// <param name="Kurtosis">Sample excess kurtosis (e1071 type 2, Excel's KURT).</param>
/// <param name="Pass">Whether the indicator passes.</param>
public sealed record SkewKurtCheck(double Skew, double Kurtosis, bool Pass);
