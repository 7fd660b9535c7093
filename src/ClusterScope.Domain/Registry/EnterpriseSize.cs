namespace ClusterScope.Domain.Registry;

/// <summary>Size class of an enterprise (NBS 统计上大中小微型企业划分办法).</summary>
public enum EnterpriseSize
{
    /// <summary>Not known.</summary>
    Unknown,

    /// <summary>Micro.</summary>
    Micro,

    /// <summary>Small.</summary>
    Small,

    /// <summary>Medium.</summary>
    Medium,

    /// <summary>Large.</summary>
    Large,
}
