namespace ClusterScope.Analytics.Composite;

/// <summary>How the children of an aggregate are combined (COINr <c>Aggregate()</c> with <c>f_ag</c>).</summary>
/// <remarks>OECD/JRC (2008) Handbook, step 6 (weighting and aggregation). Weights are relative within the parent
/// and renormalised over the children that are not missing.</remarks>
public abstract record AggregationSpec
{
    private AggregationSpec()
    {
    }

    /// <summary>Weighted arithmetic mean (COINr <c>a_amean</c>), fully compensatory.</summary>
    public sealed record ArithmeticMean : AggregationSpec;

    /// <summary>Weighted geometric mean (COINr <c>a_gmean</c>); every value must be positive.</summary>
    public sealed record GeometricMean : AggregationSpec;

    /// <summary>Weighted harmonic mean (COINr <c>a_hmean</c>); no value may be zero.</summary>
    public sealed record HarmonicMean : AggregationSpec;

    /// <summary>Weighted generalised (power) mean of order <paramref name="P"/> (COINr <c>a_genmean</c>).</summary>
    /// <param name="P">The order; not 0 (use <see cref="GeometricMean"/>).</param>
    /// <param name="Missing">Whether a missing value is dropped (default) or makes the result NaN (COINr).</param>
    public sealed record GeneralisedMean(double P, GenmeanMissing Missing = GenmeanMissing.Drop) : AggregationSpec;
}
