namespace ClusterScope.Domain.Registry;

/// <summary>Whether a zone is recognised as an eco-industrial demonstration zone.</summary>
public enum EcoIndustrialStatus
{
    /// <summary>No recognition recorded.</summary>
    None,

    /// <summary>Provincial eco-industrial demonstration zone.</summary>
    Provincial,

    /// <summary>National eco-industrial demonstration park.</summary>
    National,
}
