namespace ClusterScope.Domain.Chains;

/// <summary>Scores the missing and weak segments of a chain in one place: what to attract next.</summary>
/// <remarks>The method (docs/analytics/chain-gaps.md):
/// <list type="bullet">
/// <item>position = the share of the segment's neighbours (links either way) the place has; where the template gives value
/// shares, the mean of that and value share / the chain's largest value share;</item>
/// <item>density = the mean relatedness density (Hidalgo et al. 2007) of the segment's industries in the place;</item>
/// <item>complexity = the mean of the percentile ranks, among all industries of the comparison matrix, of the segment's mean
/// PCI and mean COG (Atlas of Economic Complexity); the PCI rank alone where COG is not defined;</item>
/// <item>score = Σ w·part over the parts with data / Σ w over those parts, so that a segment whose industries no place has is
/// scored on its position alone rather than as zero.</item>
/// </list>
/// A segment's industries are the matrix columns its codes cover. Ties in the ranking fall to the segment order of the template.</remarks>
public static class GapScoring
{
    /// <summary>The gaps of <paramref name="chain"/>, best first.</summary>
    /// <param name="chain">The chain template.</param>
    /// <param name="status">Each segment's status in the place.</param>
    /// <param name="industries">The place's opportunity on every industry of the comparison matrix.</param>
    /// <param name="settings">The weights.</param>
    public static IReadOnlyList<GapScore> Score(ChainTemplate chain, IReadOnlyDictionary<string, SegmentStatus> status,
        IReadOnlyList<IndustryOpportunity> industries, ChainSettings settings)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(industries);
        ArgumentNullException.ThrowIfNull(settings);
        var maxShare = chain.Segments.Max(s => s.ValueShare ?? 0);
        var pciRank = Percentiles(industries.Select(i => i.Pci));
        var cogRank = Percentiles(industries.Select(i => i.Cog));
        var scores = new List<GapScore>();
        foreach (var segment in chain.Segments)
        {
            var state = status.GetValueOrDefault(segment.Code, SegmentStatus.Missing);
            if (state == SegmentStatus.Strong)
            {
                continue;
            }

            var neighbours = chain.Neighbours(segment.Code);
            var linked = neighbours.Count(n => status.GetValueOrDefault(n, SegmentStatus.Missing) != SegmentStatus.Missing);
            var position = neighbours.Count == 0 ? 0.0 : (double)linked / neighbours.Count;
            if (segment.ValueShare is { } share && maxShare > 0)
            {
                position = (position + (share / maxShare)) / 2;
            }

            var mine = industries.Where(i => segment.Covers(i.IndustryCode) && (double.IsFinite(i.Density) || double.IsFinite(i.Pci))).ToList();
            var density = Mean(mine.Select(i => i.Density));
            var pci = Mean(mine.Select(i => i.Pci));
            var cog = Mean(mine.Select(i => i.Cog));
            var complexity = Mean([double.IsNaN(pci) ? double.NaN : pciRank(pci), double.IsNaN(cog) ? double.NaN : cogRank(cog)]);
            var score = Weighted((settings.PositionWeight, position), (settings.DensityWeight, density), (settings.ComplexityWeight, complexity));
            scores.Add(new GapScore(segment.Code, state, linked, neighbours.Count, segment.ValueShare, position, density, pci, cog,
                complexity, score, [.. mine.Select(i => i.IndustryCode)]));
        }

        return [.. scores.OrderByDescending(s => s.Score)];
    }

    private static double Weighted(params (double Weight, double Part)[] parts)
    {
        var used = parts.Where(p => !double.IsNaN(p.Part) && p.Weight > 0).ToList();
        var weights = used.Sum(p => p.Weight);
        return weights > 0 ? used.Sum(p => p.Weight * p.Part) / weights : 0;
    }

    private static double Mean(IEnumerable<double> values)
    {
        var finite = values.Where(double.IsFinite).ToList();
        return finite.Count == 0 ? double.NaN : finite.Average();
    }

    /// <summary>The share of the finite values at or below x (0..1), as a function.</summary>
    private static Func<double, double> Percentiles(IEnumerable<double> values)
    {
        var sorted = values.Where(double.IsFinite).Order().ToArray();
        return x => sorted.Length == 0 ? double.NaN : (double)sorted.Count(v => v <= x) / sorted.Length;
    }
}
