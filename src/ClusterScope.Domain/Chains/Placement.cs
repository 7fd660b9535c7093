namespace ClusterScope.Domain.Chains;

/// <summary>Where an enterprise stands on one chain, and why.</summary>
/// <param name="SegmentCode">The segment, or null when the enterprise is not placed.</param>
/// <param name="Basis">The rule that decided.</param>
/// <param name="Detail">What decided it: the industry code, the product word, or the hand placement's note.</param>
/// <param name="Possible">The segments the industry code lies in (several when <see cref="PlacementBasis.Ambiguous"/>).</param>
public sealed record Placement(string? SegmentCode, PlacementBasis Basis, string? Detail, IReadOnlyList<string> Possible)
{
    /// <summary>Whether the enterprise counts in a segment.</summary>
    public bool IsPlaced => SegmentCode is not null;
}
