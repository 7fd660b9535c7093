namespace ClusterScope.Domain.Registry;

/// <summary>An industrial cluster: one industry category within one development zone.</summary>
public sealed class Cluster
{
    /// <summary>Stable code, by convention <c>{zone code}-{category code}</c>.</summary>
    public required string Code { get; set; }

    /// <summary>The zone the cluster belongs to.</summary>
    public required string ZoneCode { get; set; }

    /// <summary>The cluster's industry category.</summary>
    public required string CategoryCode { get; set; }

    /// <summary>Chinese name.</summary>
    public required string NameZh { get; set; }

    /// <summary>English name.</summary>
    public required string NameEn { get; set; }

    /// <summary>Whether the cluster itself is a real, documented one or generated.</summary>
    public Provenance Provenance { get; set; }

    /// <summary>Optimistic-concurrency version, incremented on every edit.</summary>
    public int Version { get; set; }
}
