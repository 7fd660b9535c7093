namespace ClusterScope.Domain.Policy;

/// <summary>The level of government that issued a policy document.</summary>
public enum PolicyLevel
{
    /// <summary>The State Council, its ministries and national bodies.</summary>
    National,

    /// <summary>The provincial government and its departments.</summary>
    Provincial,

    /// <summary>A prefecture-level city.</summary>
    Prefecture,

    /// <summary>A development zone's administration.</summary>
    Zone,
}
