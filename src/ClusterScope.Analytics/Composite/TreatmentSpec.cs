namespace ClusterScope.Analytics.Composite;

/// <summary>How outliers are treated after imputation (COINr <c>Treat()</c>).</summary>
/// <remarks>OECD/JRC (2008) Handbook, step 4 (multivariate analysis / outliers); COINr 1.1.14 <c>Treat.numeric</c>.</remarks>
public abstract record TreatmentSpec
{
    private TreatmentSpec()
    {
    }

    /// <summary>No treatment.</summary>
    public sealed record None : TreatmentSpec;

    /// <summary>COINr's default: an indicator passes if |skew| &lt; <paramref name="SkewThreshold"/> or kurtosis &lt;
    /// <paramref name="KurtosisThreshold"/>; otherwise winsorise up to <paramref name="WinMax"/> points from the skewed
    /// side, and if it still fails apply <paramref name="Fallback"/> to the original values.</summary>
    /// <param name="WinMax">Maximum number of points winsorised (COINr <c>winmax</c>, default 5).</param>
    /// <param name="SkewThreshold">Absolute skewness threshold (COINr code default 2; its docs say 2.25).</param>
    /// <param name="KurtosisThreshold">Kurtosis threshold (default 3.5).</param>
    /// <param name="Fallback">Transformation applied to the original values when winsorisation is not enough.</param>
    public sealed record Winsorise(int WinMax = 5, double SkewThreshold = 2, double KurtosisThreshold = 3.5,
        LogTransform Fallback = LogTransform.LogCt) : TreatmentSpec;

    /// <summary>The same transformation of every indicator, regardless of skew and kurtosis.</summary>
    /// <param name="Kind">The transformation.</param>
    public sealed record Transform(LogTransform Kind) : TreatmentSpec;
}
