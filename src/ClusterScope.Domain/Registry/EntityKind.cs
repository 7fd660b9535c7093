namespace ClusterScope.Domain.Registry;

/// <summary>The kind of entity an observation describes.</summary>
public enum EntityKind
{
    /// <summary>An administrative region.</summary>
    Region,

    /// <summary>A development zone.</summary>
    Zone,

    /// <summary>A cluster.</summary>
    Cluster,

    /// <summary>An enterprise.</summary>
    Enterprise,
}
