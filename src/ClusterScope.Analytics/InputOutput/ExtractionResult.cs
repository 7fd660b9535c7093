namespace ClusterScope.Analytics.InputOutput;

/// <summary>Outputs before and after a hypothetical extraction, and the total output lost.</summary>
/// <param name="Before">x of the full table.</param>
/// <param name="After">x̄ with the sector (or its linkage) removed.</param>
/// <param name="Loss">i'x - i'x̄.</param>
public sealed record ExtractionResult(double[] Before, double[] After, double Loss)
{
    /// <summary>The loss as a share of total output.</summary>
    public double RelativeLoss => Loss / Before.Sum();
}
