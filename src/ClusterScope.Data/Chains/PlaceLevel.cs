namespace ClusterScope.Data.Chains;

/// <summary>The kinds of place a chain map is drawn for.</summary>
public enum PlaceLevel
{
    /// <summary>One cluster (its enterprises).</summary>
    Cluster,

    /// <summary>One development zone.</summary>
    Zone,

    /// <summary>A prefecture-level city (its zones), e.g. 220100 Changchun.</summary>
    Prefecture,

    /// <summary>The province, 220000.</summary>
    Province,
}
