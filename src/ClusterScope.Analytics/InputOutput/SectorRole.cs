namespace ClusterScope.Analytics.InputOutput;

/// <summary>A sector's quadrant in the backward/forward linkage classification (Miller and Blair 2009, section 12.2.3).</summary>
public enum SectorRole
{
    /// <summary>Both linkages at or below average.</summary>
    Weak,

    /// <summary>Backward linkage above average only: a strong buyer.</summary>
    BackwardOriented,

    /// <summary>Forward linkage above average only: a strong supplier.</summary>
    ForwardOriented,

    /// <summary>Both linkages above average.</summary>
    Key,
}
