using ClusterScope.Domain.Chains;

namespace ClusterScope.Data.Chains;

/// <summary>A candidate firm matched to the gap it could fill, ranked by that gap's score.</summary>
/// <param name="Candidate">The firm.</param>
/// <param name="Gap">The best-scored gap among the segments it could fill.</param>
/// <param name="Placement">Where the placement rule puts it on the chain, and why.</param>
/// <param name="Rank">1 for the best.</param>
public sealed record RankedCandidate(Candidate Candidate, GapScore Gap, Placement Placement, int Rank);
