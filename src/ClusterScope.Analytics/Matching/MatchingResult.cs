namespace ClusterScope.Analytics.Matching;

/// <summary>The pairs matched, pinned ones first, then by researcher and need.</summary>
/// <param name="Pairs">The matched pairs with their scores.</param>
public sealed record MatchingResult(IReadOnlyList<MatchPair> Pairs)
{
    /// <summary>The sum of the matched pairs' scores.</summary>
    public double TotalScore => Pairs.Sum(p => p.Score);
}
