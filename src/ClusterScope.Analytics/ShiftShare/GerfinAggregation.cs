namespace ClusterScope.Analytics.ShiftShare;

/// <summary>How the Gerfin ratios of consecutive year pairs combine over a panel.</summary>
public enum GerfinAggregation
{
    /// <summary>Arithmetic mean of the yearly ratios: REAT 3.0.3 <c>shiftd(..., gerfin.shifts = "mean")</c>. Default.</summary>
    Mean,

    /// <summary>Product of the yearly ratios (chained growth factors); the total then equals the static total ratio
    /// of the first and last year.</summary>
    Product,
}
