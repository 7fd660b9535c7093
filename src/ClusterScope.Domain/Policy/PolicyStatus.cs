namespace ClusterScope.Domain.Policy;

/// <summary>Whether a policy document still applies.</summary>
public enum PolicyStatus
{
    /// <summary>In force.</summary>
    InForce,

    /// <summary>Amended by a later document (see <see cref="PolicyDocument.SupersededBy"/>).</summary>
    Amended,

    /// <summary>Repealed.</summary>
    Repealed,
}
