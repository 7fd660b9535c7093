using ClusterScope.Domain.Chains;

namespace ClusterScope.Data.Chains;

/// <summary>One segment of a chain map: the place's enterprises on it and its status.</summary>
/// <param name="Segment">The template's segment.</param>
/// <param name="Status">Strong, weak or missing (<see cref="ChainSettings"/>).</param>
/// <param name="Enterprises">The enterprises placed on it, largest output first.</param>
/// <param name="Output">Their output of the year, 100m CNY.</param>
/// <param name="Employment">Their employment of the year.</param>
/// <param name="Share">Share of the chain's local output (0..1); 0 when the chain has no output in the place.</param>
public sealed record SegmentCoverage(ChainSegment Segment, SegmentStatus Status, IReadOnlyList<PlacedEnterprise> Enterprises,
    double Output, double Employment, double Share)
{
    /// <summary>The leading enterprises, or else the three largest, by name.</summary>
    public IReadOnlyList<PlacedEnterprise> Leading =>
        Enterprises.Any(e => e.IsLeading) ? [.. Enterprises.Where(e => e.IsLeading)] : [.. Enterprises.Take(3)];
}
