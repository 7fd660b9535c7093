namespace ClusterScope.Domain.Chains;

/// <summary>The thresholds of the segment status rule and the weights of the gap score (settings <c>Chains:*</c>).</summary>
/// <remarks>Status: <see cref="SegmentStatus.Missing"/> when no enterprise of the place is on the segment;
/// <see cref="SegmentStatus.Strong"/> when the segment holds at least <see cref="StrongMinimumShare"/> of the chain's local
/// output and has at least <see cref="StrongMinimumEnterprises"/> enterprises or a leading one (龙头企业); otherwise
/// <see cref="SegmentStatus.Weak"/>. Gap score = (w_position·position + w_density·density + w_complexity·complexity) divided by
/// the sum of the weights of the parts that have data; see docs/analytics/chain-gaps.md.</remarks>
/// <param name="StrongMinimumShare">Share of the chain's local output (0..1), default 0.05.</param>
/// <param name="StrongMinimumEnterprises">Enterprises on the segment, default 3.</param>
/// <param name="PositionWeight">Weight of the chain-position part, default 0.4.</param>
/// <param name="DensityWeight">Weight of the relatedness-density part, default 0.4.</param>
/// <param name="ComplexityWeight">Weight of the complexity part (PCI and COG), default 0.2.</param>
public sealed record ChainSettings(
    double StrongMinimumShare = 0.05,
    int StrongMinimumEnterprises = 3,
    double PositionWeight = 0.4,
    double DensityWeight = 0.4,
    double ComplexityWeight = 0.2)
{
    /// <summary>The status of a segment with <paramref name="enterprises"/> enterprises holding <paramref name="share"/> of the
    /// chain's local output.</summary>
    public SegmentStatus Status(int enterprises, double share, bool hasLeading) =>
        enterprises == 0 ? SegmentStatus.Missing
        : share >= StrongMinimumShare && (enterprises >= StrongMinimumEnterprises || hasLeading) ? SegmentStatus.Strong
        : SegmentStatus.Weak;

    /// <summary>The problem with the settings, or null when they are usable.</summary>
    public string? Problem() =>
        StrongMinimumShare is < 0 or > 1 ? "Chains:StrongMinimumShare must be a share from 0 to 1."
        : StrongMinimumEnterprises < 1 ? "Chains:StrongMinimumEnterprises must be at least 1."
        : PositionWeight < 0 || DensityWeight < 0 || ComplexityWeight < 0 ? "Chains weights must not be negative."
        : PositionWeight + DensityWeight + ComplexityWeight <= 0 ? "Chains weights must not all be 0."
        : null;
}
