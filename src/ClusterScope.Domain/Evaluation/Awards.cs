namespace ClusterScope.Domain.Evaluation;

/// <summary>Applies award rules to a ranking.</summary>
/// <remarks>Only ranked units are passed in: units excluded by data availability or eligibility rules are never awarded.</remarks>
public static class Awards
{
    /// <summary>The units that earn a <see cref="AwardRule.TopShare"/> award.</summary>
    /// <remarks>With n ranked units, a unit qualifies if its nominal rank is at most floor(share n) and its 95 % rank
    /// bound is at most intervalWithin n: being near the top is not enough, the uncertainty analysis must keep it there.
    /// Without an uncertainty analysis (NaN bounds) nobody qualifies, since the rule cannot be checked.</remarks>
    public static IReadOnlyList<string> TopShare(AwardRule.TopShare rule, IReadOnlyList<RankedUnit> ranked)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(ranked);
        var n = ranked.Count;
        // The small slack keeps 0.1 x 30 = 3.0000000000000004 from admitting a fourth place or losing the third.
        var topRank = Math.Floor((rule.Share * n) + 1e-9);
        var bound = (rule.IntervalWithin * n) + 1e-9;
        return ranked.Where(u => u.Rank <= topRank && u.RankP95 <= bound).OrderBy(u => u.Rank).Select(u => u.Unit).ToArray();
    }

    /// <summary>The units that earn a <see cref="AwardRule.MostImproved"/> award against <paramref name="previousRanks"/>.</summary>
    /// <remarks>Gain = previous rank - current rank, for units ranked in both runs. The best <c>Count</c> gains win; a unit
    /// tied with the last of them wins too; a gain below <c>MinimumGain</c> never does.</remarks>
    public static IReadOnlyList<string> MostImproved(AwardRule.MostImproved rule, IReadOnlyList<RankedUnit> ranked,
        IReadOnlyDictionary<string, double> previousRanks)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(previousRanks);
        var gains = ranked
            .Where(u => previousRanks.TryGetValue(u.Unit, out var p) && !double.IsNaN(p))
            .Select(u => (u.Unit, Gain: previousRanks[u.Unit] - u.Rank))
            .Where(g => g.Gain >= rule.MinimumGain)
            .OrderByDescending(g => g.Gain)
            .ToArray();
        if (gains.Length == 0)
        {
            return [];
        }

        var cut = gains[Math.Min(rule.Count, gains.Length) - 1].Gain;
        return gains.Where(g => g.Gain >= cut).Select(g => g.Unit).ToArray();
    }
}
