namespace ClusterScope.Domain.Chains;

/// <summary>Where a segment sits in its chain, read from raw materials to the final user.</summary>
public enum SegmentStage
{
    /// <summary>上游: materials and basic parts.</summary>
    Upstream,
    /// <summary>中游: components and systems.</summary>
    Midstream,
    /// <summary>下游: complete products and services to the user.</summary>
    Downstream,
}
