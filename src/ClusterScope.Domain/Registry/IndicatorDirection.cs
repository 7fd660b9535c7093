namespace ClusterScope.Domain.Registry;

/// <summary>Whether more of an indicator is better.</summary>
public enum IndicatorDirection
{
    /// <summary>Higher is better (output, employment).</summary>
    Positive,

    /// <summary>Lower is better (energy intensity, pollution).</summary>
    Negative,

    /// <summary>Neither (population, shares used for structure).</summary>
    Neutral,
}
