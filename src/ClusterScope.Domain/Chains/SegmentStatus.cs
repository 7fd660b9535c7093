namespace ClusterScope.Domain.Chains;

/// <summary>How well a place covers a segment (see <see cref="ChainSettings"/> for the rule).</summary>
public enum SegmentStatus
{
    /// <summary>No enterprise of the place stands on the segment.</summary>
    Missing,

    /// <summary>Present, but below the strong thresholds.</summary>
    Weak,

    /// <summary>A substantial share of the chain's local output, with several enterprises or a leading one.</summary>
    Strong,
}
