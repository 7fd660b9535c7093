namespace ClusterScope.Domain.Chains;

/// <summary>Why an enterprise stands on a segment, or does not.</summary>
public enum PlacementBasis
{
    /// <summary>Its industry code lies in no segment of the chain.</summary>
    NotInChain,

    /// <summary>Its industry code lies in exactly one segment.</summary>
    Code,

    /// <summary>Its code lies in several segments and a product word in its name or description names one of them.</summary>
    Keyword,

    /// <summary>Its code lies in several segments and no product word decides: it waits for a hand placement.</summary>
    Ambiguous,

    /// <summary>Placed by hand (zone manager or admin), overriding the rule.</summary>
    Manual,
}
