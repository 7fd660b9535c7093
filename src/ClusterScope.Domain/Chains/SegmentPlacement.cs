namespace ClusterScope.Domain.Chains;

/// <summary>A placement of an enterprise on a chain's segment made by hand; it overrides the automatic one.</summary>
public sealed class SegmentPlacement
{
    /// <summary>Row id.</summary>
    public long Id { get; set; }

    /// <summary>The enterprise.</summary>
    public required string EnterpriseCode { get; set; }

    /// <summary>The chain.</summary>
    public required string ChainCode { get; set; }

    /// <summary>The segment, or null for "not in this chain" (an automatic placement that was wrong).</summary>
    public string? SegmentCode { get; set; }

    /// <summary>Why, in the placer's words.</summary>
    public string? Note { get; set; }

    /// <summary>Who placed it.</summary>
    public required string PlacedBy { get; set; }

    /// <summary>When (UTC).</summary>
    public DateTime PlacedAt { get; set; }

    /// <summary>Concurrency version.</summary>
    public int Version { get; set; }
}
