namespace ClusterScope.Data.Intake;

/// <summary>What a file imports; the names are those of <c>clusterscope data export</c>.</summary>
public enum ImportKind
{
    /// <summary>Indicator observations in long format.</summary>
    Observations,

    /// <summary>Development zones.</summary>
    Zones,

    /// <summary>Clusters.</summary>
    Clusters,

    /// <summary>Enterprises.</summary>
    Enterprises,

    /// <summary>Candidate firms for investment promotion (admins only).</summary>
    Candidates,
}
