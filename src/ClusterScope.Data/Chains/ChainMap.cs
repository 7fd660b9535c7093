using ClusterScope.Domain.Chains;

namespace ClusterScope.Data.Chains;

/// <summary>A chain drawn for a place in one year: every segment with its enterprises and status.</summary>
/// <param name="Chain">The template.</param>
/// <param name="Place">The place.</param>
/// <param name="Year">The year of the output and employment figures; null when no enterprise figure exists.</param>
/// <param name="Segments">Every segment in template order.</param>
/// <param name="Unplaced">Enterprises whose industry lies in several segments with no product word to decide: they wait for a
/// hand placement and count in no segment.</param>
/// <param name="Settings">The thresholds used.</param>
public sealed record ChainMap(ChainTemplate Chain, ChainPlace Place, int? Year, IReadOnlyList<SegmentCoverage> Segments,
    IReadOnlyList<PlacedEnterprise> Unplaced, ChainSettings Settings)
{
    /// <summary>The chain's local output: the sum over its segments.</summary>
    public double Output => Segments.Sum(s => s.Output);

    /// <summary>Whether any enterprise figure is sample.</summary>
    public bool HasSample => Segments.SelectMany(s => s.Enterprises).Concat(Unplaced).Any(e => e.Provenance == Domain.Registry.Provenance.Sample);
}
