namespace ClusterScope.Domain.Registry;

/// <summary>The cluster programme's output-value tiers. Computed from the output value, never stored.</summary>
public enum OutputTier
{
    /// <summary>Output below RMB 2 bn.</summary>
    Below2Bn,

    /// <summary>RMB 2 bn to under 5 bn.</summary>
    Over2Bn,

    /// <summary>RMB 5 bn to under 10 bn.</summary>
    Over5Bn,

    /// <summary>RMB 10 bn to under 100 bn.</summary>
    Over10Bn,

    /// <summary>RMB 100 bn and more.</summary>
    Over100Bn,
}
