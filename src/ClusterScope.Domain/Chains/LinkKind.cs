namespace ClusterScope.Domain.Chains;

/// <summary>What flows along a link from one segment to the next.</summary>
public enum LinkKind
{
    /// <summary>The upstream segment sells inputs to the downstream one.</summary>
    Supplies,
    /// <summary>The upstream segment's product becomes part of the downstream one's.</summary>
    AssemblesInto,
    /// <summary>The upstream segment provides a service to the downstream one.</summary>
    Serves,
}
