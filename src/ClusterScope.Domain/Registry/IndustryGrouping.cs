namespace ClusterScope.Domain.Registry;

/// <summary>The policy grouping an industry category belongs to.</summary>
public enum IndustryGrouping
{
    /// <summary>Pillar industries (automobiles, petrochemicals, agricultural products processing).</summary>
    Pillar,

    /// <summary>Advantageous industries (medicine and health, equipment manufacturing, …).</summary>
    Advantageous,

    /// <summary>Strategic emerging industries.</summary>
    Emerging,

    /// <summary>Traditional industries.</summary>
    Traditional,

    /// <summary>Services.</summary>
    Services,
}
