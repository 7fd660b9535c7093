namespace ClusterScope.Analytics.Composite;

/// <summary>How the generalised mean treats a missing value.</summary>
/// <remarks>COINr 1.1.14 <c>a_genmean</c> sums without removing NA, so one missing child makes the aggregate NA;
/// its other means drop NA and renormalise the weights.</remarks>
public enum GenmeanMissing
{
    /// <summary>Drop missing values and renormalise the weights, like the other means (the default).</summary>
    Drop,

    /// <summary>Return NaN when any value is missing, as COINr's <c>a_genmean</c>.</summary>
    CoinrNa,
}
