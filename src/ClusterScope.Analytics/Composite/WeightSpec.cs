namespace ClusterScope.Analytics.Composite;

/// <summary>Which weights the aggregation uses (COINr <c>Aggregate(w = ...)</c>).</summary>
/// <remarks>OECD/JRC (2008) Handbook, step 6 (weighting).</remarks>
public abstract record WeightSpec
{
    private WeightSpec()
    {
    }

    /// <summary>The weights of the framework (COINr's metadata weights, <c>w = NULL</c>).</summary>
    public sealed record Framework : WeightSpec;

    /// <summary>Weight 1 for every node: equal weights within each parent.</summary>
    public sealed record Equal : WeightSpec;

    /// <summary>Indicator weights from the first principal component of each dimension's normalised indicators
    /// (squared loadings scaled to sum to 1); aggregate weights stay as in the framework.</summary>
    public sealed record PrincipalComponent : WeightSpec;

    /// <summary>Explicit weights by code; codes not listed keep the framework weight.</summary>
    /// <param name="Weights">Weight per indicator or aggregate code.</param>
    public sealed record Given(IReadOnlyDictionary<string, double> Weights) : WeightSpec;
}
